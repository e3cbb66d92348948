"""Files PartnerDesk writes for the user: one module per format, sharing a few rules.

==================  ==========================================================================
module              writes
==================  ==========================================================================
``full_json``       everything in the database, one documented, versioned JSON file
``csv_tables``      one CSV file per kind of record, for spreadsheets
``ics``             open follow-ups as all-day events for a calendar
``escaping``        the helpers that make user text inert in CSV, HTML and Markdown
==================  ==========================================================================

Every exporter is a function ``export_<format>(store, target, *, ..., progress=None,
cancelled=None)`` that

* reads through the store layer (:mod:`partnerdesk.store.exchange`) inside one read
  transaction (``exchange.snapshot``), so the file shows one moment even while the window
  keeps writing;
* writes through :mod:`partnerdesk.files` (``atomic_write`` / ``atomic_path``), so a failed
  or cancelled export never replaces a good file with part of one;
* reports progress and polls for a cancel through :mod:`partnerdesk.progress`, so the window
  can run it on a worker thread with its own Store (:mod:`partnerdesk.gui.exchange`);
* passes every piece of user text through :mod:`partnerdesk.exports.escaping` for the format
  it goes into, and leaves private entries and notes out of anything meant for sharing unless
  the caller asks for them.

Documents meant to be shared with a partner (the partnership summary as PDF, HTML or Markdown,
and the portfolio report) belong here as well, as ``summary`` and ``portfolio_report``
modules following the same pattern; they may use Qt for rendering (this package is allowed to
import PySide6; the others are not).
"""
