"""Typed access to the remembered state (QSettings). QSettings writes its file through QSaveFile, atomically."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class AppSettings:
    """Window geometry, splitter sizes, zoom, last term, language and list scope."""

    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        value = self._s.value(key, default)
        try:
            return int(str(value))
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._s.setValue("window/splitter", value)

    @property
    def zoom(self) -> int:
        return self._int("view/zoom", 0)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._s.setValue("view/zoom", int(value))

    @property
    def last_term(self) -> str:
        return self._str("view/last_term")

    @last_term.setter
    def last_term(self, value: str) -> None:
        self._s.setValue("view/last_term", value)

    @property
    def language(self) -> str:
        return self._str("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def scope(self) -> str:
        return self._str("list/scope", "all:")

    @scope.setter
    def scope(self, value: str) -> None:
        self._s.setValue("list/scope", value)

    @property
    def comparison(self) -> str:
        """The last compared term ids, comma-separated."""
        return self._str("compare/terms")

    @comparison.setter
    def comparison(self, value: str) -> None:
        self._s.setValue("compare/terms", value)

    @property
    def tab(self) -> int:
        return self._int("window/tab", 0)

    @tab.setter
    def tab(self, value: int) -> None:
        self._s.setValue("window/tab", int(value))

    @property
    def dismissed_problems(self) -> str:
        """The fingerprint of the content problems whose banner was dismissed (shown again when they change)."""
        return self._str("banner/dismissed")

    @dismissed_problems.setter
    def dismissed_problems(self, value: str) -> None:
        self._s.setValue("banner/dismissed", value)

    def sync(self) -> str:
        """Write to disk now; returns an error text when the settings file cannot be written."""
        self._s.sync()
        if self._s.status() != QSettings.Status.NoError:
            return self._s.fileName()
        return ""
