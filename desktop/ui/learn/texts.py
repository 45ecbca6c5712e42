"""Translated words and small HTML pieces shared by the learn-mode widgets."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from desktop.core.learning.exchange import ImportSummary
from desktop.core.learning.store import Recovery, RecoveryReason
from desktop.document import BOX_MARGIN, Style


class Interval(QObject):
    """Grade-button durations. A QObject so that lupdate sees `self.tr(…, "", n)` as plural messages: it marks
    QCoreApplication.translate calls with a count as singular, and skips those whose count is an expression."""

    def text(self, delta: timedelta) -> str:
        """A short duration as a grade button shows it: "<1 min", "10 min", "5 h", "8 d", "3 mo", "2 yr"."""
        unit, n = _unit(delta)
        if not unit:
            return self.tr("<1 min")
        words = {
            "minute": self.tr("%n min", "", n),
            "hour": self.tr("%n h", "", n),
            "day": self.tr("%n d", "", n),
            "month": self.tr("%n mo", "", n),
            "year": self.tr("%n yr", "", n),
        }
        return words[unit]

    def long_text(self, delta: timedelta) -> str:
        """The same duration in words, as a screen reader should say it: "3 days", "less than a minute"."""
        unit, n = _unit(delta)
        if not unit:
            return self.tr("less than a minute")
        words = {
            "minute": self.tr("%n minute(s)", "", n),
            "hour": self.tr("%n hour(s)", "", n),
            "day": self.tr("%n day(s)", "", n),
            "month": self.tr("%n month(s)", "", n),
            "year": self.tr("%n year(s)", "", n),
        }
        return words[unit]


def _unit(delta: timedelta) -> tuple[str, int]:
    """The unit a duration is said in and how many of it ("", 0 under a minute): one rounding for both texts."""
    seconds = max(0.0, delta.total_seconds())
    if seconds < 60:
        return "", 0
    if seconds < 3600:
        return "minute", round(seconds / 60)
    if seconds < 86400:
        return "hour", round(seconds / 3600)
    days = round(seconds / 86400)
    if days < 31:
        return "day", days
    if days < 365:
        return "month", round(days / 30.44)
    return "year", round(days / 365.25)


_INTERVAL = Interval()


def long_interval_text(delta: timedelta) -> str:
    """A duration in words ("3 days"), for what a screen reader says."""
    return _INTERVAL.long_text(delta)


def interval_text(delta: timedelta) -> str:
    """A short duration as a grade button shows it: "<1 min", "10 min", "5 h", "8 d", "3 mo", "2 yr"."""
    return _INTERVAL.text(delta)


def when_text(moment: datetime) -> str:
    """A date and time in the interface language's short format, in local time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def recovery_message(recovery: Recovery) -> str:
    """What happened to a damaged progress file, in plain words for the person."""
    if recovery.reason is RecoveryReason.NEWER:
        text = QCoreApplication.translate(
            "Learn",
            "Your saved progress was made by a newer version of Alignment Atlas, so this version started a fresh "
            "progress file. The old file was kept, unchanged, as %1.",
        )
    else:
        text = QCoreApplication.translate(
            "Learn",
            "Your saved progress could not be read (the file was damaged), so a fresh progress file was started. "
            "Nothing was deleted: the old file was kept as %1.",
        )
    return text.replace("%1", str(recovery.moved_to))


def read_only_message(path: str, reason: str) -> str:
    return (
        QCoreApplication.translate(
            "Learn", "Progress in %1 is shown read-only (%2): earlier answers are here, new ones are not saved."
        )
        .replace("%1", path)
        .replace("%2", reason)
    )


def unavailable_message(path: str, reason: str = "") -> str:
    """Why progress lives in memory only this time; `reason` is the system's own words (disk full, locked, …)."""
    if reason:
        return (
            QCoreApplication.translate(
                "Learn",
                "Progress cannot be saved in %1 (%2). Learning works, but answers are forgotten when the app closes.",
            )
            .replace("%1", path)
            .replace("%2", reason)
        )
    return QCoreApplication.translate(
        "Learn",
        "Progress cannot be saved in %1 (the folder cannot be written). Learning works, but answers are forgotten "
        "when the app closes.",
    ).replace("%1", path)


def import_summary_text(summary: ImportSummary) -> str:
    """One line for the status bar after an import."""
    return (
        QCoreApplication.translate(
            "Learn",
            "Progress imported: cards added %1, updated %2, kept because yours were newer %3; "
            "reviews added %4, bookmarks added %5.",
        )
        .replace("%1", str(summary.cards_added))
        .replace("%2", str(summary.cards_updated))
        .replace("%3", str(summary.cards_kept))
        .replace("%4", str(summary.reviews_added))
        .replace("%5", str(summary.bookmarks_added))
    )


def box(inner: str, background: str, border: str) -> str:
    """A tinted box around some inline HTML: a paragraph the learn views' DetailView frames (a table would reach a
    screen reader as text between U+FDD0/U+FDD1 markers). `border` is kept for callers; the view picks the frame."""
    return f'<p style="background-color:{background}; margin:{BOX_MARGIN}">{inner}</p>'


def muted(text: str, style: Style) -> str:
    return f'<p style="color:{style.muted}">{escape(text)}</p>'
