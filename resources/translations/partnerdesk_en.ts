<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in memory: nothing is saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MIT Licence: free to use, copy, change and share, without warranty. © 2026 The PartnerDesk team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About PartnerDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk's icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look after your business's partnerships along Kanter's continuum, from a buying co-op to a value-chain partnership, and see how deeply each is integrated at her five levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where your data is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the database in its folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backups:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Logs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logs folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Software</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versions of the software PartnerDesk runs on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licence's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence &amp;Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy Versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the versions above, for a bug report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Action</name>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityChart</name>
        <message>
            <source>Contacts per month</source>
            <extracomment>The key of the marks of months a partner's leader took part in. Who on the partners' side took part in a month's contacts, for hovering; the panel that shows the chart gives it (the chart itself never reads the database).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts logged yet — log one (Ctrl+L) to see how often you meet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No level noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A partner's leader took part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contacts over %2 months; a partner's leader took part in %3.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a partner's leader</source>
            <translation>
                <numerusform>%n with a partner's leader</numerusform>
                <numerusform>%n with a partner's leader</numerusform>
            </translation>
        </message>
        <message>
            <source>With</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentEditor</name>
        <message>
            <source>Add assessment of %1</source>
            <extracomment>What changes when an assessment changes: the charts, the portfolio's strengths, reminders.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit assessment of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete assessment of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rated: leave it when you cannot tell.</source>
            <extracomment>The button of "not rated" in a :class:`ScoreSelector`'s group.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — between “%2” and “%3”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rated</source>
            <extracomment>Emitted with the new score (an int, or None for "not rated"). Emitted when it takes the keyboard focus (or the mouse is over it).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>was %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rating</source>
            <extracomment>Emitted with the assessment's id once it is saved.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the scores look like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New assessment of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: assessment of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the first assessment of this partnership.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beside each level: its rating on %1 (overall %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is another assessment on this date; the one saved last counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An assessment cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate at least one level, or write a note on why you cannot yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess the partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate how deeply the partnership is integrated at each level, from 0 (none) to 5 (deeply embedded). Hover over a number for what it looks like; leave a level not rated when you cannot tell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The five levels of integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from the &amp;previous ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from the previous ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note: what lies behind the ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: the leaders signed a three-year deal; since then only their buyer answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rivate: keep this assessment out of anything shared with partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentModel</name>
        <message>
            <source>Date</source>
            <extracomment>Item data role (scores column): the five scores, in Kanter's order, for the bars. Item data role: the assessment's id. Item data role: the value the column sorts by.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategic, tactical, operational, interpersonal and cultural, 0–5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(private) %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private: never part of anything shared.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Attention</name>
        <message>
            <source>Leaders haven't met for {days} days</source>
            <extracomment>Leaders who have not met for longer than this many days draw attention (a preference). An active partnership not assessed for longer than this many days draws attention. A fall in overall strength of at least this much between two assessments draws attention. Names of the members other than the user's own organisation.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaders haven't met since it started {days} days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 follow-up overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} follow-ups overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed for {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration fell from {before} to {after}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Cancel</source>
            <extracomment>``work(store, progress, cancelled)``; ``store`` is None for work that needs no database. (done, total) now and then; total 0 when unknown. The work's result. An expected error (a bad file, a full disk…), whose ``str()`` is a sentence for the user. Nothing was kept. The user stopped it; nothing was kept. A bug: the formatted traceback. After any of the above: the work is over. A store with no file to open a second connection to: the work runs inline.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <extracomment>The role under which each row carries its :class:`BackupInfo`.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is open read-only, so it cannot be replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the database with the selected backup; the database as it is now is backed up first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up and checked: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the database with the backup made %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything changed since then is replaced. The database as it is now is backed up first, so you can restore it again from this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup made %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database as it was is the newest backup (“Before a restore”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The damaged file is kept, unchanged, as %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk backs up this database when you open it (once a day), before every upgrade and before every restore, and checks each backup. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups of this database yet. The first is made the next time you open it, or now with Back Up Now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the database with the selected backup; the database as it is now is backed up first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Move Along the Continuum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a %2 now. Where has it moved to?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is %2 now. Which stage is it in?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the date or the note of this change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change stage to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New kind or stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Save the chart as a .png or .svg file (not “%1”).</source>
            <extracomment>The formats charts are saved in.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to hide or show “%1”</source>
            <extracomment>Whether a line is drawn through the sample (with ``pen``).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as &amp;PNG image…</source>
            <extracomment>Offered as the file name when saving (translated through the "Chart" context). The size a saved copy is drawn at by default (device-independent pixels). Each named axis: its name and shorter names, and the one it shows (None: none). The narrowest the chart is ever made, whatever it shows.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as &amp;SVG drawing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read or made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the folder exists and that you may write to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk databases (*%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Database</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose from a calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a date; write it like %2 or 2026-03-31</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Encodings</name>
        <message>
            <source>UTF-8</source>
            <extracomment>The legacy encoding assumed for text that is not UTF-8. Encodings a user can choose, by codec name, with the name a person knows them by.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Western European (Windows-1252)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Western European (ISO 8859-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Western European (ISO 8859-15)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Western European (Mac OS Roman)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central European (Windows-1250)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central European (ISO 8859-2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cyrillic (Windows-1251)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cyrillic (KOI8-R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greek (Windows-1253)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turkish (Windows-1254)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baltic (Windows-1257)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese (Shift JIS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese Simplified (GB 18030)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese Traditional (Big5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean (EUC-KR)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryActions</name>
        <message>
            <source>Delete “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the entry “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark follow-up not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up done.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk ran into a problem it did not expect. What you saved before is safe: every change is written to disk as you make it. What you were doing just now may not have been saved; please check it, then carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”. The details have been written to the log: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide &amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy what happened to the clipboard, to paste into a bug report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for Spreadsheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Follow-ups to a Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a Full Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk full export (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing everything to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1 records to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing CSV files to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV files could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing follow-ups to %1…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n follow-ups to %1.</source>
            <translation>
                <numerusform>Wrote %n follow-up to %1.</numerusform>
                <numerusform>Wrote %n follow-ups to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The calendar file could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the restored database as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk database (*%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored %1 records into %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be restored.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>&amp;Save…</source>
            <extracomment>Characters no file name may hold on one system or another. The partnership to summarise; None for the portfolio report. The document previewed, and its pages once laid out for the paper chosen. What the preview shows; None while it is being made. The step of the preview under way, and the file being written. What could not be read, and why. What a worker read, to draw once it has ended.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be after today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To share with a partner: the partnership, its history, its integration charts, its contacts and what is still to be done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every partnership at a glance: the portfolio map, what needs attention, and each one's kind, stage, strength and contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For your own archive only: it says on its first page and on every page that it is not for sharing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out: private journal entries, private assessments, every note and the details of each entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The preview could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading what the document shows…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawing the charts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One web page with its charts inside it, which any browser opens, even offline. Browsers show it in their own fonts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 summary %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 summary with private entries %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership portfolio %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the portfolio report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the summary of %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the portfolio report to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its charts are in “%1” beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a summary or the portfolio report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Summary of a partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary of a partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Portfolio report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;aper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts &amp;since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary counts and lists the contacts from this date on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is wrong with the date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Include private entries and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include private entries and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pages on %1 paper, shown exactly as the PDF will hold them.</source>
            <translation>
                <numerusform>%n page on %1 paper, shown exactly as the PDF will hold it.</numerusform>
                <numerusform>%n pages on %1 paper, shown exactly as the PDF will hold them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Markdown, with its %n charts as pictures in a folder beside it (“%1”).</source>
            <translation>
                <numerusform>Markdown, with its chart as a picture in a folder beside it (“%1”).</numerusform>
                <numerusform>Markdown, with its %n charts as pictures in a folder beside it (“%1”).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Name</source>
            <extracomment>Cells longer than this are refused (Python's csv module stops at 128 KB by default).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seniority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldMessages</name>
        <message>
            <source>Problem</source>
            <extracomment>Keys that leave a type-ahead field (or confirm it).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>Due</source>
            <extracomment>Item data role: the :class:`FollowUp` of a row.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>⚠ %n days late</source>
            <translation>
                <numerusform>⚠ %n day late</numerusform>
                <numerusform>⚠ %n days late</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>No open follow-up has “%1” in it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter follow-ups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to follow up. When you log a contact, give it a follow-up date and it appears here on time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space marks the selected follow-up done; Enter opens its entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ed&amp;it Entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the follow-up done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Started as a %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved along the continuum: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Began in the stage %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>the organisation</source>
            <extracomment>Where it is in the file: "card 3, line 17" or "row 2, line 3". The person's name; None for an organisation on its own (a company card). Every e-mail address, the preferred one first; the first is the one stored. Values that could not be kept, in words ("the role was longer than 500 characters"). What kind of file it was, in words ("vCard", "Google Contacts CSV"). What the reader assumed and the user may want to know ("read as Windows-1252…"). The values that may be left out of a contact for being too long, as a sentence names them.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was left out: it is longer than %2 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name is longer than %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no name and no organisation (it has the e-mail address %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no name and no organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not something PartnerDesk imports; choose from %2</source>
            <extracomment>Which columns each field reads, as indexes into the header; several columns of one field are tried in order (the first non-empty cell wins; every e-mail address is kept).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a quoted cell never ends (its closing quote mark is missing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a cell is longer than %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the row cannot be read as CSV (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” should be written FIELD=COLUMN, e.g. Name=Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has no column “%1”; its columns are %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no column could be recognised as a name or an organisation (the columns are %1); say which column holds what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row %1, line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These columns are not imported: %1. If one holds a name, organisation, role, e-mail or phone, say so under Columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, row %2</source>
            <extracomment>``UPGRADES[n]`` turns the tables of an export of schema version ``n - 1`` into those of version ``n`` (as :mod:`partnerdesk.store.migrations` does for database files). Versions 2 (search and indexes) and 3 (the levels of each entry as bits, which exports leave out) changed nothing an export holds.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this export was made by a newer version of PartnerDesk (%1 %2; this version reads up to %3); update PartnerDesk to restore it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a PartnerDesk full export: it is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not valid JSON (%1); the file may be damaged or cut short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a PartnerDesk full export (it does not say "format": "%1")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the export does not say which version of the format it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>format version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the export does not say which schema version its rows follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"sequences" must name tables of the export with whole numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the export has no "tables"</source>
            <extracomment>What a value in a full export may be (JSON true and false arrive as bool).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the export holds a table PartnerDesk does not know: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the table “%1” is missing from the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be a list of rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each row must be an object of column names and values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the column “%1” holds a list or an object; values must be text, numbers or null</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n organisations</source>
            <extracomment>The tables a user knows by name, with the words for how many rows they hold (in English as it always was: "1 organisations").</extracomment>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnerships</source>
            <translation>
                <numerusform>%n partnership</numerusform>
                <numerusform>%n partnerships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n journal entry</numerusform>
                <numerusform>%n journal entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <translation>
                <numerusform>%n assessment</numerusform>
                <numerusform>%n assessments</numerusform>
            </translation>
        </message>
        <message>
            <source>history records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database already holds data (%1). A full export is restored only into a new, empty database; choose a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lacks the column “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has a column this schema does not know: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be restored: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, row %2 (id %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it refers to a row that is not in the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it repeats a row that is already there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be restored: %1 was refused (%2). Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is already there, with nothing new to add</source>
            <extracomment>The fields a merge may fill in, in the order they are shown. Why the plan skips a contact the database already holds in full.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it repeats %1 (the same e-mail address)</source>
            <extracomment>Why it matches a record already there (None when it does not). The id and name of the record it matches. What a merge would fill in, field by field (see PERSON_FIELDS / ORGANISATION_FIELDS). Why it is skipped when the plan itself skips it (a repeat, nothing new to add). For a person: the id of the existing organisation they belong to (None if new or none).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it repeats %1 (the same name and organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it repeats %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some people the preview matched are no longer in the database. Nothing was imported; preview the import again.</source>
            <extracomment>For each merged record, its id and the values it had before in the fields filled in. The values the merges filled in, to write again on redo.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some organisations the preview matched are no longer in the database. Nothing was imported; preview the import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a full PartnerDesk export, not an address book; it is restored into a new, empty database instead of being imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not UTF-8; it was read as %1. If names look wrong, choose the file's encoding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a text encoding this program knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text cannot be read as %1: byte 0x%2 is not valid there; choose the file's text encoding</source>
            <extracomment>The Python codec used. True when the encoding was guessed (a legacy encoding for text that is not UTF-8).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a text file (it holds binary data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text is neither UTF-8 nor %1: byte 0x%2 cannot be read; choose the file's text encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card %1, line %2</source>
            <extracomment>The properties read from each card; everything else (photos, keys, sounds…) is passed by.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1 cannot be read</source>
            <extracomment>Parameter names and values in upper case ("TYPE", "WORK", "PREF"…): what it is for. Text, or for structured properties (N, ORG, ADR) the list of fields. Cards holding quoted-printable text with no character set, read as ``legacy``.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1 cannot be read: it is not a vCard property (NAME:value)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this card never ends: END:VCARD is missing before the next card begins on line %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this line ends a card that never began (BEGIN:VCARD is missing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this card never ends: END:VCARD is missing at the end of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds no vCards</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n cards hold quoted-printable text that names no character set; it was read as %1. If names look wrong, choose the encoding the address book used.</source>
            <translation>
                <numerusform>%n card holds quoted-printable text that names no character set; it was read as %1. If names look wrong, choose the encoding the address book used.</numerusform>
                <numerusform>%n cards hold quoted-printable text that names no character set; it was read as %1. If names look wrong, choose the encoding the address book used.</numerusform>
            </translation>
        </message>
        <message>
            <source>this is not a vCard file: a card should begin here with BEGIN:VCARD, but the line reads “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>organisation</source>
            <extracomment>Item data role: "new", "match" or "skipped", for the Show filter.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seniority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <extracomment>The choices of the Show filter, with the words for each.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <extracomment>Emitted when the user changes what happens to a contact.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no usable name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person and organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge: adds %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already there, nothing new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches; not merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 will be added as a new organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 will be added as a new person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, with the new organisation %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seniority: %1 (from the role “%2”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: matches %2 (%3). Merging fills in what it lacks — %4. Nothing already there is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: matches %2 (%3), which already holds all it has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: matches %2 (%3); it will not be merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: will not be imported (you unticked it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot be imported: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(column %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Contacts</source>
            <extracomment>Emitted with the :class:`~partnerdesk.imports.plan.ImportResult` once written. What the import did, in a sentence (once it is done).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>PartnerDesk cannot tell which columns of this file hold names and organisations. Choose the column for each; a name (or first and last name) or an organisation is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported. Choose another file, or, if the text looks garbled, another text encoding below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column that holds each field. Fields left at “Not in the file” are not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in the file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n merged</numerusform>
                <numerusform>%n merged</numerusform>
            </translation>
        </message>
        <message>
            <source>The import will make %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is written until you press Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to import: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds no contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing from %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was stopped; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contacts could not be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new people</source>
            <translation>
                <numerusform>%n new person</numerusform>
                <numerusform>%n new people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new organisations</source>
            <translation>
                <numerusform>%n new organisation</numerusform>
                <numerusform>%n new organisations</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported from %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file being imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which column holds what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first rows of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the import will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was assumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which contacts to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts that match a person or organisation already in PartnerDesk fill in only what it lacks; nothing you typed is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;olumns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which column of the file holds what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens to the selected contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is wrong with the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text &amp;encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoding</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrationChart</name>
        <message>
            <source>Integration over time</source>
            <extracomment>Levels drawn a hair apart, so that equal scores do not hide each other's lines. Each series' flat holds, and its risers where it changes.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration (0–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment yet — add one with “New Assessment…” to see how the five levels grow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as assessed on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has not been assessed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration of %1: overall %2 of 5 on %3, from %4 on %5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntegrationPanel</name>
        <message>
            <source>Integration</source>
            <extracomment>What a partnership's charts show: a change in any of these redraws them. What the contacts per month count: a change in any of these counts them again. What the portfolio charts show. Both charts over time keep their date axes aligned by giving their left axes this width. The assessment the snapshot shows (None: the latest).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate the five levels of integration as they are now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a partnership to see how it is integrated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit Assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess Now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare &amp;with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the snapshot with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment yet.

Rate the five levels now and again — every few months — to see the partnership grow or drift.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the assessment of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a fresh assessment keeps the picture of this partnership true.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the one before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (overall %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalModel</name>
        <message>
            <source>Date</source>
            <extracomment>Item data role: the :class:`JournalEntry` of a row. Item data role (levels column): the levels the entry touched. Item data role (summary column): the summary as HTML with the found words marked, if any. The roles :meth:`JournalModel.data` answers. A view asks for seven roles of every cell it paints; the others are turned away before any work. How many entries are read at a time. Emitted after a (re)load with the number of entries read so far.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The levels of integration the contact touched: strategic, tactical, operational, interpersonal, cultural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No level recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private and shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (organisation)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>%n found</numerusform>
                <numerusform>%n found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>No entry matches. Try fewer words, or Show All.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal keeps every meeting, call and note with your partners. Log the first one with Ctrl+L.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an entry to read it in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search summaries and details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;With:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show entries about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a &amp;Contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>H&amp;ow:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show level of integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rivacy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show private or shared entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up Do&amp;ne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the follow-up done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>private</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Mutual service consortium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joint venture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value-chain partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consortium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mutual service consortium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>joint venture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value-chain partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Similar organisations pool resources for a shared benefit, such as cheaper buying, shared services or access to technology.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations pursue an opportunity that needs the combined capabilities of each, such as one's technology and the other's market access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations from different sectors link complementary skills to create more value for customers; close supplier partnerships belong here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KindMarker</name>
        <message>
            <source>Place on the continuum</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Level</name>
        <message>
            <source>Strategic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tactical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operational</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interpersonal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cultural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The top leaders of each organisation stay in continuous contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Managers and professionals plan specific projects and joint activities together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People share resources, information and knowledge to do the joint work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network of personal ties between people on each side: the glue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People have the communication skills and awareness to bridge their differences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leaders have not met since the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leaders meet only when something goes wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leaders meet a few times a year and review direction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leaders talk often and shape the future together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No joint plans.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans are made separately and shared afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regular planning of joint projects by managers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joint teams plan every shared activity together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is shared to do the work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information is passed on when asked for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data, resources and training are shared routinely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co-located teams with shared systems and data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody knows anybody on the other side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One person on each side knows the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several people on each side know each other well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A dense web of trusted personal ties at every level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differences cause friction nobody addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differences are noticed but not talked about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differences are understood and worked around.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People move easily between both ways of working.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See the backups of this database and restore one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file called “%1” is already there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk never replaces a file. Choose another name, or open the file with File → Open Database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent databases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear This List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio, organisations, people, journal and follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships that need your attention, with the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing needs your attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Partnership…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new, empty database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open another database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;Sample Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look around a sample portfolio, kept in a file of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring in organisations and people from an address book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a &amp;Full Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new database from a full export (.json) of PartnerDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Everything, as One File (.json)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in this database, in one documented file that PartnerDesk can restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Spreadsheets (.csv)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One spreadsheet file per kind of record, with your private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups for Your &amp;Calendar (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The open follow-ups as calendar events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A summary of a partnership to share, or the portfolio report, previewed before it is saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close PartnerDesk; everything is already saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search or filter the list shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Dat&amp;a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Or&amp;ganisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prefere&amp;nces…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thresholds, date format and colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every partnership at a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisations you deal with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;eople</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The people you know in them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every contact and note, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you promised to do, and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the previous screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read everything again from the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log a Contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a meeting, call or note in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the selected partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Along the &amp;Continuum…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a change of kind, with its date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change &amp;Stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a change of stage, with its date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an organisation to the partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate the partnership's five levels of integration as they are now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the partnership with its journal and history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Partnership &amp;Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kanter's continuum and five levels of integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About PartnerDesk</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n journal entry</numerusform>
                <numerusform>%n journal entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnerships</source>
            <translation>
                <numerusform>%n partnership</numerusform>
                <numerusform>%n partnerships</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Match</name>
        <message>
            <source>same e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name in the same organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an organisation of the same name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>Organisation</source>
            <extracomment>Called with (member, field, text typed) when the user edits a cell.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MembershipsModel</name>
        <message>
            <source>Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelHelp</name>
        <message>
            <source>Cooperation between organisations runs from weak and distant to strong and close. A partnership can move along it; PartnerDesk keeps each move.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Productive partnerships build ties at five levels. Rate each from 0 (none) to 5 (deeply embedded) now and then, and tick the levels each contact touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When leaders of a partner have not met yours at the strategic level for a while, the partnership is marked: leaders must not form a partnership and leave it to others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Partnership Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The partnership model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Five levels of integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seniority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The continuum</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewOrganisationDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add organisation “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. mill, café chain (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPartnershipDialog</name>
        <message>
            <source>&amp;Add Partnership</source>
            <extracomment>The new partnership's id, once it was made.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an organisation; a new name adds it (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add partnership “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Flour Buying Co-op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the kind means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tarted on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its &amp;role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role of the partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. supplier, customer, co-op member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The value you create together (optional)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no organisation called “%1”; add it first, or choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Head miller (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Seniority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seniority</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Observed</name>
        <message>
            <source>{level} is rated {score}, but the leaders haven't met for {days} days</source>
            <extracomment>How far back "lately" reaches when contacts are compared with an assessment, in days. The first day of the month. Contacts that touched each level (a contact touching two levels counts in both). The contacts split between the levels they touched (one touching two counts half in each), so that the shares and ``unlevelled`` add up to ``contacts``. Contacts that touched no level. Contacts a leader of a partner organisation took part in. Each level's bit in the level masks the store counts contacts by. Every assessment of the partnership, newest first, to choose from. A level rated at least this much claims real integration. A level rated this much or more claims deep integration. A level rated at most this much claims little integration... ...which this many contacts touching it in the window contradict. Strategic rated high while the partners' leaders have not met for long (or ever). Interpersonal rated high while only one person (or nobody) on their side took part. A level rated deep while no contact touched it lately. A level rated low while many contacts touched it lately.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{level} is rated {score}, but the leaders have never met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{level} is rated {score}, but only one person on their side took part in the last {window} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{level} is rated {score}, but nobody on their side took part in the last {window} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{level} is rated {score}, but no contact touched it in the last {window} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{level} is rated only {score}, yet {count} contacts touched it in the last {window} days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObservedChart</name>
        <message>
            <source>Assessed versus observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to compare yet — add an assessment and log your contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact in the last %1 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the last %1 days: %2 with %3 on their side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the last %1 days: %2, with nobody on their side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leaders have never met.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The leaders last met %n days ago.</source>
            <translation>
                <numerusform>The leaders last met yesterday.</numerusform>
                <numerusform>The leaders last met %n days ago.</numerusform>
            </translation>
        </message>
        <message>
            <source>The leaders met today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record of contacts bears the assessment out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No disagreement between the assessment and the contacts.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>last %n days</source>
            <translation>
                <numerusform>last %n day</numerusform>
                <numerusform>last %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Open the Newest Good Backup</source>
            <extracomment>The object name of the read-only notice in a window's status bar.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose Another File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest good backup was made on %1. Opening it keeps this file, unchanged, under a new name beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update PartnerDesk to open it. The file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup of it. The file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk cannot open “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup of %1 has taken the place of “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file that could not be opened is kept, unchanged, as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>process %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is already open in PartnerDesk (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes are made in one window at a time, so that neither undoes the other's. You can look at it here read-only, or switch to the window that has it open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” needs to be upgraded, which cannot be done read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file or its folder is read-only: you can look, but changes cannot be saved. Copy the file somewhere you can write to in order to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is open in another PartnerDesk window: you can look here, but changes are made there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's backup of “%1” could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your database is open and unchanged; PartnerDesk will try again the next time you open it. File → Backups… shows the backups there are.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationPeopleModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seniority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationsModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Change organisation</source>
            <extracomment>The user asked to see a person (their id).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No organisation has “%1” in its name or what it does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change my organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships: none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1” with its people and memberships?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its people and its place in every partnership go with it, and journal entries about it alone. Entries about a partnership stay in its journal. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter organisations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Organisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an organisation to see its people and partnerships, or add one with New Organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web&amp;site:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Pe&amp;rson…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. mill, café chain, software house</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private: never part of anything you share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is &amp;my organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is my organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person to the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People of the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships the organisation takes part in</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Partnerships (%n)</source>
            <translation>
                <numerusform>Partnerships (%n)</numerusform>
                <numerusform>Partnerships (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>People (%n)</source>
            <translation>
                <numerusform>People (%n)</numerusform>
                <numerusform>People (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>A4</source>
            <extracomment>A piece of a line: plain text, or a :class:`Run`. A line of text made of pieces. Each column's share of the width, in per cent (empty: as their contents need). Its file name without the extension, in the folder beside a Markdown file. What it shows, for those who cannot see it. What the document is, at the foot of every printed page and at the end. Said at the foot of every printed page too, in red: the private-archive notice. How the HTML file looks in a browser, on screen and printed. The centred column and the unbroken numbers are for browsers only: the window's preview (Qt) reads a plain "@media screen" but skips a block with a media feature, and would misplace its tables. How Qt lays the same HTML out on the pages of a PDF (Qt reads a subset of CSS; its lengths are CSS pixels, 96 to the inch). Anchor names that tie the laid-out printed text back to the document's blocks and rows.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartnershipView</name>
        <message>
            <source>Change partnership</source>
            <extracomment>The user asked to see an organisation (its id). The partnership shown was deleted. The user asked to search this partnership's journal (its id).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an organisation; a new name adds it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing logged yet. Log each meeting, call or visit with Ctrl+L: who took part, what happened and which levels of integration it touched.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entries, newest first</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries, newest first</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest first; scroll for more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · strength %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add member “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the new organisation “%1” as a member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed “%1” from the partnership.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the member “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “%1” from the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1” with its whole history?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its members, journal, assessments and history along the continuum go with it. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the partnership “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A summary of this partnership to share with your partners, as PDF, HTML or Markdown (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a summary of this partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log a Contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En&amp;ded on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change St&amp;age…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a &amp;Contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;as role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Mem&amp;ber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport Summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The value you create together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Started on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private: never part of anything you share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Along the &amp;Continuum…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move along the continuum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal of the partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a role or a date to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role of the organisation to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. supplier, customer, co-op member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History along the continuum and through the stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a date or a note to correct it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the change</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message>
            <source>None.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seniority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Change person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody’s name, organisation or role has “%1” in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Journal (%n entries)</source>
            <translation>
                <numerusform>Journal (%n entry)</numerusform>
                <numerusform>Journal (%n entries)</numerusform>
            </translation>
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal: no contact logged with them yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>They took part in %n journal entries; the entries stay, without them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>They took part in %n journal entry; the entry stays, without them. You can undo this with Ctrl+Z.</numerusform>
                <numerusform>They took part in %n journal entries; the entries stay, without them. You can undo this with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter people…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a person to see their details and the contacts they took part in, or add one with New Person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Head miller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Seniority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seniority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private: never part of anything you share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal entries the person took part in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <source>Remove %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type a name to add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>Portfolio</source>
            <extracomment>Item data role: the number shown at the right of a place ("" for none). Item data role: True when the count is something late (overdue follow-ups). Item data role (attention list): the partnership's id. Item data role (attention list): the reason, in words.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every partnership at a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisations you deal with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The people you know in them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every contact and note, newest first; search it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due and overdue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PortfolioChartsPanel</name>
        <message>
            <source>Portfolio charts</source>
            <extracomment>Emitted with a partnership's id when it is clicked on the map.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PortfolioMapChart</name>
        <message>
            <source>Portfolio map</source>
            <extracomment>Points of one kind spread across this much of the space between two kinds. Emitted with a partnership's id when its point is clicked. The partnership at hand for the keyboard (None: none yet).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration strength (latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The continuum: from pooling resources to linking value chains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the kind needs (Kanter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No partnership has been assessed yet — assess one to place it on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter opens it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration %1 of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Less integrated than a %1 needs (%2 or more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Less integrated than their kind needs: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contacts in the last %1 days</source>
            <translation>
                <numerusform>%n contact in the last %1 days</numerusform>
                <numerusform>%n contacts in the last %1 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnerships on the map.</source>
            <translation>
                <numerusform>%n partnership on the map.</numerusform>
                <numerusform>%n partnerships on the map.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not on the map until assessed (%n): </source>
            <translation>
                <numerusform>Not on the map until assessed: </numerusform>
                <numerusform>Not on the map until assessed (%n): </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Size: contacts in the last %n days</source>
            <translation>
                <numerusform>Size: contacts in the last day</numerusform>
                <numerusform>Size: contacts in the last %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioModel</name>
        <message>
            <source>Name</source>
            <extracomment>Item data role: the partnership's id. Item data role (kind column): the step along the continuum, 0–2, for the continuum marker. Item data role: True when the cell needs the user's attention. The rows in the order they were given, which sorting starts from each time.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaders met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the partnership sits on the continuum: consortium → joint venture → value chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The partner organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration strength from the latest assessment (0–5), with the change since the one before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last contact with the partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the leaders last met (a contact at the strategic level with a leader of a partner)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next open follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed on %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n follow-ups overdue</source>
            <translation>
                <numerusform>%n follow-up overdue</numerusform>
                <numerusform>%n follow-ups overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioPage</name>
        <message>
            <source>All kinds</source>
            <extracomment>The stage filter's "live" choice: partnerships that are still being tended. The user asked for a new partnership.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exploring, forming or active: not dormant or ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter partnerships…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The partnerships as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the partnerships as a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portfolio map and how integration has moved over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the portfolio charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No partnerships yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A partnership is any lasting cooperation with other organisations: a buying co-op, a joint venture, a supplier you work closely with. Add the first one and PartnerDesk keeps its members, its history along the continuum and every contact you log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Partnership…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No partnership matches the filter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PortfolioReport</name>
        <message>
            <source>Prepared by %1 on %2</source>
            <extracomment>Every partnership, by name.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepared on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each partnership sits somewhere between a mutual service consortium (similar organisations pooling resources), a joint venture (combining different capabilities for an opportunity) and a value-chain partnership (organisations from different sectors linking complementary skills). Its integration strength is the mean of five levels rated from 0 to 5 now and then: strategic, tactical, operational, interpersonal and cultural.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No partnerships yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership portfolio · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portfolio map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No partnership has been assessed yet, so none can be placed on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet assessed, so not shown: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map of the partnerships by kind and strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing needs attention now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership and partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaders last met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength is the latest assessment's, with its change since the one before. Leaders last met: the last contact on the strategic level in which a leader of a partner organisation took part.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n partnerships</source>
            <translation>
                <numerusform>%n partnership</numerusform>
                <numerusform>%n partnerships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each assessed partnership by its kind (across) and latest integration strength (up), its colour and shape showing its stage and its size its contacts in the last %n days. The shaded band is what each kind calls for: the closer the kind, the deeper the integration it needs. A partnership below the band is less integrated than its kind needs.</source>
            <translation>
                <numerusform>Each assessed partnership by its kind (across) and latest integration strength (up), its colour and shape showing its stage and its size its contacts in the last %n day. The shaded band is what each kind calls for: the closer the kind, the deeper the integration it needs. A partnership below the band is less integrated than its kind needs.</numerusform>
                <numerusform>Each assessed partnership by its kind (across) and latest integration strength (up), its colour and shape showing its stage and its size its contacts in the last %n days. The shaded band is what each kind calls for: the closer the kind, the deeper the integration it needs. A partnership below the band is less integrated than its kind needs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioTrendChart</name>
        <message>
            <source>Portfolio trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No partnership yet — add one to follow the trend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean integration of the active partnerships (0–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active partnerships at the end of each month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No active partnership has been assessed yet — assess one to start the trend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean integration %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No active partnership has been assessed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean integration of the %1 active partnerships now: %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n active partnerships</source>
            <translation>
                <numerusform>%n active partnership</numerusform>
                <numerusform>%n active partnerships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not assessed yet</source>
            <translation>
                <numerusform>%n not assessed yet</numerusform>
                <numerusform>%n not assessed yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As your language writes them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO (2026-03-31)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leaders apart for more than:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leader-contact threshold in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A live partnership whose partners' leaders have not met at the strategic level for longer than this is marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remind to assess after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment reminder interval in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An active partnership not assessed for longer than this is marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes apply at once and are kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintLayout</name>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>Countries where Letter is the usual paper (the rest of the world uses A4). Qt lays the pages out in pixels of this many per inch (CSS pixels), whatever the screen. Page margins, in millimetres. The band at the foot of each page for its footer, in millimetres. Each table row's top and bottom, by the row's index in the document's table. The height of each table cell's lines, by (row, column): a row's height wherever it lies, split over two pages or not. How often the pages are laid out again at most, each time with more page breaks. Where, about, the first line of a table that starts a page lies below the page's top. How much space, about, Qt leaves free at the foot of a page under a table's last row there. How tall, about, a table row of one line is: to guess where a long table's pages end.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>no follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A private reflection rather than a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type part of a partnership's or organisation's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Journal Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is called “%1”; choose from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the partnership or organisation it was with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wh&amp;en:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;With:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership or organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People who took part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Levels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line: what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The longer account (optional; Ctrl+Enter saves)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pri&amp;vate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept out of anything you share with partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Follow up on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Snapshot of the five levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment yet — add one with “New Assessment…”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · overall %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment of %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compared with %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Change %1</source>
            <extracomment>``update(record_id, values)``: writes changed fields through the domain layer.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Seniority</name>
        <message>
            <source>Leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Professional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>professional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs the organisation: owner, director, chief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manages a team, a function or a project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does the specialist work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone else.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Exploring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dormant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exploring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dormant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting to know each other; nothing agreed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreeing what to do together and how.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working together now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ended, but nothing is happening.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over, by agreement or by drifting apart.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageChip</name>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>Owner's archive copy: not for sharing</source>
            <extracomment>Where a zero would only add noise to a table of counts. The levels over time and the latest assessment beside the one before; None when the partnership has not been assessed.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy includes private journal entries, private assessments and notes. To share the summary with a partner, export it again without private entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary of %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner's archive copy with private entries: not for sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership summary prepared by %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership summary prepared on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role in the partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members and their roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Along the continuum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships range from loose to close: a mutual service consortium (similar organisations pooling resources), a joint venture (combining different capabilities for an opportunity) and a value-chain partnership (organisations from different sectors linking complementary skills to create more value for customers). A partnership can move along this line as it grows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started as a %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved along the continuum from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How closely the organisations work together, rated now and then from 0 (not at all) to 5 (deeply embedded) at five levels: strategic (the leaders stay in contact), tactical (managers plan joint work), operational (people share resources and information), interpersonal (personal ties) and cultural (bridging differences). The overall strength is the mean of the levels rated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart of the five levels of integration over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integration over time: each level in its own colour and line style, the overall strength as the thick line with a dot at each assessment. The shading shows the kind of partnership, the dashed lines its changes of stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest assessment, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest assessment, %1, beside the one of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Radar chart of the latest assessment's five levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest assessment (filled) over the one before (dashed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With their leaders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The levels are those each contact touched; a contact that touched two levels counts under both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who took part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From our side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing logged in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every entry since %1, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was agreed and is still to be done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed on</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them with a leader of a partner organisation.</source>
            <translation>
                <numerusform>%n of them with a leader of a partner organisation.</numerusform>
                <numerusform>%n of them with a leader of a partner organisation.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %1 most recent of %n entries since %2, newest first.</source>
            <translation>
                <numerusform>The %1 most recent of %n entry since %2, newest first.</numerusform>
                <numerusform>The %1 most recent of %n entries since %2, newest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is already taken</source>
            <extracomment>The reasons the store gives when SQLite refuses a value (see ``constraint_error`` in ``store/connection.py``), marked here for translation: the store layer knows nothing of it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refers to a record that does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a level of integration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be text</source>
            <extracomment>The longest multi-line text (details, notes) accepted: 10 MB of characters.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contains control characters that cannot be stored; remove them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contains characters that are not valid text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is too long (%1 characters; at most %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not one of: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a whole number from 0 to 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is outside 0–5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must refer to an existing record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be people in the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person %1 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required: choose a partnership or an organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be before the date of the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be after the end date</source>
            <extracomment>Fields :func:`update_partnership` accepts: kind and stage change through their own functions.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be before the start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is already a partnership's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is already a member of this partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is already %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be removed: it is where the history starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already holds data; the sample portfolio goes into an empty database</source>
            <extracomment>Days between contacts in each period: (from day, until day, every n days). Assessment profiles: the five scores at the start and at the end of the assessments. Leaders meet every n days over this span of days ago: (from, until, every). A recent call with an open follow-up: (days ago, due in days, summary).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be after today</source>
            <extracomment>How many months of contacts a summary covers unless told otherwise (this month included). How many of the recent journal entries a summary lists at most, newest first. The first day of the month. How many contacts touched each level (a contact touching two levels counts in both). How many contacts a leader of a partner organisation took part in. True for the user's own people, False for the partners' (and anybody else's). The first day of the period whose contacts and journal entries are summarised. The user's own organisation, which prepared the summary (None if not set). Moves along the continuum and changes of stage, oldest first. The assessments, oldest first. Every month of the period, oldest first (months without contacts too). Who took part in the period's contacts: the user's own people first. The most recent journal entries of the period, newest first (at most ``ENTRY_LIMIT``). How many journal entries the period holds in all. The open follow-ups, soonest first.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Set up my organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is your organisation. Add a partnership with Ctrl+N.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to PartnerDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PartnerDesk keeps your partnerships with other organisations, the contacts you have with them, and how deeply each one is integrated, in one file on this computer. Start in one of three ways:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own business takes part in every partnership you add; PartnerDesk adds it for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of your organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Hearth &amp; Grain Bakery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your organisation does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. bakery (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Set Up My Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look around a sample portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A bakery's six partnerships over three years. It opens as a separate file, so this one stays yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the Sample Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the sample portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring in your contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring in the organisations and people of an address book: vCard and CSV files from Outlook, Google, Apple Contacts, Thunderbird and phones. You see what will happen before anything is written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>PartnerDesk</source>
            <extracomment>The data changed (a frozenset of :class:`~partnerdesk.gui.events.Topic`), relayed from :data:`~partnerdesk.gui.events.events` while the window is open. Emitted with a short sentence for the status bar after a change ("Deleted …"), and whether to offer Undo beside it. How many times each topic has changed: what :meth:`remembered` keys its reads on.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change could not be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>