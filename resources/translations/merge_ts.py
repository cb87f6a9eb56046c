"""Merge a freshly extracted .ts into FactDesk's translated one (used by update.sh).

lupdate files strings passed to the module-level helper `tr("…")` of
factdesk/gui/app.py under an empty context, while at run time that helper
translates in the context "FactDesk"; such messages are moved to "FactDesk"
here. Translations are kept by (context, source, comment); a source text
that moved to another context keeps its translation, marked unfinished for
review. Messages no longer in the code are dropped.

    python merge_ts.py FRESH.ts TARGET.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_CONTEXT = "FactDesk"


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _translations(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not path.exists():
        return {}
    found = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is not None and (translation.text or len(translation)):
                found[_key(name, message)] = translation
    return found


def merge(fresh_path: Path, target_path: Path) -> tuple[int, int]:
    """Write TARGET from FRESH plus TARGET's translations; return (messages, untranslated)."""
    old = _translations(target_path)
    by_source = {key[1:]: value for key, value in old.items()}
    tree = ET.parse(fresh_path)
    root = tree.getroot()
    root.set("language", "de_DE")
    root.set("sourcelanguage", "en")
    contexts: dict[str, ET.Element] = {}
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name") or ""
        if not name:
            name = DEFAULT_CONTEXT
            ctx.find("name").text = name
        if name in contexts:  # fold a second block of the same context into the first
            for message in ctx.findall("message"):
                contexts[name].append(message)
            root.remove(ctx)
        else:
            contexts[name] = ctx
    total = untranslated = 0
    for name, ctx in contexts.items():
        seen = set()
        for message in list(ctx.findall("message")):
            key = _key(name, message)
            if key in seen:
                ctx.remove(message)
                continue
            seen.add(key)
            total += 1
            translation = message.find("translation")
            previous = old.get(key)
            moved = previous is None and key[1:] in by_source
            if moved:
                previous = by_source[key[1:]]
            if previous is not None:
                message.remove(translation)
                copy = ET.fromstring(ET.tostring(previous))
                if moved:
                    copy.set("type", "unfinished")
                message.append(copy)
                if copy.find("numerusform") is not None:
                    message.set("numerus", "yes")  # lupdate leaves it off when tr() gets no count
                if copy.get("type") == "unfinished":
                    untranslated += 1
            else:
                untranslated += 1
    ET.indent(tree)
    with open(target_path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return total, untranslated


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: merge_ts.py FRESH.ts TARGET.ts")
    n, missing = merge(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{Path(sys.argv[2]).name}: {n} messages, {missing} without a finished translation")
