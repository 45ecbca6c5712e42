"""Interface languages: Qt's own `qtbase_<lang>` translator first, then the app's, switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
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
        if isinstance(self._app, QGuiApplication):
            direction = Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
            self._app.setLayoutDirection(direction)
        self.language = lang
        return lang
