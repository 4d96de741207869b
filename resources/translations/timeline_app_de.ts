<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Cancel</source>
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
        <source>Appendix: claims by party</source>
        <translation>Anhang: Behauptungen nach Partei</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>outlet not named</source>
        <translation>Medium nicht genannt</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>keine Adresse erfasst</translation>
    </message>
    <message>
        <source>credibility {}</source>
        <translation>Glaubwürdigkeit {}</translation>
    </message>
    <message>
        <source>source {}</source>
        <translation>Quelle {}</translation>
    </message>
    <message>
        <source>sources {}</source>
        <translation>Quellen {}</translation>
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
        <translation>Behauptungen &amp;suchen…</translation>
    </message>
    <message>
        <source>Unverified</source>
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
        <source>unknown role {role!r}</source>
        <translation>unbekannte Rolle {role!r}</translation>
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
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Show Details lists every record skipped or approximated.</source>
        <translation>„Details einblenden“ listet jeden übersprungenen oder angenäherten Datensatz.</translation>
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
        <source>could not write the picture</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Made with timeline_app</source>
        <translation>Erstellt mit timeline_app</translation>
    </message>
    <message>
        <source>cannot write the PDF there</source>
        <translation>das PDF kann dort nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Prepared with timeline_app on {}  ·  page </source>
        <translation>Erstellt mit timeline_app am {}  ·  Seite </translation>
    </message>
    <message>
        <source>Appendix</source>
        <comment>part of a printed timeline</comment>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>known to the month or year</source>
        <translation>auf Monat oder Jahr bekannt</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>ungefähr</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>offenes Ende</translation>
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
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Schlagwort</numerusform>
            <numerusform>%Ln Schlagwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln party or person(s)</source>
        <translation>
            <numerusform>%Ln Partei oder Person</numerusform>
            <numerusform>%Ln Parteien oder Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln relation(s)</source>
        <translation>
            <numerusform>%Ln Beziehung</numerusform>
            <numerusform>%Ln Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln Textstelle</numerusform>
            <numerusform>%Ln Textstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln status change(s)</source>
        <translation>
            <numerusform>%Ln Statusänderung</numerusform>
            <numerusform>%Ln Statusänderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{}: imported as {}: {}</source>
        <translation>{}: importiert als {}: {}</translation>
    </message>
    <message>
        <source>note: {}</source>
        <translation>Hinweis: {}</translation>
    </message>
    <message>
        <source>skipped: {}</source>
        <translation>übersprungen: {}</translation>
    </message>
    <message>
        <source>approximated: {}</source>
        <translation>angenähert: {}</translation>
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
        <source>{path}: no such file</source>
        <translation>{path}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}: ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>{path}: permission denied</source>
        <translation>{path}: Zugriff verweigert</translation>
    </message>
    <message>
        <source>{path}: the file is empty, not a timeline_app project</source>
        <translation>{path}: die Datei ist leer, kein timeline_app-Projekt</translation>
    </message>
    <message>
        <source>{path}: not a timeline_app project (not an SQLite database)</source>
        <translation>{path}: kein timeline_app-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (truncated)</source>
        <translation>{path}: die Projektdatei ist beschädigt (abgeschnitten)</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (its header names no valid page size)</source>
        <translation>{path}: die Projektdatei ist beschädigt (ihr Kopf nennt keine gültige Seitengröße)</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (truncated: {size:,} bytes is not a whole number of {page_size}-byte pages)</source>
        <translation>{path}: die Projektdatei ist beschädigt (abgeschnitten: {size:,} Bytes sind keine ganze Zahl von Seiten zu {page_size} Bytes)</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (truncated: it holds {held:,} of its {pages:,} pages)</source>
        <translation>{path}: die Projektdatei ist beschädigt (abgeschnitten: sie enthält {held:,} ihrer {pages:,} Seiten)</translation>
    </message>
    <message>
        <source>{path}: cannot read the project&apos;s log index ({problem})</source>
        <translation>{path}: der Protokollindex des Projekts kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (its log {log} is missing, and with it the latest saved changes; the file holds the state before them: to use it, delete {index}, or open the latest backup)</source>
        <translation>{path}: die Projektdatei ist beschädigt (ihr Protokoll {log} fehlt und mit ihm die zuletzt gespeicherten Änderungen; die Datei enthält den Stand davor: um sie so zu verwenden, löschen Sie {index}, oder öffnen Sie die neueste Sicherung)</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (its log {log} is cut short, and with it the latest saved changes are lost; open the latest backup)</source>
        <translation>{path}: die Projektdatei ist beschädigt (ihr Protokoll {log} ist abgeschnitten, und mit ihm sind die zuletzt gespeicherten Änderungen verloren; öffnen Sie die neueste Sicherung)</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged ({detail})</source>
        <translation>{path}: die Projektdatei ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source>{path}: another program has locked the project file; close it there and try again</source>
        <translation>{path}: ein anderes Programm hat die Projektdatei gesperrt; schließen Sie sie dort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{path}: not a timeline_app project (an SQLite database without project tables)</source>
        <translation>{path}: kein timeline_app-Projekt (eine SQLite-Datenbank ohne Projekttabellen)</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (missing tables: {tables})</source>
        <translation>{path}: die Projektdatei ist beschädigt (fehlende Tabellen: {tables})</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged (no schema version recorded)</source>
        <translation>{path}: die Projektdatei ist beschädigt (keine Schemaversion verzeichnet)</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of timeline_app (schema {revision}; this is version {version}, which reads schemas up to {head}); please update timeline_app</source>
        <translation>{path}: mit einer neueren Version von timeline_app erstellt (Schema {revision}; dies ist Version {version}, die Schemas bis {head} liest); bitte aktualisieren Sie timeline_app</translation>
    </message>
    <message>
        <source>you may not write to this file; open a writable copy</source>
        <translation>Sie dürfen in diese Datei nicht schreiben; öffnen Sie eine beschreibbare Kopie</translation>
    </message>
    <message>
        <source>another program is writing to it; close it there and try again</source>
        <translation>ein anderes Programm schreibt gerade darin; schließen Sie es dort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>open it for editing</source>
        <translation>öffnen Sie es zum Bearbeiten</translation>
    </message>
    <message>
        <source>{path}: uses an older schema ({revision}) and needs an upgrade, but it can only be opened read-only here: {why}</source>
        <translation>{path}: verwendet ein älteres Schema ({revision}) und muss aktualisiert werden, lässt sich hier aber nur schreibgeschützt öffnen: {why}</translation>
    </message>
    <message>
        <source>{path}: a file of that name exists already; choose another name</source>
        <translation>{path}: eine Datei dieses Namens gibt es bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>{path}: that is the open project itself</source>
        <translation>{path}: das ist das geöffnete Projekt selbst</translation>
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
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>denies</source>
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
        <source>actor</source>
        <translation>Partei oder Person</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>expected a list of records</source>
        <translation>erwartet wird eine Liste von Einträgen</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>the id {id!r} is used twice</source>
        <translation>die ID {id!r} wird zweimal verwendet</translation>
    </message>
    <message>
        <source>expected an id of 1 to 36 characters, got {value!r}</source>
        <translation>erwartet wird eine ID aus 1 bis 36 Zeichen, nicht {value!r}</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>erwartet wird eine Liste</translation>
    </message>
    <message>
        <source>expected objects, got {value!r}</source>
        <translation>erwartet werden Objekte, nicht {value!r}</translation>
    </message>
    <message>
        <source>{value!r} is listed twice</source>
        <translation>{value!r} ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>expected text, got {value!r}</source>
        <translation>erwartet wird Text, nicht {value!r}</translation>
    </message>
    <message>
        <source>expected non-empty text, got {value!r}</source>
        <translation>erwartet wird nicht leerer Text, nicht {value!r}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value!r}</source>
        <translation>erwartet wird eine ganze Zahl, nicht {value!r}</translation>
    </message>
    <message>
        <source>expected a character offset (a whole number from 0), got {value!r}</source>
        <translation>erwartet wird eine Zeichenposition (eine ganze Zahl ab 0), nicht {value!r}</translation>
    </message>
    <message>
        <source>expected 1 to 6 (the Admiralty scale) or null, got {value!r}</source>
        <translation>erwartet wird 1 bis 6 (die Admiralty-Skala) oder null, nicht {value!r}</translation>
    </message>
    <message>
        <source>unknown status {status!r}; the file and project know {statuses}</source>
        <translation>unbekannter Status {status!r}; Datei und Projekt kennen {statuses}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>erwartet wird eine Liste von Texten</translation>
    </message>
    <message>
        <source>no {kind} with id {id!r} in this file</source>
        <translation>{kind} mit der ID {id!r} fehlt in dieser Datei</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must name a file in the same folder, not a path ({name!r})</source>
        <translation>muss eine Datei im selben Ordner nennen, keinen Pfad ({name!r})</translation>
    </message>
    <message>
        <source>cannot read {name!r} ({reason})</source>
        <translation>{name!r} lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>expected an object with an &quot;edtf&quot; text</source>
        <translation>erwartet wird ein Objekt mit einem Text unter &quot;edtf&quot;</translation>
    </message>
    <message>
        <source>&quot;tz&quot; and &quot;wording&quot; must be texts</source>
        <translation>&quot;tz&quot; und &quot;wording&quot; müssen Texte sein</translation>
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
        <source>this {record} was deleted by someone else meanwhile</source>
        <translation>{record}: inzwischen von jemand anderem gelöscht</translation>
    </message>
    <message>
        <source>this {record} was changed by someone else meanwhile (version {expected}, now {current})</source>
        <translation>{record}: inzwischen von jemand anderem geändert (Version {expected}, jetzt {current})</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Party or person</source>
        <translation>Partei oder Person</translation>
    </message>
    <message>
        <source>New claim</source>
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
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation>erhärtet</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>dementiert</translation>
    </message>
    <message>
        <source>refuted</source>
        <translation>widerlegt</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>unresolvable</source>
        <translation>nicht klärbar</translation>
    </message>
    <message>
        <source>not applicable (opinion)</source>
        <translation>nicht prüfbar (Meinung)</translation>
    </message>
    <message>
        <source>a source&apos;s text cannot be changed: annotations point into it; add a new version of the source instead</source>
        <translation>der Text einer Quelle kann nicht geändert werden: Textstellen verweisen darauf; legen Sie stattdessen eine neue Fassung der Quelle an</translation>
    </message>
    <message>
        <source>a source&apos;s text hash follows its text and cannot be changed</source>
        <translation>die Prüfsumme eines Quelltextes folgt dem Text und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>a claim&apos;s status is changed with Set status, which records it in the status history</source>
        <translation>der Status einer Behauptung wird mit „Status setzen“ geändert, das die Änderung im Statusverlauf festhält</translation>
    </message>
    <message>
        <source>{count} actor</source>
        <translation>{count} Partei oder Person</translation>
    </message>
    <message>
        <source>{count} actors</source>
        <translation>{count} Parteien oder Personen</translation>
    </message>
    <message>
        <source>{count} claim</source>
        <translation>{count} Behauptung</translation>
    </message>
    <message>
        <source>{count} claims</source>
        <translation>{count} Behauptungen</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Rückgängig: {edit}</translation>
    </message>
    <message>
        <source>no {record} chosen</source>
        <translation>{record} nicht ausgewählt</translation>
    </message>
    <message>
        <source>there is no {record} {id!r} in this project</source>
        <translation>{record} {id!r} gibt es in diesem Projekt nicht</translation>
    </message>
    <message>
        <source>unknown {what} {value!r}; expected one of {allowed}</source>
        <translation>{what} {value!r} ist unbekannt; erwartet wird eines von: {allowed}</translation>
    </message>
    <message>
        <source>parent event</source>
        <translation>übergeordnetes Ereignis</translation>
    </message>
    <message>
        <source>an event cannot be placed inside itself or one of its own parts</source>
        <translation>ein Ereignis kann nicht sich selbst oder einem seiner eigenen Teile untergeordnet werden</translation>
    </message>
    <message>
        <source>parent actor</source>
        <translation>übergeordnete Partei oder Person</translation>
    </message>
    <message>
        <source>an actor cannot be placed inside itself or one of its own parts</source>
        <translation>eine Partei oder Person kann nicht sich selbst oder einem ihrer eigenen Teile untergeordnet werden</translation>
    </message>
    <message>
        <source>an event&apos;s title cannot be empty</source>
        <translation>der Titel eines Ereignisses darf nicht leer sein</translation>
    </message>
    <message>
        <source>the end ({end}) lies before the start ({start})</source>
        <translation>das Ende ({end}) liegt vor dem Beginn ({start})</translation>
    </message>
    <message>
        <source>a claim&apos;s proposition cannot be empty</source>
        <translation>die Aussage einer Behauptung darf nicht leer sein</translation>
    </message>
    <message>
        <source>quote kind</source>
        <translation>Art des Zitats</translation>
    </message>
    <message>
        <source>credibility runs from 1 to 6, not {value!r}</source>
        <translation>die Glaubwürdigkeit reicht von 1 bis 6, nicht {value!r}</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>kind of actor</source>
        <translation>Art der Partei oder Person</translation>
    </message>
    <message>
        <source>aliases must be a list of texts</source>
        <translation>andere Namen müssen eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>a source&apos;s title cannot be empty</source>
        <translation>der Titel einer Quelle darf nicht leer sein</translation>
    </message>
    <message>
        <source>a source cannot be its own previous version</source>
        <translation>eine Quelle kann nicht ihre eigene frühere Fassung sein</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <source>relation basis</source>
        <translation>Grundlage der Beziehung</translation>
    </message>
    <message>
        <source>a claim cannot be related to itself</source>
        <translation>eine Behauptung kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <source>these claims are already linked: {relation}</source>
        <translation>diese Behauptungen sind bereits verknüpft: {relation}</translation>
    </message>
    <message>
        <source>a tag&apos;s name cannot be empty</source>
        <translation>der Name eines Schlagworts darf nicht leer sein</translation>
    </message>
    <message>
        <source>a tag named {name!r} exists already</source>
        <translation>ein Schlagwort namens {name!r} gibt es bereits</translation>
    </message>
    <message>
        <source>each {record} can be linked only once</source>
        <translation>{record} kann jeweils nur einmal verknüpft werden</translation>
    </message>
    <message>
        <source>select a passage of the source first</source>
        <translation>wählen Sie zuerst eine Textstelle der Quelle aus</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>New relation: {relation}</source>
        <translation>Neue Beziehung: {relation}</translation>
    </message>
    <message>
        <source>a passage is attached to either a claim or an event</source>
        <translation>eine Textstelle wird entweder einer Behauptung oder einem Ereignis zugeordnet</translation>
    </message>
    <message>
        <source>Attach passage to {record} “{label}”</source>
        <translation>Textstelle zuordnen: {record} „{label}“</translation>
    </message>
    <message>
        <source>Edit {record} “{label}”</source>
        <translation>{record} „{label}“ bearbeiten</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>{field} must be a date value, not {value!r}</source>
        <translation>{field} muss ein Datumswert sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>the field {field!r} of a {record} cannot be edited</source>
        <translation>{record}: das Feld {field!r} kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Set status to {status}</source>
        <translation>Status auf „{status}“ setzen</translation>
    </message>
    <message>
        <source>Set tags of {record} “{label}”</source>
        <translation>Schlagwörter setzen: {record} „{label}“</translation>
    </message>
    <message>
        <source>{record} “{label}” cannot be deleted: {others} still refer to it; delete or reassign them first</source>
        <translation>{record} „{label}“ kann nicht gelöscht werden: es gibt noch Verweise darauf ({others}); löschen Sie diese zuerst oder ordnen Sie sie anders zu</translation>
    </message>
    <message>
        <source>Delete {record} “{label}”</source>
        <translation>{record} „{label}“ löschen</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
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
    <message>
        <source>there is no edit to make again</source>
        <translation>es gibt keine Änderung, die sich erneut vornehmen ließe</translation>
    </message>
    <message>
        <source>“{edit}” cannot be made again: the record was deleted meanwhile</source>
        <translation>„{edit}“ lässt sich nicht erneut vornehmen: der Eintrag wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <source>{conflict}; reload the project to see it</source>
        <translation>{conflict}; laden Sie das Projekt neu, um es zu sehen</translation>
    </message>
    <message>
        <source>Could not undo “{edit}”: {reason}</source>
        <translation>„{edit}“ konnte nicht rückgängig gemacht werden: {reason}</translation>
    </message>
    <message>
        <source>Could not redo “{edit}”: {reason}</source>
        <translation>„{edit}“ konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>Could not save “{edit}”: {reason}</source>
        <translation>„{edit}“ konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>das Projekt ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the disk is full; free some space, then try again</source>
        <translation>der Datenträger ist voll; schaffen Sie Platz und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>another program is writing to the project file; try again</source>
        <translation>ein anderes Programm schreibt gerade in die Projektdatei; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the project file was changed elsewhere ({detail})</source>
        <translation>die Projektdatei wurde anderswo geändert ({detail})</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space, then try again</source>
        <translation>{path}: der Datenträger ist voll; schaffen Sie Platz und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>{path}: another program is writing to the project; try again</source>
        <translation>{path}: ein anderes Programm schreibt gerade in das Projekt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged or unreadable ({detail})</source>
        <translation>{path}: die Projektdatei ist beschädigt oder nicht lesbar ({detail})</translation>
    </message>
    <message>
        <source>give both --from and --to for a range</source>
        <translation>geben Sie für einen Zeitraum sowohl --from als auch --to an</translation>
    </message>
    <message>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>no party named {names}</source>
        <translation>keine Partei namens {names}</translation>
    </message>
    <message>
        <source>{text!r}: a range needs dates with both ends known</source>
        <translation>{text!r}: ein Zeitraum braucht Daten, deren Beginn und Ende bekannt sind</translation>
    </message>
    <message>
        <source>unknown page size {size!r}; expected {sizes}</source>
        <translation>unbekanntes Seitenformat {size!r}; erwartet wird {sizes}</translation>
    </message>
    <message>
        <source>--pages-wide must be 1 or more</source>
        <translation>--pages-wide muss 1 oder mehr sein</translation>
    </message>
    <message>
        <source>no ClaimReview found (looked in the document, lists, @graph, DataFeed.dataFeedElement and DataFeedItem.item)</source>
        <translation>kein ClaimReview gefunden (gesucht im Dokument, in Listen, @graph, DataFeed.dataFeedElement und DataFeedItem.item)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>a {types}, not a ClaimReview</source>
        <translation>ein Objekt vom Typ {types}, kein ClaimReview</translation>
    </message>
    <message>
        <source>an untyped object, not a ClaimReview</source>
        <translation>ein Objekt ohne Typ, kein ClaimReview</translation>
    </message>
    <message>
        <source>no claimReviewed text</source>
        <translation>kein Text in claimReviewed</translation>
    </message>
    <message>
        <source>a claim with this @id is in the project already</source>
        <translation>eine Behauptung mit dieser @id ist bereits im Projekt</translation>
    </message>
    <message>
        <source>the verdict {verdict!r} names no status; kept in the claim&apos;s notes</source>
        <translation>das Urteil {verdict!r} nennt keinen Status; in den Notizen der Behauptung festgehalten</translation>
    </message>
    <message>
        <source>{field} {text!r} is no date ({reason}); left out</source>
        <translation>{field} {text!r} ist kein Datum ({reason}); weggelassen</translation>
    </message>
    <message>
        <source>a floating local time (no time zone) was read as UTC</source>
        <translation>eine Ortszeit ohne Zeitzone wurde als UTC gelesen</translation>
    </message>
    <message>
        <source>seconds dropped (minute precision)</source>
        <translation>Sekunden weggelassen (minutengenau)</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date such as 2019-09-07 or 2019-09-07T10:00Z</source>
        <translation>erwartet wird ein ISO-8601-Datum wie 2019-09-07 oder 2019-09-07T10:00Z</translation>
    </message>
    <message>
        <source>event {id} ({title})</source>
        <translation>Ereignis {id} ({title})</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>a column name appears twice</source>
        <translation>ein Spaltenname kommt zweimal vor</translation>
    </message>
    <message>
        <source>column {column!r}</source>
        <translation>Spalte {column!r}</translation>
    </message>
    <message>
        <source>not a column of this format; ignored</source>
        <translation>keine Spalte dieses Formats; ignoriert</translation>
    </message>
    <message>
        <source>{cells} cells but the header has {columns}</source>
        <translation>{cells} Zellen, aber die Kopfzeile hat {columns}</translation>
    </message>
    <message>
        <source>not readable as CSV ({reason})</source>
        <translation>nicht als CSV lesbar ({reason})</translation>
    </message>
    <message>
        <source>no {column!r} column; the header names {names}</source>
        <translation>keine Spalte {column!r}; die Kopfzeile nennt {names}</translation>
    </message>
    <message>
        <source>no {column!r} column; the header names nothing</source>
        <translation>keine Spalte {column!r}; die Kopfzeile ist leer</translation>
    </message>
    <message>
        <source>line {line}, column {column!r}</source>
        <translation>Zeile {line}, Spalte {column!r}</translation>
    </message>
    <message>
        <source>event {id} is in the project already</source>
        <translation>Ereignis {id} ist bereits im Projekt</translation>
    </message>
    <message>
        <source>claim {id} is in the project already</source>
        <translation>Behauptung {id} ist bereits im Projekt</translation>
    </message>
    <message>
        <source>an id has at most 36 characters</source>
        <translation>eine ID hat höchstens 36 Zeichen</translation>
    </message>
    <message>
        <source>the id {id!r} appears on an earlier line too</source>
        <translation>die ID {id!r} steht auch schon in einer früheren Zeile</translation>
    </message>
    <message>
        <source>read {text!r} as {date}</source>
        <translation>{text!r} als {date} gelesen</translation>
    </message>
    <message>
        <source>parties do not pair up with participants; ignored</source>
        <translation>die Parteien passen nicht paarweise zu den Beteiligten; ignoriert</translation>
    </message>
    <message>
        <source>empty; every row needs one</source>
        <translation>leer; jede Zeile braucht einen Wert</translation>
    </message>
    <message>
        <source>no event {id!r} in the file or the project</source>
        <translation>kein Ereignis {id!r} in der Datei oder im Projekt</translation>
    </message>
    <message>
        <source>unknown status {status!r}; expected one of {statuses}</source>
        <translation>unbekannter Status {status!r}; erwartet wird einer von {statuses}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>expected 1 to 6 or nothing, got {value!r}</source>
        <translation>erwartet wird 1 bis 6 oder nichts, nicht {value!r}</translation>
    </message>
    <message>
        <source>no event {id!r} in the project; import its events first</source>
        <translation>kein Ereignis {id!r} im Projekt; importieren Sie zuerst die Ereignisse</translation>
    </message>
    <message>
        <source>{path}: {place}: {problem}</source>
        <translation>{path}: {place}: {problem}</translation>
    </message>
    <message>
        <source>the records contradict each other or the project ({detail}); nothing was imported</source>
        <translation>die Einträge widersprechen einander oder dem Projekt ({detail}); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>{path}: cannot tell the format from the extension {extension!r}; give --format ({formats})</source>
        <translation>{path}: das Format ist an der Endung {extension!r} nicht erkennbar; geben Sie --format an ({formats})</translation>
    </message>
    <message>
        <source>{path}: cannot tell the format from the extension &apos;(none)&apos;; give --format ({formats})</source>
        <translation>{path}: ohne Dateiendung ist das Format nicht erkennbar; geben Sie --format an ({formats})</translation>
    </message>
    <message>
        <source>{path}: unknown export format {name!r}; expected one of {formats}</source>
        <translation>{path}: unbekanntes Exportformat {name!r}; erwartet wird eines von {formats}</translation>
    </message>
    <message>
        <source>{path}: that is the project file itself; choose another name</source>
        <translation>{path}: das ist die Projektdatei selbst; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>unknown import format {name!r}; expected one of {formats}</source>
        <translation>unbekanntes Importformat {name!r}; erwartet wird eines von {formats}</translation>
    </message>
    <message>
        <source>cannot tell which format this is; give --format ({formats})</source>
        <translation>das Format ist nicht erkennbar; geben Sie --format an ({formats})</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode ({reason}); nothing was imported</source>
        <translation>enthält Text, der kein gültiges Unicode ist ({reason}); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>VEVENT {number} ({uid})</source>
        <translation>VEVENT {number} ({uid})</translation>
    </message>
    <message>
        <source>VEVENT {number}</source>
        <translation>VEVENT {number}</translation>
    </message>
    <message>
        <source>{property} unreadable ({reason})</source>
        <translation>{property} nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>an event with this UID is in the project already</source>
        <translation>ein Ereignis mit dieser UID ist bereits im Projekt</translation>
    </message>
    <message>
        <source>a date the timeline cannot hold ({reason})</source>
        <translation>ein Datum, das die Zeitleiste nicht aufnehmen kann ({reason})</translation>
    </message>
    <message>
        <source>no SUMMARY; titled &quot;(no title)&quot;</source>
        <translation>kein SUMMARY; als Titel &quot;(no title)&quot; verwendet</translation>
    </message>
    <message>
        <source>{property} not expanded; only the first occurrence was imported</source>
        <translation>{property} nicht aufgelöst; nur das erste Vorkommen wurde importiert</translation>
    </message>
    <message>
        <source>no readable DTSTART</source>
        <translation>kein lesbares DTSTART</translation>
    </message>
    <message>
        <source>DTEND is not after the all-day DTSTART; read as that one day</source>
        <translation>DTEND liegt nicht nach dem ganztägigen DTSTART; als dieser eine Tag gelesen</translation>
    </message>
    <message>
        <source>END:{name} does not close the component opened last</source>
        <translation>END:{name} schließt nicht die zuletzt geöffnete Komponente</translation>
    </message>
    <message>
        <source>BEGIN:{name} is never ended; the file is truncated</source>
        <translation>BEGIN:{name} wird nie beendet; die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>not a readable iCalendar file ({reason})</source>
        <translation>keine lesbare iCalendar-Datei ({reason})</translation>
    </message>
    <message>
        <source>not an event; the timeline imports VEVENTs only</source>
        <translation>kein Ereignis; die Zeitleiste importiert nur VEVENTs</translation>
    </message>
    <message>
        <source>the file holds no VEVENT</source>
        <translation>die Datei enthält kein VEVENT</translation>
    </message>
    <message>
        <source>not a timeline_app project file (&quot;format&quot; is not {format!r})</source>
        <translation>keine timeline_app-Projektdatei (&quot;format&quot; ist nicht {format!r})</translation>
    </message>
    <message>
        <source>format version {version!r} is newer than this version of timeline_app reads ({supported})</source>
        <translation>Formatversion {version!r} ist neuer, als diese Version von timeline_app lesen kann ({supported})</translation>
    </message>
    <message>
        <source>does not match the SHA-256 of the text; the text was altered</source>
        <translation>passt nicht zum SHA-256 des Textes; der Text wurde verändert</translation>
    </message>
    <message>
        <source>give both start and end, with start &lt;= end</source>
        <translation>geben Sie start und end an, mit start &lt;= end</translation>
    </message>
    <message>
        <source>a record with this id is in the project already; import the file into a new project, or remove that record first</source>
        <translation>ein Eintrag mit dieser ID ist bereits im Projekt; importieren Sie die Datei in ein neues Projekt, oder entfernen Sie zuerst diesen Eintrag</translation>
    </message>
    <message>
        <source>the project has another tag of this name</source>
        <translation>das Projekt hat bereits ein anderes Schlagwort dieses Namens</translation>
    </message>
    <message>
        <source>expected an object of project facts</source>
        <translation>erwartet wird ein Objekt mit Angaben zum Projekt</translation>
    </message>
    <message>
        <source>the project&apos;s own facts ({facts}) were kept, since it holds records already</source>
        <translation>die eigenen Angaben des Projekts ({facts}) wurden beibehalten, da es bereits Einträge enthält</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{size:.0f} MB is larger than the {limit} MB an import may have</source>
        <translation>{size:.0f} MB sind mehr als die {limit} MB, die ein Import haben darf</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>die Datei lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save the file as UTF-8</source>
        <translation>kein UTF-8-Text (Byte 0x{byte:02x} an Position {offset}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL character; this is not a text file</source>
        <translation>enthält ein NUL-Zeichen; das ist keine Textdatei</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>invalid JSON: {reason}</source>
        <translation>ungültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>JSON nested too deeply to read; refusing it</source>
        <translation>JSON ist zu tief verschachtelt, um es zu lesen; abgelehnt</translation>
    </message>
    <message>
        <source>JSON nested more than {depth} levels deep; refusing it</source>
        <translation>JSON ist mehr als {depth} Ebenen tief verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <source>{place}: {text}</source>
        <translation>{place}: {text}</translation>
    </message>
    <message>
        <source>refused: the file declares XML entities, the makings of an entity-expansion (&quot;billion laughs&quot;) attack; .timeline files have none</source>
        <translation>abgelehnt: die Datei deklariert XML-Entitäten, das Rüstzeug für einen Entity-Expansion-Angriff („Billion Laughs“); .timeline-Dateien haben keine</translation>
    </message>
    <message>
        <source>refused: the file has a document type declaration (DTD); .timeline files have none</source>
        <translation>abgelehnt: die Datei hat eine Dokumenttyp-Deklaration (DTD); .timeline-Dateien haben keine</translation>
    </message>
    <message>
        <source>refused: the file refers to external resources ({reason})</source>
        <translation>abgelehnt: die Datei verweist auf externe Ressourcen ({reason})</translation>
    </message>
    <message>
        <source>declares an encoding Python does not know ({reason})</source>
        <translation>deklariert eine Zeichenkodierung, die Python nicht kennt ({reason})</translation>
    </message>
    <message>
        <source>not well-formed XML ({reason})</source>
        <translation>kein wohlgeformtes XML ({reason})</translation>
    </message>
    <message>
        <source>not a Timeline file (its root element is &lt;{root}&gt;, not &lt;timeline&gt;)</source>
        <translation>keine Timeline-Datei (ihr Wurzelelement ist &lt;{root}&gt;, nicht &lt;timeline&gt;)</translation>
    </message>
    <message>
        <source>a {kind!r} timeline; only Gregorian timelines can be imported</source>
        <translation>eine Zeitleiste vom Typ {kind!r}; nur gregorianische Zeitleisten lassen sich importieren</translation>
    </message>
    <message>
        <source>expected a time such as 2021-10-13 13:23:09, got {value!r}</source>
        <translation>erwartet wird eine Zeit wie 2021-10-13 13:23:09, nicht {value!r}</translation>
    </message>
    <message>
        <source>the year {year} is outside 1 to 9999, which the timeline holds</source>
        <translation>das Jahr {year} liegt außerhalb von 1 bis 9999, dem Bereich der Zeitleiste</translation>
    </message>
    <message>
        <source>the end lies before the start; end dropped</source>
        <translation>das Ende liegt vor dem Beginn; Ende weggelassen</translation>
    </message>
    <message>
        <source>category {name!r}</source>
        <translation>Kategorie {name!r}</translation>
    </message>
    <message>
        <source>its parent category is not kept (tags are flat)</source>
        <translation>ihre übergeordnete Kategorie wird nicht übernommen (Schlagwörter sind nicht verschachtelt)</translation>
    </message>
    <message>
        <source>era {name!r}</source>
        <translation>Epoche {name!r}</translation>
    </message>
    <message>
        <source>eras are background bands, which the project cannot hold yet ({span})</source>
        <translation>Epochen sind Hintergrundbänder, die das Projekt noch nicht aufnehmen kann ({span})</translation>
    </message>
    <message>
        <source>event {number} ({title})</source>
        <translation>Ereignis {number} ({title})</translation>
    </message>
    <message>
        <source>its {field} is not imported</source>
        <translation>{field} wird nicht importiert</translation>
    </message>
    <message>
        <source>seconds dropped in {count} events (the timeline keeps minutes)</source>
        <translation>Sekunden weggelassen, Anzahl Ereignisse: {count} (die Zeitleiste speichert Minuten)</translation>
    </message>
    <message>
        <source>no container [{number}] in the file; imported without one</source>
        <translation>kein Container [{number}] in der Datei; ohne Container importiert</translation>
    </message>
    <message>
        <source>not a TimelineJS file (expected an object with a list of &quot;events&quot;)</source>
        <translation>keine TimelineJS-Datei (erwartet wird ein Objekt mit einer Liste &quot;events&quot;)</translation>
    </message>
    <message>
        <source>seconds and milliseconds dropped (the timeline keeps minutes)</source>
        <translation>Sekunden und Millisekunden weggelassen (die Zeitleiste speichert Minuten)</translation>
    </message>
    <message>
        <source>the title slide ({headline}) is not imported; the project keeps its own name</source>
        <translation>die Titelfolie ({headline}) wird nicht importiert; das Projekt behält seinen eigenen Namen</translation>
    </message>
    <message>
        <source>the title slide (untitled) is not imported; the project keeps its own name</source>
        <translation>die Titelfolie (ohne Titel) wird nicht importiert; das Projekt behält seinen eigenen Namen</translation>
    </message>
    <message>
        <source>expected text, got {type}</source>
        <translation>erwartet wird Text, nicht {type}</translation>
    </message>
    <message>
        <source>expected an object with headline and text</source>
        <translation>erwartet wird ein Objekt mit headline und text</translation>
    </message>
    <message>
        <source>expected an object with year, month, day, ...</source>
        <translation>erwartet wird ein Objekt mit year, month, day, ...</translation>
    </message>
    <message>
        <source>{place} (untitled)</source>
        <translation>{place} (ohne Titel)</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>kein Startdatum</translation>
    </message>
    <message>
        <source>an event with this unique_id is in the project already</source>
        <translation>ein Ereignis mit dieser unique_id ist bereits im Projekt</translation>
    </message>
    <message>
        <source>end date {date} lies before the start; dropped</source>
        <translation>Enddatum {date} liegt vor dem Beginn; weggelassen</translation>
    </message>
    <message>
        <source>no headline; titled {title!r}</source>
        <translation>keine Überschrift; als Titel {title!r} verwendet</translation>
    </message>
    <message>
        <source>media given as embedded HTML, not a URL; not imported</source>
        <translation>Medien als eingebettetes HTML statt als URL angegeben; nicht importiert</translation>
    </message>
    <message>
        <source>not an annotation object</source>
        <translation>kein Annotationsobjekt</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>a page given only by its address ({address}); pages are not fetched</source>
        <translation>eine Seite, nur mit ihrer Adresse angegeben ({address}); Seiten werden nicht abgerufen</translation>
    </message>
    <message>
        <source>the next page ({address}) is not fetched</source>
        <translation>die nächste Seite ({address}) wird nicht abgerufen</translation>
    </message>
    <message>
        <source>a {types}, not an annotation</source>
        <translation>ein Objekt vom Typ {types}, keine Annotation</translation>
    </message>
    <message>
        <source>an untyped object, not an annotation</source>
        <translation>ein Objekt ohne Typ, keine Annotation</translation>
    </message>
    <message>
        <source>no W3C Web Annotation found (expected an Annotation, a list of them, an AnnotationPage or an AnnotationCollection)</source>
        <translation>keine W3C Web Annotation gefunden (erwartet wird eine Annotation, eine Liste davon, eine AnnotationPage oder eine AnnotationCollection)</translation>
    </message>
    <message>
        <source>untyped selector</source>
        <translation>Selektor ohne Typ</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>orphaned: it has no target</source>
        <translation>verwaist: sie hat kein Ziel</translation>
    </message>
    <message>
        <source>orphaned: {reasons}</source>
        <translation>verwaist: {reasons}</translation>
    </message>
    <message>
        <source>{place} ({id})</source>
        <translation>{place} ({id})</translation>
    </message>
    <message>
        <source>an annotation with this id is in the project already</source>
        <translation>eine Annotation mit dieser ID ist bereits im Projekt</translation>
    </message>
    <message>
        <source>its body names no claim or event of this project to link the passage to</source>
        <translation>ihr body nennt keine Behauptung und kein Ereignis dieses Projekts, mit dem die Textstelle zu verknüpfen wäre</translation>
    </message>
    <message>
        <source>a target that is neither an address nor an object</source>
        <translation>ein Ziel, das weder eine Adresse noch ein Objekt ist</translation>
    </message>
    <message>
        <source>a target without an address</source>
        <translation>ein Ziel ohne Adresse</translation>
    </message>
    <message>
        <source>{address} is not a source of this project</source>
        <translation>{address} ist keine Quelle dieses Projekts</translation>
    </message>
    <message>
        <source>no text selector for {title!r} (only {types})</source>
        <translation>kein Textselektor für {title!r} (nur {types})</translation>
    </message>
    <message>
        <source>no text selector for {title!r}</source>
        <translation>kein Textselektor für {title!r}</translation>
    </message>
    <message>
        <source>the passage is not in the text of {title!r}</source>
        <translation>die Textstelle steht nicht im Text von {title!r}</translation>
    </message>
    <message>
        <source>annotation on {title!r}</source>
        <translation>Annotation zu {title!r}</translation>
    </message>
    <message>
        <source>re-anchored from {start}–{end} to {new_start}–{new_end}</source>
        <translation>neu verankert: von {start}–{end} nach {new_start}–{new_end}</translation>
    </message>
    <message>
        <source>{address}: not a server address (expected postgresql://user@host/database)</source>
        <translation>{address}: keine Serveradresse (erwartet: postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>{address}: not a valid server address ({problem})</source>
        <translation>{address}: keine gültige Serveradresse ({problem})</translation>
    </message>
    <message>
        <source>{address}: the address names no database (expected postgresql://user@host/database)</source>
        <translation>{address}: die Adresse nennt keine Datenbank (erwartet: postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>{path}: a shared project is backed up on its server, by whoever runs it; File ▸ Save a Copy As… makes a local copy</source>
        <translation>{path}: ein gemeinsames Projekt wird auf seinem Server gesichert, von dem, der ihn betreibt; Datei ▸ Kopie speichern unter… legt eine lokale Kopie an</translation>
    </message>
    <message>
        <source>{path}: cannot make the backup folder ({problem})</source>
        <translation>{path}: der Sicherungsordner kann nicht angelegt werden ({problem})</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged ({detail}); no backup was made and the older backups are kept</source>
        <translation>{path}: die Projektdatei ist beschädigt ({detail}); es wurde keine Sicherung angelegt, die älteren Sicherungen bleiben erhalten</translation>
    </message>
    <message>
        <source>{path}: could not write the backup ({problem}); the older backups are kept</source>
        <translation>{path}: die Sicherung konnte nicht geschrieben werden ({problem}); die älteren Sicherungen bleiben erhalten</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>{path}: this backup cannot be read by this version</source>
        <translation>{path}: diese Sicherung kann von dieser Version nicht gelesen werden</translation>
    </message>
    <message>
        <source>{path}: another program is writing to the project; close it there first</source>
        <translation>{path}: ein anderes Programm schreibt gerade in das Projekt; schließen Sie es dort zuerst</translation>
    </message>
    <message>
        <source>{path}: the copy of the backup is unsound ({detail}); nothing was restored</source>
        <translation>{path}: die Kopie der Sicherung ist fehlerhaft ({detail}); es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>{path}: could not restore the backup ({problem}); the project file is as it was</source>
        <translation>{path}: die Sicherung konnte nicht wiederhergestellt werden ({problem}); die Projektdatei ist unverändert</translation>
    </message>
    <message>
        <source>Opened read-only: you may not change this project on the server</source>
        <translation>Schreibgeschützt geöffnet: Sie dürfen dieses Projekt auf dem Server nicht ändern</translation>
    </message>
    <message>
        <source>Opened read-only: the server only reads (a standby)</source>
        <translation>Schreibgeschützt geöffnet: Der Server liest nur (ein Standby-Server)</translation>
    </message>
    <message>
        <source>you may not change this project on the server</source>
        <translation>Sie dürfen dieses Projekt auf dem Server nicht ändern</translation>
    </message>
    <message>
        <source>the server only reads (a standby)</source>
        <translation>der Server liest nur (ein Standby-Server)</translation>
    </message>
    <message>
        <source>{path}: not a timeline_app project (the database holds other tables: {tables})</source>
        <translation>{path}: kein timeline_app-Projekt (die Datenbank enthält andere Tabellen: {tables})</translation>
    </message>
    <message>
        <source>{path}: the project is damaged (missing tables: {tables})</source>
        <translation>{path}: das Projekt ist beschädigt (fehlende Tabellen: {tables})</translation>
    </message>
    <message>
        <source>{path}: the project is damaged (no schema version recorded)</source>
        <translation>{path}: das Projekt ist beschädigt (keine Schemaversion verzeichnet)</translation>
    </message>
    <message>
        <source>{path}: uses an older schema ({revision}) and needs an upgrade, but it can only be opened read-only here ({why})</source>
        <translation>{path}: verwendet ein älteres Schema ({revision}) und muss aktualisiert werden, lässt sich hier aber nur schreibgeschützt öffnen ({why})</translation>
    </message>
    <message>
        <source>{path}: the database holds no project yet; create one there (timeline-app new ADDRESS) or publish a local project to it</source>
        <translation>{path}: die Datenbank enthält noch kein Projekt; legen Sie dort eines an (timeline-app new ADDRESS) oder veröffentlichen Sie ein lokales Projekt darin</translation>
    </message>
    <message>
        <source>{path}: the database is not empty ({count} tables, a timeline_app project); a new project needs an empty database</source>
        <translation>{path}: die Datenbank ist nicht leer ({count} Tabellen, ein timeline_app-Projekt); ein neues Projekt braucht eine leere Datenbank</translation>
    </message>
    <message>
        <source>{path}: the database is not empty ({count} tables); a new project needs an empty database</source>
        <translation>{path}: die Datenbank ist nicht leer ({count} Tabellen); ein neues Projekt braucht eine leere Datenbank</translation>
    </message>
    <message>
        <source>{problem}; the project needs the extensions unaccent and pg_trgm: ask the database&apos;s owner or administrator to run CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm;</source>
        <translation>{problem}; das Projekt braucht die Erweiterungen unaccent und pg_trgm: bitten Sie den Eigentümer oder Administrator der Datenbank, CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm; auszuführen</translation>
    </message>
    <message>
        <source>{problem}; publish to an empty database</source>
        <translation>{problem}; veröffentlichen Sie in eine leere Datenbank</translation>
    </message>
    <message>
        <source>{path}: holds a project at another schema ({revision}); publish to an empty database</source>
        <translation>{path}: enthält ein Projekt mit einem anderen Schema ({revision}); veröffentlichen Sie in eine leere Datenbank</translation>
    </message>
    <message>
        <source>{path}: holds a project with {count:,} records already; publish to an empty database</source>
        <translation>{path}: enthält bereits ein Projekt mit {count:,} Einträgen; veröffentlichen Sie in eine leere Datenbank</translation>
    </message>
    <message>
        <source>Event: {label}</source>
        <translation>Ereignis: {label}</translation>
    </message>
</context>
</TS>
