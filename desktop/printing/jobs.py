"""What to print: one term sheet, one comparison handout, or a booklet of several, chosen by id.

The builders check every id against the glossary first, so a bad selection fails before any file is touched:
`UnknownIdError` (from the model) for an id that names nothing, `SelectionError` for a selection with no terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale

from desktop.collation import collated
from desktop.core.content.model import Glossary, UnknownIdError
from desktop.printing.texts import PrintTexts


class SelectionError(ValueError):
    """A selection that names nothing to print (an empty category, no ids); the message is one line."""


@dataclass(frozen=True)
class TermSection:
    term_id: str


@dataclass(frozen=True)
class ComparisonSection:
    """Two or three terms side by side; `comparison_id` names the curated comparison when there is one."""

    term_ids: tuple[str, ...]
    comparison_id: str = ""


Section = TermSection | ComparisonSection


@dataclass(frozen=True)
class PrintJob:
    """A title (PDF title, header, title page) and its sections; a booklet gets a title page and contents."""

    title: str
    sections: tuple[Section, ...]
    booklet: bool = False
    description: str = ""
    path_id: str = ""
    """A learning path's booklet: its entries are numbered and each says which step comes next."""
    category_id: str = ""
    """A category's booklet. A path's or a category's booklet starts with its concept map."""

    @property
    def term_ids(self) -> tuple[str, ...]:
        return tuple(s.term_id for s in self.sections if isinstance(s, TermSection))


def _check_terms(glossary: Glossary, term_ids: Sequence[str]) -> list[str]:
    ids: list[str] = []
    for term_id in term_ids:
        glossary.term(term_id)  # raises UnknownIdError naming the id
        if term_id not in ids:
            ids.append(term_id)
    if not ids:
        raise SelectionError("no terms selected")
    return ids


def term_sheet(glossary: Glossary, term_id: str) -> PrintJob:
    term = glossary.term(term_id)
    return PrintJob(title=term.title, sections=(TermSection(term.id),))


def comparison_section(glossary: Glossary, spec: str | Sequence[str]) -> ComparisonSection:
    """A curated comparison id, or two or three term ids (a list, or one string joined by `+`)."""
    if isinstance(spec, str):
        if spec in glossary.comparisons:
            comparison = glossary.comparisons[spec]
            for term_id in comparison.terms:
                glossary.term(term_id)
            return ComparisonSection(comparison.terms, comparison.id)
        if "+" not in spec:
            raise UnknownIdError("comparison", spec)
        spec = [part.strip() for part in spec.split("+")]
    ids = _check_terms(glossary, spec)
    if not 2 <= len(ids) <= 3:
        raise SelectionError(f"a comparison needs two or three different terms, got {len(ids)}")
    curated = next((c for c in glossary.comparisons.values() if set(c.terms) == set(ids)), None)
    return ComparisonSection(tuple(ids), curated.id if curated else "")


def section_title(glossary: Glossary, section: Section) -> str:
    if isinstance(section, TermSection):
        return glossary.term(section.term_id).title
    if section.comparison_id and section.comparison_id in glossary.comparisons:
        comparison = glossary.comparisons[section.comparison_id]
        if len(comparison.terms) == len(section.term_ids):
            return glossary.comparison_title(comparison)
    return " vs ".join(glossary.term(t).title for t in section.term_ids)


def comparison_handout(glossary: Glossary, spec: str | Sequence[str]) -> PrintJob:
    section = comparison_section(glossary, spec)
    return PrintJob(title=section_title(glossary, section), sections=(section,))


def comparisons_job(glossary: Glossary, specs: Sequence[str], texts: PrintTexts) -> PrintJob:
    """One handout, or a booklet of several comparisons."""
    if not specs:
        raise SelectionError("no comparisons selected")
    sections: list[Section] = []
    for spec in specs:
        section = comparison_section(glossary, spec)
        if section not in sections:
            sections.append(section)
    if len(sections) == 1:
        return PrintJob(title=section_title(glossary, sections[0]), sections=tuple(sections))
    return PrintJob(title=texts.comparisons_title, sections=tuple(sections), booklet=True)


def terms_job(glossary: Glossary, term_ids: Sequence[str], texts: PrintTexts, *, title: str = "") -> PrintJob:
    """A sheet for one term, a booklet for several (in the order given)."""
    ids = _check_terms(glossary, term_ids)
    if len(ids) == 1 and not title:
        return term_sheet(glossary, ids[0])
    return PrintJob(title=title or texts.selected_terms, sections=tuple(TermSection(t) for t in ids), booklet=True)


def _in_title_order(glossary: Glossary, term_ids: Sequence[str]) -> list[str]:
    return [t.id for t in collated((glossary.terms[t] for t in term_ids), QLocale())]


def category_booklet(glossary: Glossary, category_id: str) -> PrintJob:
    category = glossary.categories.get(category_id)
    if category is None:
        known = ", ".join(glossary.categories)
        raise SelectionError(f"unknown category '{category_id}' (available: {known})")
    ids = _in_title_order(glossary, [t.id for t in glossary.terms.values() if t.category == category_id])
    if not ids:
        raise SelectionError(f"category '{category_id}' has no terms")
    return PrintJob(
        title=category.title,
        sections=tuple(TermSection(t) for t in ids),
        booklet=True,
        description=category.description,
        category_id=category_id,
    )


def path_booklet(glossary: Glossary, path_id: str) -> PrintJob:
    path = glossary.path(path_id)
    ids = [step for step in path.steps if step in glossary.terms]
    if not ids:
        raise SelectionError(f"learning path '{path_id}' has no terms")
    return PrintJob(
        title=path.title,
        sections=tuple(TermSection(t) for t in ids),
        booklet=True,
        description=path.description,
        path_id=path.id,
    )


def bookmarks_booklet(glossary: Glossary, term_ids: Sequence[str], texts: PrintTexts) -> PrintJob:
    """The bookmarked terms (those still in the glossary), by title."""
    ids = _in_title_order(glossary, [t for t in dict.fromkeys(term_ids) if t in glossary.terms])
    if not ids:
        raise SelectionError("no bookmarked terms")
    return PrintJob(title=texts.bookmarks_title, sections=tuple(TermSection(t) for t in ids), booklet=True)


def pack_booklet(glossary: Glossary, pack: str) -> PrintJob:
    """Every term of one glossary pack, by title; the pack's name is the booklet's title."""
    ids = _in_title_order(glossary, [t.id for t in glossary.terms.values() if t.pack == pack])
    if not ids:
        known = ", ".join(glossary.pack_names) or "none loaded"
        raise SelectionError(f"no glossary pack named '{pack}' (packs: {known})")
    return PrintJob(title=pack, sections=tuple(TermSection(t) for t in ids), booklet=True)


def all_terms_booklet(glossary: Glossary, texts: PrintTexts) -> PrintJob:
    ids = _in_title_order(glossary, list(glossary.terms))
    if not ids:
        raise SelectionError("the glossary has no terms")
    title = glossary.meta.title or texts.all_terms
    return PrintJob(title=title, sections=tuple(TermSection(t) for t in ids), booklet=True)


CHARS_PER_PAGE = 3_600
"""Characters of entry text that fill about one printed page (the bundled entries: 3,000–4,000 each)."""
ENTRY_OVERHEAD = 350
"""Characters' worth of a term's heading, category line and sources."""
LARGE_BOOKLET = 300
"""Pages above which the booklet dialog asks before printing (and never preselects such a booklet)."""


def estimated_pages(glossary: Glossary, job: PrintJob) -> int:
    """About how many pages the job prints: whole pages for long entries and comparisons, a share of a page for
    short entries (they share pages in a booklet), plus the title page and contents. Linear in the sections, with
    no layout: the booklet dialog asks it for every choice."""
    pages = 0.0
    for section in job.sections:
        if isinstance(section, ComparisonSection):
            pages += 2 if len(section.term_ids) > 2 else 1
            continue
        term = glossary.terms.get(section.term_id)
        if term is None:
            continue
        size = ENTRY_OVERHEAD + len(term.summary) + len(term.definition) + len(term.why_it_matters)
        size += len(term.how_it_works) + sum(map(len, term.examples))
        size += sum(len(m.myth) + len(m.fact) for m in term.misconceptions)
        share = size / CHARS_PER_PAGE
        pages += -(-size // CHARS_PER_PAGE) if share > 1 / 3 or not job.booklet else share
    if job.booklet:
        pages += 1 + len(job.sections) / 45  # the title page and about 45 contents lines a page
    return max(1, round(pages))
