"""What a screen reader finds in Alignment Atlas, read over AT-SPI, and the keyboard flow, driven by xdotool.

Run by tests/test_atspi.py with the system Python (`/usr/bin/python3`: pyatspi and `gi` exist only for it), on the
display, session bus and accessibility bus that the test started, while the app runs there. Not a pytest module: it
prints one JSON object (the figures and every failure) on stdout and exits 1 when something failed.

    /usr/bin/python3 tests/atspi_checker.py --lang en --pdf /tmp/x/out.pdf   # names, links, table, the keyboard flow
    /usr/bin/python3 tests/atspi_checker.py --lang ar                        # names and right-to-left text

Every wait is bounded by --wait seconds and fails with what was seen; nothing asserts how long a step took.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

APP = "alignment-atlas"
# Roles of controls a person operates (besides anything focusable). Items inside lists, tables and combo boxes are
# named by their data and checked apart (links) or not at all.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list",
    "table",
    "tree",
    "tree table",
    "page tab",
    "page tab list",
    "menu item",
    "check menu item",
    "radio menu item",
    "link",
}
# Controls whose names this app sets (by their object names): in Arabic, their names must be Arabic.
TRANSLATED_IDS = (
    "search",
    "terms",
    "detail",
    "detail-sections",
    "detail-links",
    "picker-0",
    "swap",
    "comparison-table",
    "curated-comparisons",
    "card",
)
# The keys that open each page, and the object name of something on it.
PAGES = (("ctrl+k", "comparison-table"), ("ctrl+l", "flashcards"), ("ctrl+m", "map-canvas"), ("ctrl+1", "detail"))
ITEM_ROLES = {"list item", "table cell", "tree item", "table column header", "table row header", "column header"}


class Checker:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.failures: list[str] = []
        self.figures: dict[str, Any] = {"lang": args.lang}
        self.events: list[dict[str, Any]] = []
        self._listener = Atspi.EventListener.new(self._on_event)
        for kind in ("object:announcement", "object:state-changed:focused", "focus:"):
            self._listener.register(kind)
        self.app: Any = None
        self.window = ""

    # --- plumbing -----------------------------------------------------------------------------------------------

    def _on_event(self, event: Any) -> None:
        try:
            source = event.source
            record = {
                "type": event.type,
                "name": source.get_name() if source else "",
                "role": source.get_role_name() if source else "",
                "description": source.get_description() if source else "",
                "id": _accessible_id(source),
                "detail1": event.detail1,
                "data": event.any_data if isinstance(event.any_data, str) else "",
                "source": source,
            }
        except GLib.Error:
            return
        self.events.append(record)

    def pump(self, seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        context = GLib.MainContext.default()
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.01)

    def wait_for(self, what: str, condition: Any) -> Any:
        """Pump events until `condition()` gives something truthy; a failure (None) after --wait seconds."""
        deadline = time.monotonic() + self.args.wait
        while time.monotonic() < deadline:
            self.pump()
            result = condition()
            if result:
                return result
        self.fail(f"waited in vain for {what}")
        return None

    def fail(self, message: str) -> None:
        self.failures.append(message)

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args], capture_output=True, text=True, timeout=self.args.wait + 5, check=False
        )
        return result.stdout.strip()

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            self.pump(0.05)

    def type_text(self, text: str) -> None:
        self.xdotool("type", "--delay", "30", text)

    def title(self) -> str:
        return self.xdotool("getwindowname", self.window) if self.window else ""

    def wait_title(self, expected: str) -> bool:
        return bool(
            self.wait_for(f"window title {expected!r} (it is {self.title()!r})", lambda: self.title() == expected)
        )

    def events_since(self, start: int, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events[start:] if e["type"].startswith(kind)]

    def focused_since(self, start: int, predicate: Any) -> dict[str, Any] | None:
        for event in self.events[start:]:
            gained = event["type"].startswith("focus") or (event["type"].endswith("focused") and event["detail1"] == 1)
            if gained and predicate(event):
                return event
        return None

    # --- finding things -----------------------------------------------------------------------------------------

    def find_app(self) -> bool:
        def found() -> Any:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and app.name == APP and app.childCount:
                    return app
            return None

        self.app = self.wait_for("the app on the accessibility bus", found)
        if self.app is None:
            return False
        ids = self.wait_for("the app's window", lambda: self.xdotool("search", "--name", "Alignment Atlas"))
        if not ids:
            return False
        self.window = ids.split()[0]
        self.xdotool("windowfocus", "--sync", self.window)
        return True

    def by_id(self, suffix: str) -> Any:
        """The accessible whose id (built from object names) ends with `.suffix`."""
        found: list[Any] = []

        def walk(node: Any) -> None:
            if found or node is None:
                return
            if _accessible_id(node).endswith("." + suffix):
                found.append(node)
                return
            if _role(node) in ITEM_ROLES or _role(node) in ("list", "table", "menu bar", "combo box"):
                return
            for child in node:
                walk(child)

        walk(self.app)
        return found[0] if found else None

    def controls(self) -> list[Any]:
        """Every interactive control in the tree (focusable, or a control by its role), with no item in it."""
        out: list[Any] = []

        def walk(node: Any, depth: int) -> None:
            if node is None or depth > 40:
                return
            role = _role(node)
            if role in ITEM_ROLES:
                return
            try:
                focusable = node.getState().contains(pyatspi.STATE_FOCUSABLE)
            except GLib.Error:
                return
            if role in CONTROL_ROLES or (focusable and role not in ("application", "frame", "window")):
                out.append(node)
            if role in ("list", "table", "tree", "tree table", "combo box", "push button"):
                return  # items and a combo box's popup list belong to the control named above
            for child in node:
                walk(child, depth + 1)

        walk(self.app, 0)
        return out

    # --- checks -------------------------------------------------------------------------------------------------

    def build_every_page(self) -> None:
        """The Compare, Learn and Map pages are built on first use: open them (keyboard) so their controls count."""
        for key, suffix in PAGES:
            self.keys(key)
            self.wait_for(f"{suffix} after {key}", lambda suffix=suffix: self.by_id(suffix))

    def check_names(self) -> None:
        controls = self.controls()
        unnamed = [f"{_role(c)} {_accessible_id(c)}" for c in controls if not (c.name or "").strip()]
        # On Linux a combo box's name is its current item: what it is for comes from its label or description.
        unnamed += [
            f"combo box without a label or description {_accessible_id(c)}"
            for c in controls
            if _role(c) == "combo box" and not _label(c) and not (c.description or "").strip()
        ]
        self.figures["controls"] = len(controls)
        self.figures["unnamed"] = len(unnamed)
        if unnamed:
            self.fail("controls without an accessible name: " + "; ".join(unnamed))
        if len(controls) < 60:
            self.fail(f"only {len(controls)} controls found: the tree was not read whole")

    def check_links(self) -> None:
        links = self.by_id("detail-links")
        if links is None:
            self.fail("no list of the term page's links (detail-links)")
            return
        items = [links.getChildAtIndex(i) for i in range(links.childCount)]
        bad = [i.name for i in items if not i.name.strip() or self.args.link_word not in i.description.lower()]
        self.figures["links"] = len(items)
        self.figures["links_sample"] = [f"{i.name} — {i.description}" for i in items[:3]]
        if not items:
            self.fail("the term page's link list is empty")
        if bad:
            self.fail(f"links without text or target: {bad}")

    def check_table(self) -> None:
        table = self.by_id("comparison-table")
        if table is None:
            self.fail("no comparison table (comparison-table)")
            return
        if _role(table) != "table":
            self.fail(f"the comparison is a {_role(table)!r}, not a table")
            return
        grid = table.queryTable()
        columns = [grid.getColumnDescription(c) or _name(grid.getColumnHeader(c)) for c in range(grid.nColumns)]
        rows = [grid.getRowDescription(r) or _name(grid.getRowHeader(r)) for r in range(grid.nRows)]
        self.figures["table"] = {"rows": grid.nRows, "columns": grid.nColumns, "column_headers": columns}
        self.figures["table"]["row_headers"] = rows[:4]
        if grid.nRows < 2 or grid.nColumns < 2:
            self.fail(f"the comparison table has {grid.nRows} rows and {grid.nColumns} columns")
        if not all(columns) or not all(rows):
            self.fail(f"table headers missing: columns {columns}, rows {rows}")
        notes = self.by_id("comparison")
        content = notes.queryText().getText(0, -1) if notes is not None else ""
        markers = content.count("\ufdd0") + content.count("\ufdd1")
        self.figures["comparison_notes_markers"] = markers
        if not content or markers:
            self.fail(f"the comparison's notes: {len(content)} characters, {markers} U+FDD0/U+FDD1 markers")

    def check_right_to_left(self) -> None:
        """The term page's headings are Arabic in Arabic: their text must be reported right to left."""
        detail = self.by_id("detail")
        if detail is None:
            self.fail("no term page (detail)")
            return
        text = detail.queryText()
        content = text.getText(0, -1)
        heading = re.search("^[\u0600-\u06ff].*$", content, re.MULTILINE)  # a line that starts in Arabic
        if not heading:
            self.fail("the Arabic term page has no Arabic heading")
            return
        attributes, _start, _end = text.getAttributeRun(heading.start() + 1, True)
        self.figures["rtl_line"] = heading.group(0)
        self.figures["rtl_attributes"] = [a for a in attributes if a.startswith(("direction", "justification"))]
        if "direction:rtl" not in attributes:
            self.fail(f"Arabic text is not reported right to left: {attributes}")

    def check_translated(self) -> None:
        """In Arabic the names this app gives are Arabic (not English left over from a missing tr())."""
        english = []
        for suffix in TRANSLATED_IDS:
            node = self.by_id(suffix)
            name = _label(node) if _role(node) == "combo box" else _name(node)
            if node is None or not re.search("[\u0600-\u06ff]", name):
                english.append(f"{suffix}: {name!r}")
        self.figures["translated_checked"] = len(TRANSLATED_IDS)
        if english:
            self.fail(f"names not translated into Arabic: {english}")

    def check_term_page_text(self) -> None:
        detail = self.by_id("detail")
        sections = self.by_id("detail-sections")
        content = detail.queryText().getText(0, -1) if detail is not None else ""
        markers = content.count("\ufdd0") + content.count("\ufdd1")
        self.figures["term_page_markers"] = markers
        if markers:
            self.fail(f"{markers} U+FDD0/U+FDD1 markers in the term page's text")
        headings = sections.childCount and sections.getChildAtIndex(0).childCount if sections is not None else 0
        self.figures["sections"] = headings
        if not headings:
            self.fail("the Section box lists no headings")

    # --- the keyboard flow --------------------------------------------------------------------------------------

    def flow(self) -> None:
        steps = self.figures.setdefault("flow", [])
        # 1. Find a term: Ctrl+F, type, the count is announced, Return opens it.
        start = len(self.events)
        self.keys("ctrl+f")
        self.type_text("rlhf")
        said = self.wait_for(
            "the match count announced",
            lambda: [e["data"] for e in self.events_since(start, "object:announcement") if "match" in e["data"]],
        )
        self.figures["count_announced"] = said[-1] if said else ""
        self.keys("Return")
        if self.wait_title("RLHF — Alignment Atlas"):
            steps.append("found RLHF by typing")
        # 2. Follow a link: Alt+L goes to the page's links, each announced with its text and target; Return follows.
        start = len(self.events)
        self.keys("alt+l")
        item = self.wait_for(
            "a link focused in the link list",
            lambda: self.focused_since(start, lambda e: e["role"] == "list item" and e["id"].endswith("detail-links")),
        ) or self.wait_for(
            "a link item focused",
            lambda: self.focused_since(start, lambda e: e["role"] == "list item" and e["description"]),
        )
        if item:
            self.figures["link_announced"] = f"{item['name']}, {item['description']}"
            target = re.search("[“«„](.+?)[”»“]", item["description"])
            self.keys("Return")
            if target and self.wait_title(f"{target.group(1)} — Alignment Atlas"):
                steps.append(f"followed the link to {target.group(1)}")
        # 3. Compare two terms: Ctrl+K, type into the pickers, Tab into the table: cells come with their headings.
        self.keys("ctrl+k")
        self.type_text("rlhf")
        self.keys("Return", "Tab", "Tab")
        self.type_text("dpo")
        self.keys("Return")
        if self.wait_title("RLHF vs DPO — Alignment Atlas"):
            steps.append("compared RLHF and DPO")
        start = len(self.events)
        self.keys("Tab", "Tab")
        self.wait_for("the table focused", lambda: self.focused_since(start, lambda e: "comparison-table" in e["id"]))
        start = len(self.events)
        self.keys("Down")
        cell = self.wait_for(
            "a table cell focused",
            lambda: self.focused_since(start, lambda e: e["role"] == "table cell"),
        )
        if cell:
            headers = _cell_headers(cell["source"])
            self.figures["cell_announced"] = {"cell": cell["name"][:60], **headers}
            if not headers.get("row") or not headers.get("column"):
                self.fail(f"the table cell comes without its headings: {headers}")
            else:
                steps.append("moved through the comparison table")
        # 4. Answer a flashcard: Ctrl+L, Space shows the answer, 3 grades it Good; the result is announced.
        self.keys("ctrl+l")
        self.wait_for("the flashcard focused", lambda: self.focused_since(start, lambda e: e["id"].endswith("card")))
        start = len(self.events)
        self.keys("space", "3")
        said = self.wait_for(
            "the flashcard's result announced",
            lambda: [e["data"] for e in self.events_since(start, "object:announcement") if e["data"]],
        )
        if said:
            self.figures["card_announced"] = said[-1]
            steps.append("answered a flashcard")
        # 5. Export a PDF: File menu (Alt+F), Export PDF… (D), a file name, Return.
        self.keys("ctrl+1", "alt+f")
        self.pump(0.5)
        self.keys("d")
        dialog = self.wait_for("the Export PDF dialog", lambda: self.xdotool("search", "--name", "Export PDF"))
        if dialog:
            self.pump(0.5)
            self.keys("ctrl+a")
            self.type_text(self.args.pdf)
            self.keys("Return")
            pdf = Path(self.args.pdf)
            if self.wait_for(f"{pdf} written", lambda: pdf.is_file() and pdf.stat().st_size > 1000):
                steps.append("exported a PDF")

    def run(self) -> int:
        if self.find_app():
            self.build_every_page()
            self.check_names()
            if self.args.lang == "ar":
                self.check_right_to_left()
                self.check_translated()
            else:
                self.check_term_page_text()
                self.check_links()
                self.check_table()
                if self.args.pdf:
                    self.flow()
        self.figures["failures"] = self.failures
        print(json.dumps(self.figures, ensure_ascii=False, default=str))
        return 1 if self.failures else 0


def _role(node: Any) -> str:
    try:
        return str(node.getRoleName())
    except (GLib.Error, AttributeError):
        return ""


def _name(node: Any) -> str:
    try:
        return str(node.name) if node is not None else ""
    except GLib.Error:
        return ""


def _label(node: Any) -> str:
    """What labels a control (its labelled-by relation: a combo box's name is its current item on Linux)."""
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets():
                return _name(relation.getTarget(0))
    except (GLib.Error, AttributeError):
        pass
    return ""


def _accessible_id(node: Any) -> str:
    try:
        return str(node.get_accessible_id() or "") if node is not None else ""
    except (GLib.Error, AttributeError):
        return ""


def _cell_headers(cell: Any) -> dict[str, str]:
    """The row and column headings of a table cell, as a screen reader asks for them (TableCell interface)."""
    try:
        table_cell = cell.get_table_cell() if hasattr(cell, "get_table_cell") else None
        if table_cell is None:
            table_cell = cell
        rows = Atspi.TableCell.get_row_header_cells(table_cell)
        columns = Atspi.TableCell.get_column_header_cells(table_cell)
    except (GLib.Error, TypeError, AttributeError) as error:
        return {"error": str(error)}
    return {"row": ", ".join(_name(r) for r in rows), "column": ", ".join(_name(c) for c in columns)}


def wait_for_bus(seconds: float) -> int:
    """Wait until the accessibility bus launcher owns org.a11y.Bus on the session bus (exit 0), or fail (1)."""
    from gi.repository import Gio

    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        reply = bus.call_sync(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            GLib.Variant("(s)", ("org.a11y.Bus",)),
            GLib.VariantType("(b)"),
            Gio.DBusCallFlags.NONE,
            -1,
            None,
        )
        if reply.unpack()[0]:
            return 0
        time.sleep(0.05)
    print(json.dumps({"failures": ["org.a11y.Bus never appeared on the session bus"]}))
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--pdf", default="", help="run the keyboard flow and export the PDF here")
    parser.add_argument("--wait", type=float, default=20.0)
    parser.add_argument("--link-word", default="link", help="a word every link's description has in this language")
    parser.add_argument("--wait-for-bus", action="store_true", help="only wait for the accessibility bus")
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ or "DISPLAY" not in os.environ:
        print(json.dumps({"failures": ["DISPLAY and DBUS_SESSION_BUS_ADDRESS must be set"]}))
        return 1
    args = parser.parse_args()
    if args.wait_for_bus:
        return wait_for_bus(args.wait)
    return Checker(args).run()


if __name__ == "__main__":
    sys.exit(main())
