"""The reading pane: a page of rich text with its sections and its links as lists a screen reader can use.

Why lists beside the text (issue 15): QTextBrowser shows rich text well, but over AT-SPI it offers only a Text
interface. It has no Hypertext interface, so a screen reader sees none of the links inside it, and no headings to
jump between. Qt's accessibility for rich text cannot be replaced from Python without re-implementing Qt's text
interfaces, so the pane puts two ordinary item views next to the text, which Qt makes accessible by itself:

- above the text, the Section box lists the page's headings; choosing one puts the caret and the view at that
  heading (Enter then moves into the text). In the text, H and Shift+H jump to the next and previous heading.
- below it, "Links on this page" is a compact list that wraps like a line of words, one item per link. A screen reader
  says its text and where it leads ("Instruction tuning … link to the term “Instruction tuning”"); Enter
  follows it, as a click in the text does.

Both lists are read from the shown document (its headings and anchors), so they list exactly what the page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, QUrl, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.content.model import Glossary
from desktop.ui.detail_view import DetailView, Link

AnyIndex = QModelIndex | QPersistentModelIndex
# Qt's item data roles as numbers: comparing with `Qt.ItemDataRole` would build the `Qt` namespace's ~100 enum
# classes before the first paint (issue 9). A test checks them against Qt.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
ACCESSIBLE_TEXT_ROLE = 11
ACCESSIBLE_DESCRIPTION_ROLE = 12
HREF_ROLE = 0x0100 + 1
MAX_LINK_ROWS = 3


class LinkDescriber(QObject):
    """Says where a link leads, in words: what a screen reader reads after the link's own text."""

    def __init__(
        self,
        *,
        term_title: Callable[[str], str | None],
        comparison_title: Callable[[str], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._term_title = term_title
        self._comparison_title = comparison_title

    def describe(self, href: str) -> str:
        url = QUrl(href)
        scheme, target = url.scheme().lower(), url.path()
        if scheme == "term":
            return self.tr("link to the term “%1”").replace("%1", self._term_title(target) or target)
        if scheme == "compare":
            return self.tr("link to the comparison “%1”").replace("%1", self._comparison_title(target) or target)
        if scheme == "compare-with":
            return self.tr("link: compare “%1” with another term").replace("%1", self._term_title(target) or target)
        if scheme in ("col0", "col1", "col2"):
            return (
                self.tr("link: show “%1” in column %2 of the comparison")
                .replace("%1", self._term_title(target) or target)
                .replace("%2", str(int(scheme[3]) + 1))
            )
        if scheme in ("http", "https"):
            return self.tr("web link to %1, opens in your browser").replace("%1", url.host())
        return self.tr("link")


def link_describer(glossary: Callable[[], Glossary], parent: QObject) -> LinkDescriber:
    """Describes links with the titles of whatever glossary `glossary()` gives at the time."""

    def term_title(term_id: str) -> str | None:
        term = glossary().terms.get(term_id)
        return term.title if term else None

    def comparison_title(comparison_id: str) -> str | None:
        comparison = glossary().comparisons.get(comparison_id)
        return glossary().comparison_title(comparison) if comparison else None

    return LinkDescriber(term_title=term_title, comparison_title=comparison_title, parent=parent)


class LinkListModel(QAbstractListModel):
    """The links of one page: text to show and say, and where each leads."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._links: list[tuple[Link, str]] = []

    def set_links(self, links: list[tuple[Link, str]]) -> None:
        self.beginResetModel()
        self._links = list(links)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._links)

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._links):
            return None
        link, description = self._links[index.row()]
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            return link.text
        if role in (TOOLTIP_ROLE, ACCESSIBLE_DESCRIPTION_ROLE):
            return description
        if role == HREF_ROLE:
            return link.href
        return None


class LinkListView(QListView):
    """The links as a wrapping row of underlined words in the link colour, as tall as its rows (at most three)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self._follow_palette()

    def _follow_palette(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Link))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())
            self._follow_palette()

    def sizeHint(self) -> QSize:
        """As tall as the rows the links wrap into at the current width (counted here: the view lays its items out
        later than the layout asks), at least one and at most MAX_LINK_ROWS."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        gap = self.spacing()  # items are `gap` apart, and `gap` from the edges
        row = (self.sizeHintForIndex(model.index(0, 0)).height() if count else self.fontMetrics().height()) + gap
        width = max(1, self.width() - 2 * self.frameWidth() - gap)
        rows, used = 1, 0
        for number in range(count):
            item = self.sizeHintForIndex(model.index(number, 0)).width() + gap
            if used and used + item > width:
                rows, used = rows + 1, 0
            used += item
        height = min(rows, MAX_LINK_ROWS) * row + 2 * gap
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())  # a scroll area's own minimum would be about three rows

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # wrapped into more or fewer rows

    def event(self, event: QEvent) -> bool:
        # Enter on a link follows it, also inside a view where Enter is a shortcut (a quiz's "next question").
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # noqa: PLC0415 - see DISPLAY_ROLE

            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
                event.accept()
                return True
        return super().event(event)


class ReaderPane(QWidget):
    """A DetailView with its Section box above and its list of links below (see the module's docstring).

    `view` is the DetailView: its signals say which link was followed, whether clicked or chosen from the list.
    """

    def __init__(
        self,
        *,
        view: DetailView,
        describer: LinkDescriber,
        sections: bool = True,
        caret: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`sections` False: no Section box (a flashcard has no sections to go to); `caret` False: no caret and no H
        keys in the text (the learn views' keys answer cards)."""
        super().__init__(parent)
        self.view = view
        view.setParent(self)
        view.set_caret_browsing(caret)
        self._caret = caret
        self._describer = describer
        self.section_label = QLabel(self)
        self.sections = QComboBox(self)
        self.sections.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.section_label.setBuddy(self.sections)
        self.links_label = QLabel(self)
        self.links = LinkListView(self)
        self.links_label.setBuddy(self.links)
        self.link_model = LinkListModel(self)
        self.links.setModel(self.link_model)
        self._headings: list[int] = []
        self._links_before: list[Link] = []

        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 2)
        top.addWidget(self.section_label)
        top.addWidget(self.sections)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if sections:
            layout.addLayout(top)
        else:
            self.section_label.hide()
            self.sections.hide()
        layout.addWidget(view, 1)
        layout.addWidget(self.links_label)
        layout.addWidget(self.links)
        self.links_label.setContentsMargins(6, 2, 6, 0)
        QWidget.setTabOrder(self.sections, view)
        QWidget.setTabOrder(view, self.links)

        view.page_changed.connect(self.refresh_lists)
        self.sections.activated.connect(self._on_section_chosen)
        self.sections.installEventFilter(self)
        self.links.activated.connect(self._on_link_activated)
        self.retranslate()

    def set_object_names(self, base: str) -> None:
        """Object names (and so AT-SPI ids) after the view's: `<base>-sections`, `<base>-links`."""
        self.setObjectName(f"{base}-pane")
        self.sections.setObjectName(f"{base}-sections")
        self.links.setObjectName(f"{base}-links")

    def retranslate(self) -> None:
        self.section_label.setText(self.tr("&Section:"))
        self.sections.setAccessibleName(self.tr("Go to section"))
        self.sections.setToolTip(self.tr("Jump to a heading of the page (in the text: H next heading, Shift+H back)"))
        self.links_label.setText(self.tr("&Links on this page:"))
        self.links.setAccessibleName(self.tr("Links on this page"))
        self.links.setAccessibleDescription(self.tr("Enter follows the link"))
        if self._caret:
            self.view.setAccessibleDescription(
                self.tr("Arrow keys read line by line; H and Shift+H jump between headings; the links are listed below")
            )
        self.refresh_lists()

    def show_html(self, html: str, *, links_before: list[Link] | None = None) -> None:
        """Show a page. `links_before`: links shown elsewhere before this text (a comparison's title and table),
        listed first."""
        self._links_before = list(links_before or [])
        self.view.show_html(html)  # page_changed: the lists follow

    def refresh_lists(self) -> None:
        """Fill the Section box and the link list from the page the view shows (and the links shown before it)."""
        headings = self.view.headings()
        self._headings = [h.block for h in headings]
        self.sections.blockSignals(True)
        self.sections.clear()
        self.sections.addItems([h.text for h in headings])
        self.sections.blockSignals(False)
        self.sections.setEnabled(bool(headings))
        seen = {link.href for link in self._links_before}
        links = self._links_before + [link for link in self.view.links() if link.href not in seen]
        self.link_model.set_links([(link, self._describer.describe(link.href)) for link in links])
        self.links.setVisible(bool(links))
        self.links_label.setVisible(bool(links))
        self.links.updateGeometry()

    def focus_links(self) -> None:
        if self.link_model.rowCount():
            self.links.setFocus()
            if not self.links.currentIndex().isValid():
                self.links.setCurrentIndex(self.link_model.index(0, 0))

    @Slot(int)
    def _on_section_chosen(self, index: int) -> None:
        if 0 <= index < len(self._headings):
            self.view.go_to_block(self._headings[index])

    @Slot(QModelIndex)
    def _on_link_activated(self, index: QModelIndex) -> None:
        href = index.data(HREF_ROLE)
        if href:
            self.view.follow_link(QUrl(str(href)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the closed Section box moves into the text at the chosen heading, where reading goes on.
        if watched is self.sections and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # noqa: PLC0415 - see DISPLAY_ROLE

            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.sections.view().isVisible():
                self._on_section_chosen(self.sections.currentIndex())
                self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)
