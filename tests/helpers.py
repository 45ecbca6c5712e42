"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QUrl

from desktop.core.content.model import Glossary
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

# The source article's own entries: AI alignment and its ten related terms.
SEED_ENTRIES = (
    "alignment",
    "capability",
    "machine-learning",
    "large-language-model",
    "instruction-tuning",
    "rlhf",
    "hallucination",
    "ai-safety",
    "ai-guardrails",
    "constitutional-ai",
    "ai-agent",
)


@dataclass
class WindowFactory:
    """Builds main windows over one settings file, as two runs of the app would; records opened web links."""

    qtbot: Any
    glossary: Glossary
    settings_file: Path
    opened_urls: list[str] = field(default_factory=list)

    def settings(self) -> AppSettings:
        return AppSettings(QSettings(str(self.settings_file), QSettings.Format.IniFormat))

    def __call__(self, content: Glossary | None = None) -> MainWindow:
        return self.build(content)

    def build(self, content: Glossary | None = None, **extra: Any) -> MainWindow:
        window = MainWindow(
            glossary=content or self.glossary,
            settings=self.settings(),
            open_url=lambda url: self.opened_urls.append(QUrl(url).toString()),
            **extra,
        )
        self.qtbot.add_widget(window)
        return window
