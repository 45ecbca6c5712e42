"""Loading the bundled glossary for the app and the command line."""

from __future__ import annotations

from desktop import resources
from desktop.core.loader import load_glossary
from desktop.core.model import Glossary


def load_content(lang: str = "en") -> Glossary:
    """The bundled glossary in a language (English fields fill whatever the overlay does not translate)."""
    return load_glossary(resources.glossary_dir(), lang=lang)
