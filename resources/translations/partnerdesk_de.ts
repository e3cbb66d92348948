<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>in memory: nothing is saved</source>
            <translation>im Arbeitsspeicher: nichts wird gespeichert</translation>
        </message>
        <message>
            <source>MIT Licence: free to use, copy, change and share, without warranty. © 2026 The PartnerDesk team.</source>
            <translation>MIT-Lizenz: frei zu nutzen, zu kopieren, zu ändern und weiterzugeben, ohne Gewährleistung. © 2026 Das PartnerDesk-Team.</translation>
        </message>
        <message>
            <source>About PartnerDesk</source>
            <translation>Über PartnerDesk</translation>
        </message>
        <message>
            <source>PartnerDesk's icon</source>
            <translation>PartnerDesk-Symbol</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Look after your business's partnerships along Kanter's continuum, from a buying co-op to a value-chain partnership, and see how deeply each is integrated at her five levels.</source>
            <translation>Pflegen Sie die Partnerschaften Ihres Unternehmens entlang von Kanters Kontinuum, von der Einkaufsgemeinschaft bis zur Wertschöpfungspartnerschaft, und sehen Sie, wie tief jede auf ihren fünf Ebenen integriert ist.</translation>
        </message>
        <message>
            <source>Where your data is</source>
            <translation>Wo Ihre Daten liegen</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Datenbankdatei</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>Show the database in its folder</source>
            <translation>Datenbank im Ordner zeigen</translation>
        </message>
        <message>
            <source>&amp;Backups:</source>
            <translation>&amp;Sicherungen:</translation>
        </message>
        <message>
            <source>Backups folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation>Sicherungsordner öffnen</translation>
        </message>
        <message>
            <source>&amp;Logs:</source>
            <translation>&amp;Protokolle:</translation>
        </message>
        <message>
            <source>Logs folder</source>
            <translation>Protokollordner</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>Öff&amp;nen</translation>
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Lizenz:</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Erstellt mit:</translation>
        </message>
        <message>
            <source>Versions of the software PartnerDesk runs on</source>
            <translation>Versionen der Software, auf der PartnerDesk läuft</translation>
        </message>
        <message>
            <source>The licence's text</source>
            <translation>Der Lizenztext</translation>
        </message>
        <message>
            <source>Licence &amp;Text</source>
            <translation>Lizenz&amp;text</translation>
        </message>
        <message>
            <source>&amp;Copy Versions</source>
            <translation>Versionen &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the versions above, for a bug report</source>
            <translation>Die obigen Versionen für einen Fehlerbericht kopieren</translation>
        </message>
    </context>
    <context>
        <name>Action</name>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
    </context>
    <context>
        <name>ActivityChart</name>
        <message>
            <source>Contacts per month</source>
            <extracomment>The key of the marks of months a partner's leader took part in. Who on the partners' side took part in a month's contacts, for hovering; the panel that shows the chart gives it (the chart itself never reads the database).</extracomment>
            <translation>Kontakte pro Monat</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>No contacts logged yet — log one (Ctrl+L) to see how often you meet.</source>
            <translation>Noch keine Kontakte erfasst — erfassen Sie einen (Strg+L), um zu sehen, wie oft Sie sich treffen.</translation>
        </message>
        <message>
            <source>No level noted</source>
            <translation>Keine Ebene vermerkt</translation>
        </message>
        <message>
            <source>A partner's leader took part</source>
            <translation>Eine Leitung der Partner war dabei</translation>
        </message>
        <message>
            <source>%1 contacts over %2 months; a partner's leader took part in %3.</source>
            <translation>%1 Kontakte in %2 Monaten; eine Leitung der Partner war in %3 dabei.</translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a partner's leader</source>
            <translation>
                <numerusform>%n mit einer Leitung der Partner</numerusform>
                <numerusform>%n mit einer Leitung der Partner</numerusform>
            </translation>
        </message>
        <message>
            <source>With</source>
            <translation>Mit</translation>
        </message>
    </context>
    <context>
        <name>AssessmentEditor</name>
        <message>
            <source>Add assessment of %1</source>
            <extracomment>What changes when an assessment changes: the charts, the portfolio's strengths, reminders.</extracomment>
            <translation>Einschätzung vom %1 hinzufügen</translation>
        </message>
        <message>
            <source>Edit assessment of %1</source>
            <translation>Einschätzung vom %1 bearbeiten</translation>
        </message>
        <message>
            <source>Delete assessment of %1</source>
            <translation>Einschätzung vom %1 löschen</translation>
        </message>
        <message>
            <source>Not rated: leave it when you cannot tell.</source>
            <extracomment>The button of "not rated" in a :class:`ScoreSelector`'s group.</extracomment>
            <translation>Nicht bewertet: so lassen, wenn Sie es nicht beurteilen können.</translation>
        </message>
        <message>
            <source>%1 — between “%2” and “%3”</source>
            <translation>%1 — zwischen „%2“ und „%3“</translation>
        </message>
        <message>
            <source>Not rated</source>
            <extracomment>Emitted with the new score (an int, or None for "not rated"). Emitted when it takes the keyboard focus (or the mouse is over it).</extracomment>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>%1 rating</source>
            <translation>Bewertung %1</translation>
        </message>
        <message>
            <source>was %1</source>
            <translation>vorher %1</translation>
        </message>
        <message>
            <source>Rated on %1: %2</source>
            <translation>Bewertet am %1: %2</translation>
        </message>
        <message>
            <source>Rating</source>
            <extracomment>Emitted with the assessment's id once it is saved.</extracomment>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>What the scores look like</source>
            <translation>Was die Werte bedeuten</translation>
        </message>
        <message>
            <source>New Assessment</source>
            <translation>Neue Einschätzung</translation>
        </message>
        <message>
            <source>Edit Assessment</source>
            <translation>Einschätzung bearbeiten</translation>
        </message>
        <message>
            <source>New assessment of %1</source>
            <translation>Neue Einschätzung von %1</translation>
        </message>
        <message>
            <source>%1: assessment of %2</source>
            <translation>%1: Einschätzung vom %2</translation>
        </message>
        <message>
            <source>This is the first assessment of this partnership.</source>
            <translation>Dies ist die erste Einschätzung dieser Partnerschaft.</translation>
        </message>
        <message>
            <source>Beside each level: its rating on %1 (overall %2).</source>
            <translation>Neben jeder Ebene: ihre Bewertung vom %1 (gesamt %2).</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>Dieses Datum liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>There is another assessment on this date; the one saved last counts.</source>
            <translation>An diesem Datum gibt es schon eine Einschätzung; es zählt die zuletzt gespeicherte.</translation>
        </message>
        <message>
            <source>An assessment cannot be dated in the future.</source>
            <translation>Eine Einschätzung kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Rate at least one level, or write a note on why you cannot yet.</source>
            <translation>Bewerten Sie mindestens eine Ebene oder notieren Sie, warum Sie das noch nicht können.</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Assess the partnership</source>
            <translation>Partnerschaft einschätzen</translation>
        </message>
        <message>
            <source>Rate how deeply the partnership is integrated at each level, from 0 (none) to 5 (deeply embedded). Hover over a number for what it looks like; leave a level not rated when you cannot tell.</source>
            <translation>Bewerten Sie, wie tief die Partnerschaft auf jeder Ebene integriert ist, von 0 (gar nicht) bis 5 (tief verankert). Zeigen Sie auf eine Zahl, um zu sehen, wie das aussieht; lassen Sie eine Ebene unbewertet, wenn Sie es nicht beurteilen können.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Date of the assessment</source>
            <translation>Datum der Einschätzung</translation>
        </message>
        <message>
            <source>The five levels of integration</source>
            <translation>Die fünf Ebenen der Integration</translation>
        </message>
        <message>
            <source>Start from the &amp;previous ratings</source>
            <translation>Mit den &amp;vorigen Bewertungen beginnen</translation>
        </message>
        <message>
            <source>Start from the previous ratings</source>
            <translation>Mit den vorigen Bewertungen beginnen</translation>
        </message>
        <message>
            <source>&amp;Note: what lies behind the ratings</source>
            <translation>&amp;Notiz: was hinter den Bewertungen steckt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>For example: the leaders signed a three-year deal; since then only their buyer answers.</source>
            <translation>Zum Beispiel: Die Leitungen haben einen Dreijahresvertrag unterschrieben; seitdem antwortet nur noch deren Einkauf.</translation>
        </message>
        <message>
            <source>P&amp;rivate: keep this assessment out of anything shared with partners</source>
            <translation>&amp;Privat: diese Einschätzung aus allem heraushalten, was Sie mit Partnern teilen</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
    </context>
    <context>
        <name>AssessmentModel</name>
        <message>
            <source>Date</source>
            <extracomment>Item data role (scores column): the five scores, in Kanter's order, for the bars. Item data role: the assessment's id. Item data role: the value the column sorts by.</extracomment>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Ebenen</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Strategic, tactical, operational, interpersonal and cultural, 0–5</source>
            <translation>Strategisch, taktisch, operativ, zwischenmenschlich und kulturell, 0–5</translation>
        </message>
        <message>
            <source>(private) %1</source>
            <translation>(privat) %1</translation>
        </message>
        <message>
            <source>Assessment of %1</source>
            <translation>Einschätzung vom %1</translation>
        </message>
        <message>
            <source>Private: never part of anything shared.</source>
            <translation>Privat: wird nie mit anderen geteilt.</translation>
        </message>
    </context>
    <context>
        <name>Attention</name>
        <message>
            <source>Leaders haven't met for {days} days</source>
            <extracomment>Leaders who have not met for longer than this many days draw attention (a preference). An active partnership not assessed for longer than this many days draws attention. A fall in overall strength of at least this much between two assessments draws attention. Names of the members other than the user's own organisation.</extracomment>
            <translation>Die Leitungen haben sich seit {days} Tagen nicht getroffen</translation>
        </message>
        <message>
            <source>Leaders haven't met since it started {days} days ago</source>
            <translation>Die Leitungen haben sich seit dem Beginn vor {days} Tagen nie getroffen</translation>
        </message>
        <message>
            <source>1 follow-up overdue</source>
            <translation>1 Wiedervorlage überfällig</translation>
        </message>
        <message>
            <source>{count} follow-ups overdue</source>
            <translation>{count} Wiedervorlagen überfällig</translation>
        </message>
        <message>
            <source>Not assessed for {days} days</source>
            <translation>Seit {days} Tagen nicht eingeschätzt</translation>
        </message>
        <message>
            <source>Never assessed</source>
            <translation>Noch nie eingeschätzt</translation>
        </message>
        <message>
            <source>Integration fell from {before} to {after}</source>
            <translation>Integration gesunken von {before} auf {after}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Cancel</source>
            <extracomment>``work(store, progress, cancelled)``; ``store`` is None for work that needs no database. (done, total) now and then; total 0 when unknown. The work's result. An expected error (a bad file, a full disk…), whose ``str()`` is a sentence for the user. Nothing was kept. The user stopped it; nothing was kept. A bug: the formatted traceback. After any of the above: the work is over. A store with no file to open a second connection to: the work runs inline.</extracomment>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <extracomment>The role under which each row carries its :class:`BackupInfo`.</extracomment>
            <translation>Täglich</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Vor einer Aktualisierung</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Von Hand erstellt</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Backups of “%1”</source>
            <translation>Sicherungen von „%1“</translation>
        </message>
        <message>
            <source>Backups of %1</source>
            <translation>Sicherungen von %1</translation>
        </message>
        <message>
            <source>Kept in %1</source>
            <translation>Abgelegt in %1</translation>
        </message>
        <message>
            <source>The database is open read-only, so it cannot be replaced.</source>
            <translation>Die Datenbank ist schreibgeschützt geöffnet und kann daher nicht ersetzt werden.</translation>
        </message>
        <message>
            <source>Replace the database with the selected backup; the database as it is now is backed up first</source>
            <translation>Die Datenbank durch die ausgewählte Sicherung ersetzen; der jetzige Stand wird vorher gesichert</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wird gesichert…</translation>
        </message>
        <message>
            <source>Backed up and checked: %1.</source>
            <translation>Gesichert und geprüft: %1.</translation>
        </message>
        <message>
            <source>The backup could not be made: %1</source>
            <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Restore Backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Replace the database with the backup made %1?</source>
            <translation>Die Datenbank durch die Sicherung vom %1 ersetzen?</translation>
        </message>
        <message>
            <source>Everything changed since then is replaced. The database as it is now is backed up first, so you can restore it again from this list.</source>
            <translation>Alles, was seitdem geändert wurde, wird ersetzt. Der jetzige Stand der Datenbank wird vorher gesichert, sodass Sie ihn aus dieser Liste wiederherstellen können.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Es wurde nichts wiederhergestellt.</translation>
        </message>
        <message>
            <source>Restored the backup made %1.</source>
            <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>The database as it was is the newest backup (“Before a restore”).</source>
            <translation>Der vorherige Stand der Datenbank ist die neueste Sicherung („Vor einer Wiederherstellung“).</translation>
        </message>
        <message>
            <source>The damaged file is kept, unchanged, as %1.</source>
            <translation>Die beschädigte Datei bleibt unverändert als %1 erhalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes ago</source>
            <translation>
                <numerusform>vor %n Minute</numerusform>
                <numerusform>vor %n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>PartnerDesk backs up this database when you open it (once a day), before every upgrade and before every restore, and checks each backup. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months.</source>
            <translation>PartnerDesk sichert diese Datenbank beim Öffnen (einmal täglich), vor jeder Aktualisierung und vor jeder Wiederherstellung und prüft jede Sicherung. Aufbewahrt wird jeweils die neueste Sicherung jedes der letzten 7 Tage, 4 Wochen und 12 Monate.</translation>
        </message>
        <message>
            <source>There are no backups of this database yet. The first is made the next time you open it, or now with Back Up Now.</source>
            <translation>Von dieser Datenbank gibt es noch keine Sicherungen. Die erste wird beim nächsten Öffnen erstellt, oder jetzt mit „Jetzt sichern“.</translation>
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation>&amp;Jetzt sichern</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Replace the database with the selected backup; the database as it is now is backed up first</source>
            <translation>Die Datenbank durch die ausgewählte Sicherung ersetzen; der jetzige Stand wird vorher gesichert</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Move Along the Continuum</source>
            <translation>Auf dem Kontinuum verschieben</translation>
        </message>
        <message>
            <source>“%1” is a %2 now. Where has it moved to?</source>
            <translation>„%1“ ist bisher als %2 eingeordnet. Wohin hat sich die Partnerschaft bewegt?</translation>
        </message>
        <message>
            <source>Change Stage</source>
            <translation>Phase ändern</translation>
        </message>
        <message>
            <source>“%1” is %2 now. Which stage is it in?</source>
            <translation>„%1“ ist bisher in der Phase %2. In welcher Phase ist die Partnerschaft jetzt?</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Eintragen</translation>
        </message>
        <message>
            <source>Correct the History</source>
            <translation>Verlauf korrigieren</translation>
        </message>
        <message>
            <source>Correct the date or the note of this change.</source>
            <translation>Korrigieren Sie das Datum oder die Notiz zu dieser Änderung.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Is required.</source>
            <translation>Ist erforderlich.</translation>
        </message>
        <message>
            <source>Correct the history</source>
            <translation>Verlauf korrigieren</translation>
        </message>
        <message>
            <source>Move to %1</source>
            <translation>Wechsel zu %1</translation>
        </message>
        <message>
            <source>Change stage to %1</source>
            <translation>Phasenwechsel zu %1</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Nach:</translation>
        </message>
        <message>
            <source>New kind or stage</source>
            <translation>Neue Art oder Phase</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Was das bedeutet</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Am:</translation>
        </message>
        <message>
            <source>Date of the change</source>
            <translation>Datum der Änderung</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Warum:</translation>
        </message>
        <message>
            <source>Why it changed</source>
            <translation>Grund der Änderung</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>Meeting</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Save the chart as a .png or .svg file (not “%1”).</source>
            <extracomment>The formats charts are saved in.</extracomment>
            <translation>Speichern Sie das Diagramm als .png- oder .svg-Datei (nicht „%1“).</translation>
        </message>
        <message>
            <source>Click to hide or show “%1”</source>
            <extracomment>Whether a line is drawn through the sample (with ``pen``).</extracomment>
            <translation>Klicken, um „%1“ aus- oder einzublenden</translation>
        </message>
        <message>
            <source>Save as &amp;PNG image…</source>
            <extracomment>Offered as the file name when saving (translated through the "Chart" context). The size a saved copy is drawn at by default (device-independent pixels). Each named axis: its name and shorter names, and the one it shows (None: none). The narrowest the chart is ever made, whatever it shows.</extracomment>
            <translation>Als &amp;PNG-Bild speichern…</translation>
        </message>
        <message>
            <source>Save as &amp;SVG drawing…</source>
            <translation>Als &amp;SVG-Grafik speichern…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <source>The chart could not be saved.</source>
            <translation>Das Diagramm konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-Grafik (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot open database</source>
            <translation>Datenbank kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>The file could not be read or made: %1</source>
            <translation>Die Datei konnte nicht gelesen oder angelegt werden: %1</translation>
        </message>
        <message>
            <source>Check that the folder exists and that you may write to it.</source>
            <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
        </message>
        <message>
            <source>PartnerDesk databases (*%1);;All files (*)</source>
            <translation>PartnerDesk-Datenbanken (*%1);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Datenbank öffnen</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>Neue Datenbank</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Aus einem Kalender wählen</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>“%1” is not a date; write it like %2 or 2026-03-31</source>
            <translation>„%1“ ist kein Datum; schreiben Sie es wie %2 oder 2026-03-31</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Encodings</name>
        <message>
            <source>UTF-8</source>
            <extracomment>The legacy encoding assumed for text that is not UTF-8. Encodings a user can choose, by codec name, with the name a person knows them by.</extracomment>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-16</source>
            <translation>UTF-16</translation>
        </message>
        <message>
            <source>Western European (Windows-1252)</source>
            <translation>Westeuropäisch (Windows-1252)</translation>
        </message>
        <message>
            <source>Western European (ISO 8859-1)</source>
            <translation>Westeuropäisch (ISO 8859-1)</translation>
        </message>
        <message>
            <source>Western European (ISO 8859-15)</source>
            <translation>Westeuropäisch (ISO 8859-15)</translation>
        </message>
        <message>
            <source>Western European (Mac OS Roman)</source>
            <translation>Westeuropäisch (Mac OS Roman)</translation>
        </message>
        <message>
            <source>Central European (Windows-1250)</source>
            <translation>Mitteleuropäisch (Windows-1250)</translation>
        </message>
        <message>
            <source>Central European (ISO 8859-2)</source>
            <translation>Mitteleuropäisch (ISO 8859-2)</translation>
        </message>
        <message>
            <source>Cyrillic (Windows-1251)</source>
            <translation>Kyrillisch (Windows-1251)</translation>
        </message>
        <message>
            <source>Cyrillic (KOI8-R)</source>
            <translation>Kyrillisch (KOI8-R)</translation>
        </message>
        <message>
            <source>Greek (Windows-1253)</source>
            <translation>Griechisch (Windows-1253)</translation>
        </message>
        <message>
            <source>Turkish (Windows-1254)</source>
            <translation>Türkisch (Windows-1254)</translation>
        </message>
        <message>
            <source>Baltic (Windows-1257)</source>
            <translation>Baltisch (Windows-1257)</translation>
        </message>
        <message>
            <source>Japanese (Shift JIS)</source>
            <translation>Japanisch (Shift JIS)</translation>
        </message>
        <message>
            <source>Chinese Simplified (GB 18030)</source>
            <translation>Chinesisch vereinfacht (GB 18030)</translation>
        </message>
        <message>
            <source>Chinese Traditional (Big5)</source>
            <translation>Chinesisch traditionell (Big5)</translation>
        </message>
        <message>
            <source>Korean (EUC-KR)</source>
            <translation>Koreanisch (EUC-KR)</translation>
        </message>
    </context>
    <context>
        <name>EntryActions</name>
        <message>
            <source>Delete “%1”</source>
            <translation>„%1“ löschen</translation>
        </message>
        <message>
            <source>Deleted the entry “%1”.</source>
            <translation>Eintrag „%1“ gelöscht.</translation>
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation>Wiedervorlage als erledigt markieren</translation>
        </message>
        <message>
            <source>Mark follow-up not done</source>
            <translation>Wiedervorlage als nicht erledigt markieren</translation>
        </message>
        <message>
            <source>Follow-up done.</source>
            <translation>Wiedervorlage erledigt.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>PartnerDesk ran into a problem it did not expect. What you saved before is safe: every change is written to disk as you make it. What you were doing just now may not have been saved; please check it, then carry on.</source>
            <translation>PartnerDesk ist auf ein unerwartetes Problem gestoßen. Was Sie zuvor gespeichert haben, ist sicher: Jede Änderung wird sofort auf die Festplatte geschrieben. Was Sie gerade eben getan haben, wurde vielleicht nicht gespeichert; bitte prüfen Sie es und machen Sie dann weiter.</translation>
        </message>
        <message>
            <source>“%1”. The details have been written to the log: %2</source>
            <translation>„%1“. Die Details wurden ins Protokoll geschrieben: %2</translation>
        </message>
        <message>
            <source>Hide &amp;Details</source>
            <translation>&amp;Details ausblenden</translation>
        </message>
        <message>
            <source>Show &amp;Details</source>
            <translation>&amp;Details anzeigen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>PartnerDesk</source>
            <translation>PartnerDesk</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Fehlerdetails</translation>
        </message>
        <message>
            <source>&amp;Copy Details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy what happened to the clipboard, to paste into a bug report</source>
            <translation>Den Hergang in die Zwischenablage kopieren, um ihn in einen Fehlerbericht einzufügen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
            <translation>Kontakte (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard)</source>
            <translation>vCard-Dateien (*.vcf *.vcard)</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt)</source>
            <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Stopped: nothing was written.</source>
            <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Export Everything</source>
            <translation>Alles exportieren</translation>
        </message>
        <message>
            <source>Export for Spreadsheets</source>
            <translation>Für Tabellenkalkulation exportieren</translation>
        </message>
        <message>
            <source>Export Follow-ups to a Calendar</source>
            <translation>Wiedervorlagen in einen Kalender exportieren</translation>
        </message>
        <message>
            <source>Import Contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Restore a Full Export</source>
            <translation>Gesamtexport wiederherstellen</translation>
        </message>
        <message>
            <source>PartnerDesk full export (*.json)</source>
            <translation>PartnerDesk-Gesamtexport (*.json)</translation>
        </message>
        <message>
            <source>Writing everything to %1…</source>
            <translation>Alles wird in %1 geschrieben…</translation>
        </message>
        <message>
            <source>Exported %1 records to %2.</source>
            <translation>%1 Datensätze in %2 exportiert.</translation>
        </message>
        <message>
            <source>The export could not be written.</source>
            <translation>Der Export konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Writing CSV files to %1…</source>
            <translation>CSV-Dateien werden in %1 geschrieben…</translation>
        </message>
        <message>
            <source>Wrote %1 to %2.</source>
            <translation>%1 in %2 geschrieben.</translation>
        </message>
        <message>
            <source>The CSV files could not be written.</source>
            <translation>Die CSV-Dateien konnten nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderdateien (*.ics)</translation>
        </message>
        <message>
            <source>Writing follow-ups to %1…</source>
            <translation>Wiedervorlagen werden in %1 geschrieben…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n follow-ups to %1.</source>
            <translation>
                <numerusform>%n Wiedervorlage in %1 geschrieben.</numerusform>
                <numerusform>%n Wiedervorlagen in %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>The calendar file could not be written.</source>
            <translation>Die Kalenderdatei konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Save the restored database as</source>
            <translation>Wiederhergestellte Datenbank speichern unter</translation>
        </message>
        <message>
            <source>PartnerDesk database (*%1)</source>
            <translation>PartnerDesk-Datenbank (*%1)</translation>
        </message>
        <message>
            <source>Restoring %1…</source>
            <translation>%1 wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Restored %1 records into %2.</source>
            <translation>%1 Datensätze in %2 wiederhergestellt.</translation>
        </message>
        <message>
            <source>The export could not be restored.</source>
            <translation>Der Export konnte nicht wiederhergestellt werden.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>&amp;Save…</source>
            <extracomment>Characters no file name may hold on one system or another. The partnership to summarise; None for the portfolio report. The document previewed, and its pages once laid out for the paper chosen. What the preview shows; None while it is being made. The step of the preview under way, and the file being written. What could not be read, and why. What a worker read, to draw once it has ended.</extracomment>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <source>The date cannot be after today.</source>
            <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>To share with a partner: the partnership, its history, its integration charts, its contacts and what is still to be done.</source>
            <translation>Zum Teilen mit einem Partner: die Partnerschaft, ihr Verlauf, ihre Integrationsdiagramme, ihre Kontakte und was noch zu erledigen ist.</translation>
        </message>
        <message>
            <source>Every partnership at a glance: the portfolio map, what needs attention, and each one's kind, stage, strength and contacts.</source>
            <translation>Alle Partnerschaften auf einen Blick: die Portfolio-Karte, was Aufmerksamkeit braucht, und zu jeder Partnerschaft Art, Phase, Stärke und Kontakte.</translation>
        </message>
        <message>
            <source>For your own archive only: it says on its first page and on every page that it is not for sharing.</source>
            <translation>Nur für Ihr eigenes Archiv: Auf der ersten Seite und auf jeder weiteren steht, dass das Dokument nicht zur Weitergabe bestimmt ist.</translation>
        </message>
        <message>
            <source>Left out: private journal entries, private assessments, every note and the details of each entry.</source>
            <translation>Nicht enthalten: private Journaleinträge, private Einschätzungen, alle Notizen und die Details der Einträge.</translation>
        </message>
        <message>
            <source>The preview could not be made.</source>
            <translation>Die Vorschau konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Reading what the document shows…</source>
            <translation>Die Inhalte des Dokuments werden gelesen…</translation>
        </message>
        <message>
            <source>Drawing the charts…</source>
            <translation>Die Diagramme werden gezeichnet…</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Die Seiten werden gesetzt…</translation>
        </message>
        <message>
            <source>One web page with its charts inside it, which any browser opens, even offline. Browsers show it in their own fonts.</source>
            <translation>Eine einzige Webseite mit eingebetteten Diagrammen, die jeder Browser öffnet, auch offline. Browser zeigen sie in ihren eigenen Schriften an.</translation>
        </message>
        <message>
            <source>%1 summary %2</source>
            <translation>Zusammenfassung %1 %2</translation>
        </message>
        <message>
            <source>%1 summary with private entries %2</source>
            <translation>Zusammenfassung %1 mit privaten Einträgen %2</translation>
        </message>
        <message>
            <source>Partnership portfolio %2</source>
            <translation>Partnerschaftsportfolio %2</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>Zusammenfassung speichern</translation>
        </message>
        <message>
            <source>Save the portfolio report</source>
            <translation>Portfolio-Bericht speichern</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>Die Datei konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Stopped: nothing was written.</source>
            <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>„%1“ wird geschrieben…</translation>
        </message>
        <message>
            <source>Saved the summary of %1 to %2.</source>
            <translation>Zusammenfassung zu „%1“ in %2 gespeichert.</translation>
        </message>
        <message>
            <source>Saved the portfolio report to %2.</source>
            <translation>Portfolio-Bericht in %2 gespeichert.</translation>
        </message>
        <message>
            <source>Its charts are in “%1” beside it.</source>
            <translation>Die Diagramme liegen daneben in „%1“.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export a summary or the portfolio report</source>
            <translation>Eine Zusammenfassung oder den Portfolio-Bericht exportieren</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Was exportiert wird</translation>
        </message>
        <message>
            <source>&amp;Summary of a partnership</source>
            <translation>&amp;Zusammenfassung einer Partnerschaft</translation>
        </message>
        <message>
            <source>Summary of a partnership</source>
            <translation>Zusammenfassung einer Partnerschaft</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <source>&amp;Portfolio report</source>
            <translation>&amp;Portfolio-Bericht</translation>
        </message>
        <message>
            <source>Portfolio report</source>
            <translation>Portfolio-Bericht</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>P&amp;aper:</source>
            <translation>P&amp;apier:</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Contacts &amp;since:</source>
            <translation>&amp;Kontakte seit:</translation>
        </message>
        <message>
            <source>Contacts since</source>
            <translation>Kontakte seit</translation>
        </message>
        <message>
            <source>The summary counts and lists the contacts from this date on</source>
            <translation>Die Zusammenfassung zählt die Kontakte ab diesem Datum und führt sie auf</translation>
        </message>
        <message>
            <source>What is wrong with the date</source>
            <translation>Was mit dem Datum nicht stimmt</translation>
        </message>
        <message>
            <source>&amp;Include private entries and notes</source>
            <translation>Private Einträge und Notizen &amp;einbeziehen</translation>
        </message>
        <message>
            <source>Include private entries and notes</source>
            <translation>Private Einträge und Notizen einbeziehen</translation>
        </message>
        <message>
            <source>About the preview</source>
            <translation>Über die Vorschau</translation>
        </message>
        <message>
            <source>Preview of the pages</source>
            <translation>Seitenvorschau</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation>Die Vorschau wird vorbereitet</translation>
        </message>
        <message numerus="yes">
            <source>%n pages on %1 paper, shown exactly as the PDF will hold them.</source>
            <translation>
                <numerusform>%n Seite im Format %1, genau so, wie sie im PDF stehen wird.</numerusform>
                <numerusform>%n Seiten im Format %1, genau so, wie sie im PDF stehen werden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Markdown, with its %n charts as pictures in a folder beside it (“%1”).</source>
            <translation>
                <numerusform>Markdown, mit %n Diagramm als Bild in einem Ordner daneben („%1“).</numerusform>
                <numerusform>Markdown, mit %n Diagrammen als Bildern in einem Ordner daneben („%1“).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Name</source>
            <extracomment>Cells longer than this are refused (Python's csv module stops at 128 KB by default).</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Zweiter Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Seniority</source>
            <translation>Funktionsebene</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Ebenen</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Zeitraum ab</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Assessment date</source>
            <translation>Datum der Einschätzung</translation>
        </message>
        <message>
            <source>Date of the change</source>
            <translation>Datum der Änderung</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Wiedervorlage</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Wiedervorlage erledigt</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Beigetreten am</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Ausgetreten am</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>My organisation</source>
            <translation>Meine Organisation</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
    </context>
    <context>
        <name>FieldMessages</name>
        <message>
            <source>Problem</source>
            <extracomment>Keys that leave a type-ahead field (or confirm it).</extracomment>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>Due</source>
            <extracomment>Item data role: the :class:`FollowUp` of a row.</extracomment>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Mit</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>Was gesagt wurde</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Erfasst</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n days late</source>
            <translation>
                <numerusform>⚠ %n Tag überfällig</numerusform>
                <numerusform>⚠ %n Tage überfällig</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>No open follow-up has “%1” in it.</source>
            <translation>Keine offene Wiedervorlage enthält „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n überfällig</numerusform>
                <numerusform>%n überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <source>Number of follow-ups</source>
            <translation>Anzahl der Wiedervorlagen</translation>
        </message>
        <message>
            <source>Filter follow-ups</source>
            <translation>Wiedervorlagen filtern</translation>
        </message>
        <message>
            <source>Filter follow-ups…</source>
            <translation>Wiedervorlagen filtern…</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Offene Wiedervorlagen</translation>
        </message>
        <message>
            <source>Nothing to follow up. When you log a contact, give it a follow-up date and it appears here on time.</source>
            <translation>Keine Wiedervorlagen. Geben Sie beim Erfassen eines Kontakts ein Wiedervorlagedatum an, dann erscheint die Wiedervorlage rechtzeitig hier.</translation>
        </message>
        <message>
            <source>Space marks the selected follow-up done; Enter opens its entry.</source>
            <translation>Leertaste markiert die ausgewählte Wiedervorlage als erledigt; Enter öffnet ihren Eintrag.</translation>
        </message>
        <message>
            <source>&amp;Open Partnership</source>
            <translation>Partnerschaft ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Ed&amp;it Entry…</source>
            <translation>Eintrag bearbei&amp;ten…</translation>
        </message>
        <message>
            <source>Open the partnership</source>
            <translation>Partnerschaft öffnen</translation>
        </message>
        <message>
            <source>Edit the entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>Mark &amp;Done</source>
            <translation>Als &amp;erledigt markieren</translation>
        </message>
        <message>
            <source>Mark the follow-up done</source>
            <translation>Wiedervorlage als erledigt markieren</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Webseite (HTML)</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Started as a %1</source>
            <translation>Begonnen als %1</translation>
        </message>
        <message>
            <source>Moved along the continuum: %1 → %2</source>
            <translation>Auf dem Kontinuum verschoben: %1 → %2</translation>
        </message>
        <message>
            <source>Began in the stage %1</source>
            <translation>Begonnen in der Phase %1</translation>
        </message>
        <message>
            <source>Stage: %1 → %2</source>
            <translation>Phase: %1 → %2</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>the organisation</source>
            <extracomment>Where it is in the file: "card 3, line 17" or "row 2, line 3". The person's name; None for an organisation on its own (a company card). Every e-mail address, the preferred one first; the first is the one stored. Values that could not be kept, in words ("the role was longer than 500 characters"). What kind of file it was, in words ("vCard", "Google Contacts CSV"). What the reader assumed and the user may want to know ("read as Windows-1252…"). The values that may be left out of a contact for being too long, as a sentence names them.</extracomment>
            <translation>die Organisation</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>die Rolle</translation>
        </message>
        <message>
            <source>the phone</source>
            <translation>die Telefonnummer</translation>
        </message>
        <message>
            <source>the website</source>
            <translation>die Website</translation>
        </message>
        <message>
            <source>the country</source>
            <translation>das Land</translation>
        </message>
        <message>
            <source>%1 was left out: it is longer than %2 characters</source>
            <translation>%1 wurde weggelassen: länger als %2 Zeichen</translation>
        </message>
        <message>
            <source>the name is longer than %1 characters</source>
            <translation>der Name ist länger als %1 Zeichen</translation>
        </message>
        <message>
            <source>it has no name and no organisation (it has the e-mail address %1)</source>
            <translation>ohne Namen und Organisation (nur E-Mail-Adresse %1)</translation>
        </message>
        <message>
            <source>it has no name and no organisation</source>
            <translation>ohne Namen und Organisation</translation>
        </message>
        <message>
            <source>“%1” is not something PartnerDesk imports; choose from %2</source>
            <extracomment>Which columns each field reads, as indexes into the header; several columns of one field are tried in order (the first non-empty cell wins; every e-mail address is kept).</extracomment>
            <translation>„%1“ kann PartnerDesk nicht importieren; wählen Sie aus %2</translation>
        </message>
        <message>
            <source>a quoted cell never ends (its closing quote mark is missing)</source>
            <translation>eine Zelle in Anführungszeichen endet nie (das schließende Anführungszeichen fehlt)</translation>
        </message>
        <message>
            <source>a cell is longer than %1 characters</source>
            <translation>eine Zelle ist länger als %1 Zeichen</translation>
        </message>
        <message>
            <source>the row cannot be read as CSV (%1)</source>
            <translation>die Zeile kann nicht als CSV gelesen werden (%1)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>“%1” should be written FIELD=COLUMN, e.g. Name=Full name</source>
            <translation>„%1“ muss als FELD=SPALTE geschrieben werden, z. B. Name=Full name</translation>
        </message>
        <message>
            <source>the file has no column “%1”; its columns are %2</source>
            <translation>die Datei hat keine Spalte „%1“; ihre Spalten sind %2</translation>
        </message>
        <message>
            <source>no column could be recognised as a name or an organisation (the columns are %1); say which column holds what</source>
            <translation>keine Spalte wurde als Name oder Organisation erkannt (die Spalten sind %1); geben Sie an, welche Spalte was enthält</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>row %1, line %2</source>
            <translation>Zeile %1 (ab Textzeile %2)</translation>
        </message>
        <message>
            <source>These columns are not imported: %1. If one holds a name, organisation, role, e-mail or phone, say so under Columns.</source>
            <translation>Diese Spalten werden nicht importiert: %1. Wenn eine davon einen Namen, eine Organisation, Rolle, E-Mail-Adresse oder Telefonnummer enthält, geben Sie das unter „Spalten“ an.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1, %2: %3.</source>
            <translation>%1, %2: %3.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>the file cannot be read (%1)</source>
            <translation>die Datei kann nicht gelesen werden (%1)</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <extracomment>``UPGRADES[n]`` turns the tables of an export of schema version ``n - 1`` into those of version ``n`` (as :mod:`partnerdesk.store.migrations` does for database files). Versions 2 (search and indexes) and 3 (the levels of each entry as bits, which exports leave out) changed nothing an export holds.</extracomment>
            <translation>%1, Zeile %2</translation>
        </message>
        <message>
            <source>this export was made by a newer version of PartnerDesk (%1 %2; this version reads up to %3); update PartnerDesk to restore it</source>
            <translation>dieser Export stammt aus einer neueren Version von PartnerDesk (%1 %2; diese Version liest bis %3); aktualisieren Sie PartnerDesk, um ihn wiederherzustellen</translation>
        </message>
        <message>
            <source>this is not a PartnerDesk full export: it is not UTF-8 text</source>
            <translation>dies ist kein PartnerDesk-Gesamtexport: es ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>this is not valid JSON (%1); the file may be damaged or cut short</source>
            <translation>dies ist kein gültiges JSON (%1); die Datei ist vielleicht beschädigt oder unvollständig</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>this is not a PartnerDesk full export (it does not say "format": "%1")</source>
            <translation>dies ist kein PartnerDesk-Gesamtexport (es fehlt "format": "%1")</translation>
        </message>
        <message>
            <source>the export does not say which version of the format it is</source>
            <translation>der Export gibt nicht an, welche Version des Formats er hat</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>Formatversion</translation>
        </message>
        <message>
            <source>the export does not say which schema version its rows follow</source>
            <translation>der Export gibt nicht an, welcher Schemaversion seine Zeilen folgen</translation>
        </message>
        <message>
            <source>schema version</source>
            <translation>Schemaversion</translation>
        </message>
        <message>
            <source>"sequences" must name tables of the export with whole numbers</source>
            <translation>"sequences" muss Tabellen des Exports mit ganzen Zahlen nennen</translation>
        </message>
        <message>
            <source>the export has no "tables"</source>
            <extracomment>What a value in a full export may be (JSON true and false arrive as bool).</extracomment>
            <translation>der Export hat keine "tables"</translation>
        </message>
        <message>
            <source>the export holds a table PartnerDesk does not know: “%1”</source>
            <translation>der Export enthält eine Tabelle, die PartnerDesk nicht kennt: „%1“</translation>
        </message>
        <message>
            <source>the table “%1” is missing from the export</source>
            <translation>die Tabelle „%1“ fehlt im Export</translation>
        </message>
        <message>
            <source>“%1” must be a list of rows</source>
            <translation>„%1“ muss eine Liste von Zeilen sein</translation>
        </message>
        <message>
            <source>each row must be an object of column names and values</source>
            <translation>jede Zeile muss ein Objekt aus Spaltennamen und Werten sein</translation>
        </message>
        <message>
            <source>the column “%1” holds a list or an object; values must be text, numbers or null</source>
            <translation>die Spalte „%1“ enthält eine Liste oder ein Objekt; Werte müssen Text, Zahlen oder null sein</translation>
        </message>
        <message numerus="yes">
            <source>%n organisations</source>
            <extracomment>The tables a user knows by name, with the words for how many rows they hold (in English as it always was: "1 organisations").</extracomment>
            <translation>
                <numerusform>%n Organisation</numerusform>
                <numerusform>%n Organisationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnerships</source>
            <translation>
                <numerusform>%n Partnerschaft</numerusform>
                <numerusform>%n Partnerschaften</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n Journaleintrag</numerusform>
                <numerusform>%n Journaleinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <translation>
                <numerusform>%n Einschätzung</numerusform>
                <numerusform>%n Einschätzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>history records</source>
            <translation>Verlaufseinträge</translation>
        </message>
        <message>
            <source>This database already holds data (%1). A full export is restored only into a new, empty database; choose a new file.</source>
            <translation>Diese Datenbank enthält bereits Daten (%1). Ein Gesamtexport wird nur in eine neue, leere Datenbank wiederhergestellt; wählen Sie eine neue Datei.</translation>
        </message>
        <message>
            <source>lacks the column “%1”</source>
            <translation>die Spalte „%1“ fehlt</translation>
        </message>
        <message>
            <source>has a column this schema does not know: “%1”</source>
            <translation>enthält eine Spalte, die dieses Schema nicht kennt: „%1“</translation>
        </message>
        <message>
            <source>The export could not be restored: %1</source>
            <translation>Der Export konnte nicht wiederhergestellt werden: %1</translation>
        </message>
        <message>
            <source>%1, row %2 (id %3)</source>
            <translation>%1, Zeile %2 (ID %3)</translation>
        </message>
        <message>
            <source>it refers to a row that is not in the export</source>
            <translation>sie verweist auf eine Zeile, die nicht im Export ist</translation>
        </message>
        <message>
            <source>it repeats a row that is already there</source>
            <translation>sie wiederholt eine schon vorhandene Zeile</translation>
        </message>
        <message>
            <source>The export could not be restored: %1 was refused (%2). Nothing was written.</source>
            <translation>Der Export konnte nicht wiederhergestellt werden: %1 wurde abgelehnt (%2). Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>it is already there, with nothing new to add</source>
            <extracomment>The fields a merge may fill in, in the order they are shown. Why the plan skips a contact the database already holds in full.</extracomment>
            <translation>schon vorhanden, nichts Neues zu ergänzen</translation>
        </message>
        <message>
            <source>it repeats %1 (the same e-mail address)</source>
            <extracomment>Why it matches a record already there (None when it does not). The id and name of the record it matches. What a merge would fill in, field by field (see PERSON_FIELDS / ORGANISATION_FIELDS). Why it is skipped when the plan itself skips it (a repeat, nothing new to add). For a person: the id of the existing organisation they belong to (None if new or none).</extracomment>
            <translation>wiederholt %1 (gleiche E-Mail-Adresse)</translation>
        </message>
        <message>
            <source>it repeats %1 (the same name and organisation)</source>
            <translation>wiederholt %1 (gleicher Name und gleiche Organisation)</translation>
        </message>
        <message>
            <source>it repeats %1</source>
            <translation>wiederholt %1</translation>
        </message>
        <message>
            <source>Some people the preview matched are no longer in the database. Nothing was imported; preview the import again.</source>
            <extracomment>For each merged record, its id and the values it had before in the fields filled in. The values the merges filled in, to write again on redo.</extracomment>
            <translation>Einige Personen, die die Vorschau zugeordnet hat, sind nicht mehr in der Datenbank. Es wurde nichts importiert; lassen Sie die Vorschau erneut erstellen.</translation>
        </message>
        <message>
            <source>Some organisations the preview matched are no longer in the database. Nothing was imported; preview the import again.</source>
            <translation>Einige Organisationen, die die Vorschau zugeordnet hat, sind nicht mehr in der Datenbank. Es wurde nichts importiert; lassen Sie die Vorschau erneut erstellen.</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>dies ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>this is a full PartnerDesk export, not an address book; it is restored into a new, empty database instead of being imported</source>
            <translation>dies ist ein PartnerDesk-Gesamtexport, kein Adressbuch; er wird nicht importiert, sondern in eine neue, leere Datenbank wiederhergestellt</translation>
        </message>
        <message>
            <source>The file is not UTF-8; it was read as %1. If names look wrong, choose the file's encoding.</source>
            <translation>Die Datei ist nicht in UTF-8; sie wurde als %1 gelesen. Wenn Namen falsch aussehen, wählen Sie die Kodierung der Datei.</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>“%1” is not a text encoding this program knows</source>
            <translation>„%1“ ist keine Textkodierung, die dieses Programm kennt</translation>
        </message>
        <message>
            <source>the text cannot be read as %1: byte 0x%2 is not valid there; choose the file's text encoding</source>
            <extracomment>The Python codec used. True when the encoding was guessed (a legacy encoding for text that is not UTF-8).</extracomment>
            <translation>der Text kann nicht als %1 gelesen werden: Das Byte 0x%2 ist dort ungültig; wählen Sie die Textkodierung der Datei</translation>
        </message>
        <message>
            <source>this is not a text file (it holds binary data)</source>
            <translation>dies ist keine Textdatei (sie enthält Binärdaten)</translation>
        </message>
        <message>
            <source>the text is neither UTF-8 nor %1: byte 0x%2 cannot be read; choose the file's text encoding</source>
            <translation>der Text ist weder UTF-8 noch %1: Das Byte 0x%2 kann nicht gelesen werden; wählen Sie die Textkodierung der Datei</translation>
        </message>
        <message>
            <source>card %1, line %2</source>
            <extracomment>The properties read from each card; everything else (photos, keys, sounds…) is passed by.</extracomment>
            <translation>Karte %1, Zeile %2</translation>
        </message>
        <message>
            <source>line %1 cannot be read</source>
            <extracomment>Parameter names and values in upper case ("TYPE", "WORK", "PREF"…): what it is for. Text, or for structured properties (N, ORG, ADR) the list of fields. Cards holding quoted-printable text with no character set, read as ``legacy``.</extracomment>
            <translation>Zeile %1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>line %1 cannot be read: it is not a vCard property (NAME:value)</source>
            <translation>Zeile %1 kann nicht gelesen werden: Sie ist keine vCard-Eigenschaft (NAME:Wert)</translation>
        </message>
        <message>
            <source>this card never ends: END:VCARD is missing before the next card begins on line %1</source>
            <translation>diese Karte endet nie: END:VCARD fehlt, bevor in Zeile %1 die nächste Karte beginnt</translation>
        </message>
        <message>
            <source>this line ends a card that never began (BEGIN:VCARD is missing)</source>
            <translation>diese Zeile beendet eine Karte, die nie begonnen hat (BEGIN:VCARD fehlt)</translation>
        </message>
        <message>
            <source>this card never ends: END:VCARD is missing at the end of the file</source>
            <translation>diese Karte endet nie: END:VCARD fehlt am Ende der Datei</translation>
        </message>
        <message>
            <source>the file holds no vCards</source>
            <translation>die Datei enthält keine vCards</translation>
        </message>
        <message numerus="yes">
            <source>%n cards hold quoted-printable text that names no character set; it was read as %1. If names look wrong, choose the encoding the address book used.</source>
            <translation>
                <numerusform>%n Karte enthält Quoted-Printable-Text ohne Angabe eines Zeichensatzes; er wurde als %1 gelesen. Wenn Namen falsch aussehen, wählen Sie die Kodierung, die das Adressbuch verwendet hat.</numerusform>
                <numerusform>%n Karten enthalten Quoted-Printable-Text ohne Angabe eines Zeichensatzes; er wurde als %1 gelesen. Wenn Namen falsch aussehen, wählen Sie die Kodierung, die das Adressbuch verwendet hat.</numerusform>
            </translation>
        </message>
        <message>
            <source>this is not a vCard file: a card should begin here with BEGIN:VCARD, but the line reads “%1”</source>
            <translation>dies ist keine vCard-Datei: Hier sollte eine Karte mit BEGIN:VCARD beginnen, aber die Zeile lautet „%1“</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>organisation</source>
            <extracomment>Item data role: "new", "match" or "skipped", for the Show filter.</extracomment>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>seniority</source>
            <translation>Stellung</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>All</source>
            <extracomment>The choices of the Show filter, with the words for each.</extracomment>
            <translation>Alle</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Import</source>
            <extracomment>Emitted when the user changes what happens to a contact.</extracomment>
            <translation>Import</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Was passiert</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>(no usable name)</source>
            <translation>(kein verwendbarer Name)</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <source>New person and organisation</source>
            <translation>Neue Person und Organisation</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>Merge: adds %1</source>
            <translation>Zusammenführen: ergänzt %1</translation>
        </message>
        <message>
            <source>Already there, nothing new</source>
            <translation>Schon vorhanden, nichts Neues</translation>
        </message>
        <message>
            <source>Matches; not merged</source>
            <translation>Treffer; nicht zusammengeführt</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>%1: %2 will be added as a new organisation.</source>
            <translation>%1: Wird als neue Organisation angelegt: %2.</translation>
        </message>
        <message>
            <source>%1: %2 will be added as a new person</source>
            <translation>%1: Wird als neue Person angelegt: %2</translation>
        </message>
        <message>
            <source>, with the new organisation %1</source>
            <translation>, mit der neuen Organisation %1</translation>
        </message>
        <message>
            <source> in %1</source>
            <translation> bei %1</translation>
        </message>
        <message>
            <source>Seniority: %1 (from the role “%2”).</source>
            <translation>Stellung: %1 (aus der Rolle „%2“).</translation>
        </message>
        <message>
            <source>%1: matches %2 (%3). Merging fills in what it lacks — %4. Nothing already there is changed.</source>
            <translation>%1: passt zu %2 (%3). Beim Zusammenführen wird ergänzt, was dort fehlt — %4. Vorhandenes bleibt unverändert.</translation>
        </message>
        <message>
            <source>%1: matches %2 (%3), which already holds all it has.</source>
            <translation>%1: passt zu %2 (%3); dort ist schon alles vorhanden.</translation>
        </message>
        <message>
            <source>%1: matches %2 (%3); it will not be merged.</source>
            <translation>%1: passt zu %2 (%3); wird nicht zusammengeführt.</translation>
        </message>
        <message>
            <source>%1: will not be imported (you unticked it).</source>
            <translation>%1: wird nicht importiert (Sie haben das Häkchen entfernt).</translation>
        </message>
        <message>
            <source>%1: cannot be imported: %2.</source>
            <translation>%1: kann nicht importiert werden: %2.</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(Spalte %1)</translation>
        </message>
        <message>
            <source>Import Contacts</source>
            <extracomment>Emitted with the :class:`~partnerdesk.imports.plan.ImportResult` once written. What the import did, in a sentence (once it is done).</extracomment>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Import contacts from %1</source>
            <translation>Kontakte aus %1 importieren</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>PartnerDesk cannot tell which columns of this file hold names and organisations. Choose the column for each; a name (or first and last name) or an organisation is needed.</source>
            <translation>PartnerDesk kann nicht erkennen, welche Spalten dieser Datei Namen und Organisationen enthalten. Wählen Sie für jedes Feld die Spalte; nötig ist ein Name (oder Vor- und Nachname) oder eine Organisation.</translation>
        </message>
        <message>
            <source>This file cannot be imported</source>
            <translation>Diese Datei kann nicht importiert werden</translation>
        </message>
        <message>
            <source>Nothing was imported. Choose another file, or, if the text looks garbled, another text encoding below.</source>
            <translation>Es wurde nichts importiert. Wählen Sie eine andere Datei oder, falls der Text verstümmelt aussieht, unten eine andere Textkodierung.</translation>
        </message>
        <message>
            <source>Choose the column that holds each field. Fields left at “Not in the file” are not imported.</source>
            <translation>Wählen Sie für jedes Feld die Spalte, die es enthält. Felder mit „Nicht in der Datei“ werden nicht importiert.</translation>
        </message>
        <message>
            <source>Not in the file</source>
            <translation>Nicht in der Datei</translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n zusammengeführt</numerusform>
                <numerusform>%n zusammengeführt</numerusform>
            </translation>
        </message>
        <message>
            <source>The import will make %1.</source>
            <translation>Der Import ergibt: %1.</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import.</source>
            <translation>Geschrieben wird erst, wenn Sie auf Importieren klicken.</translation>
        </message>
        <message>
            <source>There is nothing to import: %1.</source>
            <translation>Es gibt nichts zu importieren: %1.</translation>
        </message>
        <message>
            <source>the file holds no contacts</source>
            <translation>die Datei enthält keine Kontakte</translation>
        </message>
        <message>
            <source>Importing from %1…</source>
            <translation>Import aus %1…</translation>
        </message>
        <message>
            <source>The import was stopped; nothing was written.</source>
            <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The contacts could not be imported</source>
            <translation>Die Kontakte konnten nicht importiert werden</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Es wurde nichts geschrieben.</translation>
        </message>
        <message numerus="yes">
            <source>%n new people</source>
            <translation>
                <numerusform>%n neue Person</numerusform>
                <numerusform>%n neue Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new organisations</source>
            <translation>
                <numerusform>%n neue Organisation</numerusform>
                <numerusform>%n neue Organisationen</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported from %1: %2.</source>
            <translation>Aus %1 importiert: %2.</translation>
        </message>
        <message>
            <source>The file being imported</source>
            <translation>Die zu importierende Datei</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Welche Spalte was enthält</translation>
        </message>
        <message>
            <source>The first rows of the file</source>
            <translation>Die ersten Zeilen der Datei</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Was der Import bewirkt</translation>
        </message>
        <message>
            <source>What was assumed</source>
            <translation>Was angenommen wurde</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>Which contacts to show</source>
            <translation>Welche Kontakte angezeigt werden</translation>
        </message>
        <message>
            <source>&amp;Merge matches</source>
            <translation>&amp;Treffer zusammenführen</translation>
        </message>
        <message>
            <source>Contacts that match a person or organisation already in PartnerDesk fill in only what it lacks; nothing you typed is overwritten.</source>
            <translation>Kontakte, die zu einer Person oder Organisation in PartnerDesk passen, ergänzen nur, was dort fehlt; nichts, was Sie eingegeben haben, wird überschrieben.</translation>
        </message>
        <message>
            <source>Merge matches</source>
            <translation>Treffer zusammenführen</translation>
        </message>
        <message>
            <source>C&amp;olumns…</source>
            <translation>S&amp;palten…</translation>
        </message>
        <message>
            <source>Say which column of the file holds what</source>
            <translation>Angeben, welche Spalte der Datei was enthält</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Contacts in the file</source>
            <translation>Kontakte in der Datei</translation>
        </message>
        <message>
            <source>What happens to the selected contact</source>
            <translation>Was mit dem ausgewählten Kontakt passiert</translation>
        </message>
        <message>
            <source>What is wrong with the file</source>
            <translation>Was mit der Datei nicht stimmt</translation>
        </message>
        <message>
            <source>Text &amp;encoding:</source>
            <translation>Text&amp;kodierung:</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Textkodierung</translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n übersprungen</numerusform>
                <numerusform>%n übersprungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrationChart</name>
        <message>
            <source>Integration over time</source>
            <extracomment>Levels drawn a hair apart, so that equal scores do not hide each other's lines. Each series' flat holds, and its risers where it changes.</extracomment>
            <translation>Integration im Zeitverlauf</translation>
        </message>
        <message>
            <source>Integration (0–5)</source>
            <translation>Integration (0–5)</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>No assessment yet — add one with “New Assessment…” to see how the five levels grow.</source>
            <translation>Noch keine Einschätzung — fügen Sie eine mit „Neue Einschätzung…“ hinzu, um zu sehen, wie die fünf Ebenen wachsen.</translation>
        </message>
        <message>
            <source>Overall strength</source>
            <translation>Gesamtstärke</translation>
        </message>
        <message>
            <source>Moved to %1 on %2</source>
            <translation>Wechsel zu %1 am %2</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1 ab %2</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Noch nicht eingeschätzt</translation>
        </message>
        <message>
            <source>as assessed on %1</source>
            <translation>laut Einschätzung vom %1</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>%1 has not been assessed yet.</source>
            <translation>%1 wurde noch nicht eingeschätzt.</translation>
        </message>
        <message>
            <source>Integration of %1: overall %2 of 5 on %3, from %4 on %5.</source>
            <translation>Integration von %1: am %3 gesamt %2 von 5, ausgehend von %4 am %5.</translation>
        </message>
    </context>
    <context>
        <name>IntegrationPanel</name>
        <message>
            <source>Integration</source>
            <extracomment>What a partnership's charts show: a change in any of these redraws them. What the contacts per month count: a change in any of these counts them again. What the portfolio charts show. Both charts over time keep their date axes aligned by giving their left axes this width. The assessment the snapshot shows (None: the latest).</extracomment>
            <translation>Integration</translation>
        </message>
        <message>
            <source>Rate the five levels of integration as they are now</source>
            <translation>Die fünf Ebenen der Integration nach heutigem Stand bewerten</translation>
        </message>
        <message>
            <source>Choose a partnership to see how it is integrated.</source>
            <translation>Wählen Sie eine Partnerschaft, um zu sehen, wie sie integriert ist.</translation>
        </message>
        <message>
            <source>Compare &amp;with</source>
            <translation>Ver&amp;gleichen mit</translation>
        </message>
        <message>
            <source>Compare the snapshot with</source>
            <translation>Momentaufnahme vergleichen mit</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Einschätzungen</translation>
        </message>
        <message>
            <source>No assessment yet.

Rate the five levels now and again — every few months — to see the partnership grow or drift.</source>
            <translation>Noch keine Einschätzung.

Bewerten Sie die fünf Ebenen von Zeit zu Zeit — alle paar Monate — und sehen Sie, wie die Partnerschaft wächst oder auseinanderdriftet.</translation>
        </message>
        <message>
            <source>&amp;New Assessment…</source>
            <translation>&amp;Neue Einschätzung…</translation>
        </message>
        <message>
            <source>&amp;Edit Assessment…</source>
            <translation>Einschätzung b&amp;earbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete Assessment</source>
            <translation>Einschätzung &amp;löschen</translation>
        </message>
        <message>
            <source>Assess Now…</source>
            <translation>Jetzt einschätzen…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Bearbei&amp;ten…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Deleted the assessment of %1.</source>
            <translation>Einschätzung vom %1 gelöscht.</translation>
        </message>
        <message>
            <source>a fresh assessment keeps the picture of this partnership true.</source>
            <translation>eine neue Einschätzung hält das Bild dieser Partnerschaft aktuell.</translation>
        </message>
        <message>
            <source>the one before</source>
            <translation>die vorige</translation>
        </message>
        <message>
            <source>%1 (overall %2)</source>
            <translation>%1 (gesamt %2)</translation>
        </message>
    </context>
    <context>
        <name>JournalModel</name>
        <message>
            <source>Date</source>
            <extracomment>Item data role: the :class:`JournalEntry` of a row. Item data role (levels column): the levels the entry touched. Item data role (summary column): the summary as HTML with the found words marked, if any. The roles :meth:`JournalModel.data` answers. A view asks for seven roles of every cell it paints; the others are turned away before any work. How many entries are read at a time. Emitted after a (re)load with the number of entries read so far.</extracomment>
            <translation>Datum</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Mit</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Ebenen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>The levels of integration the contact touched: strategic, tactical, operational, interpersonal, cultural</source>
            <translation>Die Ebenen der Integration, die der Kontakt berührt hat: strategisch, taktisch, operativ, zwischenmenschlich, kulturell</translation>
        </message>
        <message>
            <source>%1 · private</source>
            <translation>%1 · privat</translation>
        </message>
        <message>
            <source>No level recorded</source>
            <translation>Keine Ebene erfasst</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Ebenen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>Wiedervorlage</translation>
        </message>
        <message>
            <source>Any way</source>
            <translation>Alle Kanäle</translation>
        </message>
        <message>
            <source>Any level</source>
            <translation>Alle Ebenen</translation>
        </message>
        <message>
            <source>Private and shared</source>
            <translation>Privat und geteilt</translation>
        </message>
        <message>
            <source>Private only</source>
            <translation>Nur private</translation>
        </message>
        <message>
            <source>Shared only</source>
            <translation>Nur geteilte</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>%1 (organisation)</source>
            <translation>%1 (Organisation)</translation>
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>%n gefunden</numerusform>
                <numerusform>%n gefunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>No entry matches. Try fewer words, or Show All.</source>
            <translation>Kein Eintrag passt. Versuchen Sie es mit weniger Wörtern oder mit „Alle zeigen“.</translation>
        </message>
        <message>
            <source>The journal keeps every meeting, call and note with your partners. Log the first one with Ctrl+L.</source>
            <translation>Das Journal enthält jedes Treffen, jeden Anruf und jede Notiz zu Ihren Partnern. Erfassen Sie den ersten Eintrag mit Strg+L.</translation>
        </message>
        <message>
            <source>Select an entry to read it in full.</source>
            <translation>Wählen Sie einen Eintrag, um ihn vollständig zu lesen.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Number of entries</source>
            <translation>Anzahl der Einträge</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Journal durchsuchen</translation>
        </message>
        <message>
            <source>Search summaries and details…</source>
            <translation>Zusammenfassungen und Details durchsuchen…</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>&amp;With:</source>
            <translation>&amp;Mit:</translation>
        </message>
        <message>
            <source>Show entries about</source>
            <translation>Einträge anzeigen zu</translation>
        </message>
        <message>
            <source>Show channel</source>
            <translation>Kanal anzeigen</translation>
        </message>
        <message>
            <source>Log a &amp;Contact…</source>
            <translation>&amp;Kontakt erfassen…</translation>
        </message>
        <message>
            <source>H&amp;ow:</source>
            <translation>&amp;Wie:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Ebene:</translation>
        </message>
        <message>
            <source>Show level of integration</source>
            <translation>Ebene der Integration anzeigen</translation>
        </message>
        <message>
            <source>P&amp;rivacy:</source>
            <translation>&amp;Sichtbarkeit:</translation>
        </message>
        <message>
            <source>Show private or shared entries</source>
            <translation>Private oder geteilte Einträge anzeigen</translation>
        </message>
        <message>
            <source>Show &amp;All</source>
            <translation>Alle &amp;zeigen</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Suche und Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>Journaleinträge</translation>
        </message>
        <message>
            <source>The selected entry</source>
            <translation>Der ausgewählte Eintrag</translation>
        </message>
        <message>
            <source>Follow-up Do&amp;ne</source>
            <translation>Wiedervorlage e&amp;rledigt</translation>
        </message>
        <message>
            <source>Mark the follow-up done</source>
            <translation>Wiedervorlage als erledigt markieren</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Bearbei&amp;ten…</translation>
        </message>
        <message>
            <source>Edit the entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <source>private</source>
            <translation>privat</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Mutual service consortium</source>
            <translation>Konsortium für gemeinsame Dienste</translation>
        </message>
        <message>
            <source>Joint venture</source>
            <translation>Joint Venture</translation>
        </message>
        <message>
            <source>Value-chain partnership</source>
            <translation>Wertschöpfungspartnerschaft</translation>
        </message>
        <message>
            <source>Consortium</source>
            <translation>Konsortium</translation>
        </message>
        <message>
            <source>Value chain</source>
            <translation>Wertschöpfungskette</translation>
        </message>
        <message>
            <source>mutual service consortium</source>
            <translation>Konsortium für gemeinsame Dienste</translation>
        </message>
        <message>
            <source>joint venture</source>
            <translation>Joint Venture</translation>
        </message>
        <message>
            <source>value-chain partnership</source>
            <translation>Wertschöpfungspartnerschaft</translation>
        </message>
        <message>
            <source>Similar organisations pool resources for a shared benefit, such as cheaper buying, shared services or access to technology.</source>
            <translation>Ähnliche Organisationen bündeln Ressourcen zum gemeinsamen Nutzen, etwa für günstigeren Einkauf, gemeinsame Dienste oder Zugang zu Technologie.</translation>
        </message>
        <message>
            <source>Organisations pursue an opportunity that needs the combined capabilities of each, such as one's technology and the other's market access.</source>
            <translation>Organisationen nutzen eine Gelegenheit, für die es die vereinten Fähigkeiten aller braucht, etwa die Technologie der einen und den Marktzugang der anderen.</translation>
        </message>
        <message>
            <source>Organisations from different sectors link complementary skills to create more value for customers; close supplier partnerships belong here.</source>
            <translation>Organisationen aus verschiedenen Branchen verbinden einander ergänzende Fähigkeiten, um mehr Wert für Kunden zu schaffen; enge Lieferantenpartnerschaften gehören hierher.</translation>
        </message>
    </context>
    <context>
        <name>KindMarker</name>
        <message>
            <source>Place on the continuum</source>
            <translation>Position auf dem Kontinuum</translation>
        </message>
    </context>
    <context>
        <name>Level</name>
        <message>
            <source>Strategic</source>
            <translation>Strategisch</translation>
        </message>
        <message>
            <source>Tactical</source>
            <translation>Taktisch</translation>
        </message>
        <message>
            <source>Operational</source>
            <translation>Operativ</translation>
        </message>
        <message>
            <source>Interpersonal</source>
            <translation>Zwischenmenschlich</translation>
        </message>
        <message>
            <source>Cultural</source>
            <translation>Kulturell</translation>
        </message>
        <message>
            <source>The top leaders of each organisation stay in continuous contact.</source>
            <translation>Die obersten Leitungen jeder Organisation stehen in ständigem Kontakt.</translation>
        </message>
        <message>
            <source>Managers and professionals plan specific projects and joint activities together.</source>
            <translation>Führungskräfte und Fachkräfte planen konkrete Projekte und gemeinsame Aktivitäten zusammen.</translation>
        </message>
        <message>
            <source>People share resources, information and knowledge to do the joint work.</source>
            <translation>Die Beteiligten teilen Ressourcen, Informationen und Wissen, um die gemeinsame Arbeit zu erledigen.</translation>
        </message>
        <message>
            <source>A network of personal ties between people on each side: the glue.</source>
            <translation>Ein Netz persönlicher Beziehungen zwischen Menschen beider Seiten: der Kitt.</translation>
        </message>
        <message>
            <source>People have the communication skills and awareness to bridge their differences.</source>
            <translation>Die Beteiligten haben die Kommunikationsfähigkeit und das Gespür, um ihre Unterschiede zu überbrücken.</translation>
        </message>
        <message>
            <source>The leaders have not met since the start.</source>
            <translation>Die Leitungen haben sich seit dem Beginn nicht getroffen.</translation>
        </message>
        <message>
            <source>The leaders meet only when something goes wrong.</source>
            <translation>Die Leitungen treffen sich nur, wenn etwas schiefläuft.</translation>
        </message>
        <message>
            <source>The leaders meet a few times a year and review direction.</source>
            <translation>Die Leitungen treffen sich einige Male im Jahr und prüfen die Richtung.</translation>
        </message>
        <message>
            <source>The leaders talk often and shape the future together.</source>
            <translation>Die Leitungen sprechen oft miteinander und gestalten die Zukunft gemeinsam.</translation>
        </message>
        <message>
            <source>No joint plans.</source>
            <translation>Keine gemeinsamen Pläne.</translation>
        </message>
        <message>
            <source>Plans are made separately and shared afterwards.</source>
            <translation>Pläne entstehen getrennt und werden danach ausgetauscht.</translation>
        </message>
        <message>
            <source>Regular planning of joint projects by managers.</source>
            <translation>Führungskräfte planen regelmäßig gemeinsame Projekte.</translation>
        </message>
        <message>
            <source>Joint teams plan every shared activity together.</source>
            <translation>Gemeinsame Teams planen alle gemeinsamen Aktivitäten zusammen.</translation>
        </message>
        <message>
            <source>Nothing is shared to do the work.</source>
            <translation>Für die Arbeit wird nichts geteilt.</translation>
        </message>
        <message>
            <source>Information is passed on when asked for.</source>
            <translation>Informationen werden auf Nachfrage weitergegeben.</translation>
        </message>
        <message>
            <source>Data, resources and training are shared routinely.</source>
            <translation>Daten, Ressourcen und Schulungen werden routinemäßig geteilt.</translation>
        </message>
        <message>
            <source>Co-located teams with shared systems and data.</source>
            <translation>Teams am selben Ort mit gemeinsamen Systemen und Daten.</translation>
        </message>
        <message>
            <source>Nobody knows anybody on the other side.</source>
            <translation>Niemand kennt jemanden auf der anderen Seite.</translation>
        </message>
        <message>
            <source>One person on each side knows the other.</source>
            <translation>Auf jeder Seite kennt eine Person die andere.</translation>
        </message>
        <message>
            <source>Several people on each side know each other well.</source>
            <translation>Mehrere Personen auf jeder Seite kennen sich gut.</translation>
        </message>
        <message>
            <source>A dense web of trusted personal ties at every level.</source>
            <translation>Ein dichtes Netz vertrauensvoller persönlicher Beziehungen auf allen Ebenen.</translation>
        </message>
        <message>
            <source>Differences cause friction nobody addresses.</source>
            <translation>Unterschiede verursachen Reibung, die niemand anspricht.</translation>
        </message>
        <message>
            <source>Differences are noticed but not talked about.</source>
            <translation>Unterschiede werden bemerkt, aber nicht besprochen.</translation>
        </message>
        <message>
            <source>Differences are understood and worked around.</source>
            <translation>Unterschiede werden verstanden und berücksichtigt.</translation>
        </message>
        <message>
            <source>People move easily between both ways of working.</source>
            <translation>Die Beteiligten wechseln mühelos zwischen beiden Arbeitsweisen.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Backups…</source>
            <translation>Si&amp;cherungen…</translation>
        </message>
        <message>
            <source>See the backups of this database and restore one</source>
            <translation>Die Sicherungen dieser Datenbank ansehen und eine wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Integration</source>
            <translation>&amp;Integration</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Rückgängig (Strg+Z)</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Geöffnete Datenbank</translation>
        </message>
        <message>
            <source>in memory</source>
            <translation>im Arbeitsspeicher</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>Neue Datenbank</translation>
        </message>
        <message>
            <source>A file called “%1” is already there.</source>
            <translation>Eine Datei namens „%1“ gibt es bereits.</translation>
        </message>
        <message>
            <source>PartnerDesk never replaces a file. Choose another name, or open the file with File → Open Database.</source>
            <translation>PartnerDesk ersetzt nie eine Datei. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei → Datenbank öffnen.</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>Keine zuletzt geöffneten Datenbanken</translation>
        </message>
        <message>
            <source>&amp;Clear This List</source>
            <translation>&amp;Liste leeren</translation>
        </message>
        <message>
            <source>PartnerDesk</source>
            <translation>PartnerDesk</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Portfolio, organisations, people, journal and follow-ups</source>
            <translation>Portfolio, Organisationen, Personen, Journal und Wiedervorlagen</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Partnerships that need your attention, with the reason</source>
            <translation>Partnerschaften, die Ihre Aufmerksamkeit brauchen, mit Grund</translation>
        </message>
        <message>
            <source>Nothing needs your attention.</source>
            <translation>Nichts braucht Ihre Aufmerksamkeit.</translation>
        </message>
        <message>
            <source>Main area</source>
            <translation>Hauptbereich</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Partnership</source>
            <translation>&amp;Partnerschaft</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;New Partnership…</source>
            <translation>&amp;Neue Partnerschaft…</translation>
        </message>
        <message>
            <source>Add a partnership</source>
            <translation>Eine Partnerschaft hinzufügen</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Add an organisation</source>
            <translation>Eine Organisation hinzufügen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <source>New &amp;Person…</source>
            <translation>&amp;Neue Person…</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Eine Person hinzufügen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>New &amp;Database…</source>
            <translation>Neue &amp;Datenbank…</translation>
        </message>
        <message>
            <source>Start a new, empty database file</source>
            <translation>Eine neue, leere Datenbankdatei anlegen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>Datenbank ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Eine andere Datenbankdatei öffnen</translation>
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <source>Open the &amp;Sample Portfolio</source>
            <translation>Bei&amp;spielportfolio öffnen</translation>
        </message>
        <message>
            <source>Look around a sample portfolio, kept in a file of its own</source>
            <translation>Ein Beispielportfolio ansehen, in einer eigenen Datei</translation>
        </message>
        <message>
            <source>&amp;Import Contacts…</source>
            <translation>Kontakte &amp;importieren…</translation>
        </message>
        <message>
            <source>Bring in organisations and people from an address book</source>
            <translation>Organisationen und Personen aus einem Adressbuch übernehmen</translation>
        </message>
        <message>
            <source>Restore a &amp;Full Export…</source>
            <translation>Gesamtexport &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Make a new database from a full export (.json) of PartnerDesk</source>
            <translation>Eine neue Datenbank aus einem PartnerDesk-Gesamtexport (.json) erstellen</translation>
        </message>
        <message>
            <source>&amp;Everything, as One File (.json)…</source>
            <translation>&amp;Alles als eine Datei (.json)…</translation>
        </message>
        <message>
            <source>Everything in this database, in one documented file that PartnerDesk can restore</source>
            <translation>Alles aus dieser Datenbank in einer dokumentierten Datei, die PartnerDesk wiederherstellen kann</translation>
        </message>
        <message>
            <source>&amp;Spreadsheets (.csv)…</source>
            <translation>&amp;Tabellen (.csv)…</translation>
        </message>
        <message>
            <source>One spreadsheet file per kind of record, with your private notes</source>
            <translation>Eine Tabellendatei je Art von Datensatz, mit Ihren privaten Notizen</translation>
        </message>
        <message>
            <source>Follow-ups for Your &amp;Calendar (.ics)…</source>
            <translation>Wiedervorlagen für Ihren &amp;Kalender (.ics)…</translation>
        </message>
        <message>
            <source>The open follow-ups as calendar events</source>
            <translation>Die offenen Wiedervorlagen als Kalendertermine</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>A summary of a partnership to share, or the portfolio report, previewed before it is saved</source>
            <translation>Eine Zusammenfassung zum Teilen oder den Portfolio-Bericht exportieren, mit Vorschau vor dem Speichern</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close PartnerDesk; everything is already saved</source>
            <translation>PartnerDesk schließen; alles ist bereits gespeichert</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Search or filter the list shown</source>
            <translation>Die angezeigte Liste durchsuchen oder filtern</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected item</source>
            <translation>Das ausgewählte Element löschen</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Export Dat&amp;a</source>
            <translation>Daten e&amp;xportieren</translation>
        </message>
        <message>
            <source>New Or&amp;ganisation…</source>
            <translation>Neue &amp;Organisation…</translation>
        </message>
        <message>
            <source>Prefere&amp;nces…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Thresholds, date format and colours</source>
            <translation>Schwellenwerte, Datumsformat und Farben</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation>&amp;Portfolio</translation>
        </message>
        <message>
            <source>Every partnership at a glance</source>
            <translation>Alle Partnerschaften auf einen Blick</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation>&amp;Organisationen</translation>
        </message>
        <message>
            <source>The organisations you deal with</source>
            <translation>Die Organisationen, mit denen Sie zu tun haben</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>P&amp;eople</source>
            <translation>P&amp;ersonen</translation>
        </message>
        <message>
            <source>The people you know in them</source>
            <translation>Die Menschen, die Sie dort kennen</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Journal</translation>
        </message>
        <message>
            <source>Every contact and note, newest first</source>
            <translation>Jeder Kontakt und jede Notiz, neueste zuerst</translation>
        </message>
        <message>
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation>&amp;Wiedervorlagen</translation>
        </message>
        <message>
            <source>What you promised to do, and when</source>
            <translation>Was Sie zugesagt haben, und bis wann</translation>
        </message>
        <message>
            <source>Ctrl+5</source>
            <translation>Ctrl+5</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>Back to the previous screen</source>
            <translation>Zurück zur vorigen Ansicht</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Read everything again from the database</source>
            <translation>Alles neu aus der Datenbank lesen</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>&amp;Log a Contact…</source>
            <translation>&amp;Kontakt erfassen…</translation>
        </message>
        <message>
            <source>Log a meeting, call or note in seconds</source>
            <translation>Ein Treffen, einen Anruf oder eine Notiz in Sekunden erfassen</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>&amp;Open Partnership</source>
            <translation>Partnerschaft ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show the selected partnership</source>
            <translation>Die ausgewählte Partnerschaft anzeigen</translation>
        </message>
        <message>
            <source>Move Along the &amp;Continuum…</source>
            <translation>Auf dem Kontinuum &amp;verschieben…</translation>
        </message>
        <message>
            <source>Record a change of kind, with its date</source>
            <translation>Einen Wechsel der Art mit Datum eintragen</translation>
        </message>
        <message>
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <source>Change &amp;Stage…</source>
            <translation>&amp;Phase ändern…</translation>
        </message>
        <message>
            <source>Record a change of stage, with its date</source>
            <translation>Einen Wechsel der Phase mit Datum eintragen</translation>
        </message>
        <message>
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <source>Add &amp;Member…</source>
            <translation>&amp;Mitglied aufnehmen…</translation>
        </message>
        <message>
            <source>Add an organisation to the partnership</source>
            <translation>Eine Organisation in die Partnerschaft aufnehmen</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>New &amp;Assessment…</source>
            <translation>Neue &amp;Einschätzung…</translation>
        </message>
        <message>
            <source>Rate the partnership's five levels of integration as they are now</source>
            <translation>Die fünf Ebenen der Integration dieser Partnerschaft nach heutigem Stand bewerten</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Delete Partnership</source>
            <translation>Partnerschaft &amp;löschen</translation>
        </message>
        <message>
            <source>Delete the partnership with its journal and history</source>
            <translation>Die Partnerschaft mit ihrem Journal und Verlauf löschen</translation>
        </message>
        <message>
            <source>The Partnership &amp;Model</source>
            <translation>Das Partnerschafts&amp;modell</translation>
        </message>
        <message>
            <source>Kanter's continuum and five levels of integration</source>
            <translation>Kanters Kontinuum und die fünf Ebenen der Integration</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>&amp;About PartnerDesk</source>
            <translation>&amp;Über PartnerDesk</translation>
        </message>
        <message numerus="yes">
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n Journaleintrag</numerusform>
                <numerusform>%n Journaleinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnerships</source>
            <translation>
                <numerusform>%n Partnerschaft</numerusform>
                <numerusform>%n Partnerschaften</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Match</name>
        <message>
            <source>same e-mail address</source>
            <translation>gleiche E-Mail-Adresse</translation>
        </message>
        <message>
            <source>same name in the same organisation</source>
            <translation>gleicher Name in derselben Organisation</translation>
        </message>
        <message>
            <source>an organisation of the same name</source>
            <translation>eine Organisation gleichen Namens</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>Organisation</source>
            <extracomment>Called with (member, field, text typed) when the user edits a cell.</extracomment>
            <translation>Organisation</translation>
        </message>
        <message>
            <source> (you)</source>
            <translation> (Sie)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Beigetreten</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Ausgetreten</translation>
        </message>
    </context>
    <context>
        <name>MembershipsModel</name>
        <message>
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <source>Its role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
    </context>
    <context>
        <name>ModelHelp</name>
        <message>
            <source>Cooperation between organisations runs from weak and distant to strong and close. A partnership can move along it; PartnerDesk keeps each move.</source>
            <translation>Zusammenarbeit zwischen Organisationen reicht von schwach und distanziert bis stark und eng. Eine Partnerschaft kann sich auf diesem Kontinuum bewegen; PartnerDesk hält jeden Wechsel fest.</translation>
        </message>
        <message>
            <source>Productive partnerships build ties at five levels. Rate each from 0 (none) to 5 (deeply embedded) now and then, and tick the levels each contact touched.</source>
            <translation>Produktive Partnerschaften knüpfen Verbindungen auf fünf Ebenen. Bewerten Sie jede von Zeit zu Zeit von 0 (gar nicht) bis 5 (tief verankert) und kreuzen Sie an, welche Ebenen ein Kontakt berührt hat.</translation>
        </message>
        <message>
            <source>When leaders of a partner have not met yours at the strategic level for a while, the partnership is marked: leaders must not form a partnership and leave it to others.</source>
            <translation>Wenn sich die Leitungen eines Partners eine Weile nicht auf strategischer Ebene mit Ihrer Leitung getroffen haben, wird die Partnerschaft markiert: Leitungen dürfen eine Partnerschaft nicht eingehen und dann anderen überlassen.</translation>
        </message>
        <message>
            <source>The Partnership Model</source>
            <translation>Das Partnerschaftsmodell</translation>
        </message>
        <message>
            <source>The partnership model</source>
            <translation>Das Partnerschaftsmodell</translation>
        </message>
        <message>
            <source>Five levels of integration</source>
            <translation>Fünf Ebenen der Integration</translation>
        </message>
        <message>
            <source>Seniority</source>
            <translation>Stellung</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>The continuum</source>
            <translation>Das Kontinuum</translation>
        </message>
    </context>
    <context>
        <name>NewOrganisationDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add organisation “%1”</source>
            <translation>Organisation „%1“ hinzufügen</translation>
        </message>
        <message>
            <source>New Organisation</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation>&amp;Tätigkeit:</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>e.g. mill, café chain (optional)</source>
            <translation>z. B. Mühle, Café-Kette (optional)</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
    </context>
    <context>
        <name>NewPartnershipDialog</name>
        <message>
            <source>&amp;Add Partnership</source>
            <extracomment>The new partnership's id, once it was made.</extracomment>
            <translation>Partnerschaft &amp;hinzufügen</translation>
        </message>
        <message>
            <source>an organisation; a new name adds it (optional)</source>
            <translation>eine Organisation; ein neuer Name legt sie an (optional)</translation>
        </message>
        <message>
            <source>Add partnership “%1”</source>
            <translation>Partnerschaft „%1“ hinzufügen</translation>
        </message>
        <message>
            <source>New Partnership</source>
            <translation>Neue Partnerschaft</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. Flour Buying Co-op</source>
            <translation>z. B. Einkaufsgemeinschaft Mehl</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ar&amp;t:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>What the kind means</source>
            <translation>Was die Art bedeutet</translation>
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation>Pha&amp;se:</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>S&amp;tarted on:</source>
            <translation>&amp;Begonnen am:</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Begonnen am</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Partnerorganisation</translation>
        </message>
        <message>
            <source>Its &amp;role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Role of the partner</source>
            <translation>Rolle des Partners</translation>
        </message>
        <message>
            <source>e.g. supplier, customer, co-op member</source>
            <translation>z. B. Lieferant, Kunde, Genossenschaftsmitglied</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Zweck:</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>The value you create together (optional)</source>
            <translation>Der Wert, den Sie gemeinsam schaffen (optional)</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(noch keine)</translation>
        </message>
        <message>
            <source>There is no organisation called “%1”; add it first, or choose one from the list.</source>
            <translation>Es gibt keine Organisation namens „%1“; legen Sie sie zuerst an oder wählen Sie eine aus der Liste.</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>„%1“ hinzufügen</translation>
        </message>
        <message>
            <source>New Person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>e.g. Head miller (optional)</source>
            <translation>z. B. Müllermeisterin (optional)</translation>
        </message>
        <message>
            <source>&amp;Seniority:</source>
            <translation>&amp;Stellung:</translation>
        </message>
        <message>
            <source>Seniority</source>
            <translation>Stellung</translation>
        </message>
    </context>
    <context>
        <name>Observed</name>
        <message>
            <source>{level} is rated {score}, but the leaders haven't met for {days} days</source>
            <extracomment>How far back "lately" reaches when contacts are compared with an assessment, in days. The first day of the month. Contacts that touched each level (a contact touching two levels counts in both). The contacts split between the levels they touched (one touching two counts half in each), so that the shares and ``unlevelled`` add up to ``contacts``. Contacts that touched no level. Contacts a leader of a partner organisation took part in. Each level's bit in the level masks the store counts contacts by. Every assessment of the partnership, newest first, to choose from. A level rated at least this much claims real integration. A level rated this much or more claims deep integration. A level rated at most this much claims little integration... ...which this many contacts touching it in the window contradict. Strategic rated high while the partners' leaders have not met for long (or ever). Interpersonal rated high while only one person (or nobody) on their side took part. A level rated deep while no contact touched it lately. A level rated low while many contacts touched it lately.</extracomment>
            <translation>{level} ist mit {score} bewertet, aber die Leitungen haben sich seit {days} Tagen nicht getroffen</translation>
        </message>
        <message>
            <source>{level} is rated {score}, but the leaders have never met</source>
            <translation>{level} ist mit {score} bewertet, aber die Leitungen haben sich nie getroffen</translation>
        </message>
        <message>
            <source>{level} is rated {score}, but only one person on their side took part in the last {window} days</source>
            <translation>{level} ist mit {score} bewertet, aber in den letzten {window} Tagen war auf Partnerseite nur eine Person beteiligt</translation>
        </message>
        <message>
            <source>{level} is rated {score}, but nobody on their side took part in the last {window} days</source>
            <translation>{level} ist mit {score} bewertet, aber in den letzten {window} Tagen war auf Partnerseite niemand beteiligt</translation>
        </message>
        <message>
            <source>{level} is rated {score}, but no contact touched it in the last {window} days</source>
            <translation>{level} ist mit {score} bewertet, aber in den letzten {window} Tagen hat kein Kontakt diese Ebene berührt</translation>
        </message>
        <message>
            <source>{level} is rated only {score}, yet {count} contacts touched it in the last {window} days</source>
            <translation>{level} ist nur mit {score} bewertet, doch in den letzten {window} Tagen haben {count} Kontakte diese Ebene berührt</translation>
        </message>
    </context>
    <context>
        <name>ObservedChart</name>
        <message>
            <source>Assessed versus observed</source>
            <translation>Eingeschätzt und beobachtet</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>Nothing to compare yet — add an assessment and log your contacts.</source>
            <translation>Noch nichts zu vergleichen — fügen Sie eine Einschätzung hinzu und erfassen Sie Ihre Kontakte.</translation>
        </message>
        <message>
            <source>No contact in the last %1 days.</source>
            <translation>Kein Kontakt in den letzten %1 Tagen.</translation>
        </message>
        <message>
            <source>In the last %1 days: %2 with %3 on their side.</source>
            <translation>In den letzten %1 Tagen: %2 mit %3 auf Partnerseite.</translation>
        </message>
        <message>
            <source>In the last %1 days: %2, with nobody on their side.</source>
            <translation>In den letzten %1 Tagen: %2, niemand auf Partnerseite beteiligt.</translation>
        </message>
        <message>
            <source>The leaders have never met.</source>
            <translation>Die Leitungen haben sich nie getroffen.</translation>
        </message>
        <message numerus="yes">
            <source>The leaders last met %n days ago.</source>
            <translation>
                <numerusform>Die Leitungen haben sich zuletzt gestern getroffen.</numerusform>
                <numerusform>Die Leitungen haben sich zuletzt vor %n Tagen getroffen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The leaders met today.</source>
            <translation>Die Leitungen haben sich heute getroffen.</translation>
        </message>
        <message>
            <source>The record of contacts bears the assessment out.</source>
            <translation>Die erfassten Kontakte bestätigen die Einschätzung.</translation>
        </message>
        <message>
            <source>No disagreement between the assessment and the contacts.</source>
            <translation>Kein Widerspruch zwischen Einschätzung und Kontakten.</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Eingeschätzt</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message numerus="yes">
            <source>last %n days</source>
            <translation>
                <numerusform>letzter Tag</numerusform>
                <numerusform>letzte %n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Open the Newest Good Backup</source>
            <extracomment>The object name of the read-only notice in a window's status bar.</extracomment>
            <translation>Neueste intakte Sicherung öffnen</translation>
        </message>
        <message>
            <source>Choose Another File…</source>
            <translation>Andere Datei wählen…</translation>
        </message>
        <message>
            <source>The newest good backup was made on %1. Opening it keeps this file, unchanged, under a new name beside it.</source>
            <translation>Die neueste intakte Sicherung stammt vom %1. Beim Öffnen bleibt diese Datei unverändert unter neuem Namen daneben erhalten.</translation>
        </message>
        <message>
            <source>Update PartnerDesk to open it. The file has not been changed.</source>
            <translation>Aktualisieren Sie PartnerDesk, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>There is no backup of it. The file has not been changed.</source>
            <translation>Es gibt keine Sicherung davon. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>PartnerDesk cannot open “%1”.</source>
            <translation>PartnerDesk kann „%1“ nicht öffnen.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>The backup of %1 has taken the place of “%2”.</source>
            <translation>Die Sicherung vom %1 hat „%2“ ersetzt.</translation>
        </message>
        <message>
            <source>The file that could not be opened is kept, unchanged, as %1.</source>
            <translation>Die Datei, die sich nicht öffnen ließ, bleibt unverändert als %1 erhalten.</translation>
        </message>
        <message>
            <source>process %1 on %2</source>
            <translation>Prozess %1 auf %2</translation>
        </message>
        <message>
            <source>another window</source>
            <translation>anderes Fenster</translation>
        </message>
        <message>
            <source>“%1” is already open in PartnerDesk (%2).</source>
            <translation>„%1“ ist bereits in PartnerDesk geöffnet (%2).</translation>
        </message>
        <message>
            <source>Changes are made in one window at a time, so that neither undoes the other's. You can look at it here read-only, or switch to the window that has it open.</source>
            <translation>Änderungen werden immer nur in einem Fenster gemacht, damit keines die Änderungen des anderen zunichtemacht. Sie können die Datei hier schreibgeschützt ansehen oder zu dem Fenster wechseln, in dem sie geöffnet ist.</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>“%1” needs to be upgraded, which cannot be done read-only.</source>
            <translation>„%1“ muss aktualisiert werden, was schreibgeschützt nicht möglich ist.</translation>
        </message>
        <message>
            <source>The file or its folder is read-only: you can look, but changes cannot be saved. Copy the file somewhere you can write to in order to change it.</source>
            <translation>Die Datei oder ihr Ordner ist schreibgeschützt: Sie können sie ansehen, aber Änderungen lassen sich nicht speichern. Kopieren Sie die Datei an einen Ort, an dem Sie schreiben dürfen, um sie zu ändern.</translation>
        </message>
        <message>
            <source>It is open in another PartnerDesk window: you can look here, but changes are made there.</source>
            <translation>Die Datenbank ist in einem anderen PartnerDesk-Fenster geöffnet: Sie können sie hier ansehen, Änderungen erfolgen aber dort.</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Schreibgeschützt</translation>
        </message>
        <message>
            <source>Today's backup of “%1” could not be made.</source>
            <translation>Die heutige Sicherung von „%1“ konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Your database is open and unchanged; PartnerDesk will try again the next time you open it. File → Backups… shows the backups there are.</source>
            <translation>Ihre Datenbank ist geöffnet und unverändert; PartnerDesk versucht es beim nächsten Öffnen erneut. Datei → Sicherungen… zeigt die vorhandenen Sicherungen.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Seniority</source>
            <translation>Stellung</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Your organisation</source>
            <translation>Ihre Organisation</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerschaften</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Change organisation</source>
            <extracomment>The user asked to see a person (their id).</extracomment>
            <translation>Organisation ändern</translation>
        </message>
        <message>
            <source>No organisation has “%1” in its name or what it does.</source>
            <translation>Keine Organisation hat „%1“ im Namen oder in der Tätigkeit.</translation>
        </message>
        <message>
            <source>Change my organisation</source>
            <translation>Meine Organisation ändern</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Partnerships: none yet</source>
            <translation>Partnerschaften: noch keine</translation>
        </message>
        <message>
            <source>Delete Organisation</source>
            <translation>Organisation löschen</translation>
        </message>
        <message>
            <source>Delete “%1” with its people and memberships?</source>
            <translation>„%1“ mit ihren Personen und Mitgliedschaften löschen?</translation>
        </message>
        <message>
            <source>Its people and its place in every partnership go with it, and journal entries about it alone. Entries about a partnership stay in its journal. You can undo this with Ctrl+Z.</source>
            <translation>Die Personen der Organisation und ihre Mitgliedschaft in allen Partnerschaften werden mitgelöscht, ebenso Journaleinträge, die nur diese Organisation betreffen. Einträge zu einer Partnerschaft bleiben in deren Journal. Sie können dies mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>„%1“ löschen</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>„%1“ gelöscht.</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Filter organisations</source>
            <translation>Organisationen filtern</translation>
        </message>
        <message>
            <source>Filter organisations…</source>
            <translation>Organisationen filtern…</translation>
        </message>
        <message>
            <source>&amp;New Organisation…</source>
            <translation>Neue Or&amp;ganisation…</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <source>Select an organisation to see its people and partnerships, or add one with New Organisation.</source>
            <translation>Wählen Sie eine Organisation, um ihre Personen und Partnerschaften zu sehen, oder fügen Sie eine mit „Neue Organisation“ hinzu.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Delete the organisation</source>
            <translation>Organisation löschen</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>Nam&amp;e:</translation>
        </message>
        <message>
            <source>Web&amp;site:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <source>Add Pe&amp;rson…</source>
            <translation>Pe&amp;rson hinzufügen…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation>&amp;Tätigkeit:</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>e.g. mill, café chain, software house</source>
            <translation>z. B. Mühle, Café-Kette, Softwarehaus</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>La&amp;nd:</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Private Notizen</translation>
        </message>
        <message>
            <source>Private: never part of anything you share</source>
            <translation>Privat: nie Teil dessen, was Sie teilen</translation>
        </message>
        <message>
            <source>This is &amp;my organisation</source>
            <translation>Das ist &amp;meine Organisation</translation>
        </message>
        <message>
            <source>This is my organisation</source>
            <translation>Das ist meine Organisation</translation>
        </message>
        <message>
            <source>Add a person to the organisation</source>
            <translation>Eine Person zur Organisation hinzufügen</translation>
        </message>
        <message>
            <source>People of the organisation</source>
            <translation>Personen der Organisation</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerschaften</translation>
        </message>
        <message>
            <source>Partnerships the organisation takes part in</source>
            <translation>Partnerschaften, an denen die Organisation beteiligt ist</translation>
        </message>
        <message numerus="yes">
            <source>Partnerships (%n)</source>
            <translation>
                <numerusform>Partnerschaften (%n)</numerusform>
                <numerusform>Partnerschaften (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>People (%n)</source>
            <translation>
                <numerusform>Personen (%n)</numerusform>
                <numerusform>Personen (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>A4</source>
            <extracomment>A piece of a line: plain text, or a :class:`Run`. A line of text made of pieces. Each column's share of the width, in per cent (empty: as their contents need). Its file name without the extension, in the folder beside a Markdown file. What it shows, for those who cannot see it. What the document is, at the foot of every printed page and at the end. Said at the foot of every printed page too, in red: the private-archive notice. How the HTML file looks in a browser, on screen and printed. The centred column and the unbroken numbers are for browsers only: the window's preview (Qt) reads a plain "@media screen" but skips a block with a media feature, and would misplace its tables. How Qt lays the same HTML out on the pages of a PDF (Qt reads a subset of CSS; its lengths are CSS pixels, 96 to the inch). Anchor names that tie the laid-out printed text back to the document's blocks and rows.</extracomment>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>US-Letter</translation>
        </message>
    </context>
    <context>
        <name>PartnershipView</name>
        <message>
            <source>Change partnership</source>
            <extracomment>The user asked to see an organisation (its id). The partnership shown was deleted. The user asked to search this partnership's journal (its id).</extracomment>
            <translation>Partnerschaft ändern</translation>
        </message>
        <message>
            <source>an organisation; a new name adds it</source>
            <translation>eine Organisation; ein neuer Name legt sie an</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>seit %1</translation>
        </message>
        <message>
            <source>ended %1</source>
            <translation>beendet am %1</translation>
        </message>
        <message>
            <source>Nothing logged yet. Log each meeting, call or visit with Ctrl+L: who took part, what happened and which levels of integration it touched.</source>
            <translation>Noch nichts erfasst. Erfassen Sie jedes Treffen, jeden Anruf und jeden Besuch mit Strg+L: wer dabei war, was passiert ist und welche Ebenen der Integration berührt wurden.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries, newest first</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge, neueste zuerst</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest first; scroll for more</source>
            <translation>Neueste zuerst; für mehr scrollen</translation>
        </message>
        <message>
            <source>%1 · strength %2</source>
            <translation>%1 · Stärke %2</translation>
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation>Noch nicht eingeschätzt.</translation>
        </message>
        <message>
            <source>Add member “%1”</source>
            <translation>Mitglied „%1“ aufnehmen</translation>
        </message>
        <message>
            <source>Added the new organisation “%1” as a member.</source>
            <translation>Die neue Organisation „%1“ wurde als Mitglied aufgenommen.</translation>
        </message>
        <message>
            <source>Remove “%1”</source>
            <translation>„%1“ entfernen</translation>
        </message>
        <message>
            <source>Removed “%1” from the partnership.</source>
            <translation>„%1“ aus der Partnerschaft entfernt.</translation>
        </message>
        <message>
            <source>Change the member “%1”</source>
            <translation>Mitglied „%1“ ändern</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>„%1“ löschen</translation>
        </message>
        <message>
            <source>Deleted “%1” from the history.</source>
            <translation>„%1“ aus dem Verlauf gelöscht.</translation>
        </message>
        <message>
            <source>Delete Partnership</source>
            <translation>Partnerschaft löschen</translation>
        </message>
        <message>
            <source>Delete “%1” with its whole history?</source>
            <translation>„%1“ mit dem gesamten Verlauf löschen?</translation>
        </message>
        <message>
            <source>Its members, journal, assessments and history along the continuum go with it. You can undo this with Ctrl+Z.</source>
            <translation>Mitglieder, Journal, Einschätzungen und der Verlauf auf dem Kontinuum werden mitgelöscht. Sie können dies mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>Deleted the partnership “%1”.</source>
            <translation>Partnerschaft „%1“ gelöscht.</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <source>A summary of this partnership to share with your partners, as PDF, HTML or Markdown (Ctrl+E)</source>
            <translation>Eine Zusammenfassung dieser Partnerschaft zum Teilen mit Ihren Partnern, als PDF, HTML oder Markdown (Strg+E)</translation>
        </message>
        <message>
            <source>Export a summary of this partnership</source>
            <translation>Eine Zusammenfassung dieser Partnerschaft exportieren</translation>
        </message>
        <message>
            <source>&amp;Log a Contact…</source>
            <translation>&amp;Kontakt erfassen…</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>About the partnership</source>
            <translation>Über die Partnerschaft</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Übersicht</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Zweck:</translation>
        </message>
        <message>
            <source>En&amp;ded on:</source>
            <translation>Beende&amp;t am:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <source>Change St&amp;age…</source>
            <translation>Phase änd&amp;ern…</translation>
        </message>
        <message>
            <source>Log a &amp;Contact…</source>
            <translation>Kontakt &amp;erfassen…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Bearbei&amp;ten…</translation>
        </message>
        <message>
            <source>&amp;Show Organisation</source>
            <translation>Organisation ö&amp;ffnen</translation>
        </message>
        <message>
            <source>A&amp;dd:</source>
            <translation>Hin&amp;zufügen:</translation>
        </message>
        <message>
            <source>&amp;as role:</source>
            <translation>als &amp;Rolle:</translation>
        </message>
        <message>
            <source>Add Mem&amp;ber</source>
            <translation>Mitglied a&amp;ufnehmen</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>E&amp;xport Summary…</source>
            <translation>Zusammenfassung e&amp;xportieren…</translation>
        </message>
        <message>
            <source>The value you create together</source>
            <translation>Der Wert, den Sie gemeinsam schaffen</translation>
        </message>
        <message>
            <source>&amp;Started on:</source>
            <translation>Be&amp;gonnen am:</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Begonnen am</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Beendet am</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Private Notizen</translation>
        </message>
        <message>
            <source>Private: never part of anything you share</source>
            <translation>Privat: nie Teil dessen, was Sie teilen</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Move Along the &amp;Continuum…</source>
            <translation>Auf dem Kontinuum ver&amp;schieben…</translation>
        </message>
        <message>
            <source>Move along the continuum</source>
            <translation>Auf dem Kontinuum verschieben</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>Phase:</translation>
        </message>
        <message>
            <source>Change stage</source>
            <translation>Phase ändern</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Was Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>Latest assessment</source>
            <translation>Letzte Einschätzung</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Offene Wiedervorlagen</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Journal</translation>
        </message>
        <message>
            <source>Journal of the partnership</source>
            <translation>Journal der Partnerschaft</translation>
        </message>
        <message>
            <source>Edit the entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Mitglieder</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Double-click a role or a date to change it.</source>
            <translation>Zum Ändern auf eine Rolle oder ein Datum doppelklicken.</translation>
        </message>
        <message>
            <source>Show the organisation</source>
            <translation>Die Organisation anzeigen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the member</source>
            <translation>Mitglied entfernen</translation>
        </message>
        <message>
            <source>Organisation to add</source>
            <translation>Hinzuzufügende Organisation</translation>
        </message>
        <message>
            <source>Role of the organisation to add</source>
            <translation>Rolle der hinzuzufügenden Organisation</translation>
        </message>
        <message>
            <source>e.g. supplier, customer, co-op member</source>
            <translation>z. B. Lieferant, Kunde, Genossenschaftsmitglied</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Mitglied aufnehmen</translation>
        </message>
        <message>
            <source>History along the continuum and through the stages</source>
            <translation>Verlauf auf dem Kontinuum und durch die Phasen</translation>
        </message>
        <message>
            <source>Double-click a date or a note to correct it.</source>
            <translation>Zum Korrigieren auf ein Datum oder eine Notiz doppelklicken.</translation>
        </message>
        <message>
            <source>Delete the change</source>
            <translation>Änderung löschen</translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n Mitglied</numerusform>
                <numerusform>%n Mitglieder</numerusform>
            </translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Keine.</translation>
        </message>
        <message>
            <source>Nothing.</source>
            <translation>Nichts.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Seniority</source>
            <translation>Stellung</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Change person</source>
            <translation>Person ändern</translation>
        </message>
        <message>
            <source>Nobody’s name, organisation or role has “%1” in it.</source>
            <translation>Niemand hat „%1“ im Namen, in der Organisation oder in der Rolle.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message numerus="yes">
            <source>Journal (%n entries)</source>
            <translation>
                <numerusform>Journal (%n Eintrag)</numerusform>
                <numerusform>Journal (%n Einträge)</numerusform>
            </translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Journal: no contact logged with them yet</source>
            <translation>Journal: noch kein Kontakt mit dieser Person erfasst</translation>
        </message>
        <message>
            <source>Delete Person</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>„%1“ löschen?</translation>
        </message>
        <message numerus="yes">
            <source>They took part in %n journal entries; the entries stay, without them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Die Person war an %n Journaleintrag beteiligt; der Eintrag bleibt erhalten, ohne sie. Sie können dies mit Strg+Z rückgängig machen.</numerusform>
                <numerusform>Die Person war an %n Journaleinträgen beteiligt; die Einträge bleiben erhalten, ohne sie. Sie können dies mit Strg+Z rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>„%1“ löschen</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>„%1“ gelöscht.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Filter people</source>
            <translation>Personen filtern</translation>
        </message>
        <message>
            <source>Filter people…</source>
            <translation>Personen filtern…</translation>
        </message>
        <message>
            <source>&amp;New Person…</source>
            <translation>&amp;Neue Person…</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>Select a person to see their details and the contacts they took part in, or add one with New Person.</source>
            <translation>Wählen Sie eine Person, um ihre Angaben und die Kontakte zu sehen, an denen sie beteiligt war, oder fügen Sie eine mit „Neue Person“ hinzu.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Delete the person</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>Or&amp;ganisation:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>e.g. Head miller</source>
            <translation>z. B. Müllermeisterin</translation>
        </message>
        <message>
            <source>&amp;Seniority:</source>
            <translation>&amp;Stellung:</translation>
        </message>
        <message>
            <source>Seniority</source>
            <translation>Stellung</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Private Notizen</translation>
        </message>
        <message>
            <source>Private: never part of anything you share</source>
            <translation>Privat: nie Teil dessen, was Sie teilen</translation>
        </message>
        <message>
            <source>Journal entries the person took part in</source>
            <translation>Journaleinträge, an denen die Person beteiligt war</translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>type a name to add…</source>
            <translation>Namen eingeben, um hinzuzufügen…</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Person hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>Portfolio</source>
            <extracomment>Item data role: the number shown at the right of a place ("" for none). Item data role: True when the count is something late (overdue follow-ups). Item data role (attention list): the partnership's id. Item data role (attention list): the reason, in words.</extracomment>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <source>Every partnership at a glance</source>
            <translation>Alle Partnerschaften auf einen Blick</translation>
        </message>
        <message>
            <source>The organisations you deal with</source>
            <translation>Die Organisationen, mit denen Sie zu tun haben</translation>
        </message>
        <message>
            <source>The people you know in them</source>
            <translation>Die Menschen, die Sie dort kennen</translation>
        </message>
        <message>
            <source>Every contact and note, newest first; search it</source>
            <translation>Jeder Kontakt und jede Notiz, neueste zuerst; durchsuchbar</translation>
        </message>
        <message>
            <source>Follow-ups due and overdue</source>
            <translation>Fällige und überfällige Wiedervorlagen</translation>
        </message>
    </context>
    <context>
        <name>PortfolioChartsPanel</name>
        <message>
            <source>Portfolio charts</source>
            <extracomment>Emitted with a partnership's id when it is clicked on the map.</extracomment>
            <translation>Portfolio-Diagramme</translation>
        </message>
    </context>
    <context>
        <name>PortfolioMapChart</name>
        <message>
            <source>Portfolio map</source>
            <extracomment>Points of one kind spread across this much of the space between two kinds. Emitted with a partnership's id when its point is clicked. The partnership at hand for the keyboard (None: none yet).</extracomment>
            <translation>Portfolio-Karte</translation>
        </message>
        <message>
            <source>Integration strength (latest)</source>
            <translation>Integrationsstärke (aktuell)</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>The continuum: from pooling resources to linking value chains</source>
            <translation>Das Kontinuum: vom Bündeln von Ressourcen bis zum Verknüpfen von Wertschöpfungsketten</translation>
        </message>
        <message>
            <source>What the kind needs (Kanter)</source>
            <translation>Was die Art braucht (Kanter)</translation>
        </message>
        <message>
            <source>No partnership has been assessed yet — assess one to place it on the map.</source>
            <translation>Noch keine Partnerschaft eingeschätzt — schätzen Sie eine ein, um sie auf der Karte zu platzieren.</translation>
        </message>
        <message>
            <source>Enter opens it</source>
            <translation>Mit Enter öffnen</translation>
        </message>
        <message>
            <source>Integration %1 of 5</source>
            <translation>Integration %1 von 5</translation>
        </message>
        <message>
            <source>⚠ Less integrated than a %1 needs (%2 or more)</source>
            <translation>⚠ Weniger integriert, als für %1 nötig (%2 oder mehr)</translation>
        </message>
        <message>
            <source>Click to open it</source>
            <translation>Zum Öffnen klicken</translation>
        </message>
        <message>
            <source>Less integrated than their kind needs: %1.</source>
            <translation>Weniger integriert, als ihre Art braucht: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts in the last %1 days</source>
            <translation>
                <numerusform>%n Kontakt in den letzten %1 Tagen</numerusform>
                <numerusform>%n Kontakte in den letzten %1 Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnerships on the map.</source>
            <translation>
                <numerusform>%n Partnerschaft auf der Karte.</numerusform>
                <numerusform>%n Partnerschaften auf der Karte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not on the map until assessed (%n): </source>
            <translation>
                <numerusform>Erst nach Einschätzung auf der Karte: </numerusform>
                <numerusform>Erst nach Einschätzung auf der Karte (%n): </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Size: contacts in the last %n days</source>
            <translation>
                <numerusform>Größe: Kontakte am letzten Tag</numerusform>
                <numerusform>Größe: Kontakte in den letzten %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioModel</name>
        <message>
            <source>Name</source>
            <extracomment>Item data role: the partnership's id. Item data role (kind column): the step along the continuum, 0–2, for the continuum marker. Item data role: True when the cell needs the user's attention. The rows in the order they were given, which sorting starts from each time.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Leaders met</source>
            <translation>Leitungstreffen</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Nächste Wiedervorlage</translation>
        </message>
        <message>
            <source>Where the partnership sits on the continuum: consortium → joint venture → value chain</source>
            <translation>Wo die Partnerschaft auf dem Kontinuum steht: Konsortium → Joint Venture → Wertschöpfungskette</translation>
        </message>
        <message>
            <source>The partner organisations</source>
            <translation>Die Partnerorganisationen</translation>
        </message>
        <message>
            <source>Integration strength from the latest assessment (0–5), with the change since the one before</source>
            <translation>Integrationsstärke aus der letzten Einschätzung (0–5), mit der Veränderung seit der vorigen</translation>
        </message>
        <message>
            <source>The last contact with the partners</source>
            <translation>Der letzte Kontakt mit den Partnern</translation>
        </message>
        <message>
            <source>When the leaders last met (a contact at the strategic level with a leader of a partner)</source>
            <translation>Wann sich die Leitungen zuletzt getroffen haben (ein Kontakt auf strategischer Ebene mit einer Leitung eines Partners)</translation>
        </message>
        <message>
            <source>The next open follow-up</source>
            <translation>Die nächste offene Wiedervorlage</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Assessed on %1</source>
            <translation>Eingeschätzt am %1</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-ups overdue</source>
            <translation>
                <numerusform>%n Wiedervorlage überfällig</numerusform>
                <numerusform>%n Wiedervorlagen überfällig</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioPage</name>
        <message>
            <source>All kinds</source>
            <extracomment>The stage filter's "live" choice: partnerships that are still being tended. The user asked for a new partnership.</extracomment>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Laufend</translation>
        </message>
        <message>
            <source>Exploring, forming or active: not dormant or ended</source>
            <translation>Erkundung, Aufbau oder Aktiv: nicht ruhend oder beendet</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Filter partnerships</source>
            <translation>Partnerschaften filtern</translation>
        </message>
        <message>
            <source>Filter partnerships…</source>
            <translation>Partnerschaften filtern…</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ar&amp;t:</translation>
        </message>
        <message>
            <source>Show kind</source>
            <translation>Art anzeigen</translation>
        </message>
        <message>
            <source>S&amp;tage:</source>
            <translation>Pha&amp;se:</translation>
        </message>
        <message>
            <source>Show stage</source>
            <translation>Phase anzeigen</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>The partnerships as a table</source>
            <translation>Die Partnerschaften als Tabelle</translation>
        </message>
        <message>
            <source>Show the partnerships as a list</source>
            <translation>Die Partnerschaften als Liste anzeigen</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>D&amp;iagramme</translation>
        </message>
        <message>
            <source>The portfolio map and how integration has moved over time</source>
            <translation>Die Portfolio-Karte und wie sich die Integration im Lauf der Zeit entwickelt hat</translation>
        </message>
        <message>
            <source>Show the portfolio charts</source>
            <translation>Die Portfolio-Diagramme anzeigen</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerschaften</translation>
        </message>
        <message>
            <source>No partnerships yet</source>
            <translation>Noch keine Partnerschaften</translation>
        </message>
        <message>
            <source>A partnership is any lasting cooperation with other organisations: a buying co-op, a joint venture, a supplier you work closely with. Add the first one and PartnerDesk keeps its members, its history along the continuum and every contact you log.</source>
            <translation>Eine Partnerschaft ist jede dauerhafte Zusammenarbeit mit anderen Organisationen: eine Einkaufsgemeinschaft, ein Joint Venture, ein Lieferant, mit dem Sie eng zusammenarbeiten. Fügen Sie die erste hinzu, und PartnerDesk hält ihre Mitglieder, ihren Verlauf auf dem Kontinuum und jeden erfassten Kontakt fest.</translation>
        </message>
        <message>
            <source>&amp;New Partnership…</source>
            <translation>&amp;Neue Partnerschaft…</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>Neue Partnerschaft</translation>
        </message>
        <message>
            <source>No partnership matches the filter.</source>
            <translation>Keine Partnerschaft passt zum Filter.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioReport</name>
        <message>
            <source>Prepared by %1 on %2</source>
            <extracomment>Every partnership, by name.</extracomment>
            <translation>Erstellt von %1 am %2</translation>
        </message>
        <message>
            <source>Prepared on %2</source>
            <translation>Erstellt am %2</translation>
        </message>
        <message>
            <source>Each partnership sits somewhere between a mutual service consortium (similar organisations pooling resources), a joint venture (combining different capabilities for an opportunity) and a value-chain partnership (organisations from different sectors linking complementary skills). Its integration strength is the mean of five levels rated from 0 to 5 now and then: strategic, tactical, operational, interpersonal and cultural.</source>
            <translation>Jede Partnerschaft steht irgendwo zwischen einem Konsortium für gemeinsame Dienste (ähnliche Organisationen bündeln Ressourcen), einem Joint Venture (unterschiedliche Fähigkeiten werden für eine Gelegenheit vereint) und einer Wertschöpfungspartnerschaft (Organisationen aus verschiedenen Branchen verbinden einander ergänzende Fähigkeiten). Ihre Integrationsstärke ist der Mittelwert aus fünf Ebenen, die von Zeit zu Zeit von 0 bis 5 bewertet werden: strategisch, taktisch, operativ, zwischenmenschlich und kulturell.</translation>
        </message>
        <message>
            <source>No partnerships yet.</source>
            <translation>Noch keine Partnerschaften.</translation>
        </message>
        <message>
            <source>Partnership portfolio</source>
            <translation>Partnerschaftsportfolio</translation>
        </message>
        <message>
            <source>Partnership portfolio · %1</source>
            <translation>Partnerschaftsportfolio · %1</translation>
        </message>
        <message>
            <source>The portfolio map</source>
            <translation>Die Portfolio-Karte</translation>
        </message>
        <message>
            <source>No partnership has been assessed yet, so none can be placed on the map.</source>
            <translation>Es wurde noch keine Partnerschaft eingeschätzt, daher kann keine auf der Karte erscheinen.</translation>
        </message>
        <message>
            <source>Not yet assessed, so not shown: %1.</source>
            <translation>Noch nicht eingeschätzt und daher nicht dargestellt: %1.</translation>
        </message>
        <message>
            <source>Map of the partnerships by kind and strength</source>
            <translation>Karte der Partnerschaften nach Art und Stärke</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Was Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>Nothing needs attention now.</source>
            <translation>Derzeit braucht nichts Aufmerksamkeit.</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>nicht eingeschätzt</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keiner</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Partnership and partners</source>
            <translation>Partnerschaft und Partner</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Leaders last met</source>
            <translation>Letztes Leitungstreffen</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Every partnership</source>
            <translation>Alle Partnerschaften</translation>
        </message>
        <message>
            <source>Strength is the latest assessment's, with its change since the one before. Leaders last met: the last contact on the strategic level in which a leader of a partner organisation took part.</source>
            <translation>Stärke laut letzter Einschätzung, mit der Veränderung seit der vorigen. Letztes Leitungstreffen: der letzte Kontakt auf strategischer Ebene, an dem eine Leitung einer Partnerorganisation beteiligt war.</translation>
        </message>
        <message numerus="yes">
            <source>%n partnerships</source>
            <translation>
                <numerusform>%n Partnerschaft</numerusform>
                <numerusform>%n Partnerschaften</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each assessed partnership by its kind (across) and latest integration strength (up), its colour and shape showing its stage and its size its contacts in the last %n days. The shaded band is what each kind calls for: the closer the kind, the deeper the integration it needs. A partnership below the band is less integrated than its kind needs.</source>
            <translation>
                <numerusform>Jede eingeschätzte Partnerschaft nach ihrer Art (waagerecht) und ihrer aktuellen Integrationsstärke (senkrecht); Farbe und Form zeigen ihre Phase, die Größe ihre Kontakte innerhalb von %n Tag. Das schattierte Band zeigt, was jede Art erfordert: Je enger die Art, desto tiefer die nötige Integration. Eine Partnerschaft unterhalb des Bands ist weniger integriert, als ihre Art es erfordert.</numerusform>
                <numerusform>Jede eingeschätzte Partnerschaft nach ihrer Art (waagerecht) und ihrer aktuellen Integrationsstärke (senkrecht); Farbe und Form zeigen ihre Phase, die Größe ihre Kontakte in den letzten %n Tagen. Das schattierte Band zeigt, was jede Art erfordert: Je enger die Art, desto tiefer die nötige Integration. Eine Partnerschaft unterhalb des Bands ist weniger integriert, als ihre Art es erfordert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioTrendChart</name>
        <message>
            <source>Portfolio trend</source>
            <translation>Portfolio-Trend</translation>
        </message>
        <message>
            <source>Mean integration</source>
            <translation>Mittlere Integration</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>No partnership yet — add one to follow the trend.</source>
            <translation>Noch keine Partnerschaft — fügen Sie eine hinzu, um den Trend zu verfolgen.</translation>
        </message>
        <message>
            <source>Mean integration of the active partnerships (0–5)</source>
            <translation>Mittlere Integration der aktiven Partnerschaften (0–5)</translation>
        </message>
        <message>
            <source>Active partnerships at the end of each month</source>
            <translation>Aktive Partnerschaften am Ende jedes Monats</translation>
        </message>
        <message>
            <source>No active partnership has been assessed yet — assess one to start the trend.</source>
            <translation>Noch keine aktive Partnerschaft eingeschätzt — schätzen Sie eine ein, um den Trend zu beginnen.</translation>
        </message>
        <message>
            <source>Mean integration %1</source>
            <translation>Mittlere Integration %1</translation>
        </message>
        <message>
            <source>No active partnership has been assessed yet.</source>
            <translation>Noch keine aktive Partnerschaft eingeschätzt.</translation>
        </message>
        <message>
            <source>Mean integration of the %1 active partnerships now: %2.</source>
            <translation>Mittlere Integration der %1 aktiven Partnerschaften jetzt: %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n active partnerships</source>
            <translation>
                <numerusform>%n aktive Partnerschaft</numerusform>
                <numerusform>%n aktive Partnerschaften</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not assessed yet</source>
            <translation>
                <numerusform>%n noch nicht eingeschätzt</numerusform>
                <numerusform>%n noch nicht eingeschätzt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>As your language writes them</source>
            <translation>Wie in Ihrer Sprache üblich</translation>
        </message>
        <message>
            <source>ISO (2026-03-31)</source>
            <translation>ISO (2026-03-31)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>For example %1</source>
            <translation>Zum Beispiel %1</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Was Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>&amp;Leaders apart for more than:</source>
            <translation>&amp;Leitungen ohne Treffen seit mehr als:</translation>
        </message>
        <message>
            <source>Leader-contact threshold in days</source>
            <translation>Schwelle für Leitungskontakt in Tagen</translation>
        </message>
        <message>
            <source>A live partnership whose partners' leaders have not met at the strategic level for longer than this is marked</source>
            <translation>Eine laufende Partnerschaft, deren Leitungen sich länger als diese Zeit nicht auf strategischer Ebene getroffen haben, wird markiert</translation>
        </message>
        <message>
            <source>&amp;Remind to assess after:</source>
            <translation>&amp;Einschätzung fällig nach:</translation>
        </message>
        <message>
            <source>Assessment reminder interval in days</source>
            <translation>Abstand der Erinnerung an Einschätzungen in Tagen</translation>
        </message>
        <message>
            <source>An active partnership not assessed for longer than this is marked</source>
            <translation>Eine aktive Partnerschaft, die länger als diese Zeit nicht eingeschätzt wurde, wird markiert</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Date format</source>
            <translation>Datumsformat</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Farben:</translation>
        </message>
        <message>
            <source>Colour scheme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>Changes apply at once and are kept.</source>
            <translation>Änderungen gelten sofort und bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>PrintLayout</name>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>Countries where Letter is the usual paper (the rest of the world uses A4). Qt lays the pages out in pixels of this many per inch (CSS pixels), whatever the screen. Page margins, in millimetres. The band at the foot of each page for its footer, in millimetres. Each table row's top and bottom, by the row's index in the document's table. The height of each table cell's lines, by (row, column): a row's height wherever it lies, split over two pages or not. How often the pages are laid out again at most, each time with more page breaks. Where, about, the first line of a table that starts a page lies below the page's top. How much space, about, Qt leaves free at the foot of a page under a table's last row there. How tall, about, a table row of one line is: to guess where a long table's pages end.</extracomment>
            <translation>Seite %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>no follow-up</source>
            <translation>keine Wiedervorlage</translation>
        </message>
        <message>
            <source>A private reflection rather than a contact</source>
            <translation>Eine private Überlegung statt eines Kontakts</translation>
        </message>
        <message>
            <source>%1 (organisation)</source>
            <translation>%1 (Organisation)</translation>
        </message>
        <message>
            <source>type part of a partnership's or organisation's name</source>
            <translation>Teil des Namens einer Partnerschaft oder Organisation eingeben</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the details)</source>
            <translation>Enter (Strg+Enter in den Details)</translation>
        </message>
        <message>
            <source>Log a Contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>Edit Journal Entry</source>
            <translation>Journaleintrag bearbeiten</translation>
        </message>
        <message>
            <source>Nothing is called “%1”; choose from the list.</source>
            <translation>Es gibt nichts namens „%1“; wählen Sie aus der Liste.</translation>
        </message>
        <message>
            <source>Choose the partnership or organisation it was with.</source>
            <translation>Wählen Sie die Partnerschaft oder Organisation, um die es ging.</translation>
        </message>
        <message>
            <source>Log “%1”</source>
            <translation>„%1“ erfassen</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>„%1“ ändern</translation>
        </message>
        <message>
            <source>Logged “%1”.</source>
            <translation>„%1“ erfasst.</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>„%1“ gespeichert.</translation>
        </message>
        <message>
            <source>Wh&amp;en:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Wann es war</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>Ka&amp;nal:</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>&amp;With:</source>
            <translation>&amp;Mit:</translation>
        </message>
        <message>
            <source>Partnership or organisation</source>
            <translation>Partnerschaft oder Organisation</translation>
        </message>
        <message>
            <source>&amp;People:</source>
            <translation>&amp;Personen:</translation>
        </message>
        <message>
            <source>People who took part</source>
            <translation>Beteiligte Personen</translation>
        </message>
        <message>
            <source>Levels:</source>
            <translation>Ebenen:</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Zus&amp;ammenfassung:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>One line: what happened</source>
            <translation>Eine Zeile: was passiert ist</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Details:</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>The longer account (optional; Ctrl+Enter saves)</source>
            <translation>Der ausführliche Bericht (optional; Strg+Enter speichert)</translation>
        </message>
        <message>
            <source>Pri&amp;vate</source>
            <translation>P&amp;rivat</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Kept out of anything you share with partners</source>
            <translation>Bleibt aus allem heraus, was Sie mit Partnern teilen</translation>
        </message>
        <message>
            <source>&amp;Follow up on:</source>
            <translation>Wieder&amp;vorlage am:</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Wiedervorlage am</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Snapshot of the five levels</source>
            <translation>Momentaufnahme der fünf Ebenen</translation>
        </message>
        <message>
            <source>No assessment yet — add one with “New Assessment…”.</source>
            <translation>Noch keine Einschätzung — fügen Sie eine mit „Neue Einschätzung…“ hinzu.</translation>
        </message>
        <message>
            <source>%1 · overall %2</source>
            <translation>%1 · gesamt %2</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>Noch keine Einschätzung.</translation>
        </message>
        <message>
            <source>Assessment of %1: %2.</source>
            <translation>Einschätzung vom %1: %2.</translation>
        </message>
        <message>
            <source>Compared with %1.</source>
            <translation>Verglichen mit %1.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Change %1</source>
            <extracomment>``update(record_id, values)``: writes changed fields through the domain layer.</extracomment>
            <translation>%1 ändern</translation>
        </message>
    </context>
    <context>
        <name>Seniority</name>
        <message>
            <source>Leader</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Fachkraft</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>leader</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <source>professional</source>
            <translation>Fachkraft</translation>
        </message>
        <message>
            <source>other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Runs the organisation: owner, director, chief.</source>
            <translation>Leitet die Organisation: Inhaber, Geschäftsführung, Chef.</translation>
        </message>
        <message>
            <source>Manages a team, a function or a project.</source>
            <translation>Leitet ein Team, einen Bereich oder ein Projekt.</translation>
        </message>
        <message>
            <source>Does the specialist work.</source>
            <translation>Erledigt die Facharbeit.</translation>
        </message>
        <message>
            <source>Anyone else.</source>
            <translation>Alle anderen.</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Exploring</source>
            <translation>Erkundung</translation>
        </message>
        <message>
            <source>Forming</source>
            <translation>Aufbau</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Ruhend</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>exploring</source>
            <translation>Erkundung</translation>
        </message>
        <message>
            <source>forming</source>
            <translation>Aufbau</translation>
        </message>
        <message>
            <source>active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>dormant</source>
            <translation>Ruhend</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Getting to know each other; nothing agreed yet.</source>
            <translation>Man lernt sich kennen; noch nichts vereinbart.</translation>
        </message>
        <message>
            <source>Agreeing what to do together and how.</source>
            <translation>Man vereinbart, was man gemeinsam tut und wie.</translation>
        </message>
        <message>
            <source>Working together now.</source>
            <translation>Man arbeitet jetzt zusammen.</translation>
        </message>
        <message>
            <source>Not ended, but nothing is happening.</source>
            <translation>Nicht beendet, aber es passiert nichts.</translation>
        </message>
        <message>
            <source>Over, by agreement or by drifting apart.</source>
            <translation>Vorbei, einvernehmlich oder weil man sich auseinandergelebt hat.</translation>
        </message>
    </context>
    <context>
        <name>StageChip</name>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>Owner's archive copy: not for sharing</source>
            <extracomment>Where a zero would only add noise to a table of counts. The levels over time and the latest assessment beside the one before; None when the partnership has not been assessed.</extracomment>
            <translation>Internes Archivexemplar: nicht zur Weitergabe</translation>
        </message>
        <message>
            <source>This copy includes private journal entries, private assessments and notes. To share the summary with a partner, export it again without private entries.</source>
            <translation>Dieses Exemplar enthält private Journaleinträge, private Einschätzungen und Notizen. Um die Zusammenfassung mit einem Partner zu teilen, exportieren Sie sie erneut ohne private Einträge.</translation>
        </message>
        <message>
            <source>Summary of %1 · %2</source>
            <translation>Zusammenfassung: %1 · %2</translation>
        </message>
        <message>
            <source>Owner's archive copy with private entries: not for sharing</source>
            <translation>Internes Archivexemplar mit privaten Einträgen: nicht zur Weitergabe</translation>
        </message>
        <message>
            <source>Partnership summary prepared by %1 on %2</source>
            <translation>Zusammenfassung der Partnerschaft, erstellt von %1 am %2</translation>
        </message>
        <message>
            <source>Partnership summary prepared on %1</source>
            <translation>Zusammenfassung der Partnerschaft, erstellt am %1</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Notes (private)</source>
            <translation>Notizen (privat)</translation>
        </message>
        <message>
            <source>The partnership</source>
            <translation>Die Partnerschaft</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Role in the partnership</source>
            <translation>Rolle in der Partnerschaft</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Beigetreten</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Ausgetreten</translation>
        </message>
        <message>
            <source>Members and their roles</source>
            <translation>Mitglieder und ihre Rollen</translation>
        </message>
        <message>
            <source>Along the continuum</source>
            <translation>Auf dem Kontinuum</translation>
        </message>
        <message>
            <source>Partnerships range from loose to close: a mutual service consortium (similar organisations pooling resources), a joint venture (combining different capabilities for an opportunity) and a value-chain partnership (organisations from different sectors linking complementary skills to create more value for customers). A partnership can move along this line as it grows.</source>
            <translation>Partnerschaften reichen von locker bis eng: ein Konsortium für gemeinsame Dienste (ähnliche Organisationen bündeln Ressourcen), ein Joint Venture (unterschiedliche Fähigkeiten werden für eine Gelegenheit vereint) und eine Wertschöpfungspartnerschaft (Organisationen aus verschiedenen Branchen verbinden einander ergänzende Fähigkeiten, um mehr Wert für Kunden zu schaffen). Während eine Partnerschaft wächst, kann sie sich auf dieser Linie verschieben.</translation>
        </message>
        <message>
            <source>Now: </source>
            <translation>Derzeit: </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Started as a %1</source>
            <translation>Begonnen als %1</translation>
        </message>
        <message>
            <source>Moved along the continuum from %1 to %2</source>
            <translation>Auf dem Kontinuum gewechselt von %1 zu %2</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation>Phase: %1</translation>
        </message>
        <message>
            <source>Stage: %1 → %2</source>
            <translation>Phase: %1 → %2</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>How closely the organisations work together, rated now and then from 0 (not at all) to 5 (deeply embedded) at five levels: strategic (the leaders stay in contact), tactical (managers plan joint work), operational (people share resources and information), interpersonal (personal ties) and cultural (bridging differences). The overall strength is the mean of the levels rated.</source>
            <translation>Wie eng die Organisationen zusammenarbeiten, von Zeit zu Zeit bewertet von 0 (gar nicht) bis 5 (tief verankert) auf fünf Ebenen: strategisch (die Leitungen bleiben in Kontakt), taktisch (Führungskräfte planen die gemeinsame Arbeit), operativ (die Beteiligten teilen Ressourcen und Informationen), zwischenmenschlich (persönliche Beziehungen) und kulturell (Unterschiede überbrücken). Die Gesamtstärke ist der Mittelwert der bewerteten Ebenen.</translation>
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation>Noch nicht eingeschätzt.</translation>
        </message>
        <message>
            <source>Chart of the five levels of integration over time</source>
            <translation>Diagramm der fünf Ebenen der Integration im Zeitverlauf</translation>
        </message>
        <message>
            <source>Integration over time: each level in its own colour and line style, the overall strength as the thick line with a dot at each assessment. The shading shows the kind of partnership, the dashed lines its changes of stage.</source>
            <translation>Integration im Zeitverlauf: jede Ebene in eigener Farbe und Linienart, die Gesamtstärke als dicke Linie mit einem Punkt je Einschätzung. Die Schattierung zeigt die Art der Partnerschaft, die gestrichelten Linien ihre Phasenwechsel.</translation>
        </message>
        <message>
            <source>The latest assessment, %1</source>
            <translation>Die letzte Einschätzung vom %1</translation>
        </message>
        <message>
            <source>The latest assessment, %1, beside the one of %2</source>
            <translation>Die letzte Einschätzung vom %1 im Vergleich zur vorigen vom %2</translation>
        </message>
        <message>
            <source>Radar chart of the latest assessment's five levels</source>
            <translation>Netzdiagramm der fünf Ebenen der letzten Einschätzung</translation>
        </message>
        <message>
            <source>The latest assessment (filled) over the one before (dashed).</source>
            <translation>Die letzte Einschätzung (ausgefüllt) über der vorigen (gestrichelt).</translation>
        </message>
        <message>
            <source>The latest assessment.</source>
            <translation>Die letzte Einschätzung.</translation>
        </message>
        <message>
            <source>Overall strength</source>
            <translation>Gesamtstärke</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>Note: </source>
            <translation>Notiz: </translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Private. </source>
            <translation>Privat. </translation>
        </message>
        <message>
            <source>Every assessment</source>
            <translation>Alle Einschätzungen</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Contacts from %1</source>
            <translation>Kontakte vom %1</translation>
        </message>
        <message>
            <source>No contacts in this period.</source>
            <translation>Keine Kontakte in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>With their leaders</source>
            <translation>Mit Leitung der Partner</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>The levels are those each contact touched; a contact that touched two levels counts under both.</source>
            <translation>Gezählt sind die Ebenen, die ein Kontakt berührt hat; ein Kontakt, der zwei Ebenen berührt hat, zählt bei beiden.</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>From the partners</source>
            <translation>Aufseiten der Partner</translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>Aufseiten von %1</translation>
        </message>
        <message>
            <source>From our side</source>
            <translation>Auf unserer Seite</translation>
        </message>
        <message>
            <source>Recent contacts</source>
            <translation>Letzte Kontakte</translation>
        </message>
        <message>
            <source>Nothing logged in this period.</source>
            <translation>In diesem Zeitraum wurde nichts erfasst.</translation>
        </message>
        <message>
            <source>Every entry since %1, newest first.</source>
            <translation>Alle Einträge seit dem %1, neueste zuerst.</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Offene Wiedervorlagen</translation>
        </message>
        <message>
            <source>None open.</source>
            <translation>Keine offen.</translation>
        </message>
        <message>
            <source>What was agreed and is still to be done.</source>
            <translation>Was vereinbart wurde und noch zu erledigen ist.</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(überfällig)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>Vereinbart am</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them with a leader of a partner organisation.</source>
            <translation>
                <numerusform>davon %n mit der Leitung einer Partnerorganisation.</numerusform>
                <numerusform>davon %n mit der Leitung einer Partnerorganisation.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %1 most recent of %n entries since %2, newest first.</source>
            <translation>
                <numerusform>Die %1 neuesten von %n Einträgen seit dem %2, neueste zuerst.</numerusform>
                <numerusform>Die %1 neuesten von %n Einträgen seit dem %2, neueste zuerst.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is already taken</source>
            <extracomment>The reasons the store gives when SQLite refuses a value (see ``constraint_error`` in ``store/connection.py``), marked here for translation: the store layer knows nothing of it.</extracomment>
            <translation>ist bereits vergeben</translation>
        </message>
        <message>
            <source>refers to a record that does not exist</source>
            <translation>verweist auf einen Datensatz, den es nicht gibt</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>“%1” is not a level of integration</source>
            <translation>„%1“ ist keine Ebene der Integration</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>existiert nicht</translation>
        </message>
        <message>
            <source>must be text</source>
            <extracomment>The longest multi-line text (details, notes) accepted: 10 MB of characters.</extracomment>
            <translation>muss ein Text sein</translation>
        </message>
        <message>
            <source>contains control characters that cannot be stored; remove them</source>
            <translation>enthält Steuerzeichen, die nicht gespeichert werden können; bitte entfernen</translation>
        </message>
        <message>
            <source>contains characters that are not valid text</source>
            <translation>enthält Zeichen, die kein gültiger Text sind</translation>
        </message>
        <message>
            <source>is too long (%1 characters; at most %2)</source>
            <translation>ist zu lang (%1 Zeichen; höchstens %2)</translation>
        </message>
        <message>
            <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
            <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-31</translation>
        </message>
        <message>
            <source>must be a date</source>
            <translation>muss ein Datum sein</translation>
        </message>
        <message>
            <source>“%1” is not one of: %2</source>
            <translation>„%1“ ist keiner dieser Werte: %2</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>muss Ja oder Nein sein</translation>
        </message>
        <message>
            <source>“%1” is not a whole number from 0 to 5</source>
            <translation>„%1“ ist keine ganze Zahl von 0 bis 5</translation>
        </message>
        <message>
            <source>%1 is outside 0–5</source>
            <translation>%1 liegt nicht zwischen 0 und 5</translation>
        </message>
        <message>
            <source>must refer to an existing record</source>
            <translation>muss auf einen vorhandenen Datensatz verweisen</translation>
        </message>
        <message>
            <source>must be people in the database</source>
            <translation>müssen Personen aus der Datenbank sein</translation>
        </message>
        <message>
            <source>person %1 does not exist</source>
            <translation>Person %1 existiert nicht</translation>
        </message>
        <message>
            <source>is required: choose a partnership or an organisation</source>
            <translation>ist erforderlich: wählen Sie eine Partnerschaft oder eine Organisation</translation>
        </message>
        <message>
            <source>cannot be before the date of the entry</source>
            <translation>darf nicht vor dem Datum des Eintrags liegen</translation>
        </message>
        <message>
            <source>cannot be after the end date</source>
            <extracomment>Fields :func:`update_partnership` accepts: kind and stage change through their own functions.</extracomment>
            <translation>darf nicht nach dem Ende liegen</translation>
        </message>
        <message>
            <source>cannot be before the start date</source>
            <translation>darf nicht vor dem Beginn liegen</translation>
        </message>
        <message>
            <source>“%1” is already a partnership's name</source>
            <translation>„%1“ ist bereits der Name einer Partnerschaft</translation>
        </message>
        <message>
            <source>is already a member of this partnership</source>
            <translation>ist bereits Mitglied dieser Partnerschaft</translation>
        </message>
        <message>
            <source>is already %1</source>
            <translation>ist bereits „%1“</translation>
        </message>
        <message>
            <source>cannot be removed: it is where the history starts</source>
            <translation>kann nicht entfernt werden: hier beginnt der Verlauf</translation>
        </message>
        <message>
            <source>already holds data; the sample portfolio goes into an empty database</source>
            <extracomment>Days between contacts in each period: (from day, until day, every n days). Assessment profiles: the five scores at the start and at the end of the assessments. Leaders meet every n days over this span of days ago: (from, until, every). A recent call with an open follow-up: (days ago, due in days, summary).</extracomment>
            <translation>enthält bereits Daten; das Beispielportfolio kommt in eine leere Datenbank</translation>
        </message>
        <message>
            <source>cannot be after today</source>
            <extracomment>How many months of contacts a summary covers unless told otherwise (this month included). How many of the recent journal entries a summary lists at most, newest first. The first day of the month. How many contacts touched each level (a contact touching two levels counts in both). How many contacts a leader of a partner organisation took part in. True for the user's own people, False for the partners' (and anybody else's). The first day of the period whose contacts and journal entries are summarised. The user's own organisation, which prepared the summary (None if not set). Moves along the continuum and changes of stage, oldest first. The assessments, oldest first. Every month of the period, oldest first (months without contacts too). Who took part in the period's contacts: the user's own people first. The most recent journal entries of the period, newest first (at most ``ENTRY_LIMIT``). How many journal entries the period holds in all. The open follow-ups, soonest first.</extracomment>
            <translation>darf nicht in der Zukunft liegen</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Set up my organisation</source>
            <translation>Meine Organisation einrichten</translation>
        </message>
        <message>
            <source>“%1” is your organisation. Add a partnership with Ctrl+N.</source>
            <translation>„%1“ ist Ihre Organisation. Fügen Sie eine Partnerschaft mit Strg+N hinzu.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>Welcome to PartnerDesk</source>
            <translation>Willkommen bei PartnerDesk</translation>
        </message>
        <message>
            <source>PartnerDesk keeps your partnerships with other organisations, the contacts you have with them, and how deeply each one is integrated, in one file on this computer. Start in one of three ways:</source>
            <translation>PartnerDesk verwaltet Ihre Partnerschaften mit anderen Organisationen, Ihre Kontakte mit ihnen und wie tief jede integriert ist, in einer Datei auf diesem Computer. Beginnen Sie auf eine von drei Arten:</translation>
        </message>
        <message>
            <source>Set up your organisation</source>
            <translation>Ihre Organisation einrichten</translation>
        </message>
        <message>
            <source>Your own business takes part in every partnership you add; PartnerDesk adds it for you.</source>
            <translation>Ihr eigenes Unternehmen ist an jeder Partnerschaft beteiligt, die Sie anlegen; PartnerDesk trägt es für Sie ein.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name of your organisation</source>
            <translation>Name Ihrer Organisation</translation>
        </message>
        <message>
            <source>e.g. Hearth &amp; Grain Bakery</source>
            <translation>z. B. Bäckerei Herd &amp; Korn</translation>
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation>&amp;Tätigkeit:</translation>
        </message>
        <message>
            <source>What your organisation does</source>
            <translation>Was Ihre Organisation tut</translation>
        </message>
        <message>
            <source>e.g. bakery (optional)</source>
            <translation>z. B. Bäckerei (optional)</translation>
        </message>
        <message>
            <source>&amp;Set Up My Organisation</source>
            <translation>Meine Organisation &amp;einrichten</translation>
        </message>
        <message>
            <source>Look around a sample portfolio</source>
            <translation>Ein Beispielportfolio ansehen</translation>
        </message>
        <message>
            <source>A bakery's six partnerships over three years. It opens as a separate file, so this one stays yours.</source>
            <translation>Sechs Partnerschaften einer Bäckerei über drei Jahre. Das Beispiel öffnet sich als eigene Datei, Ihre Datei bleibt also unberührt.</translation>
        </message>
        <message>
            <source>&amp;Open the Sample Portfolio</source>
            <translation>Bei&amp;spielportfolio öffnen</translation>
        </message>
        <message>
            <source>Bring in the organisations and people of an address book: vCard and CSV files from Outlook, Google, Apple Contacts, Thunderbird and phones. You see what will happen before anything is written.</source>
            <translation>Übernehmen Sie die Organisationen und Personen eines Adressbuchs: vCard- und CSV-Dateien aus Outlook, Google, Apple Kontakte, Thunderbird und von Smartphones. Sie sehen, was passieren wird, bevor etwas geschrieben wird.</translation>
        </message>
        <message>
            <source>Open the sample portfolio</source>
            <translation>Beispielportfolio öffnen</translation>
        </message>
        <message>
            <source>Bring in your contacts</source>
            <translation>Ihre Kontakte übernehmen</translation>
        </message>
        <message>
            <source>&amp;Import Contacts…</source>
            <translation>Kontakte &amp;importieren…</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>PartnerDesk</source>
            <extracomment>The data changed (a frozenset of :class:`~partnerdesk.gui.events.Topic`), relayed from :data:`~partnerdesk.gui.events.events` while the window is open. Emitted with a short sentence for the status bar after a change ("Deleted …"), and whether to offer Undo beside it. How many times each topic has changed: what :meth:`remembered` keys its reads on.</extracomment>
            <translation>PartnerDesk</translation>
        </message>
        <message>
            <source>The change could not be saved.</source>
            <translation>Die Änderung konnte nicht gespeichert werden.</translation>
        </message>
    </context>
</TS>