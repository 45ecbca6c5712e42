"""Content translations (issue 17): what a language covers, and that a translation keeps the English facts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from desktop.core.content.loader import load_glossary
from desktop.core.content.model import Glossary
from desktop.document import DocumentBuilder
from desktop.resources import glossary_dir

LANGUAGES = ("de", "es", "fr", "ar")
_NUMBER = re.compile(r"\d+")
TERM_FIELDS = ("summary", "definition", "why_it_matters", "how_it_works")


def _numbers(texts: list[str]) -> set[str]:
    """The runs of digits (years, figures, ids) a text holds, whatever separators a language writes between
    thousands; a translation may name a number more or less often, never another one."""
    return {number for text in texts for number in _NUMBER.findall(text)}


def _term_texts(glossary: Glossary, term_id: str, given: set[str]) -> list[str]:
    term = glossary.terms[term_id]
    texts = [getattr(term, name) for name in TERM_FIELDS if name in given]
    if "examples" in given:
        texts += list(term.examples)
    if "misconceptions" in given:
        texts += [part for item in term.misconceptions for part in (item.myth, item.fact)]
    return texts


def _overlay_fields(lang: str, kind: str, item_id: str) -> set[str]:
    path = glossary_dir() / lang / kind / f"{item_id}.yaml"
    if not path.is_file():
        return set()
    return set(yaml.safe_load(path.read_text(encoding="utf-8")) or {})


@pytest.fixture(scope="module")
def english() -> Glossary:
    return load_glossary(glossary_dir())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_translation_keeps_every_number_of_the_english_entry(english: Glossary, lang: str) -> None:
    translated = load_glossary(glossary_dir(), lang=lang)
    for term_id in english.terms:
        given = _overlay_fields(lang, "terms", term_id)
        if not given:
            continue
        ours, theirs = _numbers(_term_texts(translated, term_id, given)), _numbers(_term_texts(english, term_id, given))
        missing, extra = sorted(theirs - ours), sorted(ours - theirs)
        assert ours == theirs, f"{lang}/terms/{term_id}.yaml: numbers missing {missing}, numbers added {extra}"
    for comparison_id, comparison in english.comparisons.items():
        if "dimensions" not in _overlay_fields(lang, "comparisons", comparison_id):
            continue
        cells = [cell for d in translated.comparisons[comparison_id].dimensions for cell in d.cells.values()]
        originals = [cell for d in comparison.dimensions for cell in d.cells.values()]
        assert _numbers(cells) == _numbers(originals), f"{lang}/comparisons/{comparison_id}.yaml: numbers differ"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_coverage_counts_titles_and_whole_entries(tmp_path: Path) -> None:
    """A title and summary make a term "named"; only a translated definition makes it complete (no notice)."""
    root = tmp_path / "glossary"
    shutil.copytree(glossary_dir(), root, ignore=shutil.ignore_patterns("de"))
    _write(root / "xx" / "terms" / "rlhf.yaml", "id: rlhf\ntitle: RLHF-x\nsummary: Kurz.\n")
    _write(root / "xx" / "terms" / "dpo.yaml", "id: dpo\ntitle: DPO-x\nsummary: Kurz.\ndefinition: Lang.\n")
    glossary = load_glossary(root, lang="xx")
    coverage = glossary.translation
    assert coverage is not None
    assert (coverage.terms, coverage.named, coverage.complete) == (len(glossary.terms), 2, 1)
    assert glossary.terms["rlhf"].untranslated and not glossary.terms["dpo"].untranslated
    page = DocumentBuilder(glossary).term_html(glossary.terms["rlhf"])
    assert f"Not yet translated — showing English · 1 of {len(glossary.terms)} translated into this language" in page
    assert "Not yet translated" not in DocumentBuilder(glossary).term_html(glossary.terms["dpo"])
    assert load_glossary(root).translation is None  # English is the original


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_term_category_and_path_has_its_name_in_the_language(english: Glossary, lang: str) -> None:
    """The coverage figure: every term's title and summary translated (100%), and every category and path."""
    translated = load_glossary(glossary_dir(), lang=lang)
    coverage = translated.translation
    assert coverage is not None
    missing = [t for t in english.terms if not {"title", "summary"} <= _overlay_fields(lang, "terms", t)]
    assert coverage.named_share == 1.0, (
        f"{lang}: {len(missing)} terms without a translated title and summary: {missing}"
    )
    categories = yaml.safe_load((glossary_dir() / lang / "categories.yaml").read_text(encoding="utf-8"))
    assert {c["id"] for c in categories} == set(english.categories)
    for path_id in english.paths:
        assert {"title", "description"} <= _overlay_fields(lang, "paths", path_id), f"{lang}/paths/{path_id}.yaml"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_list_and_search_speak_the_language(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    translated = load_glossary(glossary_dir(), lang=lang)
    title = translated.terms["specification-gaming"].title
    assert main(["list", "--lang", lang]) == 0
    listed = {line.split("\t")[0]: line.split("\t")[1] for line in capsys.readouterr().out.splitlines()}
    assert listed["specification-gaming"] == title
    assert main(["search", "--lang", lang, title]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "specification-gaming"  # the translated title finds it
    assert main(["search", "--lang", lang, "specification gaming"]) == 0
    assert "specification-gaming" in capsys.readouterr().out.splitlines()[:3]  # and the English one still does


# Wordings an expert review of the German content replaced (issue 16); new entries must not bring them back.
DISCOURAGED = {
    "de": {
        r"feinabgestimmt|feinabstimmen": "nachtrainiert / nachtrainieren",
        r"zielfunktion": "Trainingsziel or Zielgröße",
        r"steiger\w*[^.]*was auf dem spiel steht": "a plain verb: erhöht den Einsatz, macht folgenreicher",
        r"fingerknöcheln knack": "mit den Fingern knacken",
    }
}


@pytest.mark.parametrize("lang", sorted(DISCOURAGED))
def test_reviewed_wordings_stay_out(lang: str) -> None:
    found = []
    for path in sorted((glossary_dir() / lang).rglob("*.yaml")):
        text = path.read_text(encoding="utf-8").casefold()
        for pattern, instead in DISCOURAGED[lang].items():
            if re.search(pattern, text):
                found.append(f"{path.relative_to(glossary_dir())}: /{pattern}/ (write {instead})")
    assert not found, "\n".join(found)


def test_arabic_names_are_not_set_in_italics() -> None:
    """The print font's oblique face has no Arabic letters: an italic Arabic full name printed as empty boxes."""
    arabic = load_glossary(glossary_dir(), lang="ar")
    term = arabic.terms["rlhf"]
    assert term.full_name and not term.full_name.isascii()
    page = DocumentBuilder(arabic).term_html(term)
    assert term.full_name in page and f"<i>{term.full_name}</i>" not in page
    english = load_glossary(glossary_dir()).terms["rlhf"]
    assert f"<i>{english.full_name}</i>" in DocumentBuilder(load_glossary(glossary_dir())).term_html(english)
