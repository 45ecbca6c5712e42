"""The command line: `alignment-atlas [options] [list|search|check|...]`.

With no subcommand the window opens. Subcommands print to stdout and never import the widgets. Bad arguments and
unknown ids print one line on stderr and exit 2; `check` exits 1 when it finds problems.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop import __version__

if TYPE_CHECKING:
    from desktop.core.content.model import Glossary, Term

PROG = "alignment-atlas"
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A bad argument or unknown id: one line for stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see '{PROG} --help')\n")


def _build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help="interface and content language: en, de, es, fr or ar",
    )
    common.add_argument(
        "--pack",
        metavar="PATH",
        type=_existing_path,
        action="append",
        default=argparse.SUPPRESS,
        help="also load this glossary pack (a CSV file or a folder of YAML terms) for this run; repeatable",
    )
    data = _Parser(add_help=False)  # for the window and the commands that show content: not for check, selftest
    data.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="use this data folder (progress, settings and installed glossary packs) instead of the per-user one",
    )

    description = "Alignment Atlas: a desktop glossary of AI alignment."
    parser = _Parser(prog=PROG, description=description, parents=[common, data])
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--term", metavar="ID", help="open this term")
    parser.add_argument(
        "--compare", metavar="ID", nargs="+", help="open the comparison view with these two (or three) terms"
    )
    parser.add_argument(
        "--map",
        metavar="ID",
        nargs="?",
        const="",
        help="open the concept map (centred on the term ID when given)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        type=Path,
        help="render the window offscreen at 1280×800, save it as PNG and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("list", parents=[common, data], help="print id, title and category of every term, tab-separated")

    search = sub.add_parser("search", parents=[common, data], help="print the ids that match a query, best first")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", metavar="N", type=_positive_int, help="print at most N ids")

    check = sub.add_parser("check", parents=[common], help="validate content files; exit 1 on any problem")
    check.add_argument(
        "paths",
        metavar="PATH",
        nargs="*",
        type=Path,
        help="files or folders to check (default: the bundled content)",
    )
    from desktop.printing.export_command import add_export_parser  # noqa: PLC0415 - argparse only, no Qt

    add_export_parser(sub, [common, data])
    sub.add_parser(
        "selftest",
        parents=[common],
        help="open the window offscreen, show every term and comparison, print a sheet; exit 1 on any error",
    )
    return parser


def _existing_path(text: str) -> Path:
    path = Path(text)
    try:
        found = path.exists()
    except OSError as exc:  # a name too long for the file system
        raise argparse.ArgumentTypeError(f"'{text[:80]}…': {exc.strerror or exc}") from None
    if not found:
        raise argparse.ArgumentTypeError(f"no such file or folder: '{text}'")
    return path


def pack_paths(args: argparse.Namespace) -> list[Path]:
    """The packs a command loads, as the window would: those installed in the data folder (`--data-dir`, the
    ALIGNMENT_ATLAS_DATA_DIR variable or the per-user folder), then those named with `--pack`."""
    from desktop.ui.app import data_folder  # noqa: PLC0415 - QtCore only
    from desktop.ui.pack_manager import PackManager  # noqa: PLC0415

    folder, _explicit = data_folder(getattr(args, "data_dir", None))
    return [*PackManager(folder / "packs").pack_paths(), *(getattr(args, "pack", None) or [])]


def _refuse_unusable_packs(glossary: Glossary, packs: Sequence[Path]) -> None:
    """A pack named on the command line that gave no term at all is an error (exit 2), not a quiet empty pack."""
    from desktop.core.packs.pack_names import pack_name  # noqa: PLC0415

    for path in packs:
        if pack_name(path) not in glossary.pack_names:
            raise UsageError(f"'{path}' gave no glossary terms (see the lines above)")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _language(args: argparse.Namespace) -> str:
    from desktop.ui.i18n import LANGUAGES  # noqa: PLC0415 - only the code table, no widgets

    lang = str(getattr(args, "lang", "") or "")
    if lang and lang not in LANGUAGES:
        raise UsageError(f"unknown language '{lang}' (available: {', '.join(LANGUAGES)})")
    return lang


def _ordered_terms(lang: str, packs: Sequence[Path] = ()) -> tuple[Glossary, list[Term]]:
    """The glossary in a language and its terms in that language's collated title order."""
    from PySide6.QtCore import QLocale  # noqa: PLC0415 - QtCore only when a command needs it

    from desktop.collation import display_order  # noqa: PLC0415
    from desktop.content import load_content  # noqa: PLC0415
    from desktop.ui.app import cache_folder  # noqa: PLC0415 - QtCore only

    glossary = load_content(
        lang or "en", cache_dir=cache_folder(), packs=packs, order_locale=QLocale(lang or "en").name()
    )
    for problem in glossary.problems:  # a pack's problems: the terms that did load are listed
        sys.stderr.write(f"{problem}\n")
    _refuse_unusable_packs(glossary, packs)
    return glossary, display_order(glossary, QLocale(lang or "en"))


def _cmd_list(args: argparse.Namespace) -> int:
    glossary, terms = _ordered_terms(_language(args), pack_paths(args))
    out = sys.stdout
    for term in terms:
        out.write(f"{term.id}\t{term.title}\t{glossary.category_title(term.category)}\n")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QLocale  # noqa: PLC0415

    from desktop.content import search_index  # noqa: PLC0415

    lang = _language(args)
    packs = pack_paths(args)
    locale_name = QLocale(lang or "en").name()
    found = None
    if packs:  # a search over packs that ran before: its kept tables, without loading the packs
        from desktop.content import cached_search  # noqa: PLC0415
        from desktop.ui.app import cache_folder  # noqa: PLC0415 - QtCore only

        cache_dir = cache_folder()
        found = None if cache_dir is None else cached_search(lang or "en", cache_dir, packs, locale_name)
    if found is not None:
        index, problems = found
        for problem in problems:
            sys.stderr.write(f"{problem}\n")
    else:
        glossary, terms = _ordered_terms(lang, packs)
        index = search_index(glossary, terms, locale_name)
    for hit in index.search(args.query, limit=args.limit):
        sys.stdout.write(hit.term_id + "\n")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from desktop.content import load_content  # noqa: PLC0415
    from desktop.core.content.loader import check_files  # noqa: PLC0415

    packs = list(getattr(args, "pack", None) or [])
    csv_files = [p for p in args.paths if p.suffix.lower() == ".csv"]  # a CSV file is a pack: checked as one
    packs += csv_files
    args.paths = [p for p in args.paths if p not in csv_files]
    bundled = load_content(packs=packs)  # with --pack: the packs' problems too
    problems = list(bundled.problems) if not args.paths else check_files(args.paths, context=bundled)
    if args.paths and packs:
        problems += [p for p in bundled.problems if p not in problems]
    for problem in problems:
        sys.stdout.write(f"{problem}\n")
    if problems:
        sys.stderr.write(f"{PROG}: {len(problems)} problem{'s' if len(problems) != 1 else ''} found\n")
        return EXIT_PROBLEMS
    what = ", ".join(str(p) for p in [*args.paths, *packs]) or "the bundled content"
    sys.stderr.write(f"{PROG}: no problems in {what}\n")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.printing.export_command import run_export  # noqa: PLC0415 - Qt only when exporting

    return run_export(args)


def _cmd_selftest(args: argparse.Namespace) -> int:
    from desktop.selftest import run_selftest  # noqa: PLC0415 - the window, offscreen, only for this command

    return run_selftest(lang=_language(args) or "en")


def _keep_file_name_bytes() -> None:
    """File names that are not valid UTF-8 reach Python as surrogates; print them as the bytes they are (what
    `ls` shows), not as an error, whatever the locale."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.fileno()  # a real terminal, pipe or file (not a test's in-memory capture)
        except (AttributeError, OSError, ValueError):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            reconfigure(errors="surrogateescape")


QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "style",
        "stylesheet",
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "session",
        "display",
        "geometry",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "font",
        "fn",
        "bg",
        "fg",
        "name",
    }
)
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's own): Qt's single-dash options (`-style Fusion`, `-style=Fusion`, `-reverse`,
    `-platform offscreen`, …) go to the QApplication, as in any Qt program; everything else to our parser."""
    ours: list[str] = []
    qt: list[str] = []
    items = iter(argv)
    for item in items:
        name = item[1:].partition("=")[0] if item.startswith("-") and not item.startswith("--") else ""
        if name in QT_FLAGS:
            qt.append(item)
        elif name in QT_OPTIONS_WITH_VALUE:
            qt.append(item)
            if "=" not in item:
                value = next(items, None)
                if value is not None:
                    qt.append(value)
        else:
            ours.append(item)
    return ours, qt


def main(argv: Sequence[str] | None = None) -> int:
    _keep_file_name_bytes()
    parser = _build_parser()
    ours, qt_options = split_qt_options(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(ours)
    args.qt_options = qt_options
    commands = {
        "list": _cmd_list,
        "search": _cmd_search,
        "check": _cmd_check,
        "export": _cmd_export,
        "selftest": _cmd_selftest,
    }
    try:
        if args.command in commands:
            return commands[args.command](args)
        from desktop.ui.app import run_gui  # noqa: PLC0415 - widgets only for the window

        return run_gui(args, language=_language(args))
    except UsageError as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        return EXIT_USAGE
    except OSError as exc:  # a name too long, a folder that cannot be read: one line, never a traceback
        name = f": '{exc.filename}'" if exc.filename else ""
        sys.stderr.write(f"{PROG}: {exc.strerror or exc}{name}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `alignment-atlas list | head`
        return EXIT_OK
