"""The one document builder: HTML for a term or a comparison, for the screen and for print alike.

The detail pane, the comparison view and every printed sheet are made from this HTML, so what is printed is what
is read. It needs no Qt: fixed words come in as `Labels` (the interface translates them) and colours as `Style`
(the screen takes them from the system palette, print from a light paper style). All content is escaped by the
markup renderer; the only links produced are `term:`, `compare:` and http(s) ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape

from desktop.core.content.compare import ComparisonTable
from desktop.core.content.markup import first_strong_direction, plain_text, render_blocks, render_inline
from desktop.core.content.model import Glossary, LearningPath, RelationKind, Source, Term

RELATION_LABELS_EN: Mapping[RelationKind, str] = {
    RelationKind.RELATED: "related",
    RelationKind.PART_OF: "part of",
    RelationKind.HAS_PART: "includes",
    RelationKind.TECHNIQUE_FOR: "technique for",
    RelationKind.ADDRESSED_BY: "addressed by",
    RelationKind.EXAMPLE_OF: "example of",
    RelationKind.CONTRASTS_WITH: "contrasts with",
    RelationKind.PREREQUISITE: "builds on",
}


@dataclass(frozen=True)
class Labels:
    """The fixed words of a document. English here; the interface passes translated ones."""

    definition: str = "Definition"
    why_it_matters: str = "Why it matters"
    how_it_works: str = "How it works"
    examples: str = "Examples"
    misconceptions: str = "Common misconceptions"
    myth: str = "Myth"
    fact: str = "Fact"
    related: str = "Related terms"
    sources: str = "Sources"
    also_called: str = "Also called:"
    untranslated: str = "Not yet translated — showing English"
    translated_share: str = "{done} of {total} translated into this language"
    bookmarked: str = "Bookmarked"
    confused_with: str = "Commonly confused with {title} — compare"
    compare_with: str = "Compare with…"
    next_in_path: str = "Next in “{path}”: {title}"
    end_of_path: str = "Last step of “{path}”"
    example: str = "Example"
    misconception: str = "Misconception"
    tell_apart: str = "How to tell them apart:"
    shared_related: str = "Both relate to:"
    same_category: str = "Both are in {category}"
    shared_related_all: str = "All three relate to:"
    same_category_all: str = "All three are in {category}"
    linked_by: str = "How they are linked"
    not_linked: str = "No chain of related terms links them."
    pack: str = "From the glossary pack “{pack}”"
    whole_entry: str = "Read the whole entry"
    in_short: str = "In short"
    arrow: str = "→"
    """Points from one term to the next; a right-to-left language reverses it."""
    relation_kinds: Mapping[RelationKind, str] = field(default_factory=lambda: dict(RELATION_LABELS_EN))

    def section(self, key: str) -> str:
        """The label for an ad-hoc comparison row key."""
        return str(getattr(self, key))


@dataclass(frozen=True)
class Style:
    """Colours as CSS values. `box` is the summary box; myth and fact boxes tint the misconception block."""

    muted: str = "#5f6368"
    box: str = "#eef3fb"
    box_border: str = "#b7c7e6"
    myth: str = "#fbeeee"
    fact: str = "#edf7ee"
    rule: str = "#c8c8c8"
    star: str = "#9a6b00"
    table_boxes: bool = True
    """Boxes (the summary, myths and facts, "how to tell them apart") as one-cell tables, as print needs them. The
    screen sets False: a box is then a tinted paragraph that the view draws a frame around, because a table inside a
    QTextDocument reaches a screen reader as text joined by U+FDD0/U+FDD1 frame markers."""


PRINT_STYLE = Style()
# Margins of the paragraph boxes on screen (Style.table_boxes False): the view draws each box's frame and tint into
# the top and bottom margins, so a box has room around its text; a myth and its fact share an edge.
BOX_MARGIN = "14px 10px"
MYTH_MARGIN = "14px 10px 8px 10px"
FACT_MARGIN = "8px 10px 14px 10px"


@dataclass(frozen=True)
class ComparisonGrid:
    """A comparison as rows and columns: HTML to paint each cell, plain text for what a screen reader says."""

    titles: tuple[str, ...]
    row_labels: tuple[str, ...]
    cells_html: tuple[tuple[str, ...], ...]
    cells_text: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class TermContext:
    """What the page around a term shows beyond the entry itself (screen only)."""

    interactive: bool = True
    path: LearningPath | None = None
    bookmarked: bool = False


class DocumentBuilder:
    """Builds term and comparison HTML for one glossary, in one language and style."""

    def __init__(self, glossary: Glossary, *, labels: Labels | None = None, style: Style = PRINT_STYLE) -> None:
        self._glossary = glossary
        self._labels = labels or Labels()
        self._style = style

    @property
    def labels(self) -> Labels:
        return self._labels

    def _known(self, term_id: str) -> bool:
        return term_id in self._glossary.terms

    def _blocks(self, text: str) -> str:
        return render_blocks(text, self._known)

    def _inline(self, text: str) -> str:
        return render_inline(text, self._known)

    def _term_link(self, term_id: str) -> str:
        term = self._glossary.terms.get(term_id)
        return f'<a href="term:{escape(term_id)}">{escape(term.title)}</a>' if term else escape(term_id)

    # --- terms --------------------------------------------------------------------------------------------------

    def term_title(self, term: Term) -> str:
        return term.title

    def term_html(self, term: Term, context: TermContext | None = None) -> str:
        context = context or TermContext()
        labels = self._labels
        parts = self._term_head(term, context)
        # Bundled terms have every section; a glossary pack's terms may leave some out, and those are skipped.
        if term.definition:
            parts.append(self._section(labels.definition, self._blocks(term.definition)))
        if term.why_it_matters:
            parts.append(self._section(labels.why_it_matters, self._blocks(term.why_it_matters)))
        if term.how_it_works:
            parts.append(self._section(labels.how_it_works, self._blocks(term.how_it_works)))
        if term.examples:
            parts.append(self._section(labels.examples, self._examples(term.examples)))
        if term.misconceptions:
            parts.append(self._section(labels.misconceptions, self._misconceptions(term)))
        related = self._related(term, context)
        if related:
            parts.append(self._section(labels.related, related))
        if term.sources:
            parts.append(self._section(labels.sources, self._sources(term.sources)))
        if context.path is not None:  # on screen and in a path's booklet
            parts.append(self._path_step(term, context.path))
        return "".join(parts)

    def card_html(self, term: Term, *, summary: bool = True) -> str:
        """The back of a flashcard: the entry's head, summary (unless the front showed it) and definition, and a link
        to the whole entry."""
        parts = self._term_head(term, TermContext(interactive=True), summary=summary)
        if term.definition:
            parts.append(self._section(self._labels.definition, self._blocks(term.definition)))
        whole = f"{escape(self._labels.whole_entry)} {escape(self._labels.arrow)}"
        parts.append(f'<p><a href="term:{escape(term.id)}">{whole}</a></p>')
        return "".join(parts)

    def _term_head(self, term: Term, context: TermContext, *, summary: bool = True) -> list[str]:
        """Title, full name, category, other names, where it comes from, and the summary box."""
        labels, style = self._labels, self._style
        parts = [f'<h1 style="margin-bottom:2px">{escape(term.title)}</h1>']
        meta = [escape(self._glossary.category_title(term.category))]
        if context.bookmarked and context.interactive:
            meta.insert(0, f'<span style="color:{style.star}">★</span> {escape(labels.bookmarked)}')
        if term.full_name:
            meta.insert(0, _emphasis(term.full_name))
        shown = {term.title.casefold(), term.full_name.casefold()}
        aliases = [alias for alias in term.aliases if alias.casefold() not in shown]
        if aliases:
            meta.append(f"{escape(labels.also_called)} {isolate(escape(', '.join(aliases)))}")
        parts.append(f'<p style="color:{style.muted}; margin-top:0">{" · ".join(meta)}</p>')
        if term.pack:
            parts.append(f'<p style="color:{style.muted}">{escape(labels.pack.format(pack=term.pack))}</p>')
        if term.untranslated:  # on screen and in print
            parts.append(self._untranslated_note(terms=True))
        if summary:
            parts.append(self._box(self._inline(term.summary), style.box, style.box_border, bold=True))
        return parts

    def _untranslated_note(self, *, terms: bool) -> str:
        """ "Not yet translated — showing English", and how much of the glossary the language does translate."""
        labels, coverage = self._labels, self._glossary.translation
        text = labels.untranslated
        if coverage is not None:
            done, total = (
                (coverage.complete, coverage.terms) if terms else (coverage.complete_comparisons, coverage.comparisons)
            )
            text += " · " + labels.translated_share.format(done=done, total=total)
        return f'<p style="color:{self._style.muted}">{escape(text)}</p>'

    def _section(self, heading: str, body: str) -> str:
        return f"<h2>{escape(heading)}</h2>{body}"

    def _box(self, inner: str, background: str, border: str, *, bold: bool = False) -> str:
        weight = "font-weight:600;" if bold else ""
        if not self._style.table_boxes:
            return f'<p style="background-color:{background}; margin:{BOX_MARGIN}; {weight}">{inner}</p>'
        return (
            f'<table width="100%" cellspacing="0" cellpadding="10" style="border:1px solid {border}; '
            f'margin-top:6px; margin-bottom:6px" bgcolor="{background}"><tr><td style="{weight}">{inner}</td></tr>'
            "</table>"
        )

    def _examples(self, examples: tuple[str, ...]) -> str:
        if len(examples) == 1:
            return self._blocks(examples[0])
        return "<ul>" + "".join(f"<li>{self._inline(plain_join(e))}</li>" for e in examples) + "</ul>"

    def _misconceptions(self, term: Term) -> str:
        labels, style = self._labels, self._style
        if not style.table_boxes:
            return "".join(
                f'<p style="background-color:{style.myth}; margin:{MYTH_MARGIN}"><b>{escape(labels.myth)}</b>'
                f"&nbsp;&nbsp; {self._inline(item.myth)}</p>"
                f'<p style="background-color:{style.fact}; margin:{FACT_MARGIN}"><b>{escape(labels.fact)}</b>'
                f"&nbsp;&nbsp; {self._inline(plain_join(item.fact))}</p>"
                for item in term.misconceptions
            )
        rows = []
        for item in term.misconceptions:
            rows.append(
                f'<tr><td width="14%" bgcolor="{style.myth}"><b>{escape(labels.myth)}</b></td>'
                f'<td bgcolor="{style.myth}">{self._inline(item.myth)}</td></tr>'
                f'<tr><td bgcolor="{style.fact}"><b>{escape(labels.fact)}</b></td>'
                f'<td bgcolor="{style.fact}">{self._inline(plain_join(item.fact))}</td></tr>'
            )
        return f'<table width="100%" cellspacing="2" cellpadding="6" style="margin-bottom:6px">{"".join(rows)}</table>'

    def _related(self, term: Term, context: TermContext) -> str:
        labels = self._labels
        items = []
        for relation in term.related:
            kind = labels.relation_kinds.get(relation.kind, relation.kind.value)
            items.append(
                f'<li>{self._term_link(relation.target)} <span style="color:{self._style.muted}">'
                f"({escape(kind)})</span></li>"
            )
        html = "<ul>" + "".join(items) + "</ul>" if items else ""
        if context.interactive:
            links = []
            for comparison in self._glossary.comparisons_for(term.id):
                others = [self._glossary.terms[t].title for t in comparison.terms if t != term.id]
                text = labels.confused_with.format(title=" / ".join(others))
                links.append(f'<a href="compare:{escape(comparison.id)}">{escape(text)}</a>')
            links.append(f'<a href="compare-with:{escape(term.id)}">{escape(labels.compare_with)}</a>')
            html += "<p>" + "<br>".join(links) + "</p>"
        return html

    def _sources(self, sources: tuple[Source, ...]) -> str:
        return "<ol>" + "".join(f"<li>{self.source_html(s)}</li>" for s in sources) + "</ol>"

    def source_html(self, source: Source) -> str:
        """`Authors (YEAR). Title.` and the rest; a pack's source may be only a web address (no year or title)."""
        head = escape(source.authors)
        if source.year:
            head = f"{head} ({source.year})" if head else f"({source.year})"
        parts = [head if head.endswith(".") else f"{head}."] if head else []
        if source.title:
            parts.append(f"{_emphasis(source.title)}.")
        if source.venue:
            parts.append(f"{escape(source.venue)}.")
        if source.arxiv:
            parts.append(f"arXiv:{escape(source.arxiv)}.")
        link = source.link
        if link.startswith(("https://", "http://")):
            parts.append(f'<a href="{escape(link)}">{escape(link)}</a>')
        return " ".join(parts)

    def _path_step(self, term: Term, path: LearningPath) -> str:
        steps = path.steps
        if term.id not in steps:
            return ""
        index = steps.index(term.id)
        position = f"{index + 1}/{len(steps)}"
        if index + 1 < len(steps):
            nxt = self._glossary.terms[steps[index + 1]]
            text = self._labels.next_in_path.format(path=path.title, title=nxt.title)
            return f'<hr><p>{position} · <a href="term:{escape(nxt.id)}">{escape(text)}</a></p>'
        return f"<hr><p>{position} · {escape(self._labels.end_of_path.format(path=path.title))}</p>"

    # --- comparisons --------------------------------------------------------------------------------------------

    def comparison_title(self, table: ComparisonTable) -> str:
        if table.curated is not None and table.term_ids == table.curated.terms:
            return self._glossary.comparison_title(table.curated)
        return " vs ".join(self._glossary.terms[t].title for t in table.term_ids)

    def comparison_html(self, table: ComparisonTable, *, interactive: bool = True, column_links: bool = False) -> str:
        """The aligned table. With `column_links`, term links inside column N read `colN:<id>` so that a view can
        navigate within that column instead of leaving the comparison."""
        labels, style = self._labels, self._style
        terms = [self._glossary.terms[t] for t in table.term_ids]
        width = 100 // (len(terms) * 2 + 1)
        label_width = 100 - width * 2 * len(terms)

        head = "".join(
            f'<th width="{width * 2}%" align="left" bgcolor="{style.box}">'
            + _in_column(self._term_link(t.id) if interactive else escape(t.title), column, column_links)
            + f'<br><span style="font-weight:normal; color:{style.muted}">{escape(plain_text(t.summary))}</span></th>'
            for column, t in enumerate(terms)
        )
        rows = [f'<tr><th width="{label_width}%" bgcolor="{style.box}"></th>{head}</tr>']
        for row in table.rows:
            label = row.label or labels.section(row.key)
            cells = "".join(
                f'<td valign="top">{self.cell_html(cell, column if column_links else None)}</td>'
                for column, cell in enumerate(row.cells)
            )
            rows.append(f'<tr><td valign="top"><b>{escape(label)}</b></td>{cells}</tr>')
        return (
            self.comparison_intro_html(table, interactive=interactive)
            + f'<table width="100%" cellspacing="0" cellpadding="6" border="1" '
            f'style="border-color:{style.rule}; border-style:solid; border-collapse:collapse">{"".join(rows)}</table>'
            + self.comparison_notes_html(table)
        )

    def cell_html(self, cell: str, column: int | None = None) -> str:
        """One cell of a comparison; with `column`, its term links read `col<column>:<id>` (stay in that column)."""
        return _in_column(self._blocks(cell), column, column is not None) or "—"

    def comparison_intro_html(self, table: ComparisonTable, *, interactive: bool = True) -> str:
        """The comparison's title, and a curated comparison's summary (and whether it is translated)."""
        style = self._style
        parts = [f"<h1>{escape(self.comparison_title(table))}</h1>"]
        if table.curated is not None:
            parts.append(f'<p style="color:{style.muted}">{self._inline(table.curated.summary)}</p>')
            if table.curated.untranslated:
                parts.append(self._untranslated_note(terms=False))
        return "".join(parts)

    def comparison_notes_html(self, table: ComparisonTable) -> str:
        """What follows the rows: how to tell the terms apart, how they are linked, and the sources."""
        labels, style = self._labels, self._style
        parts = []
        if table.tell_apart:
            parts.append(
                self._box(
                    f"<b>{escape(labels.tell_apart)}</b> {isolate(self._inline(table.tell_apart))}",
                    style.fact,
                    style.box_border,
                )
            )
        parts.append(self._comparison_links(table))
        if table.curated is not None and table.curated.sources:
            parts.append(self._section(labels.sources, self._sources(table.curated.sources)))
        return "".join(parts)

    def comparison_grid(self, table: ComparisonTable, *, column_links: bool = False) -> ComparisonGrid:
        """The rows of a comparison as a grid for a table view: the terms' titles head the columns, the first row
        gives each term's summary, then one row per compared aspect."""
        labels = self._labels
        terms = [self._glossary.terms[t] for t in table.term_ids]
        row_labels = [labels.in_short, *(row.label or labels.section(row.key) for row in table.rows)]
        html = [[escape(plain_text(t.summary)) for t in terms]]
        text = [[plain_text(t.summary) for t in terms]]
        for row in table.rows:
            html.append(
                [self.cell_html(cell, column if column_links else None) for column, cell in enumerate(row.cells)]
            )
            text.append([plain_text(cell) or "—" for cell in row.cells])
        return ComparisonGrid(
            titles=tuple(t.title for t in terms),
            row_labels=tuple(row_labels),
            cells_html=tuple(map(tuple, html)),
            cells_text=tuple(map(tuple, text)),
        )

    def _comparison_links(self, table: ComparisonTable) -> str:
        labels = self._labels
        lines = []
        three = len(table.term_ids) == 3
        if table.same_category:
            category = self._glossary.category_title(table.same_category)
            same = labels.same_category_all if three else labels.same_category
            lines.append(escape(same.format(category=category)))
        if table.shared_related:
            shared = labels.shared_related_all if three else labels.shared_related
            lines.append(f"{escape(shared)} " + ", ".join(self._term_link(t) for t in table.shared_related))
        if table.direct_links:
            for link in table.direct_links:
                kind = labels.relation_kinds.get(link.kind, link.kind.value)
                lines.append(
                    f"{self._term_link(link.source)} — {escape(kind)} {labels.arrow} {self._term_link(link.target)}"
                )
        elif table.path:
            lines.append(f" {labels.arrow} ".join(self._term_link(t) for t in table.path))
        elif len(table.term_ids) == 2:
            lines.append(escape(labels.not_linked))
        if not lines:
            return ""
        return self._section(labels.linked_by, "<p>" + "<br>".join(lines) + "</p>")


def _emphasis(text: str) -> str:
    """Italics for a name or a title, except in a right-to-left script: Arabic has no italics (and the print font's
    oblique face has no Arabic letters, which would print as empty boxes)."""
    if first_strong_direction(text) == "rtl":
        return escape(text)
    return f"<i>{escape(text)}</i>"


def _in_column(html: str, column: int | None, column_links: bool) -> str:
    return html.replace('href="term:', f'href="col{column}:') if column_links and column is not None else html


def isolate(html: str) -> str:
    """Content set inside a translated label keeps its own direction (Unicode first-strong isolate), so an English
    sentence after an Arabic label does not have its final full stop moved to the front."""
    return f"\u2068{html}\u2069"


def plain_join(text: str) -> str:
    """Multi-line text as one line (for list items that must stay one paragraph)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
