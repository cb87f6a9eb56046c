"""The `factdesk` command: argument parsing only, dispatching into core and gui.

Each subcommand lives in its own module exposing `add_parser(subparsers)`,
which registers the parser and sets `func(args) -> int` as its default.
Errors the user can act on (FactDeskError) become one line on stderr and the
documented exit code; nothing ever prints a traceback unless FACTDESK_DEBUG is set.
"""

from __future__ import annotations

import argparse
import atexit
import difflib
import gc
import importlib
import os
import re
import sys
from typing import NoReturn

from factdesk.core.errors import FactDeskError

# subcommand name -> module under factdesk.cli that registers it
COMMAND_MODULES: dict[str, str] = {
    "detect": "detect_cmd",
    "rank": "rank_cmd",
    "import": "desk_cmds",
    "articles": "desk_cmds",
    "claims": "claims_cmd",
    "sources": "claims_cmd",
    "review": "claims_cmd",
    "history": "claims_cmd",
    "search": "desk_cmds",
    "export": "export_cmd",
    "bundle": "bundle_cmd",
    "completion": "completion_cmd",
    "checks": "checks_cmd",
    "leads": "leads_cmd",
    "comments": "comments_cmd",
}


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose usage errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:  # noqa: D401 - argparse API
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(2)


class _VersionAction(argparse.Action):
    """`--version`: print "factdesk X.Y.Z" and exit; the package metadata is read only when asked.

    argparse's own "version" action takes the string up front, and reading the
    installed package's metadata (importlib.metadata) costs `factdesk detect`
    on one file ~0.05 s of start-up it does not need.
    """

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from factdesk import version

        parser._print_message(f"factdesk {version()}\n", sys.stdout)
        parser.exit()


def add_version_option(parser: argparse.ArgumentParser) -> None:
    """Add `--version`, printing "factdesk X.Y.Z" (the installed package's version)."""
    parser.add_argument("--version", action=_VersionAction, help="print FactDesk's version and exit")


def db_parent() -> argparse.ArgumentParser:
    """A parent parser adding `--db PATH` to a subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="desk file (default: $FACTDESK_DB, else desk.sqlite in the user data folder)")
    return parent


_COMMAND_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


def _first_command(argv: list[str]) -> str | None:
    """Return the subcommand named in argv, skipping global options and their values.

    The first other word is a FILE for the app when it names an existing path
    (or looks like one: a dot or a slash); a bare word that is neither a
    command nor a file is a mistyped command: a usage error (exit 2) listing
    the commands, never a window saying "not found".
    """
    takes_value = {"--db", "--screenshot"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in takes_value:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        if arg in COMMAND_MODULES:
            return arg
        if not os.path.exists(arg) and _COMMAND_LIKE.match(arg):
            _unknown_command(arg)
        return None
    return None


def _unknown_command(word: str) -> None:
    """Exit 2 with one line naming the commands (and the closest one)."""
    close = difflib.get_close_matches(word, list(COMMAND_MODULES), n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    sys.stderr.write(f"factdesk: '{word}' is not a command, nor a file here.{hint} Commands: "
                     f"{', '.join(COMMAND_MODULES)}; 'factdesk FILE...' opens files in the app; "
                     f"see factdesk --help\n")
    raise SystemExit(2)


def build_command_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Build the parser for `factdesk SUBCOMMAND ...` (only `command`'s module when given, for a fast start)."""
    parser = _Parser(prog="factdesk", description="FactDesk: check the claims in news articles.")
    parser.add_argument("--db", metavar="PATH", default=None, help=argparse.SUPPRESS)
    add_version_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else COMMAND_MODULES.values()
    for module_name in dict.fromkeys(modules):
        importlib.import_module(f"factdesk.cli.{module_name}").add_parser(sub)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    """Build the parser for `factdesk [--db PATH] [--demo] [--screenshot PNG] [FILE...]`."""
    parser = _Parser(prog="factdesk", description="Open the FactDesk desktop app. "
                     "Subcommands: " + ", ".join(COMMAND_MODULES) + " (see `factdesk COMMAND --help`).")
    parser.add_argument("--db", metavar="PATH", default=None, help="desk file to open")
    add_version_option(parser)
    parser.add_argument("--demo", action="store_true", help="open a fresh temporary desk with the sample article")
    parser.add_argument("--screenshot", metavar="PNG", help="render the main window offscreen, save it, exit")
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles to import and show")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `factdesk` console script."""
    own_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    return _guarded(lambda: _dispatch(argv, own_process))


def gui_main(argv: list[str] | None = None) -> int:
    """Entry point of the `factdesk-gui` script: the desktop app only, `factdesk-gui [--db PATH] [FILE...]`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    return _guarded(lambda: _run_app(argv))


# Commands that only read and print. In their own process, the interpreter's last full garbage
# collection at exit would walk every object spaCy and the models made (about a million) only
# to free memory the exit frees anyway: ~0.1 s of `factdesk detect` on one article.
_NO_COLLECTION_AT_EXIT = frozenset({"detect"})


def _dispatch(argv: list[str], own_process: bool = False) -> int:
    command = _first_command(argv)
    if command is None:
        return _run_app(argv)
    if own_process and command in _NO_COLLECTION_AT_EXIT:
        atexit.register(gc.freeze)  # never in an in-process main([...]) call (tests) or the app
    parser = build_command_parser(command)
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


def _run_app(argv: list[str]) -> int:
    args = build_app_parser().parse_args(argv)
    from factdesk.cli import app_cmd
    return app_cmd.run(args)


def _guarded(run) -> int:
    """Run a command; a FactDeskError is one line and its exit code, never a traceback.

    Everything the command prints passes `terminal.shown` (control characters made visible).
    """
    from factdesk.cli.terminal import shown

    with shown():
        return _run_guarded(run)


def _run_guarded(run) -> int:
    try:
        return run()
    except FactDeskError as exc:
        sys.stderr.write(f"factdesk: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("factdesk: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a bug: still one line for the user, unless debugging
        if os.environ.get("FACTDESK_DEBUG"):
            raise
        sys.stderr.write(f"factdesk: internal error: {type(exc).__name__}: {exc}\n")
        return 1
