"""JSON as FactDesk writes it everywhere: strict (no NaN or Infinity) and safe to show on a terminal.

Python's json writes `Infinity` and `NaN`, which are not JSON. A number no
claim can mean (a desk made before detection refused 309-digit numbers may
still hold one) is written as null, the same as "no value". DEL, C1
controls, direction overrides and lone surrogates are written as \\u
escapes, so the text reads back to the same data but cannot act on a
terminal (`printable.escape_json`).
"""

from __future__ import annotations

import json
import math
from typing import Any

from factdesk.core.printable import escape_json


def finite(data: Any) -> Any:
    """`data` with every float that is not finite replaced by None (in dicts, lists and tuples too)."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: finite(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [finite(v) for v in data]
    return data


def dumps(data: Any, **options: Any) -> str:
    """Strict JSON text of `data` (UTF-8 characters kept, risky ones escaped); `options` as json.dumps."""
    return escape_json(json.dumps(finite(data), ensure_ascii=False, allow_nan=False, **options))
