<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln claim(s) match(es)</source>
        <translation>
            <numerusform>%Ln claim matches</numerusform>
            <numerusform>%Ln claims match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s).</source>
        <translation>
            <numerusform>%Ln claim.</numerusform>
            <numerusform>%Ln claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · and %Ln more selected</source>
        <translation>
            <numerusform> · and %Ln more selected</numerusform>
            <numerusform> · and %Ln more selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) will lose their link to it</source>
        <translation>
            <numerusform>… and %n more record will lose its link to it</numerusform>
            <numerusform>… and %n more records will lose their link to it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more relation(s) are deleted</source>
        <translation>
            <numerusform>… and %n more relation is deleted</numerusform>
            <numerusform>… and %n more relations are deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more passage(s) are deleted</source>
        <translation>
            <numerusform>… and %n more passage is deleted</numerusform>
            <numerusform>… and %n more passages are deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its status history (%n entry(s)) is deleted</source>
        <translation>
            <numerusform>Its status history (%n entry) is deleted</numerusform>
            <numerusform>Its status history (%n entries) is deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n source(s) are removed</source>
        <translation>
            <numerusform>Its link to a source is removed</numerusform>
            <numerusform>Its links to %n sources are removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n tag(s) are removed</source>
        <translation>
            <numerusform>Its link to a tag is removed</numerusform>
            <numerusform>Its links to %n tags are removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n participant(s) are removed</source>
        <translation>
            <numerusform>Its link to a participant is removed</numerusform>
            <numerusform>Its links to %n participants are removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n event(s) are removed</source>
        <translation>
            <numerusform>Its link to an event is removed</numerusform>
            <numerusform>Its links to %n events are removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its link(s) to %n claim(s) are removed</source>
        <translation>
            <numerusform>Its link to a claim is removed</numerusform>
            <numerusform>Its links to %n claims are removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its links to %n records are removed</source>
        <translation>
            <numerusform>Its link to a record is removed</numerusform>
            <numerusform>Its links to %n records are removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{}” fits %n records: choose one from the list</source>
        <translation>
            <numerusform>“{}” fits %n record: choose it from the list</numerusform>
            <numerusform>“{}” fits %n records: choose one from the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s) into the open project</source>
        <translation>
            <numerusform>Drop to import 1 file into the open project</numerusform>
            <numerusform>Drop to import %n files into the open project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open or create a project first, then drop %n file(s) to import</source>
        <translation>
            <numerusform>Open or create a project first, then drop 1 file to import</numerusform>
            <numerusform>Open or create a project first, then drop %n files to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) into “{}”?</source>
        <translation>
            <numerusform>Import 1 file into “{}”?</numerusform>
            <numerusform>Import %n files into “{}”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) into {}</source>
        <translation>
            <numerusform>Import 1 file into {}</numerusform>
            <numerusform>Import %n files into {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln party or person(s)</source>
        <translation>
            <numerusform>%Ln party or person</numerusform>
            <numerusform>%Ln parties or people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s)</source>
        <translation>
            <numerusform>%Ln relation</numerusform>
            <numerusform>%Ln relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln status change(s)</source>
        <translation>
            <numerusform>%Ln status change</numerusform>
            <numerusform>%Ln status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n orphaned</source>
        <translation>
            <numerusform>, %n orphaned</numerusform>
            <numerusform>, %n orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) without a date, so the timeline cannot place them:</source>
        <translation>
            <numerusform>%Ln item has no date, so the timeline cannot place it:</numerusform>
            <numerusform>%Ln items have no date, so the timeline cannot place them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln denial(s)</source>
        <translation>
            <numerusform>%Ln denial</numerusform>
            <numerusform>%Ln denials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmation(s)</source>
        <translation>
            <numerusform>%Ln confirmation</numerusform>
            <numerusform>%Ln confirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln support(s)</source>
        <translation>
            <numerusform>%Ln support</numerusform>
            <numerusform>%Ln supports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contradiction(s)</source>
        <translation>
            <numerusform>%Ln contradiction</numerusform>
            <numerusform>%Ln contradictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln qualification(s)</source>
        <translation>
            <numerusform>%Ln qualification</numerusform>
            <numerusform>%Ln qualifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retraction(s)</source>
        <translation>
            <numerusform>%Ln retraction</numerusform>
            <numerusform>%Ln retractions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repetition(s)</source>
        <translation>
            <numerusform>%Ln repetition</numerusform>
            <numerusform>%Ln repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln undated</numerusform>
            <numerusform>%Ln undated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in view</source>
        <translation>
            <numerusform>%Ln in view</numerusform>
            <numerusform>%Ln in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln hidden</source>
        <translation>
            <numerusform>+%Ln hidden</numerusform>
            <numerusform>+%Ln hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all hidden lanes (%n)</source>
        <translation>
            <numerusform>Show the hidden lane (%n)</numerusform>
            <numerusform>Show all hidden lanes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items close together</source>
        <translation>
            <numerusform>%Ln item close together</numerusform>
            <numerusform>%Ln items close together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items selected. Current: </source>
        <translation>
            <numerusform>%Ln item selected. Current: </numerusform>
            <numerusform>%Ln items selected. Current: </numerusform>
        </translation>
    </message>
</context>
</TS>
