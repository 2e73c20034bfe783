<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MessageOverlay</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Not connected to the system. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms</name>
    <message>
        <source>You may not be served today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody ahead of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counter(s) %1</source>
        <translation>
            <numerusform>Counter %1</numerusform>
            <numerusform>Counters %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n hour(s)</source>
        <translation>
            <numerusform>More than %n hour</numerusform>
            <numerusform>More than %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Under %1&#xa0;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1⁠–⁠%2&#xa0;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the system. Nothing was sent; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system did not answer in time. It may or may not have been done: check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not save this, so nothing was changed. Please tell the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not taking tickets at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has given out all its numbers for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station may not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the ticket being served first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket is at another counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket has moved on in the meantime; the screen now shows where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called as many times as allowed: mark it as not present, or put it back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system is busy; try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be done (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer needs attention (paper jam or cover open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s queue is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not set up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
