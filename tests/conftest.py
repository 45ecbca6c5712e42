"""Shared test setup. Qt runs offscreen unless a test asks for a real display (set before any Qt import)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Commands load the packs installed in the data folder: tests never see the packs of the person running them.
os.environ.setdefault("ALIGNMENT_ATLAS_DATA_DIR", __import__("tempfile").mkdtemp(prefix="alignment-atlas-tests-"))

from pathlib import Path
from typing import Any

import pytest

from desktop.content import load_content
from desktop.core.content.model import Glossary
from tests.helpers import WindowFactory


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: Any) -> None:
    """The app's English translator (plural forms) is installed, as the app does at start."""
    from desktop.ui.i18n import LanguageSwitcher

    LanguageSwitcher(qapp).apply("en")


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    """The bundled content, in English."""
    return load_content()


@pytest.fixture
def make_window(qtbot: Any, glossary: Glossary, tmp_path: Path) -> WindowFactory:
    return WindowFactory(qtbot, glossary, tmp_path / "settings.ini")
