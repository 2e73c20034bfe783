<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallBanner</name>
    <message>
        <source>Please wait for your number to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling again: number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now calling number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterTop</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lobby display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the system: what is shown may be out of date. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideColumn</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::DisplayController</name>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please come to this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait to be called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
