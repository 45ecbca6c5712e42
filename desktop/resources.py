"""The one place that knows where bundled files live.

A source checkout keeps `resources/` and `i18n/` at the repository root, next to the `desktop` package. An
installed wheel and the PyInstaller bundle carry the same two folders inside the package, under `desktop/_data/`
(the wheel build and `build.spec` put them there). The rule below covers all three without asking whether the
program is frozen: PyInstaller sets `__file__` of bundled modules to their place under the bundle folder.

Nothing else in the code builds paths to bundled files; it asks this module.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent
_EMBEDDED = _PACKAGE_DIR / "_data"


class ResourceError(LookupError):
    """A resource name that is not a plain relative path, or a resource that is not there."""


@cache
def data_root() -> Path:
    """The folder that holds `resources/` and `i18n/`."""
    if (_EMBEDDED / "resources").is_dir():
        return _EMBEDDED
    return _PACKAGE_DIR.parent


def _checked(name: str) -> PurePosixPath:
    relative = PurePosixPath(name)
    if not name or relative.is_absolute() or ".." in relative.parts or "\\" in name:
        raise ResourceError(f"not a plain relative resource path: {name!r}")
    return relative


def resource_path(name: str) -> Path:
    """Path of `resources/<name>`, e.g. `resource_path("glossary")`. The file need not exist."""
    return data_root() / "resources" / _checked(name)


def glossary_dir() -> Path:
    """The bundled content folder (terms, comparisons, paths)."""
    return resource_path("glossary")


def translations_dir() -> Path:
    """The folder with the compiled interface translations (`alignment_atlas_<lang>.qm`)."""
    return data_root() / "i18n"


def translation_file(lang: str) -> Path:
    """The compiled translation for `lang`; it may not exist (English needs none)."""
    return translations_dir() / _checked(f"alignment_atlas_{lang}.qm")


def icon_path(name: str) -> Path:
    """An icon under `resources/icons/`."""
    return resource_path(f"icons/{name}")
