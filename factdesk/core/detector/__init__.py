"""The door to the claim detector, and the one public seam to put another detector in its place.

Ops, matching and bundles never call `factdesk.core.detect` themselves: they
ask `current()`, which is the shipped detector (`detect` / `detect_many`)
unless `use()` installed another one (a test's predictable double, a
newsroom's own). `pool` reads and detects many files on both cores; only the
shipped detector runs inside its worker processes, which import it on their
own; another detector runs in this process.

This package sits below the use cases and above the store (its workers ask
the desk file, read-only, whether content is known) and the detector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from factdesk.core.model import Detection


@dataclass(frozen=True, slots=True)
class Detector:
    """What ops need from a claim detector: one text, and many texts in order."""

    detect: Callable[[str, str], Detection]
    detect_many: Callable[..., Iterator[Detection]]
    shipped: bool = False  # True for FactDesk's own, which worker processes can import


def _shipped_detect(text: str, lang: str = "auto") -> Detection:
    from factdesk.core.detect import detect

    return detect(text, lang=lang)


def _shipped_detect_many(texts: Iterable[str], lang: str = "auto", n_process: int = 1) -> Iterator[Detection]:
    from factdesk.core.detect import detect_many

    return detect_many(texts, lang=lang, n_process=n_process)


SHIPPED = Detector(_shipped_detect, _shipped_detect_many, shipped=True)
_installed: Detector | None = None


def current() -> Detector:
    """The detector ops use now."""
    return _installed or SHIPPED


def use(detector: Detector | None) -> Detector | None:
    """Make `detector` the one ops use (None: the shipped one again); return the one installed before."""
    global _installed
    previous, _installed = _installed, detector
    return previous
