<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>web</name>
    <message>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go to %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being served at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were called but did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket or page does not exist, or it was valid only on an earlier day. Ticket pages work on the day the ticket was taken. If you need help, please ask at the reception counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number %1 is being called. Please show your ticket at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was it? Your answer helps the center serve better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask at the reception counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page follows your turn by itself; keep it open. Please also watch the screens in the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier with the code %1 is known here. Please check the code on your receipt, or ask at the reception counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your answer!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has been rated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can rate the service once you have been served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch one of the three answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with the service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment (optional), then touch your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on your ticket to follow your turn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
