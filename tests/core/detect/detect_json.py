"""Print `factdesk detect --format json` output for FILEs, in-process (a stand-in until the CLI lands)."""

import json
import sys

from factdesk.core.detect.api import detect
from factdesk.core.intake.decode import read_text_file


def main(paths: list[str]) -> int:
    lang = "auto"
    if paths[:1] == ["--lang"]:
        lang, paths = paths[1], paths[2:]
    docs = []
    for p in paths:
        text = read_text_file(p)
        det = detect(text, lang)
        docs.append({"path": p, "language": det.language, "claims": [c.to_json() for c in det.claims]})
    json.dump({"version": 1, "documents": docs}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
