"""An Anki deck (.apkg) of flashcards, made with `genanki`. No Qt.

One note per term: Front (the title), Back (summary and a key fact), Category, Source (the web address of the
term's first source) and the category id as a tag. The note type's and the deck's ids are fixed numbers, and each
note's guid is derived from the term id, so importing a newer export updates the cards already in Anki instead of
adding copies. The file is written to a temporary name beside the target and renamed over it only when complete.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from desktop.core.content.model import Glossary
from desktop.core.learning.handouts import CardFace, card_faces

MODEL_ID = 1_734_100_101
"""The note type's id: never change it, or Anki treats a new export as another note type."""
DECK_ID = 1_734_100_202
"""The deck's id (one deck, "Alignment Atlas"; a selection names it in its title only)."""
FIELDS = ("Front", "Back", "Category", "Source")

_MODEL = genanki.Model(
    MODEL_ID,
    "Alignment Atlas term",
    fields=[{"name": name} for name in FIELDS],
    templates=[
        {
            "name": "Term → meaning",
            "qfmt": '<div class="term">{{Front}}</div><div class="category">{{Category}}</div>',
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}{{#Source}}<p class="source">{{Source}}</p>{{/Source}}',
        }
    ],
    css=(
        ".card { font-family: sans-serif; font-size: 20px; text-align: center; }\n"
        ".term { font-size: 28px; font-weight: bold; }\n"
        ".category, .source { font-size: 14px; color: #666; }\n"
        ".fact { font-size: 16px; }"
    ),
)


class AnkiExportError(OSError):
    """The deck could not be written; the message is one line naming the file."""


def note_guid(term_id: str) -> str:
    """The note's guid: the same for a term in every export."""
    return str(genanki.guid_for("alignment-atlas", term_id))


def _note(card: CardFace, tag: str) -> genanki.Note:
    back = f"<p>{html.escape(card.summary)}</p>"
    if card.key_fact:
        back += f'<p class="fact">{html.escape(card.key_fact)}</p>'
    source = f'<a href="{html.escape(card.link)}">{html.escape(card.link)}</a>' if card.link else ""
    return genanki.Note(
        model=_MODEL,
        fields=[html.escape(card.title), back, html.escape(card.category), source],
        tags=[tag],
        guid=note_guid(card.term_id),
    )


def write_deck(glossary: Glossary, term_ids: Sequence[str], path: Path, *, deck_name: str = "Alignment Atlas") -> int:
    """Write the deck of these terms to `path`; returns the number of notes. `AnkiExportError` when it cannot."""
    target = Path(path)
    if target.is_dir():
        raise AnkiExportError(f"cannot write the deck to '{target}': it is a folder")
    if target.exists() and not target.is_file():  # a device or a pipe is never replaced by a file
        raise AnkiExportError(f"cannot write the deck to '{target}': it is not a regular file")
    deck = genanki.Deck(DECK_ID, deck_name)
    for card in card_faces(glossary, term_ids):
        tag = glossary.terms[card.term_id].category.replace(" ", "_") or "uncategorised"
        deck.add_note(_note(card, tag))
    try:
        handle, name = tempfile.mkstemp(prefix=".alignment-atlas-", suffix=".apkg", dir=target.parent)
    except OSError as exc:
        raise AnkiExportError(f"cannot write the deck to '{target}': {exc.strerror or exc}") from None
    os.close(handle)
    temporary = Path(name)
    try:
        genanki.Package(deck).write_to_file(str(temporary))
        temporary.replace(target)
    except OSError as exc:
        raise AnkiExportError(f"cannot write the deck to '{target}': {exc.strerror or exc}") from None
    finally:
        temporary.unlink(missing_ok=True)
    return len(deck.notes)
