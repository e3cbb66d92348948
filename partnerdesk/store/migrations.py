"""Ordered steps that upgrade an older PartnerDesk database to the newest schema.

``STEPS[n]`` turns a version ``n - 1`` database into version ``n``. Each step runs inside its
own transaction together with the change of ``PRAGMA user_version``, so a step either happens
whole or not at all (see :func:`partnerdesk.store.connection.upgrade`).

How to change the schema:

1. Edit ``schema.sql`` so that it creates the new schema from scratch.
2. Raise ``SCHEMA_VERSION`` in ``connection.py`` and add ``STEPS[new_version]`` here, turning a
   database of the previous version into one that matches ``schema.sql``.
3. Save a database of the previous version under ``tests/data/`` (``schema-v<N>.partnerdesk``):
   the tests upgrade every such file and compare the result with a new database.

Version 1 is the first schema; it has no step because new files are made from ``schema.sql``.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Step = Callable[[sqlite_utils.Database], None]

STEPS: dict[int, Step] = {}
