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
    <message>
        <source>A priority ticket for %1, as: %2.</source>
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
    <name>HeaderBar</name>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
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
    <message>
        <source>Where your papers are, and when to collect them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Queue ticket kiosk</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These citizens are served first. Please touch the group you belong to.</source>
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
    <message>
        <source>The QR codes on tickets open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public address is set (public_url in the center file): tickets carry no QR code.</source>
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
    <message>
        <source>Please watch the screens and listen for your number.</source>
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
        <source>Numbers cannot be given out right now</source>
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
        <source>Test ticket printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up for this kiosk.</source>
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
    <message>
        <source>Valid today only, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please watch the screens and listen for your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer is not working, so your ticket was not printed. %1 Please take a photo of this screen or write down your number, and tell a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public address is set, so tickets carry no QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 Check the printer, then &quot;Check printer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer has not confirmed your ticket; it may still come out in a moment. If it does not, please take a photo of this screen or write down your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket could not be printed. %1 Please take a photo of this screen or write down your number, and tell a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer is not working at the moment. You can still take a number: it will be shown on the screen. Please tell a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dossier code. A code looks like 000.00.12.H57-240301-0001: please check it against your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier with the code %1 was found here. Please ask at the reception counter; bring your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results due on %1, to be collected at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the system — tickets cannot be issued right now. Please ask a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your number is called, please go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected wait: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk does not print tickets. Please ask a staff member to note your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket is printed below the screen. Please take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number will be shown on the screens and called aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority service. These citizens are served first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please touch the group you belong to, or ask a staff member to help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the dossier code printed on your receipt, or scan its barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a service by touching its name on the screen. The services, from the top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Expected wait: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority tickets, for %1: the button under the services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need help, please ask a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOUR NUMBER (PRINTED AGAIN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
