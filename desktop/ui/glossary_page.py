"""The reading page: term list on one side, detail pane on the other, with back/forward history."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QLocale, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QSplitter, QWidget

from desktop.collation import display_order
from desktop.core.content.history import History
from desktop.core.content.model import Category, Glossary, Term
from desktop.core.search.index import SearchIndex
from desktop.document import DocumentBuilder, TermContext
from desktop.first_paint import on_first_paint
from desktop.ui.detail_view import DetailView
from desktop.ui.labels import BOOKMARK_MARK, badge_meaning, palette_style, translated_labels
from desktop.ui.navigation import HistoryNavigation
from desktop.ui.reader import ReaderPane, link_describer
from desktop.ui.term_list import Scope, TermListPanel
from desktop.ui.term_model import TermListModel, TermSearchModel


class GlossaryPage(HistoryNavigation, QSplitter):
    """Browse and read terms.

    Signals:
        term_shown(str): the detail pane now shows this term.
        history_changed(): back/forward availability may have changed.
        results_changed(int): the number of terms the list shows.
        compare_requested(str): a `compare:<comparison id>` link was clicked.
        compare_with_requested(str): "Compare with…" was clicked on this term.
    """

    term_shown = Signal(str)
    history_changed = Signal()
    results_changed = Signal(int)
    compare_requested = Signal(str)
    compare_with_requested = Signal(str)

    def __init__(
        self,
        *,
        glossary: Glossary,
        badge: Callable[[str], str] | None = None,
        bookmarks: Callable[[], list[str]] | None = None,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        # Horizontal, as QSplitter is by default. `parent` by keyword: with a positional argument PySide checks the
        # Qt.Orientation overload, which builds the `Qt` namespace's ~100 enum classes before the first paint.
        super().__init__(parent=parent)
        self.setObjectName("glossary-page")
        self._badge = badge
        self._bookmarks = bookmarks or list
        self._bookmarked: frozenset[str] = frozenset()
        self._history = History()
        self._scope = Scope()
        self._glossary = glossary
        self._terms_model, self._search_model = self._make_models(glossary)
        self.list_panel = TermListPanel(model=self._search_model, parent=self)
        self.detail = DetailView(open_url=open_url, parent=self)
        self.detail.setObjectName("detail")
        self.reader = ReaderPane(view=self.detail, describer=link_describer(lambda: self._glossary, self), parent=self)
        self.reader.set_object_names("detail")
        self.addWidget(self.list_panel)
        self.addWidget(self.reader)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([300, 900])
        self.setChildrenCollapsible(False)
        self._builder = DocumentBuilder(glossary, labels=translated_labels(), style=palette_style(self.palette()))

        self.list_panel.term_selected.connect(self._show_found)
        self.list_panel.term_activated.connect(self._show_found)
        self.list_panel.scope_changed.connect(self._on_scope_changed)
        self.detail.term_link_activated.connect(self._on_term_link)
        self.detail.compare_link_activated.connect(self.compare_requested)
        self.detail.compare_with_activated.connect(self.compare_with_requested)
        self.detail.back_requested.connect(self.go_back)
        self.detail.forward_requested.connect(self.go_forward)
        self._fill_scopes()

    def _make_models(self, glossary: Glossary) -> tuple[TermListModel, TermSearchModel]:
        terms = display_order(glossary, QLocale())
        terms_model = TermListModel(
            terms,
            category_title=glossary.category_title,
            badge=self._row_badge,
            describe_badge=badge_meaning,
            parent=self,
        )
        search_model = TermSearchModel(terms_model, SearchIndex(terms), parent=self)
        search_model.results_changed.connect(self.results_changed)
        if glossary.pack_names:  # after the first paint, a chunk of titles per turn of the event loop
            steps = terms_model.mark_shared_titles()
            stepper = QTimer(self)
            stepper.setInterval(0)
            stepper.timeout.connect(lambda: self._mark_shared_titles(terms_model, steps, stepper))
            on_first_paint(self, stepper.start)
        return terms_model, search_model

    def _mark_shared_titles(self, terms_model: TermListModel, steps: Iterator[bool | None], stepper: QTimer) -> None:
        found = next(steps, False) if terms_model is self._terms_model else False
        if found is None:
            return  # more steps to come
        stepper.stop()
        stepper.deleteLater()
        if found:
            self.list_panel.use_row_delegate()

    # --- content ------------------------------------------------------------------------------------------------

    @property
    def glossary(self) -> Glossary:
        return self._glossary

    @property
    def builder(self) -> DocumentBuilder:
        return self._builder

    @property
    def search_model(self) -> TermSearchModel:
        return self._search_model

    @property
    def terms_model(self) -> TermListModel:
        """Every term in display order; the comparison pickers share it (and its search index)."""
        return self._terms_model

    @property
    def index(self) -> SearchIndex:
        return self._search_model.search_index

    def set_glossary(self, glossary: Glossary) -> None:
        """Swap in reloaded content (another language, a new pack); keeps the query, scope and current term."""
        query = self._search_model.query
        self._glossary = glossary
        self._terms_model, self._search_model = self._make_models(glossary)
        self.list_panel.set_model(self._search_model)
        self._search_model.set_query(query)
        self._fill_scopes()
        self.refresh()

    def refresh(self) -> None:
        """Render the current term again (labels, palette or content changed)."""
        self._builder = DocumentBuilder(self._glossary, labels=translated_labels(), style=palette_style(self.palette()))
        self.list_panel.retranslate()
        self.detail.setAccessibleName(self.tr("Term page"))
        self.reader.retranslate()
        self._fill_scopes()
        current = self._history.current
        if current and current in self._glossary.terms:
            self._render(current)
        self.results_changed.emit(self._search_model.result_count())

    def _fill_scopes(self) -> None:
        entries: list[tuple[Scope, str]] = [(Scope(), self.tr("All terms"))]
        entries.append((Scope("bookmarks"), self.tr("Bookmarks")))
        entries.append((Scope("separator"), ""))
        pack_categories: dict[str, list[Category]] = {}
        for category in self._glossary.categories.values():
            if category.pack:  # listed under the pack's name, after the paths
                pack_categories.setdefault(category.pack, []).append(category)
            else:
                entries.append((Scope("category", category.id), category.title))
        if self._glossary.paths:
            entries.append((Scope("separator"), ""))
            for path in self._glossary.paths.values():
                entries.append((Scope("path", path.id), self.tr("Path: %1").replace("%1", path.title)))
        for pack in self._glossary.pack_names:
            entries.append((Scope("separator"), ""))
            entries.append((Scope("category", f"pack:{pack}"), self.tr("Pack: %1").replace("%1", pack)))
            for category in pack_categories.get(pack, []):
                if category.title != pack:  # the pack's own category is the pack itself
                    entries.append((Scope("category", category.id), f"    {category.title}"))
        valid = {scope for scope, _ in entries}
        self.list_panel.set_scopes(entries, self._scope if self._scope in valid else Scope())
        self._apply_scope(self._scope if self._scope in valid else Scope())

    # --- scope --------------------------------------------------------------------------------------------------

    @property
    def scope(self) -> Scope:
        return self._scope

    def set_scope(self, scope: Scope) -> None:
        self.list_panel.select_scope(scope)
        self._apply_scope(scope)

    @Slot(object)
    def _on_scope_changed(self, scope: Scope) -> None:
        self._apply_scope(scope)
        current = self._history.current
        if current:
            self._render(current)

    def _apply_scope(self, scope: Scope) -> None:
        self._scope = scope
        model = self._search_model
        if scope.kind == "category" and scope.key.startswith("pack:"):
            pack = scope.key[5:]
            model.set_category("")
            model.set_only([t.id for t in self._glossary.terms.values() if t.pack == pack])
        elif scope.kind == "category":
            model.set_only(None)
            model.set_category(scope.key)
        elif scope.kind == "path" and scope.key in self._glossary.paths:
            model.set_category("")
            model.set_only(self._glossary.paths[scope.key].steps, ordered=True)
        elif scope.kind == "bookmarks":
            model.set_category("")
            model.set_only(self._bookmarks())
        else:
            model.set_category("")
            model.set_only(None)
        current = self._history.current
        if current:
            self.list_panel.show_term(current)

    def _row_badge(self, term_id: str) -> str:
        """The list's markers after a title: learning progress (● learning, ✓ known), then ★ when bookmarked."""
        progress = self._badge(term_id) if self._badge else ""
        return progress + BOOKMARK_MARK if term_id in self._bookmarked else progress

    def is_bookmarked(self, term_id: str) -> bool:
        return term_id in self._bookmarked

    def bookmarked(self) -> list[str]:
        """The bookmarked term ids (as last read from the progress store)."""
        return list(self._bookmarked)

    def refresh_bookmarks(self) -> None:
        """The bookmarks changed (or were read for the first time): the list's stars, the page head, the scope."""
        marks = self._bookmarks()
        changed = frozenset(marks) != self._bookmarked
        self._bookmarked = frozenset(marks)
        if self._scope.kind == "bookmarks":
            self._search_model.set_only(marks)
        if changed:
            self._terms_model.refresh_badges()
            current = self._history.current
            if current and current in self._glossary.terms:
                scroll = self.detail.verticalScrollBar().value()
                self._render(current)
                self.detail.verticalScrollBar().setValue(scroll)

    # --- navigation ---------------------------------------------------------------------------------------------

    @property
    def current_term(self) -> str:
        return self._history.current or ""

    def current(self) -> Term | None:
        current = self._history.current
        return self._glossary.terms.get(current) if current else None

    @Slot(str)
    def show_term(self, term_id: str) -> bool:
        """Show a term and record it in the history; False (and nothing changes) for an unknown id."""
        if term_id not in self._glossary.terms:
            return False
        self._history.visit(term_id)
        self._render(term_id)
        self.history_changed.emit()
        return True

    @Slot(str)
    def _show_found(self, term_id: str) -> None:
        """A term chosen from the list: while a search is typed, its words are marked on the page."""
        if self.show_term(term_id) and self._search_model.query.strip():
            from desktop.core.search.snippets import query_words  # noqa: PLC0415 - only after a search

            self.detail.mark_words(query_words(self._search_model.query))

    @Slot(str)
    def _on_term_link(self, term_id: str) -> None:
        self.show_term(term_id)

    def _render(self, term_id: str) -> None:
        term = self._glossary.terms[term_id]
        path = self._glossary.paths.get(self._scope.key) if self._scope.kind == "path" else None
        context = TermContext(interactive=True, path=path, bookmarked=term_id in self._bookmarked)
        self.reader.show_html(self._builder.term_html(term, context))
        self.list_panel.show_term(term_id)
        self.term_shown.emit(term_id)

    def _show_place(self, place: str) -> None:
        self._render(place)

    def show_random(self, rng: random.Random | None = None) -> str:
        ids = [t for t in self._glossary.terms if t != self._history.current] or list(self._glossary.terms)
        if not ids:
            return ""
        choice = (rng or random).choice(ids)
        self.show_term(choice)
        return choice
