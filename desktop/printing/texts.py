"""The fixed words that only printed pages use, in the current interface language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject


@dataclass(frozen=True)
class PrintTexts:
    """Print-only fixed words. `%1`/`%2` are placeholders; `terms`/`comparisons` take a count."""

    app_name: str = "Alignment Atlas"
    page_of: str = "Page %1 of %2"
    contents: str = "Contents"
    content_version: str = "Content version %1"
    selected_terms: str = "Selected terms"
    all_terms: str = "All terms"
    bookmarks_title: str = "Bookmarked terms"
    comparisons_title: str = "Comparisons"
    page_column: str = "Page"

    def page(self, number: int, total: int) -> str:
        return self.page_of.replace("%1", str(number)).replace("%2", str(total))

    def version(self, version: str) -> str:
        return self.content_version.replace("%1", version)

    def count_terms(self, count: int) -> str:
        return english_plural(Print().terms(count), "%n term(s)", count, ("term", "terms"))

    def count_comparisons(self, count: int) -> str:
        return english_plural(Print().comparisons(count), "%n comparison(s)", count, ("comparison", "comparisons"))


class Print(QObject):
    """The plural words of the "Print" context: lupdate marks a `%n` message as plural only in a QObject's `tr`."""

    def terms(self, count: int) -> str:
        return self.tr("%n term(s)", "", count)

    def comparisons(self, count: int) -> str:
        return self.tr("%n comparison(s)", "", count)


def english_plural(text: str, source: str, count: int, forms: tuple[str, str]) -> str:
    """`text` (a translated `%n` message), or the English form while no translator knows the message yet.

    Qt returns an unknown message as its source with `%n` filled in ("1 page(s)"); then the "(s)" word is replaced
    by the English singular or plural from `forms`.
    """
    if text != source.replace("%n", str(count)):
        return text
    word = forms[0] if count == 1 else forms[1]
    return text.replace(f"{forms[0]}(s)", word)


def print_texts() -> PrintTexts:
    """Print-only words translated into the current interface language (English without a translator)."""
    return PrintTexts(
        app_name=QCoreApplication.translate("Print", "Alignment Atlas"),
        page_of=QCoreApplication.translate("Print", "Page %1 of %2"),
        contents=QCoreApplication.translate("Print", "Contents"),
        content_version=QCoreApplication.translate("Print", "Content version %1"),
        selected_terms=QCoreApplication.translate("Print", "Selected terms"),
        all_terms=QCoreApplication.translate("Print", "All terms"),
        bookmarks_title=QCoreApplication.translate("Print", "Bookmarked terms"),
        comparisons_title=QCoreApplication.translate("Print", "Comparisons"),
        page_column=QCoreApplication.translate("Print", "Page"),
    )
