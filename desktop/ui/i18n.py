"""Interface languages: Qt's own `qtbase_<lang>` translator first, then the app's, switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop import resources

# Code → name of the language in that language, as the View → Language menu shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
_DIRECTION_SET = "alignment-atlas-direction-set"  # an application property: the layout direction was set by us


def system_language() -> str:
    """The first of the system's UI languages that we ship, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class LanguageSwitcher:
    """Installs and replaces the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, lang: str) -> str:
        """Switch to `lang` (falls back to English when unknown); returns the language now in use.

        Qt posts a LanguageChange event to every widget, which calls their `retranslate()`.
        """
        lang = lang if lang in LANGUAGES else "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if lang != "en":
            qt_translator = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(f"qtbase_{lang}", qt_dir) or qt_translator.load(
                f"qtbase_{lang}", str(resources.translations_dir())
            ):
                self._app.installTranslator(qt_translator)
                self._installed.append(qt_translator)
        # English too: its file holds the plural forms ("1 term matches", "12 terms match").
        app_translator = QTranslator(self._app)
        if app_translator.load(str(resources.translation_file(lang))):
            self._app.installTranslator(app_translator)
            self._installed.append(app_translator)
        QLocale.setDefault(QLocale(lang))
        if isinstance(self._app, QGuiApplication) and (lang in RIGHT_TO_LEFT or self._app.property(_DIRECTION_SET)):
            self._set_direction(right_to_left=lang in RIGHT_TO_LEFT)
        self.language = lang
        return lang

    def _set_direction(self, *, right_to_left: bool) -> None:
        # Only when a right-to-left language is or was in use: left to right is Qt's default, and leaving it alone
        # keeps the `Qt` namespace (~100 enum classes) out of the first paint (issue 9).
        from PySide6.QtCore import Qt  # noqa: PLC0415

        assert isinstance(self._app, QGuiApplication)
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        self._app.setProperty(_DIRECTION_SET, True)
