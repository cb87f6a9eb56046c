"""The use cases: every change a user makes to a desk goes through one op here.

The GUI and the command line call the same ops; each runs as one action
(one write transaction in the history, see `Desk.action`) and returns its
result with a `Changes` record naming what changed, so views refresh only
that. Ops that can be undone also return the request that undoes them
(`undoable.apply` runs it). The store below keeps persistence only.

- `claims`: edit a claim (fields + status + conflict check), dismiss, restore, mark by hand
- `sources`: attach, edit, remove a source
- `review`: approve, return, reopen, withdraw (undo) a review; the four-eyes rule
- `leads`: the desk's leads and the four-eyes switch
- `comments`: the comment thread per claim between checker and lead
- `shelf`: archive, delete and restore articles and claims
- `imports`: import files, folders and pasted text (intake → detection → desk)
- `redetection`: detect an article again, keeping people's work
- `exchange`: settle a merge conflict
- `clusters`: one verdict for every occurrence of a claim, or split one off
- `checks`: import earlier fact-checks, use one as a claim's starting verdict

The one seam to the claim detector is `factdesk.core.detector` (below ops, so
matching and bundles use it too). Names are imported lazily.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Changes": "changes", "NOTHING": "changes", "EVERYTHING": "changes",
    "ClaimEdit": "claims", "Edited": "claims", "edit_claim": "claims", "apply_edit": "claims",
    "dismiss_claim": "claims", "restore_claim": "claims", "add_manual_claim": "claims",
    "SourceAdd": "sources", "SourceEdit": "sources", "SourceRemove": "sources", "SourceChanged": "sources",
    "add_source": "sources", "update_source": "sources", "remove_source": "sources",
    "Reviewed": "review", "review_claim": "review", "withdraw_review": "review", "ReviewUndo": "review",
    "ReviewRedo": "review", "check_review": "review", "latest_review": "review",
    "Commented": "comments", "add_comment": "comments", "withdraw_comment": "comments",
    "restore_comment": "comments",
    "Shelved": "shelf", "ShelfChange": "shelf", "shelve_article": "shelf", "shelve_claim": "shelf",
    "ArticlesShelf": "shelf", "shelve_articles": "shelf",
    "desk_leads": "leads", "is_lead": "leads", "become_lead": "leads", "add_lead": "leads", "remove_lead": "leads",
    "four_eyes": "leads", "set_four_eyes": "leads",
    "ImportReport": "imports", "Pasted": "imports", "import_paths": "imports", "import_text": "imports",
    "Redetected": "redetection", "redetect": "redetection",
    "apply": "undoable",
    "ClusterApplied": "clusters", "apply_cluster_verdict": "clusters", "split_from_cluster": "clusters",
    "ChecksImported": "checks", "import_checks": "checks", "PriorUsed": "checks", "use_prior_verdict": "checks",
}
__all__ = ["ArticlesShelf", "Changes", "ChecksImported", "ClaimEdit", "ClusterApplied", "Commented", "EVERYTHING",
           "Edited", "ImportReport", "NOTHING", "Pasted", "PriorUsed", "Redetected", "ReviewRedo", "ReviewUndo",
           "Reviewed", "ShelfChange", "Shelved", "SourceAdd", "SourceChanged", "SourceEdit", "SourceRemove",
           "add_comment", "add_lead", "add_manual_claim", "add_source", "apply", "apply_cluster_verdict", "apply_edit",
           "become_lead", "check_review", "desk_leads", "dismiss_claim", "edit_claim", "four_eyes", "import_checks",
           "import_paths", "import_text", "is_lead", "latest_review", "redetect", "remove_lead", "remove_source",
           "restore_claim", "restore_comment", "review_claim", "set_four_eyes", "shelve_article", "shelve_articles",
           "shelve_claim", "split_from_cluster", "update_source", "use_prior_verdict", "withdraw_comment",
           "withdraw_review"]  # == sorted(_EXPORTS), tests/core/ops/test_package.py checks

if TYPE_CHECKING:
    from factdesk.core.ops.changes import EVERYTHING, NOTHING, Changes
    from factdesk.core.ops.checks import ChecksImported, PriorUsed, import_checks, use_prior_verdict
    from factdesk.core.ops.clusters import ClusterApplied, apply_cluster_verdict, split_from_cluster
    from factdesk.core.ops.claims import (ClaimEdit, Edited, add_manual_claim, apply_edit, dismiss_claim,
                                          edit_claim, restore_claim)
    from factdesk.core.ops.imports import ImportReport, Pasted, import_paths, import_text
    from factdesk.core.ops.redetection import Redetected, redetect
    from factdesk.core.ops.comments import Commented, add_comment, restore_comment, withdraw_comment
    from factdesk.core.ops.shelf import (ArticlesShelf, ShelfChange, Shelved, shelve_article, shelve_articles,
                                         shelve_claim)
    from factdesk.core.ops.leads import (add_lead, become_lead, desk_leads, four_eyes, is_lead, remove_lead,
                                         set_four_eyes)
    from factdesk.core.ops.review import (ReviewRedo, Reviewed, ReviewUndo, check_review, latest_review,
                                          review_claim, withdraw_review)
    from factdesk.core.ops.sources import (SourceAdd, SourceChanged, SourceEdit, SourceRemove, add_source,
                                           remove_source, update_source)
    from factdesk.core.ops.undoable import apply


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"factdesk.core.ops.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
