-- PartnerDesk database schema (the newest version; see migrations.py for how older files are upgraded).
--
-- This file is the product's contract with its users: their data must stay readable by any
-- SQLite tool for years. Every table and column carries a comment, and SQLite keeps the
-- comments inside each CREATE statement, so `.schema` in the sqlite3 shell shows them too.
--
-- Conventions
--   * Dates are ISO-8601 text, 'YYYY-MM-DD'; timestamps are UTC, 'YYYY-MM-DDTHH:MM:SS.SSSZ'.
--     A CHECK of the form date(x, '+0 days') IS x refuses anything that is not a real date.
--   * Flags are integers 0 or 1.
--   * Identifiers use AUTOINCREMENT so a deleted row's id is never given to another row:
--     an undone delete comes back with the id it had.
--   * Named constraints (CONSTRAINT <column>_<rule>) let the application say which field
--     a refused value belongs to.
--   * The file carries PRAGMA application_id = 0x5044736B ("PDsk") and PRAGMA user_version =
--     the schema version; both are set by the application, not by this file.

CREATE TABLE organisations (
    -- Every organisation the user deals with; exactly one may be the user's own (is_self = 1).
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    name TEXT NOT NULL -- the organisation's name as the user writes it
        CONSTRAINT name_required CHECK (length(trim(name)) > 0),
    sector TEXT, -- what it does, in the user's words: bakery, software house, mill...
    country TEXT, -- where it is based, as the user writes it
    website TEXT, -- its web address
    notes TEXT, -- the user's private notes: never part of a shared export
    is_self INTEGER NOT NULL DEFAULT 0 -- 1 for the user's own organisation, else 0
        CONSTRAINT is_self_flag CHECK (is_self IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), -- when the row was made (UTC)
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) -- when it last changed (UTC)
);
-- At most one organisation is the user's own.
CREATE UNIQUE INDEX organisations_one_self ON organisations (is_self) WHERE is_self = 1;
CREATE INDEX organisations_name ON organisations (name COLLATE NOCASE);

CREATE TABLE people (
    -- The people the user knows in each organisation.
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    organisation_id INTEGER -- where they work (organisations.id); NULL while not known
        REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL -- full name as the user writes it
        CONSTRAINT name_required CHECK (length(trim(name)) > 0),
    role_title TEXT, -- job title, e.g. 'Head baker'
    seniority TEXT NOT NULL DEFAULT 'other' -- how senior: leader (runs the organisation), manager, professional, other
        CONSTRAINT seniority_known CHECK (seniority IN ('leader', 'manager', 'professional', 'other')),
    email TEXT, -- e-mail address
    phone TEXT, -- telephone number, as written
    notes TEXT, -- the user's private notes: never part of a shared export
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), -- when the row was made (UTC)
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) -- when it last changed (UTC)
);
CREATE INDEX people_organisation ON people (organisation_id);
CREATE INDEX people_name ON people (name COLLATE NOCASE);

CREATE TABLE partnerships (
    -- A partnership between the user's organisation and one or more others, placed on Kanter's
    -- continuum: mutual service consortium -> joint venture -> value-chain partnership.
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    name TEXT NOT NULL -- the partnership's name; unique, ignoring the case of ASCII letters
        CONSTRAINT name_required CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL -- where it sits on the continuum now: consortium, joint_venture or value_chain
        CONSTRAINT kind_known CHECK (kind IN ('consortium', 'joint_venture', 'value_chain')),
    stage TEXT NOT NULL DEFAULT 'exploring' -- its life stage: exploring, forming, active, dormant, ended
        CONSTRAINT stage_known CHECK (stage IN ('exploring', 'forming', 'active', 'dormant', 'ended')),
    purpose TEXT, -- the value the partners create together
    started_on TEXT -- when it began (date)
        CONSTRAINT started_on_date CHECK (started_on IS NULL OR date(started_on, '+0 days') IS started_on),
    ended_on TEXT -- when it ended (date), if it has
        CONSTRAINT ended_on_date CHECK (ended_on IS NULL OR date(ended_on, '+0 days') IS ended_on),
    notes TEXT, -- the user's private notes: never part of a shared export
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), -- when the row was made (UTC)
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), -- when it last changed (UTC)
    CONSTRAINT ended_on_order CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX partnerships_name ON partnerships (name COLLATE NOCASE);

CREATE TABLE partnership_members (
    -- Which organisations take part in which partnership, and the role each plays there.
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    partnership_id INTEGER NOT NULL -- the partnership (partnerships.id)
        REFERENCES partnerships (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL -- the member organisation (organisations.id)
        REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT, -- free text: supplier, customer, technology provider, market access, co-op member...
    joined_on TEXT -- when it joined (date)
        CONSTRAINT joined_on_date CHECK (joined_on IS NULL OR date(joined_on, '+0 days') IS joined_on),
    left_on TEXT -- when it left (date), if it has
        CONSTRAINT left_on_date CHECK (left_on IS NULL OR date(left_on, '+0 days') IS left_on),
    CONSTRAINT organisation_id_once UNIQUE (partnership_id, organisation_id),
    CONSTRAINT left_on_order CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX partnership_members_organisation ON partnership_members (organisation_id);

CREATE TABLE partnership_kind_changes (
    -- Every move of a partnership along the continuum; the first row records the kind it started as.
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    partnership_id INTEGER NOT NULL -- the partnership (partnerships.id)
        REFERENCES partnerships (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL -- when the move happened (date)
        CONSTRAINT changed_on_date CHECK (date(changed_on, '+0 days') IS changed_on),
    from_kind TEXT -- the kind before the move; NULL for the kind it started as
        CONSTRAINT from_kind_known CHECK (from_kind IS NULL OR from_kind IN ('consortium', 'joint_venture', 'value_chain')),
    to_kind TEXT NOT NULL -- the kind after the move
        CONSTRAINT to_kind_known CHECK (to_kind IN ('consortium', 'joint_venture', 'value_chain')),
    note TEXT, -- why it moved, in the user's words
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) -- when the row was made (UTC)
);
CREATE INDEX partnership_kind_changes_partnership ON partnership_kind_changes (partnership_id, changed_on);

CREATE TABLE partnership_stage_changes (
    -- Every change of a partnership's stage; the first row records the stage it started in.
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    partnership_id INTEGER NOT NULL -- the partnership (partnerships.id)
        REFERENCES partnerships (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL -- when the change happened (date)
        CONSTRAINT changed_on_date CHECK (date(changed_on, '+0 days') IS changed_on),
    from_stage TEXT -- the stage before; NULL for the stage it started in
        CONSTRAINT from_stage_known CHECK (from_stage IS NULL OR from_stage IN ('exploring', 'forming', 'active', 'dormant', 'ended')),
    to_stage TEXT NOT NULL -- the stage after the change
        CONSTRAINT to_stage_known CHECK (to_stage IN ('exploring', 'forming', 'active', 'dormant', 'ended')),
    note TEXT, -- why, in the user's words
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) -- when the row was made (UTC)
);
CREATE INDEX partnership_stage_changes_partnership ON partnership_stage_changes (partnership_id, changed_on);

CREATE TABLE contact_logs (
    -- The journal: every meeting, call, message or private reflection, about a partnership,
    -- an organisation, or both.
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    partnership_id INTEGER -- the partnership it concerns (partnerships.id), if any
        REFERENCES partnerships (id) ON DELETE CASCADE,
    organisation_id INTEGER -- the organisation it concerns (organisations.id), if any
        REFERENCES organisations (id) ON DELETE SET NULL,
    occurred_on TEXT NOT NULL -- when it happened (date)
        CONSTRAINT occurred_on_date CHECK (date(occurred_on, '+0 days') IS occurred_on),
    channel TEXT NOT NULL DEFAULT 'meeting' -- meeting, call, email, message, visit, event, workshop, or note (a private reflection rather than a contact)
        CONSTRAINT channel_known CHECK (channel IN ('meeting', 'call', 'email', 'message', 'visit', 'event', 'workshop', 'note')),
    summary TEXT NOT NULL -- one line: what happened
        CONSTRAINT summary_required CHECK (length(trim(summary)) > 0),
    details TEXT, -- the longer account
    private INTEGER NOT NULL DEFAULT 0 -- 1 if it must never appear in a shared export
        CONSTRAINT private_flag CHECK (private IN (0, 1)),
    follow_up_on TEXT -- when to follow up (date), if at all
        CONSTRAINT follow_up_on_date CHECK (follow_up_on IS NULL OR date(follow_up_on, '+0 days') IS follow_up_on),
    follow_up_done INTEGER NOT NULL DEFAULT 0 -- 1 once the follow-up has been done
        CONSTRAINT follow_up_done_flag CHECK (follow_up_done IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), -- when the row was made (UTC)
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), -- when it last changed (UTC)
    level_bits INTEGER NOT NULL DEFAULT 0 -- the levels it touched, as bits (strategic 1, tactical 2, operational 4, interpersonal 8, cultural 16): a copy of contact_log_levels kept by its triggers, not written directly, and not in full exports
        CONSTRAINT level_bits_range CHECK (level_bits BETWEEN 0 AND 31),
    CONSTRAINT partnership_id_or_organisation CHECK (partnership_id IS NOT NULL OR organisation_id IS NOT NULL)
);
-- A partnership's journal, newest first (with channel, privacy and levels, as below); the
-- portfolio's last contact and last leader contact, and the contacts per month and level of its
-- charts, look through it entry by entry without reading them.
CREATE INDEX contact_logs_partnership ON contact_logs (partnership_id, occurred_on, id, channel, private, level_bits);
CREATE INDEX contact_logs_organisation ON contact_logs (organisation_id, occurred_on);
-- The journal read newest first. Channel, privacy and levels ride along so that filtering the
-- journal by them, and counting what a filter selects, is answered from the index alone.
CREATE INDEX contact_logs_occurred ON contact_logs (occurred_on, id, channel, private, level_bits);
-- Open follow-ups are few among many entries: partial indexes keep them at hand.
CREATE INDEX contact_logs_open_follow_ups ON contact_logs (follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_done = 0;
CREATE INDEX contact_logs_open_follow_ups_partnership ON contact_logs (partnership_id, follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_done = 0;

CREATE TABLE contact_log_levels (
    -- Which of Kanter's five levels of integration a journal entry touched.
    contact_log_id INTEGER NOT NULL -- the entry (contact_logs.id)
        REFERENCES contact_logs (id) ON DELETE CASCADE,
    level TEXT NOT NULL -- strategic, tactical, operational, interpersonal or cultural
        CONSTRAINT level_known CHECK (level IN ('strategic', 'tactical', 'operational', 'interpersonal', 'cultural')),
    PRIMARY KEY (contact_log_id, level)
);
CREATE INDEX contact_log_levels_level ON contact_log_levels (level, contact_log_id);
-- Each entry's level_bits follow its levels: a decade of entries is then counted by level from
-- the journal's indexes alone, rather than looking each entry up here (three times faster).
CREATE TRIGGER contact_log_levels_bits_insert AFTER INSERT ON contact_log_levels BEGIN
    UPDATE contact_logs SET level_bits = level_bits | (CASE new.level WHEN 'strategic' THEN 1 WHEN 'tactical' THEN 2 WHEN 'operational' THEN 4 WHEN 'interpersonal' THEN 8 WHEN 'cultural' THEN 16 ELSE 0 END)
        WHERE id = new.contact_log_id;
END;
CREATE TRIGGER contact_log_levels_bits_delete AFTER DELETE ON contact_log_levels BEGIN
    UPDATE contact_logs SET level_bits = level_bits & ~(CASE old.level WHEN 'strategic' THEN 1 WHEN 'tactical' THEN 2 WHEN 'operational' THEN 4 WHEN 'interpersonal' THEN 8 WHEN 'cultural' THEN 16 ELSE 0 END)
        WHERE id = old.contact_log_id;
END;
CREATE TRIGGER contact_log_levels_bits_update AFTER UPDATE ON contact_log_levels BEGIN
    UPDATE contact_logs SET level_bits = level_bits & ~(CASE old.level WHEN 'strategic' THEN 1 WHEN 'tactical' THEN 2 WHEN 'operational' THEN 4 WHEN 'interpersonal' THEN 8 WHEN 'cultural' THEN 16 ELSE 0 END)
        WHERE id = old.contact_log_id;
    UPDATE contact_logs SET level_bits = level_bits | (CASE new.level WHEN 'strategic' THEN 1 WHEN 'tactical' THEN 2 WHEN 'operational' THEN 4 WHEN 'interpersonal' THEN 8 WHEN 'cultural' THEN 16 ELSE 0 END)
        WHERE id = new.contact_log_id;
END;

CREATE TABLE contact_log_people (
    -- Who took part in a journal entry's meeting, call or message.
    contact_log_id INTEGER NOT NULL -- the entry (contact_logs.id)
        REFERENCES contact_logs (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL -- the person (people.id)
        REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_log_id, person_id)
);
CREATE INDEX contact_log_people_person ON contact_log_people (person_id, contact_log_id);

CREATE TABLE assessments (
    -- The user's rating of a partnership's five levels of integration at a date, each from
    -- 0 (none) to 5 (deeply embedded), or NULL when that level was not rated.
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- stable identifier, never reused
    partnership_id INTEGER NOT NULL -- the partnership (partnerships.id)
        REFERENCES partnerships (id) ON DELETE CASCADE,
    assessed_on TEXT NOT NULL -- the date the rating describes
        CONSTRAINT assessed_on_date CHECK (date(assessed_on, '+0 days') IS assessed_on),
    strategic INTEGER -- continuous contact between the top leaders
        CONSTRAINT strategic_score CHECK (strategic IS NULL OR (typeof(strategic) = 'integer' AND strategic BETWEEN 0 AND 5)),
    tactical INTEGER -- managers and professionals planning joint projects
        CONSTRAINT tactical_score CHECK (tactical IS NULL OR (typeof(tactical) = 'integer' AND tactical BETWEEN 0 AND 5)),
    operational INTEGER -- sharing resources, information and knowledge to do the joint work
        CONSTRAINT operational_score CHECK (operational IS NULL OR (typeof(operational) = 'integer' AND operational BETWEEN 0 AND 5)),
    interpersonal INTEGER -- the network of personal ties between the organisations
        CONSTRAINT interpersonal_score CHECK (interpersonal IS NULL OR (typeof(interpersonal) = 'integer' AND interpersonal BETWEEN 0 AND 5)),
    cultural INTEGER -- the skills and awareness to bridge differences in culture
        CONSTRAINT cultural_score CHECK (cultural IS NULL OR (typeof(cultural) = 'integer' AND cultural BETWEEN 0 AND 5)),
    note TEXT, -- what lies behind the rating
    private INTEGER NOT NULL DEFAULT 0 -- 1 if it must never appear in a shared export
        CONSTRAINT private_flag CHECK (private IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), -- when the row was made (UTC)
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) -- when it last changed (UTC)
);
CREATE INDEX assessments_partnership ON assessments (partnership_id, assessed_on, id);

-- Full-text search (FTS5). Each index mirrors columns of its table ("external content") and is
-- kept in step by the triggers below on every insert, update and delete.
--
-- The journal's index also indexes the first one, two and three letters of every word
-- (prefix = '1 2 3'): the journal is searched as the user types, and every keystroke ends in
-- an unfinished word. Without these, a search for "f*" or "th*" merges the lists of thousands
-- of words on every keystroke (a tenth of a second on a decade of entries); with them it reads
-- one list. They make the index about three times its size.

CREATE VIRTUAL TABLE contact_logs_fts USING fts5 (
    summary, details,
    content = 'contact_logs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE TRIGGER contact_logs_fts_insert AFTER INSERT ON contact_logs BEGIN
    INSERT INTO contact_logs_fts (rowid, summary, details) VALUES (new.id, new.summary, new.details);
END;
CREATE TRIGGER contact_logs_fts_delete AFTER DELETE ON contact_logs BEGIN
    INSERT INTO contact_logs_fts (contact_logs_fts, rowid, summary, details) VALUES ('delete', old.id, old.summary, old.details);
END;
CREATE TRIGGER contact_logs_fts_update AFTER UPDATE OF summary, details ON contact_logs BEGIN
    INSERT INTO contact_logs_fts (contact_logs_fts, rowid, summary, details) VALUES ('delete', old.id, old.summary, old.details);
    INSERT INTO contact_logs_fts (rowid, summary, details) VALUES (new.id, new.summary, new.details);
END;

CREATE VIRTUAL TABLE organisations_fts USING fts5 (
    name, sector, notes,
    content = 'organisations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
    INSERT INTO organisations_fts (rowid, name, sector, notes) VALUES (new.id, new.name, new.sector, new.notes);
END;
CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
    INSERT INTO organisations_fts (organisations_fts, rowid, name, sector, notes) VALUES ('delete', old.id, old.name, old.sector, old.notes);
END;
CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name, sector, notes ON organisations BEGIN
    INSERT INTO organisations_fts (organisations_fts, rowid, name, sector, notes) VALUES ('delete', old.id, old.name, old.sector, old.notes);
    INSERT INTO organisations_fts (rowid, name, sector, notes) VALUES (new.id, new.name, new.sector, new.notes);
END;

CREATE VIRTUAL TABLE people_fts USING fts5 (
    name, role_title, email, notes,
    content = 'people', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_fts (rowid, name, role_title, email, notes) VALUES (new.id, new.name, new.role_title, new.email, new.notes);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, name, role_title, email, notes) VALUES ('delete', old.id, old.name, old.role_title, old.email, old.notes);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF name, role_title, email, notes ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, name, role_title, email, notes) VALUES ('delete', old.id, old.name, old.role_title, old.email, old.notes);
    INSERT INTO people_fts (rowid, name, role_title, email, notes) VALUES (new.id, new.name, new.role_title, new.email, new.notes);
END;
