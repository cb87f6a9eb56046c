"""`factdesk detect`: print the checkable claims of text files (claims.md is the contract).

Files, folders (their article files, recursively) and `-` (standard
input) are read, decoded as claims.md says and run through the detector.
.html/.htm, .docx and .pdf files go through the intake readers that `import`
uses (`factdesk.core.intake.readers.read_article`), so detect and import see
the same text; offsets then refer to that extracted text.
An input that cannot be read or decoded gives one line on standard error
naming it; the other inputs are still reported and the exit status is 2.
Heavy modules are imported only when needed: spaCy and the trained
claim-type model are loaded once the first text has been read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Iterator

from factdesk.core import words

TEXT_SUFFIXES = (".txt", ".md")
EXTRACTED_SUFFIXES = (".html", ".htm", ".docx", ".pdf")  # read through the intake extractors
HELP_EPILOG = """\
FILE may be a text file, an .html/.htm, .docx or .pdf article, a folder (its
.txt, .md, .html, .htm, .docx and .pdf files, recursively) or '-' for standard
input. Text is UTF-8 (a BOM is removed) or a detected legacy encoding such as
Windows-1252; files over 10 MB, binary files and files that cannot be decoded
are refused with one line on standard error naming the file, and the others
are still reported, as is a folder without article files. An empty text file
is an empty document with no claims (not an error).

.html, .docx and .pdf files are read the way `factdesk import` reads them:
their article text is extracted (markup, scripts and styles dropped) and
claims are found in that text, so start/end and sentence offsets refer to the
extracted text, not to the bytes of the file. The JSON keys are the same.

--db is accepted for symmetry with the other commands and ignored: detect
never touches a desk.

Exit status: 0 when every input was read, 2 when any input failed.
"""


def add_parser(subparsers: Any) -> None:
    """Register `factdesk detect`."""
    from factdesk.cli import db_parent

    parser = subparsers.add_parser(
        "detect", parents=[db_parent()], help="print the checkable claims of articles (.txt, .md, .html, .docx, .pdf)",
        description="Find checkable claims (numbers, quotes) in German and English news text.",
        epilog=HELP_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=("auto", "de", "en"), default="auto",
                        help="language of the texts (default: detected per text)")
    parser.add_argument("--format", choices=("json", "text"), default="json", dest="fmt",
                        help="json (stable, see claims.md) or text (for people); default json")
    parser.add_argument("files", nargs="+", metavar="FILE", help="text file, folder, or - for standard input")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Detect the claims of every input; print them; return 0, or 2 when an input failed."""
    from factdesk.core.errors import InputError

    documents: list[dict[str, Any]] = []
    failed = False
    for name, read in _inputs(args.files):
        try:
            text = read()
        except InputError as exc:
            _error(exc.message)
            failed = True
            continue
        language, claims = detect_text(text, args.lang)
        documents.append({"path": name, "language": language, "claims": claims, "text": text})
    if args.fmt == "json":
        from factdesk.cli.common import JSON_VERSION, print_json

        print_json({"version": JSON_VERSION, "documents": [
            {"path": d["path"], "language": d["language"], "claims": [c.to_json() for c in d["claims"]]}
            for d in documents]})
    else:
        write_text(documents, sys.stdout)
    sys.stdout.flush()
    return 2 if failed else 0


def _error(message: str) -> None:
    sys.stderr.write(f"factdesk: {' '.join(message.split())}\n")
    sys.stderr.flush()


def _inputs(files: list[str]) -> Iterator[tuple[str, Any]]:
    """Yield (path as shown, reader) for each input; folders expand to their text files."""
    from factdesk.cli.common import read_stdin

    for name in files:
        if name == "-":
            yield "-", read_stdin
            continue
        path = Path(name)
        if path.is_dir():
            from factdesk.core.intake.readers import walk_folder

            found, unreadable = walk_folder(path, set(TEXT_SUFFIXES + EXTRACTED_SUFFIXES))
            for where, exc in unreadable:  # said, never silently skipped
                yield str(where), _fail(exc.message)
            if not found and not unreadable:
                yield name, _fail(f"{name}: folder holds no .txt, .md, .html, .docx or .pdf files")
            for p in found:
                yield str(p), _reader(p)
            continue
        yield name, _reader(path, name)


def _reader(path: Path, name: str | None = None):
    """A reader for one file: text files decoded as claims.md says, .html/.docx/.pdf extracted as import does."""
    from factdesk.core.intake.decode import decode, read_bytes

    shown = name if name is not None else str(path)
    if path.suffix.lower() in EXTRACTED_SUFFIXES:
        def extract() -> str:
            from factdesk.core.intake.readers import read_article

            return read_article(path).text
        return extract
    def read() -> str:
        decoded = decode(read_bytes(shown), shown)
        if decoded.note:  # the text is still detected; the user is told what was replaced
            _error(f"{shown}: {decoded.note}")
        return decoded.text
    return read


def _fail(message: str):
    def read() -> str:
        from factdesk.core.errors import InputError

        raise InputError(message)
    return read


def detect_text(text: str, lang: str = "auto") -> tuple[str, list]:
    """Return (language, claims sorted by start) for one text; `lang` is "auto", "de" or "en".

    The claims are `factdesk.core.detect.detect`'s: the one detection path.
    """
    from factdesk.core.detect.api import detect

    detection = detect(text, lang)
    return detection.language, detection.claims


# ---- the text format -------------------------------------------------------

SENTENCE_WIDTH = 320


def describe_value(claim: Any) -> str:
    """The normalized value in the one vocabulary's English: "more than 30,000 people", "80.1%", "6th term"."""
    if claim.type == "quote":
        return f"said by {claim.speaker}" if claim.speaker else "speaker unknown"
    if claim.value is None:
        what = "amount" if claim.type == "money" else "number"
        unit = words.unit_label(claim.unit, None, "en") if claim.unit and claim.unit != "percent" else ""
        return " ".join(p for p in (f"no definite {what}", unit) if p)
    return words.format_value(claim.value, claim.unit, claim.qualifier, "en")


def marked_sentence(text: str, claim: Any) -> str:
    """The claim's sentence on one line with the claim marked as [[...]], shortened around it when long."""
    s, e = min(claim.sentence_start, claim.start), max(claim.sentence_end, claim.end)
    before, inner, after = text[s:claim.start], text[claim.start:claim.end], text[claim.end:e]
    room = max(SENTENCE_WIDTH - len(inner), 40) // 2
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    return " ".join(f"{before}[[{inner}]]{after}".split())


def write_text(documents: list[dict[str, Any]], out: Any) -> None:
    """Write a readable listing of each document's claims."""
    for i, doc in enumerate(documents):
        if i:
            out.write("\n")
        claims = doc["claims"]
        count = words.count(len(claims), "claim", "en")
        out.write(f"{doc['path']} ({doc['language']}): {count}\n")
        for n, c in enumerate(claims, start=1):
            out.write(f"  {n}. {c.type}: {describe_value(c)}  (score {c.score:.2f}, chars {c.start}-{c.end})\n")
            out.write(f"     {marked_sentence(doc['text'], c)}\n")
