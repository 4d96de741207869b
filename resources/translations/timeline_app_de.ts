<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs still running: held here so that neither a job nor its relay is collected while its thread runs, even when the widget that started it has gone (a closed dialog&apos;s preview).
----------
Threads for :func:`wait_for`: one job at a time per window is what the UI asks for. How long :func:`wait_for` waits before it shows its busy dialog.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>New Denial</source>
        <translation>Neues Dementi</translation>
    </message>
    <message>
        <source>Which claim does it deny?</source>
        <translation>Welche Behauptung wird dementiert?</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Attach Passage</source>
        <translation>Textstelle zuordnen</translation>
    </message>
    <message>
        <source>Which claim does this passage belong to?
“{}”</source>
        <translation>Zu welcher Behauptung gehört diese Textstelle?
„{}“</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Edit Relation</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit the relation chosen</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete Relation</source>
        <translation>Beziehung löschen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>The selected claim has no relations.</source>
        <translation>Die ausgewählte Behauptung hat keine Beziehungen.</translation>
    </message>
    <message>
        <source>Which relation?</source>
        <translation>Welche Beziehung?</translation>
    </message>
    <message>
        <source>No later claim.</source>
        <translation>Keine spätere Behauptung.</translation>
    </message>
    <message>
        <source>No earlier claim.</source>
        <translation>Keine frühere Behauptung.</translation>
    </message>
    <message>
        <source>Credibility</source>
        <extracomment>The widest date the said column should show whole (&quot;until 21 Dec 2025&quot;, in the interface&apos;s language).</extracomment>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Claims by party and claimant</source>
        <translation>Behauptungen nach Partei und Urheber</translation>
    </message>
    <message>
        <source>Show {} column</source>
        <translation>Spalte „{}“ anzeigen</translation>
    </message>
    <message>
        <source>Party</source>
        <extracomment>Each grouping: its name in the lanes box, and its View menu entry.</extracomment>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Any party</source>
        <translation>Jede Partei</translation>
    </message>
    <message>
        <source>Parties: {}</source>
        <translation>Parteien: {}</translation>
    </message>
    <message>
        <source>Filter by party</source>
        <translation>Nach Partei filtern</translation>
    </message>
    <message>
        <source>Any party: pick parties to show only their claims</source>
        <translation>Jede Partei: Parteien auswählen, um nur deren Behauptungen zu zeigen</translation>
    </message>
    <message>
        <source>Only claims with these parties: {}</source>
        <translation>Nur Behauptungen dieser Parteien: {}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Statuses: {}</source>
        <translation>Status: {}</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status: pick statuses to show only their claims</source>
        <translation>Jeder Status: Status auswählen, um nur diese Behauptungen zu zeigen</translation>
    </message>
    <message>
        <source>Only claims with these statuses: {}</source>
        <translation>Nur Behauptungen mit diesem Status: {}</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Tags: {}</source>
        <translation>Schlagwörter: {}</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Any tag: pick tags to show only their claims</source>
        <translation>Jedes Schlagwort: Schlagwörter auswählen, um nur deren Behauptungen zu zeigen</translation>
    </message>
    <message>
        <source>Only claims with these tags: {}</source>
        <translation>Nur Behauptungen mit diesen Schlagwörtern: {}</translation>
    </message>
    <message>
        <source>Search claims and sources…</source>
        <translation>Behauptungen und Quellen durchsuchen…</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Behauptungen durchsuchen</translation>
    </message>
    <message>
        <source>Words in the proposition, quote, translation, notes or a source&apos;s text</source>
        <translation>Wörter in Aussage, Zitat, Übersetzung, Notizen oder im Text einer Quelle</translation>
    </message>
    <message>
        <source>from</source>
        <comment>said from this date</comment>
        <translation>von</translation>
    </message>
    <message>
        <source>Said from</source>
        <translation>Geäußert ab</translation>
    </message>
    <message>
        <source>to</source>
        <comment>said until this date</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Said until</source>
        <translation>Geäußert bis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show all claims again</source>
        <translation>Wieder alle Behauptungen zeigen</translation>
    </message>
    <message>
        <source>Only denials</source>
        <translation>Nur Dementis</translation>
    </message>
    <message>
        <source>Only claims that deny another claim or are denied</source>
        <translation>Nur Behauptungen, die eine andere dementieren oder dementiert werden</translation>
    </message>
    <message>
        <source>Follow timeline</source>
        <translation>Zeitleiste folgen</translation>
    </message>
    <message>
        <source>Show only claims said within the timeline&apos;s visible range</source>
        <translation>Nur Behauptungen zeigen, die im sichtbaren Zeitraum der Zeitleiste geäußert wurden</translation>
    </message>
    <message>
        <source>Said</source>
        <extracomment>The columns&apos; headers and tooltips, in English: translate them where they are shown.</extracomment>
        <translation>Geäußert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>{} — not applied</source>
        <translation>{} – nicht angewandt</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Glaubw.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>When the claim was made, at the precision the source gives</source>
        <translation>Wann die Behauptung geäußert wurde, so genau, wie die Quelle es angibt</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Wer die Behauptung aufgestellt hat</translation>
    </message>
    <message>
        <source>What the claim says</source>
        <translation>Was die Behauptung besagt</translation>
    </message>
    <message>
        <source>Where checking it stands</source>
        <translation>Wie weit die Prüfung ist</translation>
    </message>
    <message>
        <source>Credibility on the Admiralty scale: 1 confirmed … 5 improbable, 6 cannot be judged</source>
        <translation>Glaubwürdigkeit nach der Admiralty-Skala: 1 bestätigt … 5 unwahrscheinlich, 6 nicht beurteilbar</translation>
    </message>
    <message>
        <source>How many sources report the claim</source>
        <translation>Wie viele Quellen über die Behauptung berichten</translation>
    </message>
    <message>
        <source>unattributed</source>
        <extracomment>The child kind under each kind; relations have none.</extracomment>
        <translation>ohne Urheber</translation>
    </message>
    <message>
        <source>{} ({})</source>
        <comment>a name and a count</comment>
        <translation>{} ({})</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to that claim</source>
        <translation>Eingabetaste oder Doppelklick springt zu dieser Behauptung</translation>
    </message>
    <message>
        <source>Credibility {}</source>
        <translation>Glaubwürdigkeit {}</translation>
    </message>
    <message>
        <source>Credibility not rated</source>
        <translation>Glaubwürdigkeit nicht bewertet</translation>
    </message>
    <message>
        <source>Status: {}</source>
        <translation>Status: {}</translation>
    </message>
    <message>
        <source>Sources: {}</source>
        <translation>Quellen: {}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) match(es)</source>
        <translation>
            <numerusform>%Ln Behauptung passt auf</numerusform>
            <numerusform>%Ln Behauptungen passen auf</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Claims…</source>
        <extracomment>Rows opened on their own when a project or filter is shown: about one page, so the first screen is full but never costs more than one page of claims.</extracomment>
        <translation>Behauptungen &amp;suchen…</translation>
    </message>
    <message>
        <source>Unverified</source>
        <extracomment>The statuses every project starts with (migration 0001), by key, with their stored English labels.</extracomment>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>{} the filter.</source>
        <comment>1 claim matches the filter</comment>
        <translation>{} den Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s).</source>
        <translation>
            <numerusform>%Ln Behauptung.</numerusform>
            <numerusform>%Ln Behauptungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>Noch keine Behauptungen.</translation>
    </message>
    <message>
        <source>Nothing selected.

Click an event or a claim on the timeline to see its record here.</source>
        <translation>Nichts ausgewählt.

Klicken Sie auf ein Ereignis oder eine Behauptung in der Zeitleiste, um hier die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>The selected record no longer exists.</source>
        <translation>Der ausgewählte Eintrag existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source> · and %Ln more selected</source>
        <translation>
            <numerusform> · und %Ln weiterer ausgewählt</numerusform>
            <numerusform> · und %Ln weitere ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>{}, {} UTC</source>
        <comment>a day and a time of day</comment>
        <translation>{}, {} Uhr UTC</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>“{}”</source>
        <comment>a quotation</comment>
        <translation>„{}“</translation>
    </message>
    <message>
        <source>{} quote</source>
        <comment>direct, indirect, paraphrase</comment>
        <translation>Zitat: {}</translation>
    </message>
    <message>
        <source>Translation: “{}”</source>
        <translation>Übersetzung: „{}“</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>{}, {}: {} → {}</source>
        <comment>when, who: from which status to which</comment>
        <translation>{}, {}: {} → {}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>in {}</source>
        <comment>a passage in a source</comment>
        <translation>in {}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Claims about it</source>
        <translation>Behauptungen dazu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Source ({})</source>
        <translation>Quelle ({})</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>New Party or Person</source>
        <translation>Neue Partei oder Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>e.g. US special envoy</source>
        <translation>z. B. US-Sondergesandter</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>other names, separated by commas</source>
        <translation>andere Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Lane Colour</source>
        <translation>Farbe der Spur</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Bitte einen Namen angeben.</translation>
    </message>
    <message>
        <source>type some words to narrow the list</source>
        <translation>Wörter eingeben, um die Liste einzugrenzen</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Nothing matches; try other words.</source>
        <translation>Nichts gefunden; andere Wörter versuchen.</translation>
    </message>
    <message>
        <source>New Claim</source>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>what is claimed, in one short sentence</source>
        <translation>was behauptet wird, in einem kurzen Satz</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>the words as said, in their language</source>
        <translation>der Wortlaut in der Originalsprache</translation>
    </message>
    <message>
        <source>e.g. de</source>
        <translation>z. B. de</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>Art des Zitats</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Wer und wann</translation>
    </message>
    <message>
        <source>e.g. post on X, video address, agency interview</source>
        <translation>z. B. Post auf X, Videobotschaft, Agenturinterview</translation>
    </message>
    <message>
        <source>About event</source>
        <translation>Zum Ereignis</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Dementiert</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>“{}”
in {}</source>
        <translation>„{}“
in {}</translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation>Berichtet in</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <source>Write the proposition: what is claimed, in one short sentence.</source>
        <translation>Bitte die Aussage eintragen: was behauptet wird, in einem kurzen Satz.</translation>
    </message>
    <message>
        <source>The date said cannot be read; see the line under it.</source>
        <translation>Das Datum der Äußerung ist nicht lesbar; siehe die Zeile darunter.</translation>
    </message>
    <message>
        <source>A denial is a claim of its own: choose the source it was reported in.</source>
        <translation>Ein Dementi ist eine eigene Behauptung: Bitte die Quelle wählen, in der darüber berichtet wurde.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting it also changes these:</source>
        <translation>Das Löschen ändert auch Folgendes:</translation>
    </message>
    <message>
        <source>Nothing else depends on it.</source>
        <translation>Nichts anderes hängt davon ab.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings everything back.</source>
        <translation>Bearbeiten ▸ Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>e.g. 14.12.2025, Dezember 2025, 14–15 Dec 2025, last Sunday</source>
        <translation>z. B. 14.12.2025, Dezember 2025, 14.–15. Dez. 2025, letzten Sonntag</translation>
    </message>
    <message>
        <source>the source&apos;s publication day</source>
        <translation>dem Erscheinungstag der Quelle</translation>
    </message>
    <message>
        <source>Relative words such as “gestern” count from {}, {}</source>
        <translation>Relative Angaben wie „gestern“ zählen ab {}, {}</translation>
    </message>
    <message>
        <source>Relative words such as “gestern” need a source with a publication day</source>
        <translation>Relative Angaben wie „gestern“ brauchen eine Quelle mit Erscheinungstag</translation>
    </message>
    <message>
        <source>Cannot read &apos;{}&apos; as a date; write it as e.g. 14.12.2025, Dezember 2025, 14–15 Dec 2025, 2025 or last Sunday</source>
        <translation>„{}“ ist als Datum nicht lesbar; schreiben Sie z. B. 14.12.2025, Dezember 2025, 14.–15. Dez. 2025, 2025 oder letzten Sonntag</translation>
    </message>
    <message>
        <source> · worded “{}”</source>
        <translation> · im Wortlaut „{}“</translation>
    </message>
    <message>
        <source>No date: it will be listed as undated</source>
        <translation>Kein Datum: wird unter „Undatiert“ aufgeführt</translation>
    </message>
    <message>
        <source>Delete this claim?
{}</source>
        <extracomment>How many records of one kind a confirmation names before it only counts the rest. The question, and the reason it cannot be asked, by the kind of record (&quot;{}&quot;: its label).</extracomment>
        <translation>Diese Behauptung löschen?
{}</translation>
    </message>
    <message>
        <source>Delete this event?
{}</source>
        <translation>Dieses Ereignis löschen?
{}</translation>
    </message>
    <message>
        <source>Delete this party or person?
{}</source>
        <translation>Diese Partei oder Person löschen?
{}</translation>
    </message>
    <message>
        <source>Delete this source?
{}</source>
        <translation>Diese Quelle löschen?
{}</translation>
    </message>
    <message>
        <source>Delete this relation?
{}</source>
        <translation>Diese Beziehung löschen?
{}</translation>
    </message>
    <message>
        <source>This claim cannot be deleted:
{}</source>
        <translation>Diese Behauptung kann nicht gelöscht werden:
{}</translation>
    </message>
    <message>
        <source>This event cannot be deleted:
{}</source>
        <translation>Dieses Ereignis kann nicht gelöscht werden:
{}</translation>
    </message>
    <message>
        <source>This party or person cannot be deleted:
{}</source>
        <translation>Diese Partei oder Person kann nicht gelöscht werden:
{}</translation>
    </message>
    <message>
        <source>This source cannot be deleted:
{}</source>
        <translation>Diese Quelle kann nicht gelöscht werden:
{}</translation>
    </message>
    <message>
        <source>This relation cannot be deleted:
{}</source>
        <translation>Diese Beziehung kann nicht gelöscht werden:
{}</translation>
    </message>
    <message>
        <source>{} will no longer be about it</source>
        <translation>{} bezieht sich nicht mehr darauf</translation>
    </message>
    <message>
        <source>{} will no longer be part of it</source>
        <translation>{} ist nicht mehr Teil davon</translation>
    </message>
    <message>
        <source>{} will no longer name it as its previous version</source>
        <translation>{} nennt es nicht mehr als frühere Fassung</translation>
    </message>
    <message>
        <source>This record cannot be deleted:
{}</source>
        <translation>Dieser Eintrag kann nicht gelöscht werden:
{}</translation>
    </message>
    <message>
        <source>Delete this record?
{}</source>
        <translation>Diesen Eintrag löschen?
{}</translation>
    </message>
    <message>
        <source>{} will lose its link to it</source>
        <translation>{} verliert die Verknüpfung damit</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) will lose their link to it</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag verliert die Verknüpfung damit</numerusform>
            <numerusform>… und %n weitere Einträge verlieren die Verknüpfung damit</numerusform>
        </translation>
    </message>
    <message>
        <source>Its relation “{}” with {} is deleted</source>
        <translation>Die Beziehung „{}“ mit {} wird gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more relation(s) are deleted</source>
        <translation>
            <numerusform>… und %n weitere Beziehung wird gelöscht</numerusform>
            <numerusform>… und %n weitere Beziehungen werden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>The passage “{}” is deleted</source>
        <translation>Die Textstelle „{}“ wird gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more passage(s) are deleted</source>
        <translation>
            <numerusform>… und %n weitere Textstelle wird gelöscht</numerusform>
            <numerusform>… und %n weitere Textstellen werden gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its status history (%n entry(s)) is deleted</source>
        <translation>
            <numerusform>Der Statusverlauf (%n Eintrag) wird gelöscht</numerusform>
            <numerusform>Der Statusverlauf (%n Einträge) wird gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n source(s) are removed</source>
        <translation>
            <numerusform>Die Verknüpfung mit %n Quelle wird entfernt</numerusform>
            <numerusform>Die Verknüpfungen mit %n Quellen werden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n tag(s) are removed</source>
        <translation>
            <numerusform>Die Verknüpfung mit %n Schlagwort wird entfernt</numerusform>
            <numerusform>Die Verknüpfungen mit %n Schlagwörtern werden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n participant(s) are removed</source>
        <translation>
            <numerusform>Die Verknüpfung mit %n Beteiligten wird entfernt</numerusform>
            <numerusform>Die Verknüpfungen mit %n Beteiligten werden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n event(s) are removed</source>
        <translation>
            <numerusform>Die Verknüpfung mit %n Ereignis wird entfernt</numerusform>
            <numerusform>Die Verknüpfungen mit %n Ereignissen werden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n claim(s) are removed</source>
        <translation>
            <numerusform>Die Verknüpfung mit %n Behauptung wird entfernt</numerusform>
            <numerusform>Die Verknüpfungen mit %n Behauptungen werden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its links to %n records are removed</source>
        <translation>
            <numerusform>Die Verknüpfung mit %n Eintrag wird entfernt</numerusform>
            <numerusform>Die Verknüpfungen mit %n Einträgen werden entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>a record</source>
        <translation>ein Eintrag</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>only for events that last: e.g. 15.12.2025</source>
        <translation>nur für andauernde Ereignisse: z. B. 15.12.2025</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Bitte dem Ereignis einen Titel geben.</translation>
    </message>
    <message>
        <source>The start cannot be read; see the line under it.</source>
        <translation>Der Beginn ist nicht lesbar; siehe die Zeile darunter.</translation>
    </message>
    <message>
        <source>The end cannot be read; see the line under it.</source>
        <translation>Das Ende ist nicht lesbar; siehe die Zeile darunter.</translation>
    </message>
    <message>
        <source>The end lies before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Beteiligte hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Each party or person can take part only once.</source>
        <translation>Jede Partei oder Person kann nur einmal beteiligt sein.</translation>
    </message>
    <message>
        <source>type to find a party or person</source>
        <extracomment>For each kind of record a field can choose (its ``noun``): the hint in the empty field, and what is said when no record matches the words typed (&quot;{}&quot;).</extracomment>
        <translation>tippen, um eine Partei oder Person zu finden</translation>
    </message>
    <message>
        <source>No party or person matches “{}”</source>
        <translation>Keine Partei oder Person passt zu „{}“</translation>
    </message>
    <message>
        <source>type to find an event</source>
        <translation>tippen, um ein Ereignis zu finden</translation>
    </message>
    <message>
        <source>No event matches “{}”</source>
        <translation>Kein Ereignis passt zu „{}“</translation>
    </message>
    <message>
        <source>type to find a claim</source>
        <translation>tippen, um eine Behauptung zu finden</translation>
    </message>
    <message>
        <source>No claim matches “{}”</source>
        <translation>Keine Behauptung passt zu „{}“</translation>
    </message>
    <message>
        <source>type to find a source</source>
        <translation>tippen, um eine Quelle zu finden</translation>
    </message>
    <message>
        <source>No source matches “{}”</source>
        <translation>Keine Quelle passt zu „{}“</translation>
    </message>
    <message numerus="yes">
        <source>“{}” fits %n records: choose one from the list</source>
        <translation>
            <numerusform>„{}“ passt auf %n Eintrag: bitte aus der Liste wählen</numerusform>
            <numerusform>„{}“ passt auf %n Einträge: bitte einen aus der Liste wählen</numerusform>
        </translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>each party or person can take part only once</source>
        <translation>jede Partei oder Person kann nur einmal beteiligt sein</translation>
    </message>
    <message>
        <source>unknown role {!r}</source>
        <translation>unbekannte Rolle {!r}</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Other claim</source>
        <translation>Andere Behauptung</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Choose the other claim: type some of its words.</source>
        <translation>Bitte die andere Behauptung wählen: einige ihrer Wörter eingeben.</translation>
    </message>
    <message>
        <source>A claim cannot be related to itself.</source>
        <translation>Eine Behauptung kann nicht mit sich selbst in Beziehung stehen.</translation>
    </message>
    <message>
        <source>New Source</source>
        <extracomment>A text file larger than this is surely not one report.</extracomment>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Paste the full text of the source here, or load it from a text file.</source>
        <translation>Den vollständigen Text der Quelle hier einfügen oder aus einer Textdatei laden.</translation>
    </message>
    <message>
        <source>Load Text File…</source>
        <translation>Textdatei laden…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The text is fixed: passages point into it. For a changed text, add the source again as a new source.</source>
        <translation>Der Text ist unveränderlich: Textstellen verweisen darauf. Für einen geänderten Text die Quelle erneut als neue Quelle anlegen.</translation>
    </message>
    <message>
        <source>Load Text File</source>
        <translation>Textdatei laden</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the file is larger than {} MB</source>
        <translation>die Datei ist größer als {} MB</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie enthält keinen UTF-8-Text</translation>
    </message>
    <message>
        <source>Could not load {}: {}</source>
        <translation>{} konnte nicht geladen werden: {}</translation>
    </message>
    <message>
        <source>Give the source a title.</source>
        <translation>Bitte der Quelle einen Titel geben.</translation>
    </message>
    <message>
        <source>The publication date cannot be read; see the line under it.</source>
        <translation>Das Erscheinungsdatum ist nicht lesbar; siehe die Zeile darunter.</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Derzeit</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>what was checked, against what, with what result</source>
        <translation>was geprüft wurde, woran und mit welchem Ergebnis</translation>
    </message>
    <message>
        <source>Recorded as by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Choose a status other than the present one.</source>
        <translation>Bitte einen anderen als den derzeitigen Status wählen.</translation>
    </message>
    <message>
        <source>{} (not a local file)</source>
        <translation>{} (keine lokale Datei)</translation>
    </message>
    <message>
        <source>{} (a folder)</source>
        <translation>{} (ein Ordner)</translation>
    </message>
    <message>
        <source>{} (not found)</source>
        <translation>{} (nicht gefunden)</translation>
    </message>
    <message>
        <source>Drop to open {}</source>
        <translation>Loslassen, um {} zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s) into the open project</source>
        <translation>
            <numerusform>Loslassen, um %n Datei in das geöffnete Projekt zu importieren</numerusform>
            <numerusform>Loslassen, um %n Dateien in das geöffnete Projekt zu importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to open: {}</source>
        <translation>Nichts zu öffnen: {}</translation>
    </message>
    <message>
        <source>Skipped {}</source>
        <translation>Übersprungen: {}</translation>
    </message>
    <message>
        <source>opened only {}; drop one project at a time</source>
        <translation>nur {} geöffnet; bitte jeweils ein Projekt ablegen</translation>
    </message>
    <message numerus="yes">
        <source>Open or create a project first, then drop %n file(s) to import</source>
        <translation>
            <numerusform>Zuerst ein Projekt öffnen oder anlegen, dann die Datei zum Importieren ablegen</numerusform>
            <numerusform>Zuerst ein Projekt öffnen oder anlegen, dann die %n Dateien zum Importieren ablegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) into “{}”?</source>
        <translation>
            <numerusform>%n Datei in „{}“ importieren?</numerusform>
            <numerusform>%n Dateien in „{}“ importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) into {}</source>
        <translation>
            <numerusform>%n Datei in {} importieren</numerusform>
            <numerusform>%n Dateien in {} importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <comment>a button: import the files dropped</comment>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>the open project</source>
        <translation>das geöffnete Projekt</translation>
    </message>
    <message>
        <source>New &amp;Claim…</source>
        <translation>Neue &amp;Behauptung…</translation>
    </message>
    <message>
        <source>A new claim; from the passage selected in the source, if any</source>
        <translation>Eine neue Behauptung; aus der in der Quelle markierten Textstelle, falls vorhanden</translation>
    </message>
    <message>
        <source>New &amp;Event…</source>
        <translation>Neues &amp;Ereignis…</translation>
    </message>
    <message>
        <source>New &amp;Party or Person…</source>
        <translation>Neue &amp;Partei oder Person…</translation>
    </message>
    <message>
        <source>New &amp;Source…</source>
        <translation>Neue &amp;Quelle…</translation>
    </message>
    <message>
        <source>Add a report or statement: paste its text or load a text file</source>
        <translation>Einen Bericht oder eine Erklärung hinzufügen: Text einfügen oder Textdatei laden</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <source>Open &amp;Source…</source>
        <translation>&amp;Quelle öffnen…</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <source>Change the selected claim&apos;s status; the change is kept in its history</source>
        <translation>Den Status der ausgewählten Behauptung ändern; die Änderung bleibt im Verlauf erhalten</translation>
    </message>
    <message>
        <source>Add &amp;Denial…</source>
        <translation>&amp;Dementi hinzufügen…</translation>
    </message>
    <message>
        <source>A claim denying another, with its denies link, in one step</source>
        <translation>Eine Behauptung, die eine andere dementiert, samt Verknüpfung in einem Schritt</translation>
    </message>
    <message>
        <source>New &amp;Relation…</source>
        <translation>Neue Be&amp;ziehung…</translation>
    </message>
    <message>
        <source>Edit Re&amp;lation…</source>
        <translation>Beziehung bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Delete Rela&amp;tion…</source>
        <translation>Beziehung lösc&amp;hen…</translation>
    </message>
    <message>
        <source>&amp;Next Claim</source>
        <translation>&amp;Nächste Behauptung</translation>
    </message>
    <message>
        <source>&amp;Previous Claim</source>
        <translation>&amp;Vorige Behauptung</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>Quellentext</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Wie geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Behaup&amp;tung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo {}</source>
        <translation>Rückgängig: {}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo {}</source>
        <translation>Wiederherstellen: {}</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>Quelle öffnen</translation>
    </message>
    <message>
        <source>Which source do you want to read?</source>
        <translation>Welche Quelle möchten Sie lesen?</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a source, in the source reader</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>This project is open read-only: nothing in it can be changed. Save a copy to edit it.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: Nichts darin kann geändert werden. Zum Bearbeiten eine Kopie speichern.</translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <extracomment>What to select first, by the kind of record asked for.</extracomment>
        <translation>Zuerst eine Behauptung auswählen.</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Zuerst ein Ereignis auswählen.</translation>
    </message>
    <message>
        <source>Select a source first.</source>
        <translation>Zuerst eine Quelle auswählen.</translation>
    </message>
    <message>
        <source>Select a party or person first.</source>
        <translation>Zuerst eine Partei oder Person auswählen.</translation>
    </message>
    <message>
        <source>Select a {} first.</source>
        <translation>Zuerst auswählen: {}.</translation>
    </message>
    <message>
        <source>The change could not be saved; the message says why.</source>
        <translation>Die Änderung konnte nicht gespeichert werden; die Meldung nennt den Grund.</translation>
    </message>
    <message>
        <source>{}: saved</source>
        <translation>{}: gespeichert</translation>
    </message>
    <message>
        <source>Select a claim, event, party, person or source to edit.</source>
        <translation>Zum Bearbeiten eine Behauptung, ein Ereignis, eine Partei, Person oder Quelle auswählen.</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Edit Party or Person</source>
        <translation>Partei oder Person bearbeiten</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Select what to delete first.</source>
        <translation>Zuerst auswählen, was gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>The timeline&apos;s current view</source>
        <translation>Aktuelle Ansicht der Zeitleiste</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>from, e.g. 1.12.2025</source>
        <translation>von, z. B. 1.12.2025</translation>
    </message>
    <message>
        <source>to, e.g. Dec 2025</source>
        <translation>bis, z. B. Dez. 2025</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source> page(s) wide</source>
        <translation> Seite(n) breit</translation>
    </message>
    <message>
        <source>Split across:</source>
        <translation>Aufteilen auf:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parteien:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Untertitel:</translation>
    </message>
    <message>
        <source>Add the claims appendix and the list of sources</source>
        <translation>Anhang mit Behauptungen und Quellenverzeichnis beifügen</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The range must have a known start before its end.</source>
        <translation>Der Bereich braucht einen bekannten Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <source>{} to {}</source>
        <comment>a range of dates</comment>
        <translation>{} bis {}</translation>
    </message>
    <message>
        <source>No preview: {}</source>
        <translation>Keine Vorschau: {}</translation>
    </message>
    <message>
        <source>Project JSON (*.json)</source>
        <translation>Projekt-JSON (*.json)</translation>
    </message>
    <message>
        <source>Events as CSV (*.csv)</source>
        <translation>Ereignisse als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Claims as CSV (*.csv)</source>
        <translation>Behauptungen als CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Everything timeline_app reads (*.json *.jsonld *.csv *.ics *.timeline);;Project JSON (*.json);;CSV (*.csv);;iCalendar (*.ics);;TimelineJS, ClaimReview, Web Annotation (*.json *.jsonld);;Timeline (*.timeline);;All files (*)</source>
        <translation>Alles, was timeline_app liest (*.json *.jsonld *.csv *.ics *.timeline);;Projekt-JSON (*.json);;CSV (*.csv);;iCalendar (*.ics);;TimelineJS, ClaimReview, Web Annotation (*.json *.jsonld);;Timeline (*.timeline);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Importing {}…</source>
        <translation>{} wird importiert…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting {}…</source>
        <translation>{} wird exportiert…</translation>
    </message>
    <message>
        <source>Exported {}</source>
        <translation>Exportiert: {}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>shortcuts of no menu</comment>
        <extracomment>Qt&apos;s codes for the extra keys of some keyboards (Back, New, Open, Undo, media keys, ...): the platform binds standard actions to them too, but listing &quot;New&quot; as New&apos;s key would only confuse.</extracomment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Befehl oder Taste suchen</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Shows only the commands whose name or keys contain this text</source>
        <translation>Zeigt nur die Befehle, deren Name oder Tasten diesen Text enthalten</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Shortcuts by menu</source>
        <translation>Tastenkürzel nach Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source># User guide

The guide could not be read from {}: {}.</source>
        <translation># Benutzerhandbuch

Das Handbuch konnte nicht aus {} gelesen werden: {}.</translation>
    </message>
    <message>
        <source>{} User Guide</source>
        <translation>{} – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Text des Benutzerhandbuchs</translation>
    </message>
    <message>
        <source>see the package&apos;s licence file</source>
        <translation>siehe Lizenzdatei des Pakets</translation>
    </message>
    <message>
        <source>About {}</source>
        <translation>Über {}</translation>
    </message>
    <message>
        <source>{} icon</source>
        <translation>Symbol von {}</translation>
    </message>
    <message>
        <source>{} version {}</source>
        <translation>{} Version {}</translation>
    </message>
    <message>
        <source>An event timeline and claim tracker: who said what, when, and who denied it.</source>
        <translation>Zeitleiste für Ereignisse und Behauptungen: Wer hat was wann gesagt, und wer hat es dementiert?</translation>
    </message>
    <message>
        <source>Free software under the {} licence.</source>
        <translation>Freie Software unter der Lizenz {}.</translation>
    </message>
    <message>
        <source>Description and versions</source>
        <translation>Beschreibung und Versionen</translation>
    </message>
    <message>
        <source>&amp;Bundled libraries and their licences:</source>
        <translation>&amp;Mitgelieferte Bibliotheken und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Mitgelieferte Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Mitgelieferte Bibliotheken</translation>
    </message>
    <message>
        <source>Name, version and licence of each library the program includes</source>
        <translation>Name, Version und Lizenz jeder mitgelieferten Bibliothek</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Angaben kopieren</translation>
    </message>
    <message>
        <source>Copies the versions and licences as text, e.g. for a bug report</source>
        <translation>Kopiert Versionen und Lizenzen als Text, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <extracomment>The libraries the application bundles, by distribution name; what they need is added from their metadata.</extracomment>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>Das Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command that has a key, by menu</source>
        <translation>Alle Befehle mit Tastenkürzel, nach Menü</translation>
    </message>
    <message>
        <source>&amp;About {}</source>
        <translation>&amp;Über {}</translation>
    </message>
    <message>
        <source>Version and licences, also of the bundled libraries</source>
        <translation>Version und Lizenzen, auch der mitgelieferten Bibliotheken</translation>
    </message>
    <message>
        <source>Address Not Opened</source>
        <translation>Adresse nicht geöffnet</translation>
    </message>
    <message>
        <source>Only web or mail addresses (http, https or mailto) are opened, not: {}</source>
        <translation>Nur Web- oder Mailadressen (http, https oder mailto) werden geöffnet, nicht: {}</translation>
    </message>
    <message>
        <source>Open this address?

{}

Mail to: {}</source>
        <translation>Diese Adresse öffnen?

{}

Mail an: {}</translation>
    </message>
    <message>
        <source>Open this address?

{}

Site: {}</source>
        <translation>Diese Adresse öffnen?

{}

Website: {}</translation>
    </message>
    <message>
        <source>Open Web Address</source>
        <translation>Webadresse öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Shared Project…</source>
        <translation>&amp;Gemeinsames Projekt öffnen…</translation>
    </message>
    <message>
        <source>&amp;Publish to Server…</source>
        <translation>Auf Server &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Copy to &amp;Local Project…</source>
        <translation>Als &amp;lokales Projekt kopieren…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Upgraded from an older version; the original was kept as {}</source>
        <translation>Von einer älteren Version aktualisiert; das Original wurde als {} aufbewahrt</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Open Shared Project</source>
        <translation>Gemeinsames Projekt öffnen</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>Publishing to {}…</source>
        <translation>Wird auf {} veröffentlicht…</translation>
    </message>
    <message>
        <source>Copy to Local Project</source>
        <translation>Als lokales Projekt kopieren</translation>
    </message>
    <message>
        <source>Copying to {}…</source>
        <translation>Wird nach {} kopiert…</translation>
    </message>
    <message>
        <source>Copied to {}; it is in File → Open Recent</source>
        <translation>Nach {} kopiert; es steht unter Datei → Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Could not copy the project</source>
        <translation>Das Projekt konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>Server address, for example postgresql://anna@newsroom-db/ukraine_talks
(a password is best kept in ~/.pgpass or PGPASSWORD, not in the address):</source>
        <translation>Serveradresse, zum Beispiel postgresql://anna@newsroom-db/ukraine_talks
(ein Passwort steht am besten in ~/.pgpass oder PGPASSWORD, nicht in der Adresse):</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not create the project</source>
        <translation>Das Projekt konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not prepare the demo</source>
        <translation>Die Demo konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>{} copy</source>
        <comment>the suggested name of a copy of a project file</comment>
        <translation>{} Kopie</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>Die Kopie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as {}</source>
        <translation>Kopie gespeichert als {}</translation>
    </message>
    <message>
        <source>Opening {}…</source>
        <translation>{} wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing changed</source>
        <translation>Öffnen abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>{} [read-only]</source>
        <translation>{} [schreibgeschützt]</translation>
    </message>
    <message>
        <source>timeline_app projects (*.tlproj);;All files (*)</source>
        <translation>timeline_app-Projekte (*.tlproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Create a project, open one you have, or explore the demo: a real story of claims and denials from December 2025.</source>
        <translation>Legen Sie ein Projekt an, öffnen Sie ein vorhandenes oder erkunden Sie die Demo: eine echte Geschichte von Behauptungen und Dementis aus dem Dezember 2025.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Takes effect at once: menus, dates and numbers follow the language.</source>
        <translation>Gilt sofort: Menüs, Datumsangaben und Zahlen folgen der Sprache.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
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
        <source>Takes effect at once.</source>
        <translation>Gilt sofort.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation>Standard-&amp;Spuren:</translation>
    </message>
    <message>
        <source>One lane per party</source>
        <translation>Eine Spur pro Partei</translation>
    </message>
    <message>
        <source>One lane per tag</source>
        <translation>Eine Spur pro Schlagwort</translation>
    </message>
    <message>
        <source>A single lane</source>
        <translation>Eine einzige Spur</translation>
    </message>
    <message>
        <source>For projects opened for the first time; each project keeps the lanes you chose for it.</source>
        <translation>Für erstmals geöffnete Projekte; jedes Projekt behält die Spuren, die Sie dafür gewählt haben.</translation>
    </message>
    <message>
        <source>PDF &amp;page size:</source>
        <translation>PDF-&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>The page size the PDF export starts with.</source>
        <translation>Die Seitengröße, mit der der PDF-Export beginnt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Aufbewahren:</translation>
    </message>
    <message>
        <source> backups per project</source>
        <translation> Sicherungen pro Projekt</translation>
    </message>
    <message>
        <source>Older backups are deleted when a new one is made.</source>
        <translation>Ältere Sicherungen werden gelöscht, wenn eine neue angelegt wird.</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Sichern &amp;alle:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>While a project is open and has changed since its last backup.</source>
        <translation>Solange ein Projekt geöffnet ist und sich seit der letzten Sicherung geändert hat.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>About: {}</source>
        <comment>the note under a preference</comment>
        <translation>Hinweis: {}</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, theme, default lanes, PDF page size and backups</source>
        <translation>Sprache, Farbschema, Standard-Spuren, PDF-Seitengröße und Sicherungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>editable; every change is saved at once</source>
        <translation>bearbeitbar; jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Events: {}</source>
        <translation>Ereignisse: {}</translation>
    </message>
    <message>
        <source>Claims: {}</source>
        <translation>Behauptungen: {}</translation>
    </message>
    <message>
        <source>Relations: {}</source>
        <translation>Beziehungen: {}</translation>
    </message>
    <message>
        <source>Dates: {}</source>
        <translation>Zeitraum: {}</translation>
    </message>
    <message>
        <source>Access: {}</source>
        <translation>Zugriff: {}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no relations</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation>noch keine Datumsangaben</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this record (Ctrl+E)</source>
        <translation>Diesen Eintrag ändern (Strg+E)</translation>
    </message>
    <message>
        <source>worded: “{}”</source>
        <translation>im Wortlaut: „{}“</translation>
    </message>
    <message>
        <source>Outlet: {}</source>
        <translation>Medium: {}</translation>
    </message>
    <message>
        <source>Attributed as: “{}”</source>
        <translation>Zugeschrieben als: „{}“</translation>
    </message>
    <message>
        <source>Read the text</source>
        <translation>Text lesen</translation>
    </message>
    <message>
        <source>Open this source in the source reader</source>
        <translation>Diese Quelle im Quellentext öffnen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open in your browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Only http and https addresses are opened</source>
        <translation>Nur http- und https-Adressen werden geöffnet</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
        <source>Backup failed: {}</source>
        <translation>Sicherung fehlgeschlagen: {}</translation>
    </message>
    <message>
        <source>Backed up to {}</source>
        <translation>Gesichert in {}</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>{}: there are no usable backups of this project yet.</source>
        <translation>{}: Von diesem Projekt gibt es noch keine verwendbaren Sicherungen.</translation>
    </message>
    <message>
        <source>{} — {} MB</source>
        <comment>when a backup was made, and its size</comment>
        <translation>{} – {} MB</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm:ss</source>
        <comment>a Qt date format: when a backup was made</comment>
        <translation>d. MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <source>Restore the project as it was on:</source>
        <translation>Das Projekt in diesem Stand wiederherstellen:</translation>
    </message>
    <message>
        <source>Put the backup of {} in place of {}?

The current file is kept beside it, renamed “…damaged-&lt;time&gt;”, and nothing is deleted.</source>
        <translation>Die Sicherung vom {} an die Stelle von {} setzen?

Die aktuelle Datei bleibt daneben erhalten, umbenannt in „…damaged-&lt;Zeit&gt;“, und nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <extracomment>The store&apos;s reasons for opening a project read-only, as the banner says them.</extracomment>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Opened read-only: another program is writing to it</source>
        <translation>Schreibgeschützt geöffnet: Ein anderes Programm schreibt gerade darin</translation>
    </message>
    <message>
        <source>Opened read-only: you may not write to this file</source>
        <translation>Schreibgeschützt geöffnet: Sie dürfen in diese Datei nicht schreiben</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No source open. Choose View ▸ Open Source…, or “Read the text” in the details of a source.</source>
        <translation>Keine Quelle geöffnet. Wählen Sie Ansicht ▸ Quelle öffnen… oder „Text lesen“ in den Details einer Quelle.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Open Source…</source>
        <translation>Quelle öffnen…</translation>
    </message>
    <message>
        <source>Choose a source of this project to read</source>
        <translation>Eine Quelle dieses Projekts zum Lesen wählen</translation>
    </message>
    <message>
        <source>New Claim from Selection</source>
        <translation>Neue Behauptung aus Auswahl</translation>
    </message>
    <message>
        <source>Make a claim of the selected passage</source>
        <translation>Aus der markierten Textstelle eine Behauptung machen</translation>
    </message>
    <message>
        <source>Attach to Claim…</source>
        <translation>Behauptung zuordnen…</translation>
    </message>
    <message>
        <source>Anchor the selected passage to an existing claim</source>
        <translation>Die markierte Textstelle einer vorhandenen Behauptung zuordnen</translation>
    </message>
    <message>
        <source>New Denial of…</source>
        <translation>Neues Dementi zu…</translation>
    </message>
    <message>
        <source>Make the selected passage a claim denying another</source>
        <translation>Aus der markierten Textstelle eine Behauptung machen, die eine andere dementiert</translation>
    </message>
    <message>
        <source>New Event from Selection</source>
        <translation>Neues Ereignis aus Auswahl</translation>
    </message>
    <message>
        <source>Make an event of the selected passage</source>
        <translation>Aus der markierten Textstelle ein Ereignis machen</translation>
    </message>
    <message>
        <source>Orphaned passages</source>
        <translation>Verwaiste Textstellen</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Quellentext</translation>
    </message>
    <message>
        <source>No source open</source>
        <translation>Keine Quelle geöffnet</translation>
    </message>
    <message>
        <source>This passage can no longer be found in the text:
“{}”</source>
        <translation>Diese Textstelle ist im Text nicht mehr zu finden:
„{}“</translation>
    </message>
    <message>
        <source>Orphaned passages ({}): they can no longer be found in this text, so they are not highlighted</source>
        <translation>Verwaiste Textstellen ({}): Sie sind in diesem Text nicht mehr zu finden und werden deshalb nicht hervorgehoben</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n orphaned</source>
        <translation>
            <numerusform>, %n verwaist</numerusform>
            <numerusform>, %n verwaist</numerusform>
        </translation>
    </message>
    <message>
        <source>published {}</source>
        <translation>veröffentlicht {}</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>Erscheinungsdatum unbekannt</translation>
    </message>
    <message>
        <source>outlet unknown</source>
        <translation>Medium unbekannt</translation>
    </message>
    <message>
        <source>Click to select it</source>
        <translation>Zum Auswählen klicken</translation>
    </message>
    <message>
        <source>Lanes by Party</source>
        <translation>Spuren nach Partei</translation>
    </message>
    <message>
        <source>Lanes by Tag</source>
        <translation>Spuren nach Schlagwort</translation>
    </message>
    <message>
        <source>Single lane</source>
        <translation>Eine Spur</translation>
    </message>
    <message>
        <source>A date as you would write it: 21.12.2025, Dezember 2025, 14–15 Dec 2025, 2025</source>
        <extracomment>How much of the error colour tints an unreadable date&apos;s field, over the palette&apos;s own base.</extracomment>
        <translation>Ein Datum, wie Sie es schreiben würden: 21.12.2025, Dezember 2025, 14.–15. Dez. 2025, 2025</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Auf Auswahl zoomen</translation>
    </message>
    <message>
        <source> Go to: </source>
        <translation> Gehe zu: </translation>
    </message>
    <message>
        <source>a date, e.g. Dezember 2025</source>
        <translation>ein Datum, z. B. Dezember 2025</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum gehen</translation>
    </message>
    <message>
        <source> Lanes: </source>
        <translation> Spuren: </translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>{} ({})</source>
        <comment>a command and its key</comment>
        <translation>{} ({})</translation>
    </message>
    <message>
        <source>Showing {}</source>
        <translation>Angezeigt: {}</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Undated ({})</source>
        <translation>Undatiert ({})</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Undatiert</translation>
    </message>
    <message>
        <source>Undated items</source>
        <translation>Undatierte Einträge</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>Kein Datum angegeben</translation>
    </message>
    <message>
        <source>Every event and claim has a date.</source>
        <translation>Alle Ereignisse und Behauptungen haben ein Datum.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) without a date, so the timeline cannot place them:</source>
        <translation>
            <numerusform>%Ln Eintrag ohne Datum, die Zeitleiste kann ihn nicht einordnen:</numerusform>
            <numerusform>%Ln Einträge ohne Datum, die Zeitleiste kann sie nicht einordnen:</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Erhärtet</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Dementiert</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Unresolvable</source>
        <translation>Nicht klärbar</translation>
    </message>
    <message>
        <source>Not applicable (opinion)</source>
        <translation>Nicht prüfbar (Meinung)</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <extracomment>The claims panel&apos;s party for claims without a claimant (the store&apos;s ``claims_query.UNATTRIBUTED``).</extracomment>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>denies</source>
        <extracomment>How a relation reads from the claim that makes it, and from the claim it points at.</extracomment>
        <translation>dementiert</translation>
    </message>
    <message>
        <source>denied by</source>
        <translation>dementiert von</translation>
    </message>
    <message>
        <source>confirms</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>confirmed by</source>
        <translation>bestätigt von</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>gestützt von</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>widersprochen von</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>relativiert</translation>
    </message>
    <message>
        <source>qualified by</source>
        <translation>relativiert von</translation>
    </message>
    <message>
        <source>retracts</source>
        <translation>zieht zurück</translation>
    </message>
    <message>
        <source>retracted by</source>
        <translation>zurückgezogen von</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>repeated by</source>
        <translation>wiederholt von</translation>
    </message>
    <message>
        <source>Stated by the claimant</source>
        <translation>Vom Urheber erklärt</translation>
    </message>
    <message>
        <source>Inferred by the analyst</source>
        <translation>Vom Analysten gefolgert</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <extracomment>The Admiralty scale&apos;s words for a claim&apos;s credibility (1–6).</extracomment>
        <translation>durch andere Quellen bestätigt</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>wahrscheinlich wahr</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>möglicherweise wahr</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>Wahrheit nicht beurteilbar</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>sinngemäß</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Beteiligte(r)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>Vermittler</translation>
    </message>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>Nachrichtenbericht</translation>
    </message>
    <message>
        <source>wire item</source>
        <translation>Agenturmeldung</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>video address</source>
        <translation>Videobotschaft</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>claim</source>
        <extracomment>What the user calls each kind of record (the commands&apos; and the store&apos;s table names).</extracomment>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>party or person</source>
        <translation>Partei oder Person</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>New claim</source>
        <extracomment>The names of the edits that make a record: one each, since German nouns differ in gender.</extracomment>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>New denial</source>
        <translation>Neues Dementi</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue Partei</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>New outlet</source>
        <translation>Neues Medium</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>{} (by)</source>
        <translation>{} (von)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln denial(s)</source>
        <translation>
            <numerusform>%Ln Dementi</numerusform>
            <numerusform>%Ln Dementis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmation(s)</source>
        <translation>
            <numerusform>%Ln Bestätigung</numerusform>
            <numerusform>%Ln Bestätigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln support(s)</source>
        <translation>
            <numerusform>%Ln Stützung</numerusform>
            <numerusform>%Ln Stützungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contradiction(s)</source>
        <translation>
            <numerusform>%Ln Widerspruch</numerusform>
            <numerusform>%Ln Widersprüche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln qualification(s)</source>
        <translation>
            <numerusform>%Ln Relativierung</numerusform>
            <numerusform>%Ln Relativierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retraction(s)</source>
        <translation>
            <numerusform>%Ln Rücknahme</numerusform>
            <numerusform>%Ln Rücknahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repetition(s)</source>
        <translation>
            <numerusform>%Ln Wiederholung</numerusform>
            <numerusform>%Ln Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>New relation: {}</source>
        <translation>Neue Beziehung: {}</translation>
    </message>
    <message>
        <source>Edit {} “{}”</source>
        <translation>{} „{}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete {} “{}”</source>
        <translation>{} „{}“ löschen</translation>
    </message>
    <message>
        <source>Set tags of {} “{}”</source>
        <translation>Schlagwörter setzen: {} „{}“</translation>
    </message>
    <message>
        <source>Attach passage to {} “{}”</source>
        <translation>Textstelle zuordnen: {} „{}“</translation>
    </message>
    <message>
        <source>Set status to {}</source>
        <translation>Status auf „{}“ setzen</translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation>Übersicht der Zeitleiste</translation>
    </message>
    <message>
        <source>Item density over the whole project; the box is the visible part</source>
        <translation>Dichte der Einträge im ganzen Projekt; der Rahmen ist der sichtbare Teil</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln ohne Datum</numerusform>
            <numerusform>%Ln ohne Datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in view</source>
        <translation>
            <numerusform>%Ln sichtbar</numerusform>
            <numerusform>%Ln sichtbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln hidden</source>
        <translation>
            <numerusform>+%Ln ausgeblendet</numerusform>
            <numerusform>+%Ln ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint</source>
        <comment>lane</comment>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>General</source>
        <comment>lane</comment>
        <translation>Ohne Partei</translation>
    </message>
    <message>
        <source>Untagged</source>
        <comment>lane</comment>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <source>All</source>
        <comment>lane</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Spur ausblenden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message numerus="yes">
        <source>Show all hidden lanes (%n)</source>
        <translation>
            <numerusform>Ausgeblendete Spur wieder zeigen (%n)</numerusform>
            <numerusform>Alle ausgeblendeten Spuren wieder zeigen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to expand; right-click for more</source>
        <translation>Klicken zum Aufklappen; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Click to collapse; right-click for more</source>
        <translation>Klicken zum Zuklappen; Rechtsklick für mehr</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items close together</source>
        <translation>
            <numerusform>%Ln Eintrag dicht beieinander</numerusform>
            <numerusform>%Ln Einträge dicht beieinander</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Klicken zum Vergrößern</translation>
    </message>
    <message>
        <source>Timeline of events and claims by lane. Nothing selected.</source>
        <translation>Zeitleiste der Ereignisse und Behauptungen nach Spuren. Nichts ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items selected. Current: </source>
        <translation>
            <numerusform>%Ln Eintrag ausgewählt. Aktuell: </numerusform>
            <numerusform>%Ln Einträge ausgewählt. Aktuell: </numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: </source>
        <translation>Ausgewählt: </translation>
    </message>
    <message>
        <source>Someone Else Saved This Meanwhile</source>
        <extracomment>How often the feed is asked when no notification can wake it (files), in milliseconds.</extracomment>
        <translation>Inzwischen hat jemand anderes gespeichert</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved this record. Nothing of yours was saved yet.
Keep their version, or save yours over it (you can undo that).</source>
        <translation>Während Sie bearbeitet haben, hat jemand anderes diesen Eintrag gespeichert. Von Ihren Änderungen ist noch nichts gespeichert.
Behalten Sie die andere Fassung, oder speichern Sie Ihre darüber (das lässt sich rückgängig machen).</translation>
    </message>
    <message>
        <source>While you were editing, someone else deleted this record. Nothing of yours was saved.</source>
        <translation>Während Sie bearbeitet haben, hat jemand anderes diesen Eintrag gelöscht. Von Ihren Änderungen wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Andere Fassung (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation>Meine speichern</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>offsets {start}–{end} lie outside a text of {length} characters</source>
        <translation>die Stellen {start}–{end} liegen außerhalb eines Textes von {length} Zeichen</translation>
    </message>
    <message>
        <source>an empty quote cannot be anchored</source>
        <translation>ein leeres Zitat lässt sich nicht verankern</translation>
    </message>
    <message>
        <source>the quote {quote!r} does not occur in the source text</source>
        <translation>das Zitat {quote!r} kommt im Quelltext nicht vor</translation>
    </message>
    <message>
        <source>the quote {quote!r} occurs more than once; quote a longer passage</source>
        <translation>das Zitat {quote!r} kommt mehrmals vor; zitieren Sie eine längere Passage</translation>
    </message>
    <message>
        <source>expected e.g. 2025-12-14, 14.12.2025, 14. Dezember 2025, Dezember 2025, Dec 2025, 2025, 14.–15.12.2025, last Sunday</source>
        <translation>erwartet z. B. 2025-12-14, 14.12.2025, 14. Dezember 2025, Dezember 2025, Dec 2025, 2025, 14.–15.12.2025, letzten Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>nothing was given; {expected}</source>
        <translation>es wurde nichts angegeben; {expected}</translation>
    </message>
    <message>
        <source>years before 100 are only read as EDTF, e.g. 0025-12-14</source>
        <translation>Jahre vor 100 werden nur als EDTF gelesen, z. B. 0025-12-14</translation>
    </message>
    <message>
        <source>time zones in the text are not read; choose the zone separately</source>
        <translation>Zeitzonen im Text werden nicht gelesen; wählen Sie die Zone getrennt</translation>
    </message>
    <message>
        <source>seconds are not kept; the finest precision is the minute</source>
        <translation>Sekunden werden nicht gespeichert; die feinste Genauigkeit ist die Minute</translation>
    </message>
    <message>
        <source>a weekday needs a day, e.g. &apos;Sunday, 14 Dec 2025&apos; or &apos;last Sunday&apos;</source>
        <translation>ein Wochentag braucht einen Tag, z. B. „Sonntag, 14. Dez. 2025“ oder „letzten Sonntag“</translation>
    </message>
    <message>
        <source>{date} is a {actual}, not a {stated}</source>
        <translation>{date} ist ein {actual}, kein {stated}</translation>
    </message>
    <message>
        <source>from that reference date it falls outside years 1 to 9999</source>
        <translation>von diesem Bezugsdatum aus liegt es außerhalb der Jahre 1 bis 9999</translation>
    </message>
    <message>
        <source>a reference date (such as the source&apos;s publication date) is needed to resolve it</source>
        <translation>um es aufzulösen, wird ein Bezugsdatum gebraucht (etwa das Erscheinungsdatum der Quelle)</translation>
    </message>
    <message>
        <source>Cannot read &apos;{text}&apos; as a date: {reason}</source>
        <translation>„{text}“ lässt sich nicht als Datum lesen: {reason}</translation>
    </message>
    <message>
        <source>expected EDTF such as 2025, 2025-11, 2025-12-14, 2025-12-21T19:00, 2025-12-14/2025-12-15, ../2025-12-21, 2025-12-14/.., 2025-12~</source>
        <translation>erwartet EDTF wie 2025, 2025-11, 2025-12-14, 2025-12-21T19:00, 2025-12-14/2025-12-15, ../2025-12-21, 2025-12-14/.., 2025-12~</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>a date needs a year, and each smaller part all larger ones</source>
        <translation>ein Datum braucht ein Jahr, und jeder kleinere Teil alle größeren</translation>
    </message>
    <message>
        <source>years run from 1 to 9999</source>
        <translation>Jahre reichen von 1 bis 9999</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>es gibt keinen Monat {month}</translation>
    </message>
    <message>
        <source>{month} {year} has {days} days</source>
        <translation>{month} {year} hat {days} Tage</translation>
    </message>
    <message>
        <source>there is no hour {hour} (hours run from 0 to 23)</source>
        <translation>es gibt keine Stunde {hour} (Stunden reichen von 0 bis 23)</translation>
    </message>
    <message>
        <source>there is no minute {minute}</source>
        <translation>es gibt keine Minute {minute}</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos;; expected an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone „{name}“; erwartet ein IANA-Name wie Europe/Berlin</translation>
    </message>
    <message>
        <source>a single date needs a value; an open start is written ../2025-12-21</source>
        <translation>ein einzelnes Datum braucht einen Wert; ein offener Beginn wird ../2025-12-21 geschrieben</translation>
    </message>
    <message>
        <source>only an interval has an end</source>
        <translation>nur ein Zeitraum hat ein Ende</translation>
    </message>
    <message>
        <source>an interval needs a start or an end</source>
        <translation>ein Zeitraum braucht einen Beginn oder ein Ende</translation>
    </message>
    <message>
        <source>{date} in {zone} falls outside years 1 to 9999 in UTC</source>
        <translation>{date} in {zone} liegt in UTC außerhalb der Jahre 1 bis 9999</translation>
    </message>
    <message>
        <source>{date} in {zone} is skipped by a clock change</source>
        <translation>{date} in {zone} wird durch eine Zeitumstellung übersprungen</translation>
    </message>
    <message>
        <source>the end ({end}) is before the start ({start})</source>
        <translation>das Ende ({end}) liegt vor dem Beginn ({start})</translation>
    </message>
</context>
</TS>
