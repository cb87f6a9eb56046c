"""Archive, delete and restore articles and claims from the app (File menu, Claim menu, library menu).

Every one is an op through the window's undo stack (`ops.shelf`), so Ctrl+Z
restores what was just put away. Deleting asks first, since it is the bin;
archiving does not. The library's "In use / Archived / Deleted" switch shows
what can be restored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from factdesk.core import ops
from factdesk.gui.app import Ask, tr


def add_actions(w: Any, article_menu: QMenu, claim_menu: QMenu, action) -> dict[str, QAction]:
    """Add the article and claim shelf actions to the menus; return them by name."""
    a: dict[str, QAction] = {}
    a["archive_article"] = action(w, tr("&Archive article"), lambda: shelve_article(w, "archived"), None, "archive",
                                  tr("Put the open article out of the way: out of the lists, search and exports"))
    a["delete_article"] = action(w, tr("&Delete article…"), lambda: shelve_article(w, "deleted"), None, "delete",
                                 tr("Move the open article to the bin (it can be restored)"))
    a["restore_article"] = action(w, tr("Res&tore article"), lambda: shelve_article(w, None), None, "restore",
                                  tr("Bring the archived or deleted article back"))
    for name in ("archive_article", "delete_article", "restore_article"):
        article_menu.addAction(a[name])
    a["archive_claim"] = action(w, tr("Archi&ve claim"), lambda: shelve_claim(w, "archived"), None, "archive",
                                tr("Put the claim out of the way: out of the lists, counts and exports"))
    a["delete_claim"] = action(w, tr("De&lete claim"), lambda: shelve_claim(w, "deleted"), None, "delete",
                               tr("Move the claim to the bin (Show dismissed claims lists it to restore)"))
    claim_menu.addAction(a["archive_claim"])
    claim_menu.addAction(a["delete_claim"])
    w.library_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    w.library_view.customContextMenuRequested.connect(lambda point: _library_menu(w, point))
    return a


def _library_menu(w: Any, point) -> None:
    index = w.library_view.indexAt(point)
    if not index.isValid():
        return
    w.library_view.setCurrentIndex(index)
    menu = QMenu(w)
    if w.library.shelf is None:
        menu.addAction(w.menu_actions["archive_article"])
        menu.addAction(w.menu_actions["delete_article"])
    else:
        menu.addAction(w.menu_actions["restore_article"])
    menu.exec(w.library_view.viewport().mapToGlobal(point))
    menu.deleteLater()


def shelve_article(w: Any, to: str | None) -> bool:
    """Archive, delete (after asking) or restore the open article; undoable."""
    article = w.article
    if article is None:
        return False
    if to == "deleted" and not Ask.confirm(w, tr("Delete article"), tr(
            "Move “%1” and its claims to the bin? They leave the lists, search and exports; "
            "the library's Deleted list can restore them.").replace("%1", article.title or tr("(untitled)"))):
        return False
    text = {"archived": tr("Archive article"), "deleted": tr("Delete article"), None: tr("Restore article")}[to]
    outcome = w.undo.run(text, lambda: ops.shelve_article(w.desk, article.id, to, w.user_name()))
    if outcome is None or not outcome.changes:
        return False
    word = {"archived": tr("Archived"), "deleted": tr("Moved to the bin"), None: tr("Restored")}[to]
    w.statusBar().showMessage(f"{word}: {article.title or tr('(untitled)')} — " + tr("Ctrl+Z undoes it."), 8000)
    return True  # the window closed it if it left the list shown (MainWindow._close_if_shelved)


def shelve_claim(w: Any, to: str | None) -> bool:
    """Archive, delete or restore the selected claim; undoable."""
    claim = w.panel.claim
    if claim is None:
        return False
    step = w._neighbour(claim.id) if to is not None else None
    text = {"archived": tr("Archive claim"), "deleted": tr("Delete claim"), None: tr("Restore claim")}[to]
    outcome = w.undo.run(text, lambda: ops.shelve_claim(w.desk, claim.id, to, w.user_name()))
    if outcome is None:
        return False
    if to is not None and not w.show_dismissed:
        w.select_claim(step)
    return True
