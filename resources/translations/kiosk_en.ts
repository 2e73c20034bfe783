<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmPriority</name>
    <message>
        <source>Priority ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are taking a priority ticket as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff may ask to see a document that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the dossier code printed on your receipt, or scan its barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Priority ticket: %1. Now choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Queue ticket kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Not connected to the system — tickets cannot be issued right now. Please ask a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <source>Priority service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These citizens are served first. Touch the group you belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianPage</name>
    <message>
        <source>Technician menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit the kiosk app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianPinPage</name>
    <message>
        <source>Technician PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms</name>
    <message>
        <source>No more numbers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking tickets now</source>
        <translation type="unfinished"></translation>
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
        <source>No estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1–%2 minutes</source>
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
        <source>%1, %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not be served today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::KioskController</name>
    <message>
        <source>Printer %1: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the hub at %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the hub at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system cannot be reached right now. Please try again in a few minutes or ask a staff member.</source>
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
        <source>No ticket could be issued. Please ask a staff member for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOUR NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRINTER TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1, %2 dots wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code should scan as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper — please tell a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer needs attention (paper jam or cover open) — please tell a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ticket printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket could not be printed. %1 Please take a photo of this screen or write down your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up for this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier was found with the code %1. Please check the code on your receipt, or ask a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk runs the hub itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address as host:port, for example 192.168.1.10:7420.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk does not print tickets. Please take a photo of this screen or write down your number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
