"""Putting back what a delete removed, so that every delete can be undone."""

from __future__ import annotations

from partnerdesk.domain._writing import refusals
from partnerdesk.domain.partnerships import sync_history
from partnerdesk.store import rows
from partnerdesk.store.connection import Store
from partnerdesk.store.rows import Removal

__all__ = ["Removal", "combined", "restore"]


def restore(store: Store, removal: Removal) -> None:
    """Put back everything a delete removed, with the same ids, in one transaction."""
    touched = {
        row["partnership_id"]
        for table, removed in removal.rows
        if table in ("partnership_kind_changes", "partnership_stage_changes")
        for row in removed
    }
    with refusals(), store.write():
        rows.restore(store, removal)
        for partnership_id in touched:
            if rows.exists(store, "partnerships", partnership_id):
                sync_history(store, partnership_id)


def combined(*removals: Removal) -> Removal:
    """One Removal for several deletes made one after another (in the order given).

    Restoring it puts back what the last delete took first, so rows that others refer to
    (an organisation deleted after its partnership) are back before the rows referring to them.
    """
    ordered = list(reversed(removals))
    return Removal(
        rows=tuple(group for removal in ordered for group in removal.rows),
        detached=tuple(item for removal in ordered for item in removal.detached),
    )
