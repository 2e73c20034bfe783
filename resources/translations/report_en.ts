<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>report</name>
    <message>
        <source>Issued</source>
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
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served within target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 90th percentile (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied in all (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, 90% (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service, mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service report</source>
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
        <source>SERVICE REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: from the ticket to the first call. Within target: served citizens called within the service&apos;s target wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Tickets issued by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>No citizen answered the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. By counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk to the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
