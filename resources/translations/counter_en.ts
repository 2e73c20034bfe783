<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApologyDialog</name>
    <message>
        <source>New date for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is late (printed on the apology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and print the apology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallNumberDialog</name>
    <message>
        <source>Call a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number on the citizen&apos;s ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerksPanel</name>
    <message>
        <source>Clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN, 4–8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactWindow</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Full station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSlips</name>
    <message>
        <source>Date: %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence – Freedom – Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code, or type the dossier code at the kiosk, to see where your dossier is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIPT OF DOSSIER AND APPOINTMENT TO RETURN THE RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received the dossier of: Mr/Ms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Papers handed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– as listed by the clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to bring (see the request for more papers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Number of dossiers: 01 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Time the law allows: the same working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>3. Time the law allows: %n working day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>4. Received at: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Result returned on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Collect the result at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Fee: %1 đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring this receipt when you collect the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIVING OFFICER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the center received the dossier of Mr/Ms %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be settled, the dossier needs the following:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring these papers with this request and the dossier code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry for the inconvenience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APOLOGY AND NEW APPOINTMENT TO RETURN THE RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the center received the dossier of Mr/Ms %2 for: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be settled by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be settled by then, because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delay has caused you trouble. We apologise, and will return the result on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect it at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your understanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON BEHALF OF THE CENTER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossiers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dossier in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: new date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the papers request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dossiers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dossiers from CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorPage</name>
    <message>
        <source>Alarms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alarm: the floor is within its service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News line of the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Vietnamese (empty: the center file&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Receive a dossier from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers handed in (untick what is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the procedure to see its papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other papers handed in (separate with ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other papers to bring (separate with ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive and print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 – counter station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the system. Nothing you do is sent until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>Papers %1 still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One paper per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional, printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and print the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Rating pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your visit, please tell us how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you satisfied with how your administrative procedure was handled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
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
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer helps the center serve you better.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequeueDialog</name>
    <message>
        <source>%1 waits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called again as soon as this counter calls next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits like a ticket taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services of %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sent to this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody served yet today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationHeader</name>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <source>No citizen at the counter. Call the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is closed. Open it to start calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <source>Find a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number, e.g. 1023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open ticket today has that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap again to cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or to one counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the next clerk (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::ClerkRoster</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after wrong PINs, %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name is 2 to 40 small letters without accents, digits, dots or dashes, like &quot;lan.nguyen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clerk&apos;s full name, as the screens and reports will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in now as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: no more logins, and their logins have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new PIN. Give it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::CounterController</name>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
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
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Called %n more time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Called, waiting for the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the last counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket with that number today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter does not serve that ticket&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login has ended. Please enter your PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked as not present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits again, first in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits again at the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another service or a counter to send the citizen to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to counter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not waiting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. The lobby screen shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter now serves: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::DossierDesk</name>
    <message>
        <source>the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the applicant&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 received; the result is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the dossier is late: the citizen reads it on the apology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has a new date; the apology is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the papers the citizen has to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 waits for papers; the request is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request for papers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the apology of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up for this counter, so %1 was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer is out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer needs attention (paper jam or cover open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer is switched off or not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer did not take it in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped after %n dossier(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not sure %1 printed: %2. Check the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print %1: %2. Print it again from the dossier list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::DossierListModel</name>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::FloorView</name>
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
        <source>Serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: someone has waited %2 min (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people waiting (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been free for %2 min while people wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one citizen&apos;s service has lasted %2 min (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens show the new news line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being served at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 now waits for %2, at the end of its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is being printed again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk with a working printer is connected: ticket %1 was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one service for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now serves %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qms::RatingPadController</name>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
