"""Writing single records, and deleting them in a way that can be undone.

Deleting a row deletes (or detaches) the rows that depend on it, as the foreign keys of the
schema say. :func:`delete_rows` first records everything that is about to go in a
:class:`Removal`, then deletes; :func:`restore` puts it all back with the same ids, so an
undone delete leaves the database exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from partnerdesk.store.connection import Store
from partnerdesk.store.errors import RowNotFoundError

#: Tables whose rows carry an ``updated_at`` timestamp.
_TIMESTAMPED = frozenset({"organisations", "people", "partnerships", "contact_logs", "assessments"})
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def insert(store: Store, table: str, values: Mapping[str, Any]) -> int:
    """Insert one row and return its id (rowid)."""
    columns = list(values)
    sql = (
        f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, columns))}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    with store.write() as db:
        cursor = db.execute(sql, [values[c] for c in columns])
        return int(cursor.lastrowid or 0)


def insert_many(store: Store, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all have the same columns, in one statement per row, one transaction."""
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, columns))}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    with store.write() as db:
        db.conn.executemany(sql, ([row[c] for c in columns] for row in rows))


def update(store: Store, table: str, row_id: int, values: Mapping[str, Any]) -> None:
    """Change some columns of one row; its ``updated_at`` is set to now where it has one."""
    assignments = [f"{_quote(c)} = ?" for c in values]
    if table in _TIMESTAMPED:
        assignments.append(f"updated_at = {_NOW}")
    if not assignments:
        return
    with store.write() as db:
        cursor = db.execute(
            f"UPDATE {_quote(table)} SET {', '.join(assignments)} WHERE id = ?",
            [*values.values(), row_id],
        )
        if cursor.rowcount == 0:
            raise RowNotFoundError(table, row_id)


def get(store: Store, table: str, row_id: int) -> dict[str, Any]:
    """Return one row by id as a dict, or raise :class:`RowNotFoundError`."""
    row = store.query_one(f"SELECT * FROM {_quote(table)} WHERE id = ?", [row_id])
    if row is None:
        raise RowNotFoundError(table, row_id)
    return row


def exists(store: Store, table: str, row_id: int) -> bool:
    """Tell whether a row with this id exists."""
    return store.scalar(f"SELECT 1 FROM {_quote(table)} WHERE id = ?", [row_id]) is not None


@dataclass(frozen=True)
class Removal:
    """Everything a delete took away, in the order it must be put back.

    ``rows`` lists ``(table, rows)`` with parents before children; ``detached`` lists
    ``(table, rowid, column, value)`` for references that the delete set to NULL.
    """

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    detached: tuple[tuple[str, int, str, Any], ...]

    def count(self, table: str) -> int:
        """How many rows of ``table`` the delete took away."""
        return sum(len(rows) for name, rows in self.rows if name == table)


@dataclass(frozen=True)
class _ForeignKey:
    child: str
    column: str
    parent: str
    parent_column: str
    on_delete: str


def _foreign_keys(store: Store) -> list[_ForeignKey]:
    keys = []
    for (table,) in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ):
        for row in store.conn.execute(f"PRAGMA foreign_key_list({_quote(table)})"):
            keys.append(_ForeignKey(table, row[3], row[2], row[4] or "id", row[6].upper()))
    return keys


def _table_order(store: Store) -> list[str]:
    """Tables with every parent before its children."""
    keys = _foreign_keys(store)
    tables = [
        name
        for (name,) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts_%' ORDER BY name"
        )
    ]
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(tables):
        progressed = False
        for table in tables:
            parents = {k.parent for k in keys if k.child == table and k.parent != table}
            if table not in placed and parents <= placed:
                order.append(table)
                placed.add(table)
                progressed = True
        if not progressed:  # a cycle: place the rest as they come
            order.extend(t for t in tables if t not in placed)
            break
    return order


def _ids_json(ids: Iterable[Any]) -> str:
    return json.dumps(sorted(set(ids)))


def delete_rows(store: Store, targets: Mapping[str, Iterable[int]]) -> Removal:
    """Delete rows by id (``{table: ids}``) with all that depends on them; return a Removal.

    Runs in one transaction; the returned :class:`Removal` puts everything back through
    :func:`restore`. Raises :class:`RowNotFoundError` if a target id does not exist.
    """
    keys = _foreign_keys(store)
    taken: dict[str, dict[int, dict[str, Any]]] = {}
    detached: list[tuple[str, int, str, Any]] = []
    roots = {table: sorted(set(ids)) for table, ids in targets.items()}
    with store.write() as db:
        pending: list[tuple[str, str, list[Any]]] = [
            (table, "id", ids) for table, ids in roots.items()
        ]
        while pending:
            name, column, values = pending.pop()
            if not values:
                continue
            found = store.query(
                f"SELECT rowid AS _rowid_, * FROM {_quote(name)} "
                f"WHERE {_quote(column)} IN (SELECT value FROM json_each(?))",
                [_ids_json(values)],
            )
            fresh = [row for row in found if row["_rowid_"] not in taken.get(name, {})]
            for row in fresh:
                taken.setdefault(name, {})[row.pop("_rowid_")] = row
            for key in keys:
                if key.parent != name or not fresh:
                    continue
                parent_values = [row[key.parent_column] for row in fresh]
                if key.on_delete == "CASCADE":
                    pending.append((key.child, key.column, parent_values))
                elif key.on_delete == "SET NULL":
                    for row in store.query(
                        f"SELECT rowid AS _rowid_, {_quote(key.column)} AS value "
                        f"FROM {_quote(key.child)} "
                        f"WHERE {_quote(key.column)} IN (SELECT value FROM json_each(?))",
                        [_ids_json(parent_values)],
                    ):
                        detached.append((key.child, row["_rowid_"], key.column, row["value"]))
        order = _table_order(store)
        # Children before parents, so no reference is detached from a row about to go anyway.
        for table, ids in sorted(roots.items(), key=lambda item: -order.index(item[0])):
            missing = set(ids) - {row["id"] for row in taken.get(table, {}).values()}
            if missing:
                raise RowNotFoundError(table, min(missing))
            db.execute(
                f"DELETE FROM {_quote(table)} WHERE id IN (SELECT value FROM json_each(?))",
                [_ids_json(ids)],
            )
    # A reference detached from a deleted parent needs no re-attaching if its row went too.
    kept_detached = tuple(d for d in detached if d[1] not in taken.get(d[0], {}))
    return Removal(
        rows=tuple((name, tuple(taken[name].values())) for name in order if taken.get(name)),
        detached=kept_detached,
    )


def restore(store: Store, removal: Removal) -> None:
    """Put back everything a :func:`delete_rows` took away, with the same ids."""
    with store.write() as db:
        for table, rows in removal.rows:
            insert_many(store, table, rows)
        for table, rowid, column, value in removal.detached:
            db.execute(
                f"UPDATE {_quote(table)} SET {_quote(column)} = ? WHERE rowid = ?",
                [value, rowid],
            )
