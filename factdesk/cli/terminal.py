"""What the command line writes passes one gate: `printable` (control characters made visible).

`shown()` replaces sys.stdout and sys.stderr for the length of a command with
streams that pass every write through `factdesk.core.printable`, so an
article's text, a title, a file name or a bundle's value can never send
escape sequences to the terminal. Standard error carries one line per
message: a newline inside a message (a file name may hold one) is shown as
␤ instead of starting a forged second line. A progress bar that must draw
on the terminal asks for the stream underneath (`raw`).
"""

from __future__ import annotations

import io
import sys
from contextlib import contextmanager
from typing import Iterator, TextIO

from factdesk.core.printable import one_line, printable


class _Shown(io.TextIOBase):
    """A text stream that makes control characters visible before they reach `raw`."""

    def __init__(self, raw: TextIO, messages: bool):
        super().__init__()
        self.raw, self._messages = raw, messages

    def write(self, text: str) -> int:
        if self._messages:
            body, end = (text[:-1], "\n") if text.endswith("\n") else (text, "")
            self.raw.write(one_line(body) + end)
        else:
            self.raw.write(printable(text))
        return len(text)

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", "utf-8")


@contextmanager
def shown() -> Iterator[None]:
    """Within the block, everything written to sys.stdout and sys.stderr is made printable."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Shown(saved[0], messages=False), _Shown(saved[1], messages=True)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        sys.stdout, sys.stderr = saved


def raw(stream: TextIO) -> TextIO:
    """The terminal stream under a gated one (for a progress bar's own control codes)."""
    return stream.raw if isinstance(stream, _Shown) else stream
