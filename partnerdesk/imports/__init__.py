"""Files PartnerDesk reads: contacts from address books, and full exports to restore.

* :mod:`~partnerdesk.imports.textfile` turns a file's bytes into text (UTF-8 with or without
  a byte-order mark, UTF-16, or a legacy encoding, saying which it assumed).
* :mod:`~partnerdesk.imports.vcard` reads vCard 2.1, 3.0 and 4.0 files (with vobject) and
  :mod:`~partnerdesk.imports.csv_contacts` reads CSV files (Google Contacts and Outlook
  columns recognised, any other through a column mapping). Both give a
  :class:`~partnerdesk.imports.contacts.ContactFile`: the contacts found, the cards or rows
  skipped with the reason, and what was assumed.
* :mod:`~partnerdesk.imports.plan` compares the contacts with the database (same e-mail, or
  same name in the same organisation) and makes an :class:`~partnerdesk.imports.plan.ImportPlan`
  the user previews and adjusts; ``apply_plan`` then writes exactly that plan in one
  transaction.
* :mod:`~partnerdesk.imports.full_json` restores a full export into a new, empty database.

:func:`read_contacts` picks the reader for a file.
"""

from __future__ import annotations
