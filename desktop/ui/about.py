"""Help → About: the version of the app and of its content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import __version__
from desktop.core.content.model import Glossary


def about_html(glossary: Glossary) -> str:
    """The About box's text: app version, content version and how much content there is."""
    return (
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Alignment Atlas %1</h3>"
            "<p>An offline glossary that explains AI alignment and the ideas around it.</p>"
            "<p>Content version %2 · %3 terms, %4 comparisons, %5 learning paths.</p>",
        )
        .replace("%1", __version__)
        .replace("%2", glossary.meta.content_version)
        .replace("%3", str(len(glossary.terms)))
        .replace("%4", str(len(glossary.comparisons)))
        .replace("%5", str(len(glossary.paths)))
    )
