"""The window's actions and menus: texts, shortcuts and menu layout in one place, with `retranslate()`.

The main window connects the actions to what they do; this module only builds them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.core.content.model import Glossary
from desktop.ui.i18n import LANGUAGES

# Used only where the platform has no binding of its own for a standard key (offscreen, some bare X11 setups).
FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Find: "Ctrl+F",
    QKeySequence.StandardKey.Back: "Alt+Left",
    QKeySequence.StandardKey.Forward: "Alt+Right",
    QKeySequence.StandardKey.ZoomIn: "Ctrl++",
    QKeySequence.StandardKey.ZoomOut: "Ctrl+-",
    QKeySequence.StandardKey.Print: "Ctrl+P",
}


LRM = "\u200e"
"""LEFT-TO-RIGHT MARK: keeps a shortcut such as "Ctrl++" in its own order inside right-to-left text."""


def _casefold(item: tuple[str, str]) -> str:
    return item[0].casefold()


def make_action(parent: QObject, shortcut: QKeySequence.StandardKey | str = "") -> QAction:
    action = QAction(parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS.get(shortcut, ""))]
        action.setShortcuts([binding for binding in bindings if not binding.isEmpty()])
    elif shortcut:
        # setShortcuts with a list, not setShortcut: PySide resolves setShortcut's overloads through Qt.Key, which
        # builds the `Qt` namespace's ~100 enum classes on the way to the first paint (issue 9).
        action.setShortcuts([QKeySequence(shortcut)])
    return action


class WindowActions(QObject):
    """Every menu action of the main window."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        keys = QKeySequence.StandardKey
        self.quit = make_action(self, keys.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.find = make_action(self, keys.Find)
        self.zoom_in = make_action(self, keys.ZoomIn)
        self.zoom_out = make_action(self, keys.ZoomOut)
        self.zoom_reset = make_action(self, "Ctrl+0")
        self.back = make_action(self, keys.Back)
        self.forward = make_action(self, keys.Forward)
        self.random = make_action(self, "Ctrl+R")
        self.show_glossary = make_action(self, "Ctrl+1")
        self.compare = make_action(self, "Ctrl+K")
        self.learn = make_action(self, "Ctrl+L")
        self.show_map = make_action(self, "Ctrl+M")
        self.bookmark = make_action(self, "Ctrl+D")
        self.bookmark.setCheckable(True)
        self.export_progress = make_action(self)
        self.import_progress = make_action(self)
        self.add_pack = make_action(self)
        self.manage_packs = make_action(self)
        self.swap = make_action(self, "Ctrl+Shift+X")
        self.about = make_action(self)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setData(code)
            self.languages[code] = action
        self.menus: dict[str, QMenu] = {}
        self.comparison_actions: list[QAction] = []

    def build_menus(self, bar: QMenuBar) -> None:
        self.menus["file"] = file_menu = bar.addMenu("")
        self.menus["edit"] = edit = bar.addMenu("")
        self.menus["view"] = view = bar.addMenu("")
        self.menus["go"] = go = bar.addMenu("")
        self.menus["compare"] = bar.addMenu("")
        self.menus["help"] = help_menu = bar.addMenu("")
        file_menu.addActions([self.add_pack, self.manage_packs])
        file_menu.addSeparator()
        file_menu.addActions([self.export_progress, self.import_progress])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit.addAction(self.find)
        view.addActions([self.show_glossary, self.compare, self.show_map, self.learn])
        view.addSeparator()
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        self.menus["language"] = language = view.addMenu("")
        language.addActions(list(self.languages.values()))
        go.addActions([self.back, self.forward])
        go.addSeparator()
        go.addAction(self.random)
        go.addAction(self.bookmark)
        self.menus["recent"] = go.addMenu("")
        help_menu.addAction(self.about)

    def set_comparisons(self, glossary: Glossary, show: Callable[[str], object]) -> list[QAction]:
        """Fill the Compare menu: the view, swap, then one action per curated comparison, by title, calling `show`
        with the comparison's id."""
        menu = self.menus["compare"]
        menu.clear()
        menu.addActions([self.compare, self.swap])
        menu.addSeparator()
        self.comparison_actions = []
        titles = sorted(((glossary.comparison_title(c), c.id) for c in glossary.comparisons.values()), key=_casefold)
        for title, comparison_id in titles:
            action = menu.addAction(title)
            action.setData(comparison_id)
            action.triggered.connect(partial(show, comparison_id))
            self.comparison_actions.append(action)
        return self.comparison_actions

    def retranslate(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "go": self.tr("&Go"),
            "compare": self.tr("&Compare"),
            "help": self.tr("&Help"),
            "language": self.tr("La&nguage"),
            "recent": self.tr("Recently &Viewed"),
        }
        for key, title in titles.items():
            if key in self.menus:
                self.menus[key].setTitle(title)
        self.quit.setText(self.tr("&Quit"))
        self.find.setText(self.tr("&Find"))
        self.find.setToolTip(self.tr("Search the glossary"))
        self.zoom_in.setText(self.tr("Zoom &In"))
        self.zoom_out.setText(self.tr("Zoom &Out"))
        self.zoom_reset.setText(self.tr("&Reset Zoom"))
        self.back.setText(self.tr("&Back"))
        self.forward.setText(self.tr("&Forward"))
        self.random.setText(self.tr("&Random Term"))
        self.show_glossary.setText(self.tr("&Glossary"))
        self.compare.setText(self.tr("&Compare Terms…"))
        self.swap.setText(self.tr("&Swap Sides"))
        self.learn.setText(self.tr("&Learn"))
        self.show_map.setText(self.tr("Concept &Map"))
        self.bookmark.setText(self.tr("Bookmark This &Term"))
        self.export_progress.setText(self.tr("&Export Progress…"))
        self.import_progress.setText(self.tr("&Import Progress…"))
        self.add_pack.setText(self.tr("Add &Glossary Pack…"))
        self.add_pack.setToolTip(self.tr("Add your own terms from a CSV file or a folder of YAML files"))
        self.manage_packs.setText(self.tr("&Manage Glossary Packs…"))
        self.about.setText(self.tr("&About Alignment Atlas"))
        self._set_shortcut_texts()

    def _set_shortcut_texts(self) -> None:
        """In a right-to-left menu Qt lays "Ctrl++" out as "++Ctrl" (the last "+" takes the menu's direction). There
        the shortcut is written after a tab, as QMenu reads it, between left-to-right marks; in a left-to-right menu
        Qt's own shortcut text stays."""
        right_to_left = QGuiApplication.isRightToLeft()
        for action in self.findChildren(QAction):
            label = action.text().split("\t", 1)[0]
            shortcut = action.shortcut()
            if right_to_left and not shortcut.isEmpty():
                native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                action.setText(f"{label}\t{LRM}{native}{LRM}")
            elif label != action.text():
                action.setText(label)
