<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AuditText</name>
        <message>
            <location filename="../core/views/audittext.cpp" line="31" />
            <source>Comment: “%1”</source>
            <translation>Kommentar: „%1“</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="38" />
            <source>Workspace created</source>
            <translation>Arbeitsbereich angelegt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="39" />
            <source>Person added</source>
            <translation>Person hinzugefügt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="40" />
            <source>Service account added</source>
            <translation>Dienstkonto hinzugefügt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="41" />
            <source>API token issued</source>
            <translation>API-Token ausgestellt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="42" />
            <source>API token revoked</source>
            <translation>API-Token widerrufen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="43" />
            <source>Role granted</source>
            <translation>Rolle vergeben</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="44" />
            <source>Role revoked</source>
            <translation>Rolle entzogen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="45" />
            <source>Group added</source>
            <translation>Gruppe hinzugefügt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="46" />
            <source>Added to group</source>
            <translation>Zur Gruppe hinzugefügt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="47" />
            <source>Removed from group</source>
            <translation>Aus Gruppe entfernt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="48" />
            <source>Person changed</source>
            <translation>Person geändert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="49" />
            <source>Person disabled</source>
            <translation>Person deaktiviert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="50" />
            <source>Person enabled</source>
            <translation>Person aktiviert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="51" />
            <source>Person removed</source>
            <translation>Person entfernt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="52" />
            <source>Group changed</source>
            <translation>Gruppe geändert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="53" />
            <source>Group removed</source>
            <translation>Gruppe entfernt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="54" />
            <source>Directory source configured</source>
            <translation>Verzeichnisquelle eingerichtet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="55" />
            <source>Target added</source>
            <translation>Ziel hinzugefügt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="56" />
            <source>Target changed</source>
            <translation>Ziel geändert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="57" />
            <source>Target removed</source>
            <translation>Ziel entfernt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="58" />
            <source>Signing key listed</source>
            <translation>Signaturschlüssel eingetragen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="59" />
            <source>Audit checkpoint signed</source>
            <translation>Prüfpunkt signiert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="60" />
            <source>Action version published</source>
            <translation>Aktionsversion veröffentlicht</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="61" />
            <source>Approval policy changed</source>
            <translation>Genehmigungsregel geändert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="62" />
            <source>Workflow saved</source>
            <translation>Workflow gespeichert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="63" />
            <source>Workflow archived</source>
            <translation>Workflow archiviert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="64" />
            <source>Request submitted</source>
            <translation>Antrag gestellt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="65" />
            <source>Approval skipped</source>
            <translation>Genehmigung übersprungen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="67" />
            <source>Access active</source>
            <translation>Zugriff aktiv</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="68" />
            <source>Early revoke asked</source>
            <translation>Vorzeitiger Entzug verlangt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="69" />
            <source>Revoke started</source>
            <translation>Entzug gestartet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="70" />
            <source>Revoke failed</source>
            <translation>Entzug fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="71" />
            <source>Access revoked</source>
            <translation>Zugriff entzogen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="72" />
            <source>Access extended by a new request</source>
            <translation>Zugriff durch einen neuen Antrag verlängert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="73" />
            <source>Clean-up revoke scheduled</source>
            <translation>Entzug zum Aufräumen geplant</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="74" />
            <source>Access reviewed</source>
            <translation>Zugriff überprüft</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="75" />
            <source>Access review started</source>
            <translation>Zugriffsüberprüfung gestartet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="76" />
            <source>Access review decision</source>
            <translation>Entscheidung in einer Zugriffsüberprüfung</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="77" />
            <source>Access review closed</source>
            <translation>Zugriffsüberprüfung geschlossen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="78" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="79" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="80" />
            <source>Phase completed</source>
            <translation>Phase abgeschlossen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="81" />
            <source>Request approved</source>
            <translation>Antrag genehmigt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="82" />
            <source>Request rejected</source>
            <translation>Antrag abgelehnt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="83" />
            <source>Request cancelled</source>
            <translation>Antrag zurückgezogen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="84" />
            <source>Request expired</source>
            <translation>Antrag abgelaufen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="85" />
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="86" />
            <source>Approvers reminded</source>
            <translation>Genehmigende erinnert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="87" />
            <source>Escalated</source>
            <translation>Eskaliert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="88" />
            <source>Refused by the agent</source>
            <translation>Vom Agenten abgelehnt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="89" />
            <source>Taken by the agent</source>
            <translation>Vom Agenten übernommen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="90" />
            <source>Run started</source>
            <translation>Ausführung begonnen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="91" />
            <source>Run postponed</source>
            <translation>Ausführung verschoben</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="92" />
            <source>Run finished</source>
            <translation>Ausführung beendet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="93" />
            <source>Run interrupted</source>
            <translation>Ausführung unterbrochen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="94" />
            <source>Delegation set up</source>
            <translation>Vertretung eingerichtet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="95" />
            <source>Delegation ended</source>
            <translation>Vertretung beendet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="96" />
            <source>Notice defaults changed</source>
            <translation>Standards für Benachrichtigungen geändert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="97" />
            <source>Notice webhook added</source>
            <translation>Benachrichtigungs-Webhook hinzugefügt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="98" />
            <source>Notice webhook enabled</source>
            <translation>Benachrichtigungs-Webhook aktiviert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="99" />
            <source>Notice webhook disabled</source>
            <translation>Benachrichtigungs-Webhook deaktiviert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="100" />
            <source>Notice webhook tested</source>
            <translation>Benachrichtigungs-Webhook getestet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="101" />
            <source>Approval webhook added</source>
            <translation>Genehmigungs-Webhook hinzugefügt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="102" />
            <source>Approval webhook enabled</source>
            <translation>Genehmigungs-Webhook aktiviert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="103" />
            <source>Approval webhook disabled</source>
            <translation>Genehmigungs-Webhook deaktiviert</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="104" />
            <source>Approval webhook tested</source>
            <translation>Genehmigungs-Webhook getestet</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="105" />
            <source>Approval webhook called</source>
            <translation>Genehmigungs-Webhook aufgerufen</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="106" />
            <source>Approval webhook answer refused</source>
            <translation>Antwort eines Genehmigungs-Webhooks abgelehnt</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="122" />
            <source>%1 version %2 on %3, decide by %4.</source>
            <translation>%1 Version %2 auf %3, zu entscheiden bis %4.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="127" />
            <source> Ticket: %1.</source>
            <translation> Ticket: %1.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="133" />
            <source>Run directly: member of %1, which needs no approval.</source>
            <translation>Direkt ausgeführt: Mitglied von %1, das keine Genehmigung braucht.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="134" />
            <source>No approval needed: %1.</source>
            <translation>Keine Genehmigung nötig: %1.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="136" />
            <source>Phase %1 (%2)</source>
            <translation>Phase %1 (%2)</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="141" />
            <source>%1 approved; counted as %2.</source>
            <translation>%1 genehmigt; gezählt als %2.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="142" />
            <source>%1 rejected.</source>
            <translation>%1 abgelehnt.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="147" />
            <source>Feedback (no decision): a vote up.</source>
            <translation>Feedback (keine Entscheidung): eine Stimme dafür.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="148" />
            <source>Feedback (no decision): a vote down.</source>
            <translation>Feedback (keine Entscheidung): eine Stimme dagegen.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="149" />
            <source>Feedback (no decision), no vote.</source>
            <translation>Feedback (keine Entscheidung), keine Stimme.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="153" />
            <source>Phase %1 (%2) is complete.</source>
            <translation>Phase %1 (%2) ist abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="157" />
            <source>Every phase is approved; the request may run.</source>
            <translation>Alle Phasen sind genehmigt; der Antrag darf ausgeführt werden.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="159" />
            <source>Nobody decided before the deadline (%1); the policy rejects it on timeout, it will not run.</source>
            <translation>Niemand hat vor der Frist (%1) entschieden; die Richtlinie lehnt ihn bei Fristablauf ab, er wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="163" />
            <source>The request was rejected and will not run.</source>
            <translation>Der Antrag wurde abgelehnt und wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="165" />
            <source>Phase %1 (%2): its approvers who have not decided were reminded.</source>
            <translation>Phase %1 (%2): die Genehmigenden, die noch nicht entschieden haben, wurden erinnert.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="170" />
            <source>Phase %1 (%2) timed out and was escalated to %3; new deadline %4.</source>
            <translation>Die Frist von Phase %1 (%2) ist abgelaufen, sie wurde an %3 eskaliert; neue Frist %4.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="174" />
            <source>Phase %1 (%2) was escalated to %3, whose members may now approve it too.</source>
            <translation>Phase %1 (%2) wurde an %3 eskaliert; deren Mitglieder dürfen sie jetzt auch genehmigen.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="178" />
            <source>Cancelled by the requester; it will not run.</source>
            <translation>Von der antragstellenden Person zurückgezogen; er wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="180" />
            <source>Nobody decided before the deadline (%1); it will not run.</source>
            <translation>Niemand hat vor der Frist (%1) entschieden; er wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="183" />
            <source>The agent refused to run it: %1</source>
            <translation>Der Agent hat die Ausführung abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="186" />
            <source>The agent picked up the approved request to run it.</source>
            <translation>Der Agent hat den genehmigten Antrag zur Ausführung übernommen.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="187" />
            <source>The agent took the request to run it, as %1 asked.</source>
            <translation>Der Agent hat den Antrag zur Ausführung übernommen, auf Anfrage von %1.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="189" />
            <source>The run started.</source>
            <translation>Die Ausführung hat begonnen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/views/audittext.cpp" line="191" />
            <source>Postponed for %n seconds: %1</source>
            <translation>
                <numerusform>Verschoben um %n Sekunde: %1</numerusform>
                <numerusform>Verschoben um %n Sekunden: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="195" />
            <source>Finished (%1) with exit code %2.</source>
            <translation>Beendet (%1) mit Exit-Code %2.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="198" />
            <source>Finished (%1): %2</source>
            <translation>Beendet (%1): %2</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="202" />
            <source>Workspace created with %1 as its administrator.</source>
            <translation>Arbeitsbereich mit %1 als Administrator:in angelegt.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="204" />
            <source>%1 (%2) joined the directory.</source>
            <translation>%1 (%2) wurde ins Verzeichnis aufgenommen.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="206" />
            <source>%1 may now act as %2.</source>
            <translation>%1 darf jetzt als %2 handeln.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="208" />
            <source>%1 no longer acts as %2.</source>
            <translation>%1 handelt nicht mehr als %2.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="211" />
            <source>Group %1, without a description.</source>
            <translation>Gruppe %1, ohne Beschreibung.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="212" />
            <source>Group %1: %2</source>
            <translation>Gruppe %1: %2</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="214" />
            <source>%1 joined the group %2.</source>
            <translation>%1 ist jetzt in der Gruppe %2.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="216" />
            <source>%1 left the group %2.</source>
            <translation>%1 ist nicht mehr in der Gruppe %2.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="218" />
            <source>Target %1 (%2), run by the agent at %3.</source>
            <translation>Ziel %1 (%2), ausgeführt vom Agenten unter %3.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="221" />
            <source>%1 version %2 published.</source>
            <translation>%1 Version %2 veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="225" />
            <source>Approval policy of %1, revision %2.</source>
            <translation>Genehmigungsregel von %1, Revision %2.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="32" />
            <source>Access active until %1.</source>
            <translation>Zugriff aktiv bis %1.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="34" />
            <source>Asked to end the access early.</source>
            <translation>Vorzeitiges Ende des Zugriffs verlangt.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="38" />
            <source>Kept in access review #%1.</source>
            <translation>In der Zugriffsüberprüfung #%1 behalten.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="39" />
            <source>Revoked in access review #%1.</source>
            <translation>In der Zugriffsüberprüfung #%1 entzogen.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="41" />
            <source>Kept.</source>
            <translation>Behalten.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="42" />
            <source>Kept; needed until %1.</source>
            <translation>Behalten; benötigt bis %1.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="43" />
            <source>Revoked early.</source>
            <translation>Vorzeitig entzogen.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="48" />
            <source>Revoke attempt %1 started %2 s late (due %3).</source>
            <translation>Entzugsversuch %1 gestartet, %2 s verspätet (fällig %3).</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="52" />
            <source>Revoke attempt %1 started (due %2).</source>
            <translation>Entzugsversuch %1 gestartet (fällig %2).</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="57" />
            <source>Revoke attempt %1 failed; next try at %2. Error: %3</source>
            <translation>Entzugsversuch %1 fehlgeschlagen; nächster Versuch um %2. Fehler: %3</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="61" />
            <source>Superseded by request #%1, which extends this access; this grant's revoke does not run.</source>
            <translation>Abgelöst durch Antrag #%1, der diesen Zugriff verlängert; der Entzug dieser Berechtigung läuft nicht.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="64" />
            <source>The grant script failed; the revoke script runs now to clean up.</source>
            <translation>Das Gewährungsskript ist fehlgeschlagen; das Entzugsskript räumt jetzt auf.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="69" />
            <source>Cleaned up after the failed grant script.</source>
            <translation>Nach dem fehlgeschlagenen Gewährungsskript aufgeräumt.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="71" />
            <source>Access revoked early, as %1 asked.</source>
            <translation>Zugriff vorzeitig entzogen, wie von %1 verlangt.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="73" />
            <source>Access revoked; it was due %1 and started %2 s late.</source>
            <translation>Zugriff entzogen; fällig %1, %2 s verspätet gestartet.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="77" />
            <source>Access revoked at its end (%1).</source>
            <translation>Zugriff zu seinem Ende entzogen (%1).</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="79" />
            <source>It took %1 attempts.</source>
            <translation>Es brauchte %1 Versuche.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="84" />
            <source>Access review #%1 “%2” started for %3, due %4. Grants to review: %5.</source>
            <translation>Zugriffsüberprüfung #%1 „%2“ für %3 gestartet, fällig %4. Zu prüfende Berechtigungen: %5.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="92" />
            <source>Access review #%1 “%2” closed. Grants: %3 in all, %4 kept, %5 revoked, %6 undecided.</source>
            <translation>Zugriffsüberprüfung #%1 „%2“ geschlossen. Berechtigungen: %3 insgesamt, %4 behalten, %5 entzogen, %6 unentschieden.</translation>
        </message>
        <message>
            <location filename="../core/views/grantaudittext.cpp" line="99" />
            <source>Undecided: %1.</source>
            <translation>Unentschieden: %1.</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="242" />
            <source>Approval skipped — run directly by %1 (member of %2)</source>
            <translation>Genehmigung übersprungen — direkt ausgeführt von %1 (Mitglied von %2)</translation>
        </message>
        <message>
            <location filename="../core/views/audittext.cpp" line="243" />
            <source>Approval skipped — %1</source>
            <translation>Genehmigung übersprungen — %1</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="21" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="22" />
            <location filename="../core/views/adminaudittext.cpp" line="116" />
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="23" />
            <source>manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="24" />
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="31" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="58" />
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="60" />
            <source>immediately</source>
            <translation>sofort</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="62" />
            <source>daily digest</source>
            <translation>tägliche Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="71" />
            <source>%1's %2 changed.</source>
            <translation>Bei %1 geändert: %2.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="73" />
            <source>Details of %1 (%2) saved: e-mail %3, manager %4.</source>
            <translation>Angaben zu %1 (%2) gespeichert: E-Mail %3, Führungskraft %4.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="79" />
            <source>%1 was disabled: no longer in the company directory.</source>
            <translation>%1 wurde deaktiviert: nicht mehr im Firmenverzeichnis.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="81" />
            <source>%1 was disabled.</source>
            <translation>%1 wurde deaktiviert.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="82" />
            <source>%1 was disabled: %2</source>
            <translation>%1 wurde deaktiviert: %2</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="84" />
            <source>%1 was enabled.</source>
            <translation>%1 wurde aktiviert.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="86" />
            <source>%1 was removed from the workspace.</source>
            <translation>%1 wurde aus dem Arbeitsbereich entfernt.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="88" />
            <source>Group %1: %2 changed.</source>
            <translation>Gruppe %1: %2 geändert.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="92" />
            <source>Group %1 removed: no longer in the company directory.</source>
            <translation>Gruppe %1 entfernt: nicht mehr im Firmenverzeichnis.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="94" />
            <source>Group %1 removed.</source>
            <translation>Gruppe %1 entfernt.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="95" />
            <source>Group %1 removed: %2</source>
            <translation>Gruppe %1 entfernt: %2</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="99" />
            <source>The company directory is read from %1 (preset %2).</source>
            <translation>Das Firmenverzeichnis wird von %1 gelesen (Vorlage %2).</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="102" />
            <source>The agent syncs it every minute.</source>
            <translation>Der Agent gleicht es jede Minute ab.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="103" />
            <source>The agent syncs it every %1 minutes.</source>
            <translation>Der Agent gleicht es alle %1 Minuten ab.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="104" />
            <source>It syncs only when someone starts it.</source>
            <translation>Es wird nur abgeglichen, wenn jemand den Abgleich startet.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="118" />
            <source>Default for the notice “%1” by %2: %3, mandatory for everyone.</source>
            <translation>Vorgabe für die Benachrichtigung „%1“ per %2: %3, für alle verpflichtend.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="119" />
            <source>Default for the notice “%1” by %2: %3.</source>
            <translation>Vorgabe für die Benachrichtigung „%1“ per %2: %3.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="123" />
            <source>Notice webhook %1 added; it sends %2 messages to %3.</source>
            <translation>Benachrichtigungs-Webhook %1 hinzugefügt; er sendet %2-Nachrichten an %3.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="126" />
            <source>Notice webhook %1 enabled.</source>
            <translation>Benachrichtigungs-Webhook %1 aktiviert.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="128" />
            <source>Notice webhook %1 failed and was disabled; last error: %2</source>
            <translation>Benachrichtigungs-Webhook %1 ist fehlgeschlagen und wurde deaktiviert; letzter Fehler: %2</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="131" />
            <source>Notice webhook %1 failed %2 times in a row and was disabled; last error: %3</source>
            <translation>Benachrichtigungs-Webhook %1 ist %2-mal in Folge fehlgeschlagen und wurde deaktiviert; letzter Fehler: %3</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="133" />
            <source>Notice webhook %1 disabled.</source>
            <translation>Benachrichtigungs-Webhook %1 deaktiviert.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="135" />
            <source>A test notice goes to the notice webhook %1.</source>
            <translation>Eine Testbenachrichtigung geht an den Benachrichtigungs-Webhook %1.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="137" />
            <source>Approval webhook %1 added; it is called at %2.</source>
            <translation>Genehmigungs-Webhook %1 hinzugefügt; er wird unter %2 aufgerufen.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="139" />
            <source>Approval webhook %1 enabled.</source>
            <translation>Genehmigungs-Webhook %1 aktiviert.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="142" />
            <source>Approval webhook %1 failed and was disabled; its phases wait for the admins. Last error: %2</source>
            <translation>Genehmigungs-Webhook %1 ist fehlgeschlagen und wurde deaktiviert; seine Phasen warten auf die Admins. Letzter Fehler: %2</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="145" />
            <source>Approval webhook %1 failed %2 times in a row and was disabled; its phases wait for the admins. Last error: %3</source>
            <translation>Genehmigungs-Webhook %1 ist %2-mal in Folge fehlgeschlagen und wurde deaktiviert; seine Phasen warten auf die Admins. Letzter Fehler: %3</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="148" />
            <source>Approval webhook %1 disabled; its phases wait for the admins.</source>
            <translation>Genehmigungs-Webhook %1 deaktiviert; seine Phasen warten auf die Admins.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="150" />
            <source>A test call goes to the approval webhook %1.</source>
            <translation>Ein Testaufruf geht an den Genehmigungs-Webhook %1.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="153" />
            <source>Approval webhook %1 was called for phase %2.</source>
            <translation>Genehmigungs-Webhook %1 wurde für Phase %2 aufgerufen.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="155" />
            <source>Approval webhook %1 was called.</source>
            <translation>Genehmigungs-Webhook %1 wurde aufgerufen.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="157" />
            <source>approve</source>
            <translation>genehmigen</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="158" />
            <source>reject</source>
            <translation>ablehnen</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="160" />
            <source>A webhook answer (%1) for phase %2 from %3 was refused: %4</source>
            <translation>Eine Webhook-Antwort (%1) für Phase %2 von %3 wurde zurückgewiesen: %4</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="163" />
            <source>A webhook answer (%1) from %2 was refused: %3</source>
            <translation>Eine Webhook-Antwort (%1) von %2 wurde zurückgewiesen: %3</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="178" />
            <source>Service account %1 added.</source>
            <translation>Dienstkonto %1 hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="182" />
            <source>An API token was issued to %1.</source>
            <translation>Für %1 wurde ein API-Token ausgestellt.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="183" />
            <source>API token “%1” issued to %2.</source>
            <translation>API-Token „%1“ für %2 ausgestellt.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="186" />
            <source>An API token of %1 was revoked.</source>
            <translation>Ein API-Token von %1 wurde widerrufen.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="187" />
            <source>API token “%1” of %2 revoked.</source>
            <translation>API-Token „%1“ von %2 widerrufen.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="191" />
            <source>Target %1 changed: %2, run by the agent at %3.</source>
            <translation>Ziel %1 geändert: %2, ausgeführt vom Agenten unter %3.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="193" />
            <source>Target %1 changed: %2, run by the agent at %3, owned by %4.</source>
            <translation>Ziel %1 geändert: %2, ausgeführt vom Agenten unter %3, verantwortlich: %4.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="198" />
            <source>Attributes: %1.</source>
            <translation>Attribute: %1.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="202" />
            <source>Target %1 was removed.</source>
            <translation>Ziel %1 wurde entfernt.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="205" />
            <source>Workflow %1 saved (revision %2).</source>
            <translation>Workflow %1 gespeichert (Revision %2).</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="207" />
            <source>Description: “%1”</source>
            <translation>Beschreibung: „%1“</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="209" />
            <source>It is the default workflow.</source>
            <translation>Er ist der Vorgabe-Workflow.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="213" />
            <source>Workflow %1 archived at revision %2.</source>
            <translation>Workflow %1 bei Revision %2 archiviert.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="218" />
            <source>Signing key %1 listed, valid from %2.</source>
            <translation>Signaturschlüssel %1 eingetragen, gültig ab %2.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="220" />
            <source>Signing key %1 listed, valid from %2 until %3.</source>
            <translation>Signaturschlüssel %1 eingetragen, gültig von %2 bis %3.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="224" />
            <source>Checkpoint %1 signed with key %2 over %3 audit chains (%4 new or changed).</source>
            <translation>Prüfpunkt %1 mit Schlüssel %2 über %3 Prüfketten signiert (%4 neu oder geändert).</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="230" />
            <source>%1 stands in for %2 from %3 until %4 (delegation #%5).</source>
            <translation>%1 vertritt %2 von %3 bis %4 (Vertretung #%5).</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="235" />
            <source>Delegation #%1 ended: %2 no longer stands in for %3.</source>
            <translation>Vertretung #%1 beendet: %2 vertritt %3 nicht mehr.</translation>
        </message>
        <message>
            <location filename="../core/views/adminaudittext.cpp" line="237" />
            <source>Delegation #%1 ended by %2: %3 no longer stands in for %4.</source>
            <translation>Vertretung #%1 von %2 beendet: %3 vertritt %4 nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../core/common/canonicaljson.cpp" line="140" />
            <source>invalid JSON at line %1, column %2: %3</source>
            <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <location filename="../core/common/canonicaljson.cpp" line="147" />
            <source>expected a JSON object at the top level</source>
            <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="38" />
            <source>Cannot create the database %1: %2</source>
            <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="55" />
            <source>The workspace %1 can be read by other accounts on this computer, and it holds secret parameters until they run; make it private with "chmod 600 %2".</source>
            <translation>Der Arbeitsbereich %1 ist für andere Konten auf diesem Rechner lesbar und enthält geheime Parameter, bis sie laufen; machen Sie ihn mit „chmod 600 %2“ privat.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="96" />
            <source>Cannot create the folder %1 for the database.</source>
            <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="105" />
            <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
            <translation>Der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="108" />
            <source>The folder %1 is not writable, so this workspace can only be read.</source>
            <translation>Der Ordner %1 ist nicht beschreibbar, daher kann dieser Arbeitsbereich nur gelesen werden.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="111" />
            <source>The folder %1 is not writable, so no workspace can be created there.</source>
            <translation>Der Ordner %1 ist nicht beschreibbar, daher kann dort kein Arbeitsbereich angelegt werden.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="135" />
            <source>Cannot open the database %1: %2</source>
            <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="150" />
            <source>%1 is not a usable SQLite database: %2</source>
            <translation>%1 ist keine brauchbare SQLite-Datenbank: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="179" />
            <source>The Qt PostgreSQL driver is not installed (package libqt6sql6-psql).</source>
            <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Paket libqt6sql6-psql).</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="184" />
            <source>"%1" is not a PostgreSQL address like postgresql://alice@db.example.com:5432/countersign.</source>
            <translation>„%1“ ist keine PostgreSQL-Adresse wie postgresql://alice@db.example.com:5432/countersign.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="187" />
            <source>Do not put the password in the address; it comes from the keychain.</source>
            <translation>Schreiben Sie das Passwort nicht in die Adresse; es kommt aus dem Schlüsselbund.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="209" />
            <source>Cannot connect to %1: %2</source>
            <translation>Keine Verbindung zu %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="251" />
            <source>Only PostgreSQL knows who is connected; SQLite has no users.</source>
            <translation>Nur PostgreSQL weiß, wer verbunden ist; SQLite kennt keine Personen.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="255" />
            <source>The database did not say who is connected.</source>
            <translation>Die Datenbank hat nicht gesagt, wer verbunden ist.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="273" />
            <source>The connection to the database broke while saving, so it is not known whether the change was saved. Check its current state before trying again.</source>
            <translation>Die Verbindung zur Datenbank brach beim Speichern ab; ob die Änderung gespeichert wurde, ist unbekannt. Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="290" />
            <source>A statement cannot run while rows are streamed on its connection.</source>
            <translation>Während auf ihrer Verbindung Zeilen gestreamt werden, kann keine Anweisung laufen.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="387" />
            <source>Database error: %1 (while running "%2").</source>
            <translation>Datenbankfehler: %1 (bei „%2“).</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="413" />
            <source>Cannot reconnect to %1: %2</source>
            <translation>Keine erneute Verbindung zu %1: %2</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="566" />
            <source>This database uses schema version %1, newer than this Countersign understands (%2). Upgrade Countersign.</source>
            <translation>Diese Datenbank nutzt Schemaversion %1, neuer als diese Countersign-Version versteht (%2). Aktualisieren Sie Countersign.</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="583" />
            <source>The database needs schema version %1 (%2), which only its owner can install: run "countersign-cli admin setup-postgres" as the owner role. (%3)</source>
            <translation>Die Datenbank braucht Schemaversion %1 (%2), die nur ihr Eigentümer einspielen kann: führen Sie „countersign-cli admin setup-postgres“ als Eigentümerrolle aus. (%3)</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="588" />
            <source>Migration %1 (%2) failed: %3</source>
            <translation>Migration %1 (%2) ist fehlgeschlagen: %3</translation>
        </message>
        <message>
            <location filename="../core/storage/postgressetup.cpp" line="616" />
            <source>Roles and grants exist only on PostgreSQL; an SQLite workspace has no users to enforce.</source>
            <translation>Rollen und Rechte gibt es nur unter PostgreSQL; ein SQLite-Arbeitsbereich hat keine Personen, für die sie gelten.</translation>
        </message>
        <message>
            <location filename="../core/storage/postgressetup.cpp" line="673" />
            <source>This workspace's database roles predate disabling people; run "countersign-cli setup-postgres" once, then try again.</source>
            <translation>Die Datenbankrollen dieses Arbeitsbereichs stammen aus der Zeit vor dem Deaktivieren von Personen; führen Sie einmal „countersign-cli setup-postgres“ aus und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="18" />
            <location filename="../core/policy/policy.cpp" line="19" />
            <location filename="../core/policy/policytiming.cpp" line="15" />
            <source>%1: unknown field "%2".</source>
            <translation>%1: unbekanntes Feld "%2".</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="27" />
            <source>Policy: "intake" must be a JSON object.</source>
            <translation>Richtlinie: "intake" muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="35" />
            <source>intake: "minCommentLength" must be a whole number from 0 to %1.</source>
            <translation>intake: "minCommentLength" muss eine ganze Zahl von 0 bis %1 sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="44" />
            <source>intake: "ticket" must be a JSON object with label, pattern and required.</source>
            <translation>intake: "ticket" muss ein JSON-Objekt mit label, pattern und required sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="52" />
            <source>intake.ticket: "label" must be a non-empty text.</source>
            <translation>intake.ticket: "label" muss ein nicht leerer Text sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="54" />
            <source>intake.ticket: "pattern" must be a regular expression as text.</source>
            <translation>intake.ticket: "pattern" muss ein regulärer Ausdruck als Text sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="56" />
            <source>intake.ticket: "required" must be true or false.</source>
            <translation>intake.ticket: "required" muss true oder false sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="63" />
            <source>intake.ticket: the pattern is longer than %1 characters.</source>
            <translation>intake.ticket: Das Muster ist länger als %1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="66" />
            <source>intake.ticket: the pattern "%1" is not a valid regular expression (%2).</source>
            <translation>intake.ticket: Das Muster "%1" ist kein gültiger regulärer Ausdruck (%2).</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="69" />
            <source>intake.ticket: the pattern "%1" repeats a group that itself repeats or has overlapping alternatives, which can take exponential time; simplify it.</source>
            <translation>intake.ticket: Das Muster "%1" wiederholt eine Gruppe, die selbst wiederholt oder sich überschneidende Alternativen hat, was exponentiell lange dauern kann; vereinfachen Sie es.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="95" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="98" />
            <source>The field "%1" is required for this request.</source>
            <translation>Das Feld "%1" ist für diesen Antrag erforderlich.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="102" />
            <source>This request takes no ticket reference.</source>
            <translation>Dieser Antrag nimmt keine Ticket-Referenz an.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="105" />
            <source>The field "%1" is longer than %2 characters.</source>
            <translation>Das Feld "%1" ist länger als %2 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="110" />
            <source>The field "%1" does not have the expected form (%2): "%3".</source>
            <translation>Das Feld "%1" hat nicht die erwartete Form (%2): "%3".</translation>
        </message>
        <message>
            <location filename="../core/policy/intake.cpp" line="119" />
            <source>The comment must be at least %1 characters long (it has %2).</source>
            <translation>Der Kommentar muss mindestens %1 Zeichen lang sein (er hat %2).</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="28" />
            <source>%1 must be a list of names.</source>
            <translation>%1 muss eine Liste von Namen sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="32" />
            <source>%1 must contain only non-empty names.</source>
            <translation>%1 darf nur nicht-leere Namen enthalten.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="56" />
            <source>Approval expression is nested more than %1 levels deep.</source>
            <translation>Der Genehmigungsausdruck ist tiefer als %1 Ebenen verschachtelt.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="58" />
            <source>Approval expression has more than %1 nodes.</source>
            <translation>Der Genehmigungsausdruck hat mehr als %1 Knoten.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="61" />
            <source>Each approval expression must be a JSON object such as {"group": "approvers"}.</source>
            <translation>Jeder Genehmigungsausdruck muss ein JSON-Objekt sein, etwa {"group": "approvers"}.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="68" />
            <source>Approval expression "%1"</source>
            <translation>Genehmigungsausdruck "%1"</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="71" />
            <source>"%1" needs a non-empty list of expressions.</source>
            <translation>"%1" braucht eine nicht-leere Liste von Ausdrücken.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="81" />
            <source>Approval expression "not"</source>
            <translation>Genehmigungsausdruck "not"</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="92" />
            <source>Criterion "%1"</source>
            <translation>Kriterium "%1"</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="99" />
            <source>Criterion "%1" needs a name.</source>
            <translation>Das Kriterium "%1" braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="102" />
            <source>Criterion "%1" is written {"%1": true}.</source>
            <translation>Das Kriterium "%1" wird {"%1": true} geschrieben.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="107" />
            <source>"count" applies only to group and role criteria.</source>
            <translation>"count" gilt nur für Gruppen- und Rollenkriterien.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="110" />
            <source>"count" must be a whole number from 1 to %1.</source>
            <translation>"count" muss eine ganze Zahl von 1 bis %1 sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="116" />
            <source>Unknown approval expression: use all, any, not, user, group, role, manager, teamMember, owner, webhook or automatic.</source>
            <translation>Unbekannter Genehmigungsausdruck: möglich sind all, any, not, user, group, role, manager, teamMember, owner, webhook und automatic.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="179" />
            <source>%1 needs the answer of webhook "%2", which %3 needs too: a webhook decides a request once, so it can answer for one phase only.</source>
            <translation>%1 braucht die Antwort des Genehmigungs-Webhooks „%2“, die auch %3 braucht: Ein Webhook entscheidet einen Antrag nur einmal und kann daher nur für eine Phase antworten.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="192" />
            <source>%1: "phases" must be a list.</source>
            <translation>%1: "phases" muss eine Liste sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="280" />
            <source>user %1</source>
            <translation>Benutzer %1</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="282" />
            <source>%1 members of %2</source>
            <translation>%1 Mitglieder von %2</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="283" />
            <source>a member of %1</source>
            <translation>ein Mitglied von %1</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="285" />
            <source>%1 people with role %2</source>
            <translation>%1 Personen mit der Rolle %2</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="286" />
            <source>someone with role %1</source>
            <translation>jemand mit der Rolle %1</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="288" />
            <source>the manager of the person it is requested for</source>
            <translation>die Führungskraft der Person, für die beantragt wird</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="289" />
            <source>the requester's manager</source>
            <translation>die Führungskraft der antragstellenden Person</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="291" />
            <source>a target owner</source>
            <translation>eine verantwortliche Person des Ziels</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="293" />
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="295" />
            <source>a member of the team of the person it is requested for</source>
            <translation>ein Mitglied des Teams der Person, für die beantragt wird</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="296" />
            <source>a member of the requester's team</source>
            <translation>ein Mitglied des Teams der antragstellenden Person</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="298" />
            <location filename="../core/requests/approvers.cpp" line="49" />
            <location filename="../core/requests/delegation.cpp" line="286" />
            <location filename="../core/views/timeline.cpp" line="20" />
            <source>webhook %1</source>
            <translation>Webhook %1</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="312" />
            <source>not (%1)</source>
            <translation>nicht (%1)</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="316" />
            <source>all of (%1)</source>
            <translation>alle von (%1)</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="316" />
            <source>any of (%1)</source>
            <translation>eines von (%1)</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="326" />
            <source>Phase %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="328" />
            <location filename="../core/policy/policy.cpp" line="583" />
            <source>%1 must be a JSON object.</source>
            <translation>%1 muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="342" />
            <source>%1 needs an "approve" expression.</source>
            <translation>%1 braucht einen "approve"-Ausdruck.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="355" />
            <source>%1: "quorum" must be a whole number from 1 to %2.</source>
            <translation>%1: "quorum" muss eine ganze Zahl von 1 bis %2 sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="356" />
            <location filename="../core/policy/policy.cpp" line="358" />
            <source>%1: an automatic phase takes no quorum.</source>
            <translation>%1: eine automatische Phase hat kein Quorum.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="363" />
            <source>%1: "samePersonMaySatisfyAll" must be true or false.</source>
            <translation>%1: "samePersonMaySatisfyAll" muss true oder false sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="367" />
            <source>%1: an automatic phase has nobody to remind or escalate.</source>
            <translation>%1: eine automatische Phase hat niemanden, der erinnert oder an den eskaliert werden könnte.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="401" />
            <source>Each rule condition must be a JSON object with field, op and value.</source>
            <translation>Jede Regelbedingung muss ein JSON-Objekt mit field, op und value sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="404" />
            <source>Rule condition</source>
            <translation>Regelbedingung</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="413" />
            <source>Rule condition field "%1" is unknown: use action, param.NAME, target.ATTRIBUTE, requester.group, duration (hours) or ticket.</source>
            <translation>Das Bedingungsfeld "%1" ist unbekannt: verwenden Sie action, param.NAME, target.ATTRIBUTE, requester.group, duration (Stunden) oder ticket.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="420" />
            <source>Rule condition operator "%1" is unknown: use %2.</source>
            <translation>Der Bedingungsoperator "%1" ist unbekannt: möglich sind %2.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="423" />
            <source>Rule condition on "%1" needs a value.</source>
            <translation>Die Bedingung auf "%1" braucht einen Wert.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="426" />
            <source>Operator "%1" needs a list value.</source>
            <translation>Der Operator "%1" braucht eine Liste als Wert.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="427" />
            <source>Operator "%1" needs a single value.</source>
            <translation>Der Operator "%1" braucht einen einzelnen Wert.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="429" />
            <source>Operator "matches" needs a valid regular expression.</source>
            <translation>Der Operator "matches" braucht einen gültigen regulären Ausdruck.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="433" />
            <source>Operator "%1" needs a number.</source>
            <translation>Der Operator "%1" braucht eine Zahl.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="480" />
            <source>Policy: "workflow" must name a workflow.</source>
            <translation>Regel: „workflow“ muss einen Workflow nennen.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="492" />
            <location filename="../core/policy/policy.cpp" line="538" />
            <source>Policy: "deadlineHours" must be a whole number from 1 to 8760.</source>
            <translation>Richtlinie: "deadlineHours" muss eine ganze Zahl von 1 bis 8760 sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="556" />
            <source>Policy: "approvalRequired" must be true or false.</source>
            <translation>Richtlinie: "approvalRequired" muss true oder false sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="560" />
            <source>Policy: approval is required but no approver group is named ("approverGroups"), so nobody could ever approve.</source>
            <translation>Richtlinie: eine Genehmigung ist verlangt, aber keine genehmigende Gruppe genannt ("approverGroups"); niemand könnte je genehmigen.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="578" />
            <source>Policy: "rules" must be a non-empty list.</source>
            <translation>Richtlinie: "rules" muss eine nicht-leere Liste sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="581" />
            <source>Rule %1</source>
            <translation>Regel %1</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="589" />
            <source>%1 needs a name.</source>
            <translation>%1 braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="591" />
            <source>Rule name "%1" is used twice.</source>
            <translation>Der Regelname „%1“ kommt doppelt vor.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="595" />
            <source>Rule "%1": "when" must be a list of conditions.</source>
            <translation>Regel „%1“: "when" muss eine Liste von Bedingungen sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="599" />
            <location filename="../core/policy/policy.cpp" line="734" />
            <source>Rule "%1": %2</source>
            <translation>Regel „%1“: %2</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="602" />
            <source>Rule "%1"</source>
            <translation>Regel „%1“</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="608" />
            <source>Policy: the last rule ("%1") must have no conditions, so that every request matches a rule.</source>
            <translation>Richtlinie: die letzte Regel („%1“) darf keine Bedingungen haben, damit jeder Antrag zu einer Regel passt.</translation>
        </message>
        <message>
            <location filename="../core/policy/policy.cpp" line="613" />
            <source>Policy: rule "%1" has no conditions, so the rules after it could never match.</source>
            <translation>Richtlinie: die Regel „%1“ hat keine Bedingungen, daher könnten die Regeln danach nie greifen.</translation>
        </message>
        <message>
            <location filename="../core/policy/policyengine.cpp" line="288" />
            <source>the regular expression "%1" on %2 gave up on this value</source>
            <translation>der reguläre Ausdruck „%1“ auf %2 hat bei diesem Wert aufgegeben</translation>
        </message>
        <message>
            <location filename="../core/policy/policyengine.cpp" line="299" />
            <source>The approval policy has no rules, so the request is refused.</source>
            <translation>Die Genehmigungsregel hat keine Regeln, daher wird der Antrag abgelehnt.</translation>
        </message>
        <message>
            <location filename="../core/policy/policyengine.cpp" line="305" />
            <source>Policy rule "%1" could not be checked (%2), so the request is refused; ask an administrator to simplify the rule.</source>
            <translation>Die Richtlinienregel „%1“ konnte nicht geprüft werden (%2), daher wird der Antrag abgewiesen; bitten Sie einen Administrator, die Regel zu vereinfachen.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="145" />
            <source>An audit entry is missing from %1 between #%2 and #%3.</source>
            <translation>In %1 fehlt ein Protokolleintrag zwischen #%2 und #%3.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="149" />
            <source>The first audit entries of %1 are missing (it starts at #%2).</source>
            <translation>Die ersten Protokolleinträge von %1 fehlen (sie beginnt bei #%2).</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="32" />
            <source>checkpoint %1 (audit entry #%2)</source>
            <translation>Prüfpunkt %1 (Protokolleintrag #%2)</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="65" />
            <source>%1 is signed with key %2, which this workspace does not list.</source>
            <translation>%1 ist mit dem Schlüssel %2 signiert, den dieser Arbeitsbereich nicht führt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="70" />
            <source>The signature of %1 is not valid: the checkpoint was altered or forged.</source>
            <translation>Die Signatur von %1 ist ungültig: der Prüfpunkt wurde verändert oder gefälscht.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="74" />
            <source>%1 was signed with key %2 outside the time the key is valid.</source>
            <translation>%1 wurde mit dem Schlüssel %2 außerhalb seiner Gültigkeit signiert.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="112" />
            <source>An audit entry is missing from %1 before #%2.</source>
            <translation>In %1 fehlt ein Protokolleintrag vor #%2.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="115" />
            <location filename="../core/audit/auditchainverifier.cpp" line="155" />
            <source>Audit entry #%1 does not link to entry #%2: the chain was broken there.</source>
            <translation>Protokolleintrag #%1 verweist nicht auf Eintrag #%2: dort wurde die Kette unterbrochen.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="119" />
            <source>Audit entry #%1 does not start %2.</source>
            <translation>Protokolleintrag #%1 beginnt %2 nicht.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="122" />
            <location filename="../core/audit/auditchainverifier.cpp" line="161" />
            <source>Audit entry #%1 (%2) was altered: its contents no longer match its hash.</source>
            <translation>Protokolleintrag #%1 (%2) wurde verändert: sein Inhalt passt nicht mehr zu seinem Hash.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="137" />
            <source>The head of %1 does not match its last audit entry (#%2).</source>
            <translation>Der Kopf von %1 passt nicht zu ihrem letzten Protokolleintrag (#%2).</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="237" />
            <source>The signing key %1 is not listed in this workspace; an admin registers it first.</source>
            <translation>Der Signaturschlüssel %1 ist in diesem Arbeitsbereich nicht eingetragen; ein Administrator trägt ihn zuerst ein.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="241" />
            <source>The signing key %1 is not valid now.</source>
            <translation>Der Signaturschlüssel %1 ist derzeit nicht gültig.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="343" />
            <source>%1 is numbered out of order: checkpoints before it are missing from the global audit chain.</source>
            <translation>%1 ist außer der Reihe nummeriert: Prüfpunkte davor fehlen in der globalen Protokollkette.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="363" />
            <source>Chain heads are recorded for checkpoint %1, which is missing from the global audit chain.</source>
            <translation>Für Prüfpunkt %1 sind Kettenköpfe festgehalten, aber er fehlt in der globalen Protokollkette.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="372" />
            <source>The chain heads recorded with %1 are not the ones it signed: they were altered or removed.</source>
            <translation>Die mit %1 festgehaltenen Kettenköpfe sind nicht die signierten: sie wurden verändert oder entfernt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="388" />
            <source>%1 counted %2 audit chains, but the heads recorded up to it name %3.</source>
            <translation>%1 zählte %2 Protokollketten, die bis dahin festgehaltenen Köpfe nennen aber %3.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="412" />
            <source>checkpoint %1</source>
            <translation>Prüfpunkt %1</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="416" />
            <source>%1 is missing: %2 recorded it with %3 entries.</source>
            <translation>%1 fehlt: %2 hielt sie mit %3 Einträgen fest.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="421" />
            <source>Audit entries of %1 were removed: %2 recorded it with %3 entries.</source>
            <translation>Protokolleinträge von %1 wurden entfernt: %2 hielt sie mit %3 Einträgen fest.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="426" />
            <source>%1 was rewritten: its entry %2 is no longer the one %3 recorded.</source>
            <translation>%1 wurde umgeschrieben: ihr Eintrag %2 ist nicht mehr der, den %3 festhielt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="466" />
            <source>This workspace has no audit checkpoint yet.</source>
            <translation>Dieser Arbeitsbereich hat noch keinen Prüfpunkt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="481" />
            <source>The file is not a Countersign checkpoint.</source>
            <translation>Die Datei ist kein Countersign-Prüfpunkt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="493" />
            <source>The checkpoint file's signature is not valid: the file was altered.</source>
            <translation>Die Signatur der Prüfpunktdatei ist ungültig: die Datei wurde verändert.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditcheckpoints.cpp" line="506" />
            <source>Checkpoint %1 (audit entry #%2) from the file is not in this workspace: its audit log was replaced or rewritten since.</source>
            <translation>Prüfpunkt %1 (Protokolleintrag #%2) aus der Datei ist nicht in diesem Arbeitsbereich: sein Prüfprotokoll wurde seitdem ersetzt oder umgeschrieben.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="202" />
            <source>All %1 audit entries of %2 were removed.</source>
            <translation>Alle %1 Protokolleinträge von %2 wurden entfernt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="219" />
            <source>Audit entries of %1 were added outside Countersign (the chain has no head).</source>
            <translation>Protokolleinträge von %1 wurden außerhalb von Countersign hinzugefügt (die Kette hat keinen Kopf).</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="223" />
            <source>The last %1 audit entries of %2 were removed (after #%3).</source>
            <translation>Die letzten %1 Protokolleinträge von %2 wurden entfernt (nach #%3).</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="229" />
            <source>Audit entry #%1 was added to %2 outside Countersign.</source>
            <translation>Protokolleintrag #%1 wurde %2 außerhalb von Countersign hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="234" />
            <source>Audit entry #%1 does not match the recorded head of %2.</source>
            <translation>Protokolleintrag #%1 passt nicht zum festgehaltenen Kopf von %2.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditchainverifier.cpp" line="454" />
            <location filename="../core/audit/auditchainverifier.cpp" line="541" />
            <location filename="../core/admin/integritycheck.cpp" line="96" />
            <source>The audit chain verification was cancelled.</source>
            <translation>Die Prüfung der Protokollkette wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditlog.cpp" line="152" />
            <source>The database gave %1 audit positions for %2 entries.</source>
            <translation>Die Datenbank lieferte %1 Protokollpositionen für %2 Einträge.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditlog.cpp" line="385" />
            <source>The audit trail of request #%1 is missing.</source>
            <translation>Der Prüfpfad von Antrag #%1 fehlt.</translation>
        </message>
        <message>
            <location filename="../core/audit/auditrow.cpp" line="36" />
            <source>the global audit chain</source>
            <translation>der globalen Protokollkette</translation>
        </message>
        <message>
            <location filename="../core/audit/auditrow.cpp" line="37" />
            <source>the audit chain of request #%1</source>
            <translation>der Protokollkette von Antrag #%1</translation>
        </message>
        <message>
            <location filename="../core/directory/directory.cpp" line="100" />
            <source>There is no user "%1".</source>
            <translation>Es gibt keine Person „%1“.</translation>
        </message>
        <message>
            <location filename="../core/directory/directory.cpp" line="113" />
            <source>"%1" is not a Countersign user; ask an admin to add you.</source>
            <translation>„%1“ ist keine Person in Countersign; bitten Sie einen Administrator, Sie hinzuzufügen.</translation>
        </message>
        <message>
            <location filename="../core/directory/directory.cpp" line="116" />
            <source>The account "%1" is disabled.</source>
            <translation>Das Konto „%1“ ist deaktiviert.</translation>
        </message>
        <message>
            <location filename="../core/directory/directory.cpp" line="205" />
            <source>There is no group "%1".</source>
            <translation>Es gibt keine Gruppe „%1“.</translation>
        </message>
        <message>
            <location filename="../core/directory/directory.cpp" line="313" />
            <location filename="../core/requests/requestservice.cpp" line="229" />
            <source>There is no target "%1".</source>
            <translation>Es gibt kein Ziel „%1“.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="21" />
            <source>Action field "%1" must be a list of names.</source>
            <translation>Das Aktionsfeld "%1" muss eine Liste von Namen sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="27" />
            <source>Action field "%1" must contain only non-empty names.</source>
            <translation>Das Aktionsfeld "%1" darf nur nicht-leere Namen enthalten.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="41" />
            <source>Action field "%1" is required and must be text.</source>
            <translation>Das Aktionsfeld "%1" ist Pflicht und muss Text sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="42" />
            <source>Action field "%1" must be text.</source>
            <translation>Das Aktionsfeld "%1" muss Text sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="52" />
            <source>Action "%1" needs a "policy" object (for example {"approvalRequired": false}).</source>
            <translation>Die Aktion „%1“ braucht ein "policy"-Objekt (zum Beispiel {"approvalRequired": false}).</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="57" />
            <location filename="../core/actions/workflowstore.cpp" line="135" />
            <location filename="../core/admin/adminservice.cpp" line="322" />
            <location filename="../core/admin/workflowservice.cpp" line="175" />
            <source>Action "%1": %2</source>
            <translation>Aktion „%1“: %2</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="69" />
            <source>Action field "revokeTimeoutSeconds" must be a whole number from 1 to 86400.</source>
            <translation>Das Aktionsfeld "revokeTimeoutSeconds" muss eine ganze Zahl von 1 bis 86400 sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="75" />
            <source>Action field "durations" must be a list of 1 to 20 durations such as "1h" or "8h".</source>
            <translation>Das Aktionsfeld "durations" muss eine Liste von 1 bis 20 Dauern wie "1h" oder "8h" sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="81" />
            <source>Action field "durations": %1</source>
            <translation>Aktionsfeld "durations": %1</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="82" />
            <source>every entry must be text.</source>
            <translation>jeder Eintrag muss Text sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="84" />
            <source>Action field "durations" lists %1 twice.</source>
            <translation>Das Aktionsfeld "durations" nennt %1 zweimal.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="95" />
            <source>Action field "maxDuration": %1</source>
            <translation>Aktionsfeld "maxDuration": %1</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="96" />
            <source>it must be text such as "24h".</source>
            <translation>es muss Text wie "24h" sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="100" />
            <source>Action field "durations" offers %1, longer than its "maxDuration" %2.</source>
            <translation>Das Aktionsfeld "durations" bietet %1 an, länger als sein "maxDuration" %2.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="107" />
            <source>Action field "earliestStart" must be true or false.</source>
            <translation>Das Aktionsfeld "earliestStart" muss true oder false sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="112" />
            <source>Action "%1" has a revoke script, so it needs "durations" or "maxDuration": how long a grant may last.</source>
            <translation>Die Aktion „%1“ hat ein Entzugsskript und braucht daher "durations" oder "maxDuration": wie lange eine Berechtigung dauern darf.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="117" />
            <source>Action "%1" gives durations but no "revokeScript" to end a grant.</source>
            <translation>Die Aktion „%1“ nennt Dauern, aber kein "revokeScript", das eine Berechtigung beendet.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="195" />
            <source>Action "%1" grants nothing for a time; it takes no duration.</source>
            <translation>Die Aktion „%1“ vergibt nichts auf Zeit; sie nimmt keine Dauer an.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="197" />
            <source>Action "%1" grants access for a time: choose a duration.</source>
            <translation>Die Aktion „%1“ vergibt Zugriff auf Zeit: wählen Sie eine Dauer.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="202" />
            <source>The duration %1 is not offered by action "%2"; choose one of %3.</source>
            <translation>Die Dauer %1 bietet die Aktion „%2“ nicht an; wählen Sie eine von %3.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="207" />
            <source>The duration %1 is longer than action "%2" allows (at most %3).</source>
            <translation>Die Dauer %1 ist länger, als die Aktion „%2“ erlaubt (höchstens %3).</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="244" />
            <source>Unknown action field "%1".</source>
            <translation>Unbekanntes Aktionsfeld "%1".</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="252" />
            <source>Action name "%1" is invalid: use lower-case letters, digits, '.', '_' or '-' (up to 80).</source>
            <translation>Der Aktionsname „%1“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, '.', '_' und '-' (bis zu 80).</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="276" />
            <source>Action interpreter "%1" must be a program name or absolute path without spaces or shell characters.</source>
            <translation>Der Interpreter „%1“ muss ein Programmname oder absoluter Pfad ohne Leerzeichen und Shell-Zeichen sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="285" />
            <source>Action field "timeoutSeconds" must be a whole number from 1 to 86400.</source>
            <translation>Das Aktionsfeld "timeoutSeconds" muss eine ganze Zahl von 1 bis 86400 sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="298" />
            <source>Action field "onBehalf" must be an object with only "requesterGroups": the groups that may request for someone else.</source>
            <translation>Das Aktionsfeld "onBehalf" muss ein Objekt nur mit "requesterGroups" sein: die Gruppen, die für jemand anderen beantragen dürfen.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="303" />
            <source>Action field "onBehalf" names no requester groups.</source>
            <translation>Das Aktionsfeld "onBehalf" nennt keine Antragstellergruppen.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="306" />
            <source>Action field "onBehalf" names group "%1", which may not request the action (it is not in "requesterGroups").</source>
            <translation>Das Aktionsfeld "onBehalf" nennt die Gruppe "%1", die die Aktion nicht beantragen darf (sie steht nicht in "requesterGroups").</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="316" />
            <source>Action "%1" names no targets: give "targets" or "targetKind".</source>
            <translation>Die Aktion „%1“ nennt keine Ziele: geben Sie "targets" oder "targetKind" an.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="320" />
            <source>Action field "parameters" must be a list.</source>
            <translation>Das Aktionsfeld "parameters" muss eine Liste sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="322" />
            <source>Action "%1" declares more than 100 parameters.</source>
            <translation>Die Aktion „%1“ deklariert mehr als 100 Parameter.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="329" />
            <source>Parameter "%1" is declared twice.</source>
            <translation>Der Parameter „%1“ ist doppelt deklariert.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="353" />
            <source>The policy is not valid: %1.</source>
            <translation>Die Richtlinie ist ungültig: %1.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="372" />
            <source>The action file is larger than 1 MiB.</source>
            <translation>Die Aktionsdatei ist größer als 1 MiB.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="377" />
            <source>The action file is not valid UTF-8 text.</source>
            <translation>Die Aktionsdatei ist kein gültiger UTF-8-Text.</translation>
        </message>
        <message>
            <location filename="../core/actions/action.cpp" line="381" />
            <source>The action file is not valid: %1.</source>
            <translation>Die Aktionsdatei ist ungültig: %1.</translation>
        </message>
        <message>
            <location filename="../core/actions/actionstore.cpp" line="32" />
            <source>There is no action "%1".</source>
            <translation>Es gibt keine Aktion „%1“.</translation>
        </message>
        <message>
            <location filename="../core/actions/actionstore.cpp" line="42" />
            <source>Stored version %1 of action "%2" is unreadable: %3.</source>
            <translation>Die gespeicherte Version %1 der Aktion „%2“ ist unlesbar: %3.</translation>
        </message>
        <message>
            <location filename="../core/actions/actionstore.cpp" line="45" />
            <source>Stored version %1 of action "%2" is invalid: %3</source>
            <translation>Die gespeicherte Version %1 der Aktion „%2“ ist ungültig: %3</translation>
        </message>
        <message>
            <location filename="../core/actions/actionstore.cpp" line="50" />
            <source>Stored version %1 of action "%2" does not match its digest; it was changed outside Countersign.</source>
            <translation>Die gespeicherte Version %1 der Aktion „%2“ passt nicht zu ihrer Prüfsumme; sie wurde außerhalb von Countersign geändert.</translation>
        </message>
        <message>
            <location filename="../core/actions/actionstore.cpp" line="82" />
            <source>Action "%1" has no approval policy.</source>
            <translation>Die Aktion „%1“ hat keine Genehmigungsrichtlinie.</translation>
        </message>
        <message>
            <location filename="../core/actions/actionstore.cpp" line="91" />
            <source>The stored policy of action "%1" is unreadable: %2.</source>
            <translation>Die gespeicherte Richtlinie der Aktion „%1“ ist unlesbar: %2.</translation>
        </message>
        <message>
            <location filename="../core/actions/actionstore.cpp" line="95" />
            <source>The stored policy of action "%1" is invalid: %2</source>
            <translation>Die gespeicherte Richtlinie der Aktion „%1“ ist ungültig: %2</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="35" />
            <source>Parameter "%1": %2.</source>
            <translation>Parameter „%1“: %2.</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="87" />
            <source>Each entry of "parameters" must be a JSON object.</source>
            <translation>Jeder Eintrag in "parameters" muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="95" />
            <source>Parameter name "%1" is invalid: use a letter followed by up to 63 letters, digits or underscores.</source>
            <translation>Der Parametername „%1“ ist ungültig: ein Buchstabe, gefolgt von bis zu 63 Buchstaben, Ziffern oder Unterstrichen.</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="100" />
            <source>unknown field "%1"</source>
            <translation>unbekanntes Feld "%1"</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="106" />
            <source>unknown type "%1" (use %2)</source>
            <translation>unbekannter Typ "%1" (möglich: %2)</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="114" />
            <source>"%1" must be a string</source>
            <translation>"%1" muss Text sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="124" />
            <source>"required" must be true or false</source>
            <translation>"required" muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="129" />
            <source>a pattern applies only to text parameters</source>
            <translation>ein Muster gilt nur für Textparameter</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="133" />
            <source>pattern is not a valid regular expression (%1)</source>
            <translation>das Muster ist kein gültiger regulärer Ausdruck (%1)</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="142" />
            <source>"%1" applies only to integer parameters</source>
            <translation>"%1" gilt nur für ganzzahlige Parameter</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="146" />
            <source>"%1" must be a whole number from %2 to %3</source>
            <translation>"%1" muss eine ganze Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="153" />
            <source>"min" is greater than "max"</source>
            <translation>"min" ist größer als "max"</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="159" />
            <source>"maxLength" must be a whole number from 1 to 1048576</source>
            <translation>"maxLength" muss eine ganze Zahl von 1 bis 1048576 sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="166" />
            <source>"allowInvisibleCharacters" must be true or false</source>
            <translation>"allowInvisibleCharacters" muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="168" />
            <source>"allowInvisibleCharacters" applies only to text parameters</source>
            <translation>"allowInvisibleCharacters" gilt nur für Textparameter</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="175" />
            <source>a choice parameter needs a non-empty "choices" list</source>
            <translation>ein Auswahlparameter braucht eine nicht-leere "choices"-Liste</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="178" />
            <source>every choice must be a non-empty string</source>
            <translation>jede Auswahl muss ein nicht-leerer Text sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="180" />
            <source>choice "%1" is listed twice</source>
            <translation>die Auswahl „%1“ steht doppelt in der Liste</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="184" />
            <source>"choices" applies only to choice parameters</source>
            <translation>"choices" gilt nur für Auswahlparameter</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="190" />
            <source>a secret cannot have a default</source>
            <translation>ein Geheimnis kann keinen Vorgabewert haben</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="194" />
            <source>the default is not valid: %1</source>
            <translation>der Vorgabewert ist ungültig: %1</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="22" />
            <source> (got %1)</source>
            <translation> (erhalten: %1)</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="43" />
            <location filename="../core/actions/parametervalidator.cpp" line="60" />
            <source>is too large</source>
            <translation>ist zu groß</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="44" />
            <location filename="../core/actions/parametervalidator.cpp" line="50" />
            <location filename="../core/actions/parametervalidator.cpp" line="52" />
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="55" />
            <source>must be at least %1 (got %2)</source>
            <translation>muss mindestens %1 sein (erhalten: %2)</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="57" />
            <source>must be at most %1 (got %2)</source>
            <translation>darf höchstens %1 sein (erhalten: %2)</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="81" />
            <source>must be true or false</source>
            <translation>muss ja oder nein sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="88" />
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="91" />
            <source>is longer than %1 characters</source>
            <translation>ist länger als %1 Zeichen</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="94" />
            <source>is not valid text (it holds half of a UTF-16 surrogate pair)</source>
            <translation>ist kein gültiger Text (er enthält ein halbes UTF-16-Surrogatpaar)</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="96" />
            <source>contains U+FFFD, the mark of bytes that were not valid UTF-8</source>
            <translation>enthält U+FFFD, das Zeichen für Bytes, die kein gültiges UTF-8 waren</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="99" />
            <source>contains the invisible character %1 (a direction override, zero-width or other format character), which could make it read differently from what runs</source>
            <translation>enthält das unsichtbare Zeichen %1 (ein Richtungswechsel, ein Zeichen ohne Breite oder ein anderes Formatzeichen), durch das er anders gelesen werden könnte, als er ausgeführt wird</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="106" />
            <source>must be a single line</source>
            <translation>muss eine einzige Zeile sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="108" />
            <source>contains a control character</source>
            <translation>enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="115" />
            <source>must be an e-mail address like name@example.com</source>
            <translation>muss eine E-Mail-Adresse wie name@example.com sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="121" />
            <source>must be a date written YYYY-MM-DD</source>
            <translation>muss ein Datum in der Form JJJJ-MM-TT sein</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="127" />
            <source>must be one of: %1</source>
            <translation>muss eines von diesen sein: %1</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="136" />
            <source>does not match the required pattern %1</source>
            <translation>passt nicht zum verlangten Muster %1</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="156" />
            <source>must be a single value, not a list or object</source>
            <translation>muss ein einzelner Wert sein, keine Liste und kein Objekt</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="179" />
            <source>this action takes no parameters</source>
            <translation>diese Aktion hat keine Parameter</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="180" />
            <source>this action takes: </source>
            <translation>diese Aktion hat: </translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="181" />
            <source>Unknown parameter %1; %2.</source>
            <translation>Unbekannter Parameter %1; %2.</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="191" />
            <source>Parameter "%1" is required.</source>
            <translation>Der Parameter „%1“ ist Pflicht.</translation>
        </message>
        <message>
            <location filename="../core/actions/parametervalidator.cpp" line="199" />
            <source>Parameter "%1" %2.</source>
            <translation>Der Parameter „%1“ %2.</translation>
        </message>
        <message>
            <location filename="../core/requests/request.cpp" line="13" />
            <source>phase %1 of %2: %3</source>
            <translation>Phase %1 von %2: %3</translation>
        </message>
        <message>
            <location filename="../core/requests/request.cpp" line="100" />
            <source>%1 for %2</source>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <location filename="../core/requests/requestkey.cpp" line="14" />
            <source>A request key is at most %1 characters.</source>
            <translation>Ein Antragsschlüssel hat höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestkey.cpp" line="16" />
            <source>A request key is printable text without leading or trailing spaces.</source>
            <translation>Ein Antragsschlüssel ist druckbarer Text ohne Leerzeichen am Anfang oder Ende.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="137" />
            <source>This plan was read for action "%1", not "%2".</source>
            <translation>Dieser Plan wurde für die Aktion „%1“ gelesen, nicht für „%2“.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="155" />
            <source>You (%1) are not in a group allowed to request "%2".</source>
            <translation>Sie (%1) sind in keiner Gruppe, die „%2“ beantragen darf.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="165" />
            <source>Action "%1" cannot be requested on behalf of someone else.</source>
            <translation>Die Aktion "%1" kann nicht im Namen einer anderen Person beantragt werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="168" />
            <source>You (%1) may not request "%2" on behalf of someone else; only members of %3 may.</source>
            <translation>Sie (%1) dürfen "%2" nicht im Namen einer anderen Person beantragen; das dürfen nur Mitglieder von %3.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="172" />
            <source>A request on your own behalf names nobody else; leave "on behalf of" empty.</source>
            <translation>Ein Antrag für Sie selbst nennt niemand anderen; lassen Sie "im Namen von" leer.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="177" />
            <source>There is no active person "%1" to request on behalf of.</source>
            <translation>Es gibt keine aktive Person "%1", in deren Namen beantragt werden könnte.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="183" />
            <source>"%1" was changed by an admin while the form was filled in (it is now version %2); nothing was submitted. Reload the form, check the values and submit again.</source>
            <translation>„%1“ wurde von einem Admin geändert, während das Formular ausgefüllt wurde (jetzt Version %2); es wurde nichts eingereicht. Laden Sie das Formular neu, prüfen Sie die Werte und reichen Sie erneut ein.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="194" />
            <source>Choose at least one target for "%1".</source>
            <translation>Wählen Sie mindestens ein Ziel für „%1“.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="211" />
            <source>Action "%1" runs as soon as it is approved; it takes no start time.</source>
            <translation>Die Aktion „%1“ läuft, sobald sie genehmigt ist; sie nimmt keine Startzeit an.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="233" />
            <source>Action "%1" may not run on target "%2".</source>
            <translation>Die Aktion „%1“ darf nicht auf dem Ziel „%2“ laufen.</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="19" />
            <source>named approver</source>
            <translation>namentlich benannte genehmigende Person</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="21" />
            <source>member of group %1</source>
            <translation>Mitglied der Gruppe %1</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="23" />
            <source>has role %1</source>
            <translation>hat die Rolle %1</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="25" />
            <source>manager of the requester</source>
            <translation>Führungskraft der antragstellenden Person</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="27" />
            <source>owner of a target</source>
            <translation>verantwortliche Person eines Ziels</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="29" />
            <source>shares the requester's manager</source>
            <translation>hat dieselbe Führungskraft wie die antragstellende Person</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="31" />
            <source>answered by webhook %1</source>
            <translation>vom Webhook %1 beantwortet</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="47" />
            <source>approval not required by the policy</source>
            <translation>laut Richtlinie ist keine Genehmigung nötig</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="50" />
            <source>member of the no-approval-needed group</source>
            <translation>Mitglied der Gruppe ohne Genehmigungspflicht</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="53" />
            <source>approved automatically by the policy</source>
            <translation>von der Richtlinie automatisch genehmigt</translation>
        </message>
        <message>
            <location filename="../core/policy/reasonwords.cpp" line="125" />
            <source>%1 (rule %2)</source>
            <translation>%1 (Regel %2)</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="281" />
            <source>The start time %1 has passed; choose a later one or none.</source>
            <translation>Die Startzeit %1 ist vorbei; wählen Sie eine spätere oder keine.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="284" />
            <source>The start time %1 is after the request's deadline (%2); it could never run.</source>
            <translation>Die Startzeit %1 liegt nach der Frist des Antrags (%2); er könnte nie laufen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="293" />
            <source>Request #%1 is not your own grant of "%2"; an extension names one.</source>
            <translation>Antrag #%1 ist nicht Ihre eigene Berechtigung für „%2“; eine Verlängerung nennt eine solche.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="297" />
            <source>Request #%1 %2; only an active grant can be extended.</source>
            <translation>Antrag #%1 %2; nur eine aktive Berechtigung kann verlängert werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="309" />
            <source>A comment giving the reason for the request is required.</source>
            <translation>Ein Kommentar mit dem Grund für den Antrag ist Pflicht.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="311" />
            <location filename="../core/requests/requestservice.cpp" line="571" />
            <location filename="../core/execution/accessreview.cpp" line="80" />
            <location filename="../core/execution/reviewcampaign.cpp" line="286" />
            <location filename="../core/execution/grantservice.cpp" line="282" />
            <source>The comment is longer than %1 characters.</source>
            <translation>Der Kommentar ist länger als %1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="378" />
            <source>"%1" needs approval (%2); request approval instead of running it.</source>
            <translation>„%1“ braucht eine Genehmigung (%2); beantragen Sie sie, statt die Aktion direkt auszuführen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="389" />
            <source>"%1" cannot be requested: nobody could approve phase "%2" (it needs %3). Ask an admin to fix its policy.</source>
            <translation>„%1“ kann nicht beantragt werden: niemand könnte die Phase „%2“ genehmigen (sie verlangt %3). Bitten Sie einen Administrator, die Richtlinie zu korrigieren.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="445" />
            <source>The request key "%1" was already used for request #%2, which asks for something else; use a new key for a new request.</source>
            <translation>Der Antragsschlüssel „%1“ wurde schon für Antrag #%2 verwendet, der etwas anderes verlangt; nehmen Sie für einen neuen Antrag einen neuen Schlüssel.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="457" />
            <source>%1 is a service account; service accounts never approve or reject requests.</source>
            <translation>%1 ist ein Dienstkonto; Dienstkonten genehmigen oder lehnen nie Anträge ab.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="468" />
            <source>Request #%1 %2; there is nothing left to decide.</source>
            <translation>Antrag #%1 %2; es gibt nichts mehr zu entscheiden.</translation>
        </message>
        <message>
            <location filename="../core/requests/webhookdecision.cpp" line="33" />
            <source>Phase %1 of request #%2 is not open.</source>
            <translation>Phase %1 von Antrag #%2 ist nicht offen.</translation>
        </message>
        <message>
            <location filename="../core/requests/webhookdecision.cpp" line="37" />
            <source>Webhook %1 already answered phase %2 of request #%3.</source>
            <translation>Der Webhook %1 hat Phase %2 von Antrag #%3 bereits beantwortet.</translation>
        </message>
        <message>
            <location filename="../core/requests/webhookdecision.cpp" line="55" />
            <source>The reason is longer than %1 characters.</source>
            <translation>Die Begründung ist länger als %1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/requests/webhookdecision.cpp" line="88" />
            <source>Phase %1 of request #%2 is closed; the token no longer works.</source>
            <translation>Phase %1 von Antrag #%2 ist abgeschlossen; das Token gilt nicht mehr.</translation>
        </message>
        <message>
            <location filename="../core/requests/webhookdecision.cpp" line="93" />
            <location filename="../core/requests/requestservice.cpp" line="472" />
            <source>Request #%1 passed its deadline (%2); it can no longer be decided.</source>
            <translation>Antrag #%1 hat seine Frist (%2) überschritten; er kann nicht mehr entschieden werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/webhookdecision.cpp" line="101" />
            <source>Approval webhook "%1" is disabled.</source>
            <translation>Der Genehmigungs-Webhook „%1“ ist deaktiviert.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="483" />
            <source>You cannot approve or reject your own request #%1.</source>
            <translation>Sie können Ihren eigenen Antrag #%1 weder genehmigen noch ablehnen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="487" />
            <source>Request #%1 was made on your behalf; you cannot approve or reject it.</source>
            <translation>Antrag #%1 wurde in Ihrem Namen gestellt; Sie können ihn weder genehmigen noch ablehnen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="493" />
            <source>You already decided on request #%1 (%2 in phase %3); a person decides once per request.</source>
            <translation>Sie haben über Antrag #%1 schon entschieden (%2 in Phase %3); jede Person entscheidet einmal pro Antrag.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="503" />
            <source>Phase %1 (%2) of request #%3 excludes you: %4.</source>
            <translation>Phase %1 (%2) von Antrag #%3 schließt Sie aus: %4.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="512" />
            <source>Phase %1 of %2 (%3) of request #%4 needs %5; you are not among them.</source>
            <translation>Phase %1 von %2 (%3) von Antrag #%4 verlangt %5; Sie gehören nicht dazu.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="532" />
            <source>A decision on request #%1 was made for different contents (digest mismatch).</source>
            <translation>Eine Entscheidung über Antrag #%1 galt einem anderen Inhalt (Prüfsumme passt nicht).</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="534" />
            <source>Request #%1 was rejected by %2.</source>
            <translation>Antrag #%1 wurde von %2 abgelehnt.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="539" />
            <source>The recorded approvals do not complete the policy of request #%1.</source>
            <translation>Die festgehaltenen Genehmigungen erfüllen die Richtlinie von Antrag #%1 nicht.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="569" />
            <source>A comment is required to reject a request.</source>
            <translation>Zum Ablehnen eines Antrags ist ein Kommentar Pflicht.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="592" />
            <source>Request #%1 expired at %2; it can no longer be decided.</source>
            <translation>Antrag #%1 ist am %2 abgelaufen; er kann nicht mehr entschieden werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="593" />
            <source>Request #%1 timed out at %2 and was rejected, as its policy says; it can no longer be decided.</source>
            <translation>Die Frist von Antrag #%1 ist am %2 abgelaufen, er wurde laut seiner Richtlinie abgelehnt; er kann nicht mehr entschieden werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="655" />
            <source>Only the requester (%1) can cancel request #%2.</source>
            <translation>Nur die antragstellende Person (%1) kann Antrag #%2 zurückziehen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="657" />
            <source>Request #%1 %2; only a pending request can be cancelled.</source>
            <translation>Antrag #%1 %2; nur ein offener Antrag kann zurückgezogen werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="732" />
            <source>You are not involved in request #%1, so you cannot see it.</source>
            <translation>Sie sind an Antrag #%1 nicht beteiligt und können ihn daher nicht sehen.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestservice.cpp" line="964" />
            <source>Only admins and auditors can list every request.</source>
            <translation>Nur Administratoren und Prüfer können alle Anträge auflisten.</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="84" />
            <source>pending</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="90" />
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="92" />
            <source>cancelled</source>
            <translation>zurückgezogen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="100" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="102" />
            <source>revoked</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="112" />
            <source>is still pending</source>
            <translation>ist noch offen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="114" />
            <source>is already approved</source>
            <translation>ist schon genehmigt</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="116" />
            <source>was rejected</source>
            <translation>wurde abgelehnt</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="118" />
            <source>has expired</source>
            <translation>ist abgelaufen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="120" />
            <source>was cancelled</source>
            <translation>wurde zurückgezogen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="122" />
            <source>is running</source>
            <translation>läuft gerade</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="124" />
            <source>has already run</source>
            <translation>ist schon gelaufen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="126" />
            <source>has already run and failed</source>
            <translation>ist schon gelaufen und fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="128" />
            <source>is active</source>
            <translation>ist aktiv</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="130" />
            <source>was revoked</source>
            <translation>wurde widerrufen</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststore.cpp" line="71" />
            <source>Request #%1 is damaged (%2); it cannot be trusted or acted on.</source>
            <translation>Antrag #%1 ist beschädigt (%2); ihm kann nicht vertraut und nicht nach ihm gehandelt werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststore.cpp" line="130" />
            <source>Request #%1 was altered outside Countersign: its contents no longer match its digest.</source>
            <translation>Antrag #%1 wurde außerhalb von Countersign verändert: sein Inhalt passt nicht mehr zu seiner Prüfsumme.</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststore.cpp" line="170" />
            <source>The database did not return the new request's id.</source>
            <translation>Die Datenbank hat die Nummer des neuen Antrags nicht geliefert.</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststore.cpp" line="210" />
            <location filename="../core/requests/requeststore.cpp" line="221" />
            <location filename="../core/requests/requeststore.cpp" line="613" />
            <source>There is no request #%1.</source>
            <translation>Es gibt keinen Antrag #%1.</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststore.cpp" line="527" />
            <source>Request #%1 cannot go from %2 to %3.</source>
            <translation>Antrag #%1 kann nicht von %2 zu %3 wechseln.</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststore.cpp" line="534" />
            <location filename="../core/requests/requeststore.cpp" line="556" />
            <source>Request #%1 was changed by someone else meanwhile; look at it again.</source>
            <translation>Antrag #%1 wurde inzwischen von jemand anderem geändert; sehen Sie ihn sich erneut an.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="35" />
            <source>Only admins can change users, groups, targets and actions; "%1" is not an admin.</source>
            <translation>Nur Administratoren können Personen, Gruppen, Ziele und Aktionen ändern; „%1“ ist kein Administrator.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="47" />
            <source>This workspace already has users; ask an admin to add you.</source>
            <translation>Dieser Arbeitsbereich hat schon Personen; bitten Sie einen Administrator, Sie hinzuzufügen.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="56" />
            <source>"%1" cannot be used as a login.</source>
            <translation>„%1“ kann nicht als Anmeldename dienen.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="71" />
            <source>Login "%1" is invalid: use letters, digits, '.', '_', '-' or '@', starting with a letter.</source>
            <translation>Der Anmeldename „%1“ ist ungültig: erlaubt sind Buchstaben, Ziffern, '.', '_', '-' und '@', am Anfang ein Buchstabe.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="76" />
            <location filename="../core/admin/directorychanges.cpp" line="85" />
            <source>"%1" is not an e-mail address.</source>
            <translation>„%1“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="79" />
            <location filename="../core/admin/directorychanges.cpp" line="50" />
            <source>Role "%1" is invalid.</source>
            <translation>Die Rolle „%1“ ist ungültig.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="87" />
            <source>User "%1" already exists.</source>
            <translation>Die Person „%1“ gibt es schon.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="92" />
            <location filename="../core/admin/directorychanges.cpp" line="95" />
            <source>Manager "%1" is not a user.</source>
            <translation>Die Führungskraft „%1“ ist keine Person im Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="123" />
            <source>Group name "%1" is invalid: use letters, digits, '.', '_' or '-'.</source>
            <translation>Der Gruppenname „%1“ ist ungültig: erlaubt sind Buchstaben, Ziffern, '.', '_' und '-'.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="129" />
            <source>Group "%1" already exists.</source>
            <translation>Die Gruppe „%1“ gibt es schon.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="149" />
            <source>%1 is already a member of %2.</source>
            <translation>%1 ist schon Mitglied von %2.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="150" />
            <source>%1 is not a member of %2.</source>
            <translation>%1 ist kein Mitglied von %2.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="163" />
            <source>Target name "%1" is invalid: use letters, digits, '.', '_' or '-'.</source>
            <translation>Der Zielname „%1“ ist ungültig: erlaubt sind Buchstaben, Ziffern, '.', '_' und '-'.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="172" />
            <source>Target "%1" already exists.</source>
            <translation>Das Ziel „%1“ gibt es schon.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="177" />
            <location filename="../core/admin/directorychanges.cpp" line="255" />
            <source>Target owner "%1" is not a user.</source>
            <translation>Die Zielverantwortliche Person „%1“ ist keine Person im Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="192" />
            <source>Action "%1" refers to group "%2", which does not exist.</source>
            <translation>Die Aktion „%1“ nennt die Gruppe „%2“, die es nicht gibt.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="200" />
            <source>Action "%1" names approver "%2", who is not a user.</source>
            <translation>Die Aktion „%1“ nennt „%2“ als Genehmigende Person, die es nicht gibt.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="207" />
            <source>Action "%1" names approval webhook "%2", which is not registered (countersign-cli webhook add).</source>
            <translation>Die Aktion „%1“ nennt den Genehmigungs-Webhook „%2“, der nicht registriert ist (countersign-cli webhook add).</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="215" />
            <source>Action "%1" refers to target "%2", which does not exist.</source>
            <translation>Die Aktion „%1“ nennt das Ziel „%2“, das es nicht gibt.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="258" />
            <source>Rule "%1", phase "%2": nobody could approve (%3); requests will be refused.</source>
            <translation>Regel „%1“, Phase „%2“: niemand könnte genehmigen (%3); Anträge werden abgewiesen.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="284" />
            <source>Rule "%1", phase "%2": requests by %3 could never be approved (only the requester could approve: %4); they will be refused.</source>
            <translation>Regel „%1“, Phase „%2“: Anträge von %3 könnten nie genehmigt werden (nur die antragstellende Person könnte genehmigen: %4); sie werden abgewiesen.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="293" />
            <source>Rule "%1": the regular expression "%2" in the condition on "%3" repeats a group that itself repeats or has overlapping alternatives (like (a+)+ or (a|a)*); some values can take too long to check, and such requests will be refused.</source>
            <translation>Regel „%1“: der reguläre Ausdruck „%2“ in der Bedingung auf „%3“ wiederholt eine Gruppe, die sich selbst wiederholt oder überlappende Alternativen hat (wie (a+)+ oder (a|a)*); manche Werte dauern zu lange zu prüfen, und solche Anträge werden abgewiesen.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="300" />
            <source>Parameter "%1": the pattern "%2" repeats a group that itself repeats or has overlapping alternatives (like (a+)+ or (a|a)*); some values can take too long to check, and they will be refused.</source>
            <translation>Parameter „%1“: das Muster „%2“ wiederholt eine Gruppe, die sich selbst wiederholt oder überlappende Alternativen hat (wie (a+)+ oder (a|a)*); manche Werte dauern zu lange zu prüfen und werden abgewiesen.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="329" />
            <source>Action "%1" refers to workflow "%2", which does not exist.</source>
            <translation>Die Aktion „%1“ verweist auf den Workflow „%2“, den es nicht gibt.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="351" />
            <source>1 open request of action "%1" was made for the previous version; the agent will refuse it and it must be requested again.</source>
            <translation>1 offener Antrag der Aktion „%1“ wurde für die vorige Version gestellt; der Agent wird ihn abweisen, und er muss neu gestellt werden.</translation>
        </message>
        <message>
            <location filename="../core/admin/adminservice.cpp" line="354" />
            <source>%1 open requests of action "%2" were made for the previous version; the agent will refuse them and they must be requested again.</source>
            <translation>%1 offene Anträge der Aktion „%2“ wurden für die vorige Version gestellt; der Agent wird sie abweisen, und sie müssen neu gestellt werden.</translation>
        </message>
        <message>
            <location filename="../core/admin/auditservice.cpp" line="25" />
            <location filename="../core/admin/auditservice.cpp" line="37" />
            <source>Only admins and auditors can read the whole audit log.</source>
            <translation>Nur Administratoren und Prüfer können das ganze Prüfprotokoll lesen.</translation>
        </message>
        <message>
            <location filename="../core/admin/auditservice.cpp" line="32" />
            <source>A request number is positive.</source>
            <translation>Eine Antragsnummer ist positiv.</translation>
        </message>
        <message>
            <location filename="../core/admin/auditservice.cpp" line="53" />
            <source>Choose a request number above 0 and a time range that ends after it starts.</source>
            <translation>Wählen Sie eine Antragsnummer über 0 und einen Zeitraum, der nach seinem Beginn endet.</translation>
        </message>
        <message>
            <location filename="../core/admin/auditservice.cpp" line="77" />
            <source>Only admins can list a checkpoint signing key.</source>
            <translation>Nur Administratoren können einen Signaturschlüssel für Prüfpunkte eintragen.</translation>
        </message>
        <message>
            <location filename="../core/admin/integritycheck.cpp" line="52" />
            <source>Request #%1 has no submission in its audit trail.</source>
            <translation>Antrag #%1 hat keine Einreichung in seinem Prüfpfad.</translation>
        </message>
        <message>
            <location filename="../core/admin/integritycheck.cpp" line="54" />
            <source>Request #%1 was altered outside Countersign: its digest no longer matches the one recorded when it was submitted (audit entry #%2).</source>
            <translation>Antrag #%1 wurde außerhalb von Countersign geändert: seine Prüfsumme passt nicht mehr zu der beim Einreichen festgehaltenen (Protokolleintrag #%2).</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="33" />
            <location filename="../core/execution/executionservice.cpp" line="340" />
            <source>Request #%1 %2; only an approved request can run.</source>
            <translation>Antrag #%1 %2; nur ein genehmigter Antrag kann laufen.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="38" />
            <source>Request #%1 passed its deadline (%2) before it ran; it will not run.</source>
            <translation>Antrag #%1 hat seine Frist (%2) überschritten, bevor er lief; er wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="43" />
            <source>Request #%1 is approved to run at %2, not before.</source>
            <translation>Antrag #%1 ist für %2 genehmigt, nicht früher.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="51" />
            <location filename="../core/execution/grantservice.cpp" line="86" />
            <source>Version %1 of action "%2" is not the one request #%3 was approved for.</source>
            <translation>Version %1 der Aktion „%2“ ist nicht die, für die Antrag #%3 genehmigt wurde.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="66" />
            <source>Action "%1" changed after request #%2 was approved (approved version %3, current version %4); request it anew.</source>
            <translation>Die Aktion „%1“ wurde geändert, nachdem Antrag #%2 genehmigt wurde (genehmigte Version %3, aktuelle Version %4); stellen Sie ihn neu.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="75" />
            <source>This agent does not run the interpreter "%1" (allowed: %2).</source>
            <translation>Dieser Agent führt den Interpreter „%1“ nicht aus (erlaubt: %2).</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="86" />
            <source>Target "%1" of request #%2 no longer exists.</source>
            <translation>Das Ziel „%1“ von Antrag #%2 gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="96" />
            <location filename="../core/execution/grantservice.cpp" line="108" />
            <source>The secret parameter "%1" of request #%2 is missing or altered.</source>
            <translation>Der geheime Parameter „%1“ von Antrag #%2 fehlt oder wurde verändert.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="120" />
            <source>Request #%1 was already claimed by agent %2; it never runs twice.</source>
            <translation>Antrag #%1 wurde schon von Agent %2 übernommen; er läuft nie zweimal.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="158" />
            <source>The claim of request #%1 was not saved (the connection to the database broke); it will be claimed again.</source>
            <translation>Die Übernahme von Antrag #%1 wurde nicht gespeichert (die Verbindung zur Datenbank brach ab); er wird erneut übernommen.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="177" />
            <source>The claim of request #%1 cannot be confirmed yet (%2); its script starts only once it is.</source>
            <translation>Die Übernahme von Antrag #%1 lässt sich noch nicht bestätigen (%2); sein Skript startet erst danach.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="238" />
            <source>Request #%1 is not running on agent %2.</source>
            <translation>Antrag #%1 läuft nicht auf Agent %2.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="277" />
            <source>The agent stopped while the script was running; the script may have completed. It was not run again.</source>
            <translation>Der Agent wurde beendet, während das Skript lief; das Skript ist womöglich fertig geworden. Es wurde nicht erneut ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="288" />
            <source>Request #%1 has no target.</source>
            <translation>Antrag #%1 hat kein Ziel.</translation>
        </message>
        <message>
            <location filename="../core/execution/executionservice.cpp" line="292" />
            <source>Target "%1" names no agent to run request #%2; an admin must give it an agent address.</source>
            <translation>Das Ziel „%1“ nennt keinen Agenten, der Antrag #%2 ausführt; ein Administrator muss ihm eine Agentenadresse geben.</translation>
        </message>
        <message>
            <location filename="../core/execution/scriptrunner.cpp" line="124" />
            <location filename="../core/execution/scriptrunner.cpp" line="128" />
            <source>The interpreter could not be started: %1.</source>
            <translation>Der Interpreter konnte nicht gestartet werden: %1.</translation>
        </message>
        <message>
            <location filename="../core/execution/scriptrunner.cpp" line="135" />
            <source>The script ran longer than %1 s and was stopped together with its child processes.</source>
            <translation>Das Skript lief länger als %1 s und wurde mitsamt seinen Kindprozessen beendet.</translation>
        </message>
        <message>
            <location filename="../core/execution/scriptrunner.cpp" line="138" />
            <source>The script was killed by a signal.</source>
            <translation>Das Skript wurde durch ein Signal beendet.</translation>
        </message>
        <message>
            <location filename="../core/execution/scriptrunner.cpp" line="214" />
            <source>Cannot create the working directory %1.</source>
            <translation>Das Arbeitsverzeichnis %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <location filename="../core/execution/scriptrunner.cpp" line="220" />
            <source>Cannot write the script file: %1.</source>
            <translation>Die Skriptdatei kann nicht geschrieben werden: %1.</translation>
        </message>
        <message>
            <location filename="../core/execution/scriptrunner.cpp" line="234" />
            <source>The interpreter "%1" is not installed on this agent.</source>
            <translation>Der Interpreter „%1“ ist auf diesem Agenten nicht installiert.</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="45" />
            <source>#%1  %2  %3  %4  %5  deadline %6  "%7"</source>
            <translation>#%1  %2  %3  %4  %5  Frist %6  „%7“</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="94" />
            <location filename="../core/views/requesttext.cpp" line="69" />
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="96" />
            <location filename="../core/views/requesttext.cpp" line="71" />
            <source>succeeded</source>
            <translation>erfolgreich</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="98" />
            <location filename="../core/views/requesttext.cpp" line="73" />
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="75" />
            <source>timed out</source>
            <translation>Zeitlimit überschritten</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="77" />
            <source>interrupted</source>
            <translation>unterbrochen</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="86" />
            <source>Execution: refused by agent %1 (%2); it never ran.</source>
            <translation>Ausführung: von Agent %1 abgewiesen (%2); sie lief nie.</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="89" />
            <source>Execution: %1 on agent %2</source>
            <translation>Ausführung: %1 auf Agent %2</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="91" />
            <source>  started %1</source>
            <translation>  begonnen %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="93" />
            <source>  finished %1%2</source>
            <translation>  beendet %1%2</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="95" />
            <source>, exit code %1</source>
            <translation>, Exit-Code %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="99" />
            <source>Output:</source>
            <translation>Ausgabe:</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="104" />
            <source>Execution: refused by the agent: %1</source>
            <translation>Ausführung: vom Agenten abgewiesen: %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="105" />
            <source>  The agent asks again on its next poll; it runs once the cause is fixed.</source>
            <translation>  Der Agent fragt bei seiner nächsten Abfrage erneut; der Lauf beginnt, sobald die Ursache behoben ist.</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="107" />
            <source>Execution: waiting for the agent at %1: %2 (tried %3). It runs when the agent is back.</source>
            <translation>Ausführung: wartet auf den Agenten unter %1: %2 (versucht %3). Sie läuft, sobald der Agent wieder da ist.</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="111" />
            <source>Execution: handed to the agent at %1 (%2).</source>
            <translation>Ausführung: an den Agenten unter %1 übergeben (%2).</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="114" />
            <source>Execution: approved, waiting for the agent.</source>
            <translation>Ausführung: genehmigt, wartet auf den Agenten.</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="124" />
            <source>Request #%1: %2 (version %3)</source>
            <translation>Antrag #%1: %2 (Version %3)</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="128" />
            <source>Status:     %1</source>
            <translation>Status:       %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="129" />
            <source>Requested:  by %1 at %2</source>
            <translation>Beantragt:    von %1 am %2</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="131" />
            <source>Ticket:     %1</source>
            <translation>Ticket:     %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="133" />
            <source>Again from: request #%1</source>
            <translation>Erneut aus: Antrag #%1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="134" />
            <source>Deadline:   %1</source>
            <translation>Frist:        %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="136" />
            <source>Comment:    %1</source>
            <translation>Kommentar:    %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="138" />
            <source>Bypass:     %1</source>
            <translation>Ohne Genehm.: %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="139" />
            <source>Targets:    %1</source>
            <translation>Ziele:        %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="140" />
            <source>Parameters:</source>
            <translation>Parameter:</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="142" />
            <source>  (none)</source>
            <translation>  (keine)</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="155" />
            <source>  (!) Invisible characters are written as \uXXXX: the value holds them, not that text.</source>
            <translation>  (!) Unsichtbare Zeichen sind als \uXXXX geschrieben: der Wert enthält sie, nicht diesen Text.</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="156" />
            <source>Policy:     rule "%1" (revision %2)</source>
            <translation>Richtlinie:   Regel „%1“ (Revision %2)</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="162" />
            <source>done</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="163" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="168" />
            <source> (quorum %1)</source>
            <translation> (Quorum %1)</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="178" />
            <source>Escalated:  phase %1 to %2 at %3 (timeout)</source>
            <translation>Eskaliert:    Phase %1 an %2 am %3 (Fristablauf)</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="179" />
            <source>Escalated:  phase %1 to %2 at %3</source>
            <translation>Eskaliert:    Phase %1 an %2 am %3</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="183" />
            <source>New deadline: %1</source>
            <translation>Neue Frist:   %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="186" />
            <source>Next reminder: %1</source>
            <translation>Nächste Erinnerung: %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="189" />
            <source>Can approve: %1</source>
            <translation>Genehmigen können: %1</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="191" />
            <source>Decisions:</source>
            <translation>Entscheidungen:</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="193" />
            <source>  %1 %2 in phase %3 at %4 (%5)%6</source>
            <translation>  %1 hat in Phase %3 am %4 %2 (%5)%6</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="86" />
            <location filename="../core/views/requesttext.cpp" line="194" />
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <location filename="../core/requests/requeststate.cpp" line="88" />
            <location filename="../core/views/requesttext.cpp" line="194" />
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../core/views/requesttext.cpp" line="201" />
            <source>Digest:     %1</source>
            <translation>Prüfsumme:    %1</translation>
        </message>
        <message>
            <location filename="../core/requests/approvers.cpp" line="16" />
            <source>%1 or %2</source>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <location filename="../core/requests/approvers.cpp" line="52" />
            <source>nobody can approve phase "%1" now (it needs %2)</source>
            <translation>niemand kann die Phase „%1“ jetzt genehmigen (sie braucht %2)</translation>
        </message>
        <message>
            <location filename="../core/requests/approvers.cpp" line="57" />
            <source>any of %1 members of %2</source>
            <translation>eines der %1 Mitglieder von %2</translation>
        </message>
        <message>
            <location filename="../core/requests/approvers.cpp" line="59" />
            <source>any of %1 people (%2)</source>
            <translation>eine von %1 Personen (%2)</translation>
        </message>
        <message>
            <location filename="../core/common/signing.cpp" line="30" />
            <source>No signing key could be made (OpenSSL's Ed25519 failed).</source>
            <translation>Es konnte kein Signaturschlüssel erzeugt werden (Ed25519 von OpenSSL schlug fehl).</translation>
        </message>
        <message>
            <location filename="../core/common/signing.cpp" line="41" />
            <source>The signing key is not an Ed25519 private key in PEM form.</source>
            <translation>Der Signaturschlüssel ist kein privater Ed25519-Schlüssel im PEM-Format.</translation>
        </message>
        <message>
            <location filename="../core/common/signing.cpp" line="78" />
            <source>The checkpoint could not be signed (OpenSSL's Ed25519 failed).</source>
            <translation>Der Prüfpunkt konnte nicht signiert werden (Ed25519 von OpenSSL schlug fehl).</translation>
        </message>
        <message>
            <location filename="../core/audit/checkpointkeyfile.cpp" line="19" />
            <source>The signing key file %1 could not be created: %2.</source>
            <translation>Die Schlüsseldatei %1 konnte nicht angelegt werden: %2.</translation>
        </message>
        <message>
            <location filename="../core/audit/checkpointkeyfile.cpp" line="23" />
            <source>The signing key file %1 could not be written: %2.</source>
            <translation>Die Schlüsseldatei %1 konnte nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <location filename="../core/audit/checkpointkeyfile.cpp" line="32" />
            <source>The signing key file %1 can be read or written by other accounts; make it its owner's alone (chmod 600).</source>
            <translation>Die Schlüsseldatei %1 ist für andere Konten les- oder schreibbar; machen Sie sie allein ihrem Eigentümer zugänglich (chmod 600).</translation>
        </message>
        <message>
            <location filename="../core/audit/checkpointkeyfile.cpp" line="37" />
            <source>The signing key file %1 could not be read: %2.</source>
            <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="72" />
            <source>There is no directory preset "%1"; choose %2.</source>
            <translation>Es gibt keine Verzeichnisvorlage „%1“; wählen Sie %2.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="129" />
            <source>Nested groups must be "walk", "in-chain" or "none", not "%1".</source>
            <translation>Verschachtelte Gruppen müssen "walk", "in-chain" oder "none" sein, nicht "%1".</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="143" />
            <source>The directory address "%1" must be an ldap:// or ldaps:// URL with a host.</source>
            <translation>Die Verzeichnisadresse „%1“ muss eine ldap://- oder ldaps://-URL mit einem Host sein.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="151" />
            <source>The directory at %1 would get the bind password unencrypted: use ldaps:// or StartTLS.</source>
            <translation>Das Verzeichnis unter %1 bekäme das Bind-Passwort unverschlüsselt: verwenden Sie ldaps:// oder StartTLS.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="155" />
            <source>StartTLS upgrades an ldap:// connection; an ldaps:// one is already encrypted, so choose one of them.</source>
            <translation>StartTLS verschlüsselt eine ldap://-Verbindung; eine ldaps://-Verbindung ist schon verschlüsselt, wählen Sie also eines von beiden.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="158" />
            <source>The directory source needs a base DN for people and one for groups.</source>
            <translation>Die Verzeichnisquelle braucht eine Basis-DN für Personen und eine für Gruppen.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="160" />
            <source>The directory source needs a login attribute and a group name attribute.</source>
            <translation>Die Verzeichnisquelle braucht ein Attribut für den Anmeldenamen und eines für den Gruppennamen.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="162" />
            <source>The directory source needs at least one member attribute.</source>
            <translation>Die Verzeichnisquelle braucht mindestens ein Mitgliedsattribut.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="164" />
            <source>The page size must be between 1 and 100000.</source>
            <translation>Die Seitengröße muss zwischen 1 und 100000 liegen.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="166" />
            <source>The removal limit must be a share between 0 and 100 percent.</source>
            <translation>Die Entfernungsgrenze muss ein Anteil zwischen 0 und 100 Prozent sein.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="168" />
            <source>The sync interval cannot be negative.</source>
            <translation>Das Abgleichsintervall kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="186" />
            <source>No directory source is configured; an admin sets one up with "countersign-cli directory configure".</source>
            <translation>Es ist keine Verzeichnisquelle eingerichtet; ein Administrator richtet sie mit „countersign-cli directory configure“ ein.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="233" />
            <source>"%1" comes from the company directory; change them there, and the next sync brings the change here.</source>
            <translation>„%1“ stammt aus dem Firmenverzeichnis; ändern Sie die Person dort, und der nächste Abgleich bringt die Änderung hierher.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="244" />
            <source>The group "%1" comes from the company directory; change its members there, and the next sync brings the change here.</source>
            <translation>Die Gruppe „%1“ stammt aus dem Firmenverzeichnis; ändern Sie ihre Mitglieder dort, und der nächste Abgleich bringt die Änderung hierher.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="292" />
            <source>%1 is set without %2 naming the directory server it belongs to, so it was not sent; set %2 to %3 if the password is for that server.</source>
            <translation>%1 ist gesetzt, aber %2 nennt nicht den Verzeichnisserver, zu dem es gehört; deshalb wurde es nicht gesendet. Setzen Sie %2 auf %3, wenn das Passwort für diesen Server gilt.</translation>
        </message>
        <message>
            <location filename="../core/directory/directorysource.cpp" line="296" />
            <source>%1 belongs to %2, but the directory source names %3, so it was not sent.</source>
            <translation>%1 gehört zu %2, die Verzeichnisquelle nennt aber %3; deshalb wurde es nicht gesendet.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="53" />
            <source>You cannot take away your own admin role; ask another admin.</source>
            <translation>Sie können sich die Administratorrolle nicht selbst entziehen; bitten Sie einen anderen Administrator.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="58" />
            <source>The service role comes only with a service account (service-account add).</source>
            <translation>Die Rolle service gibt es nur mit einem Dienstkonto (service-account add).</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="62" />
            <source>%1 is a service account; its role cannot change.</source>
            <translation>%1 ist ein Dienstkonto; seine Rolle kann sich nicht ändern.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="90" />
            <source>%1 cannot be their own manager.</source>
            <translation>%1 kann nicht die eigene Führungskraft sein.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="129" />
            <source>You cannot disable your own account; ask another admin.</source>
            <translation>Sie können Ihr eigenes Konto nicht deaktivieren; bitten Sie einen anderen Administrator.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="131" />
            <source>%1 is already enabled.</source>
            <translation>%1 ist schon aktiviert.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="132" />
            <source>%1 is already disabled.</source>
            <translation>%1 ist schon deaktiviert.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="151" />
            <source>made 1 request</source>
            <translation>hat 1 Antrag gestellt</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="151" />
            <source>made %1 requests</source>
            <translation>hat %1 Anträge gestellt</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="155" />
            <source>made 1 decision</source>
            <translation>hat 1 Entscheidung getroffen</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="155" />
            <source>made %1 decisions</source>
            <translation>hat %1 Entscheidungen getroffen</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="159" />
            <source>is the manager of 1 person</source>
            <translation>ist Führungskraft von 1 Person</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="160" />
            <source>is the manager of %1 people</source>
            <translation>ist Führungskraft von %1 Personen</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="164" />
            <source>owns 1 target</source>
            <translation>verantwortet 1 Ziel</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="164" />
            <source>owns %1 targets</source>
            <translation>verantwortet %1 Ziele</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="176" />
            <source>is named as an approver by %1</source>
            <translation>wird von %1 als genehmigende Person genannt</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="180" />
            <source>ran 1 execution as an agent</source>
            <translation>hat als Agent 1 Ausführung durchgeführt</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="181" />
            <source>ran %1 executions as an agent</source>
            <translation>hat als Agent %1 Ausführungen durchgeführt</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="187" />
            <source>acted in 1 audit entry</source>
            <translation>handelt in 1 Protokolleintrag</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="188" />
            <source>acted in %1 audit entries</source>
            <translation>handelt in %1 Protokolleinträgen</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="200" />
            <source>You cannot remove your own account; ask another admin.</source>
            <translation>Sie können Ihr eigenes Konto nicht entfernen; bitten Sie einen anderen Administrator.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="204" />
            <source>%1 cannot be removed: they %2. Disable the account instead; a disabled person keeps their history.</source>
            <translation>%1 kann nicht entfernt werden: die Person %2. Deaktivieren Sie stattdessen das Konto; eine deaktivierte Person behält ihren Verlauf.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="265" />
            <source>Target %1 has no attribute "%2".</source>
            <translation>Das Ziel %1 hat kein Attribut „%2“.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="270" />
            <source>A target attribute needs a name.</source>
            <translation>Ein Zielattribut braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="296" />
            <source>action %1 lists it</source>
            <translation>die Aktion %1 nennt es</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="302" />
            <source>1 request names it</source>
            <translation>1 Antrag nennt es</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="302" />
            <source>%1 requests name it</source>
            <translation>%1 Anträge nennen es</translation>
        </message>
        <message>
            <location filename="../core/admin/directorychanges.cpp" line="315" />
            <source>Target %1 cannot be removed: %2.</source>
            <translation>Das Ziel %1 kann nicht entfernt werden: %2.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorydiff.cpp" line="44" />
            <source>"%1" exists here as a local person and is left as it is.</source>
            <translation>„%1“ gibt es hier als lokale Person; sie bleibt, wie sie ist.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorydiff.cpp" line="79" />
            <source>The group "%1" exists here as a local group and is left as it is.</source>
            <translation>Die Gruppe „%1“ gibt es hier als lokale Gruppe; sie bleibt, wie sie ist.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorydiff.cpp" line="132" />
            <source>This sync would disable %1 of %2 people from the directory, more than the %3% allowed; check the directory source, or sync with --force if this is intended.</source>
            <translation>Dieser Abgleich würde %1 von %2 Personen aus dem Verzeichnis deaktivieren, mehr als die erlaubten %3 %; prüfen Sie die Verzeichnisquelle, oder gleichen Sie mit --force ab, wenn das gewollt ist.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorydiff.cpp" line="138" />
            <source>This sync would remove %1 of %2 group memberships from the directory, more than the %3% allowed; check the directory source, or sync with --force if this is intended.</source>
            <translation>Dieser Abgleich würde %1 von %2 Gruppenmitgliedschaften aus dem Verzeichnis entfernen, mehr als die erlaubten %3 %; prüfen Sie die Verzeichnisquelle, oder gleichen Sie mit --force ab, wenn das gewollt ist.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorydiff.cpp" line="149" />
            <source>No changes: Countersign matches the directory.</source>
            <translation>Keine Änderungen: Countersign entspricht dem Verzeichnis.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorysync.cpp" line="79" />
            <source>; nothing was changed.</source>
            <translation>; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorysync.cpp" line="91" />
            <source>Preview (nothing changed yet): </source>
            <translation>Vorschau (noch nichts geändert): </translation>
        </message>
        <message>
            <location filename="../core/directorysync/directorysync.cpp" line="158" />
            <source>The service has no bind password for %1: set %2 and %3 in its environment.</source>
            <translation>Der Dienst hat kein Bind-Passwort für %1: setzen Sie %2 und %3 in seiner Umgebung.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="37" />
            <source>The directory server at %1 cannot be reached (%2).</source>
            <translation>Der Verzeichnisserver unter %1 ist nicht erreichbar (%2).</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="39" />
            <source>The directory server at %1 refused the bind DN "%2" or its password.</source>
            <translation>Der Verzeichnisserver unter %1 hat die Bind-DN „%2“ oder ihr Passwort abgelehnt.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="42" />
            <source>The directory server at %1 failed to %2 (%3).</source>
            <translation>Der Verzeichnisserver unter %1 konnte nicht %2 (%3).</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="61" />
            <source>accept the address</source>
            <translation>die Adresse annehmen</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="79" />
            <source>start TLS</source>
            <translation>TLS starten</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="114" />
            <source>page a search</source>
            <translation>eine Suche seitenweise ausführen</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="123" />
            <source>search %1 for %2</source>
            <translation>%1 nach %2 durchsuchen</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="132" />
            <source>search %1</source>
            <translation>%1 durchsuchen</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="247" />
            <source>Skipped %1: its login "%2" cannot be used in Countersign.</source>
            <translation>%1 übersprungen: der Anmeldename „%2“ ist in Countersign nicht verwendbar.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="252" />
            <source>Skipped %1: another entry already has the login "%2".</source>
            <translation>%1 übersprungen: ein anderer Eintrag hat schon den Anmeldenamen „%2“.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="283" />
            <source>Skipped the group %1: its name "%2" is %3.</source>
            <translation>Gruppe %1 übersprungen: ihr Name „%2“ ist %3.</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="285" />
            <source>taken by another group</source>
            <translation>schon von einer anderen Gruppe belegt</translation>
        </message>
        <message>
            <location filename="../core/directorysync/ldapclient.cpp" line="286" />
            <source>not usable in Countersign</source>
            <translation>in Countersign nicht verwendbar</translation>
        </message>
        <message>
            <location filename="../core/views/periodreport.cpp" line="131" />
            <source>Only admins and auditors can export a period report.</source>
            <translation>Nur Administratoren und Prüfer können einen Zeitraumbericht exportieren.</translation>
        </message>
        <message>
            <location filename="../core/views/periodreport.cpp" line="133" />
            <source>The period ends before it starts.</source>
            <translation>Der Zeitraum endet, bevor er beginnt.</translation>
        </message>
        <message>
            <location filename="../core/views/periodreport.cpp" line="135" />
            <source>"%1" is not a request state.</source>
            <translation>„%1“ ist kein Antragsstatus.</translation>
        </message>
        <message>
            <location filename="../core/actions/workflowstore.cpp" line="28" />
            <source>The stored policy of workflow "%1" is unreadable: %2.</source>
            <translation>Die gespeicherte Regel des Workflows „%1“ ist unlesbar: %2.</translation>
        </message>
        <message>
            <location filename="../core/actions/workflowstore.cpp" line="31" />
            <source>The stored policy of workflow "%1" is invalid.</source>
            <translation>Die gespeicherte Regel des Workflows „%1“ ist ungültig.</translation>
        </message>
        <message>
            <location filename="../core/actions/workflowstore.cpp" line="43" />
            <source>There is no workflow "%1".</source>
            <translation>Es gibt keinen Workflow „%1“.</translation>
        </message>
        <message>
            <location filename="../core/actions/workflowstore.cpp" line="124" />
            <source>The action has no policy of its own and the workspace has no default workflow, so nobody could approve it.</source>
            <translation>Die Aktion hat keine eigene Regel und der Arbeitsbereich keinen Standard-Workflow, daher könnte niemand sie genehmigen.</translation>
        </message>
        <message>
            <location filename="../core/actions/workflowstore.cpp" line="142" />
            <location filename="../core/admin/adminservice.cpp" line="332" />
            <source>Action "%1" refers to workflow "%2", which is archived.</source>
            <translation>Die Aktion „%1“ verweist auf den Workflow „%2“, der archiviert ist.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="17" />
            <source>The workflow file is larger than 1 MiB.</source>
            <translation>Die Workflow-Datei ist größer als 1 MiB.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="21" />
            <source>The workflow file is not valid: %1.</source>
            <translation>Die Workflow-Datei ist ungültig: %1.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="31" />
            <source>Workflow field "%1" is unknown.</source>
            <translation>Das Workflow-Feld „%1“ ist unbekannt.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="36" />
            <source>Workflow name "%1" is invalid: use lower-case letters, digits, dot, dash and underscore (up to 64).</source>
            <translation>Der Workflow-Name „%1“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Unterstrich (bis zu 64).</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="41" />
            <source>Workflow field "description" must be text.</source>
            <translation>Das Workflow-Feld „description“ muss Text sein.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="45" />
            <source>Workflow field "default" must be true or false.</source>
            <translation>Das Workflow-Feld „default“ muss true oder false sein.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="49" />
            <source>Workflow "%1" needs a "policy" object.</source>
            <translation>Der Workflow „%1“ braucht ein „policy“-Objekt.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="52" />
            <source>Workflow "%1": %2</source>
            <translation>Workflow „%1“: %2</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="56" />
            <source>Workflow "%1": a workflow's policy cannot refer to a workflow.</source>
            <translation>Workflow „%1“: die Regel eines Workflows kann nicht auf einen Workflow verweisen.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="73" />
            <source>affects new requests of 1 action</source>
            <translation>betrifft neue Anträge von 1 Aktion</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="74" />
            <source>affects new requests of %1 actions</source>
            <translation>betrifft neue Anträge von %1 Aktionen</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="76" />
            <source>1 pending request keeps its snapshot</source>
            <translation>1 offener Antrag behält seinen Stand</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="77" />
            <source>%1 pending requests keep their snapshot</source>
            <translation>%1 offene Anträge behalten ihren Stand</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="91" />
            <source>Only admins can change workflows; "%1" is not an admin.</source>
            <translation>Nur Administratoren können Workflows ändern; „%1“ ist kein Administrator.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="119" />
            <source>Workflow "%1" refers to group "%2", which does not exist.</source>
            <translation>Der Workflow „%1“ verweist auf die Gruppe „%2“, die es nicht gibt.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="126" />
            <source>Workflow "%1" names approver "%2", who is not a user.</source>
            <translation>Der Workflow „%1“ nennt „%2“ als genehmigende Person, die es nicht gibt.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="133" />
            <source>Workflow "%1" names approval webhook "%2", which is not registered (countersign-cli webhook add).</source>
            <translation>Der Workflow „%1“ nennt den Genehmigungs-Webhook „%2“, der nicht registriert ist (countersign-cli webhook add).</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="201" />
            <source>Workflow "%1" is archived.</source>
            <translation>Der Workflow „%1“ ist archiviert.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="236" />
            <source>Workflow "%1" is the default workflow; make another one the default before archiving it.</source>
            <translation>Der Workflow „%1“ ist der Standard-Workflow; machen Sie zuerst einen anderen zum Standard, bevor Sie ihn archivieren.</translation>
        </message>
        <message>
            <location filename="../core/admin/workflowservice.cpp" line="242" />
            <source>Workflow "%1" cannot be archived: actions refer to it (%2).</source>
            <translation>Der Workflow „%1“ kann nicht archiviert werden: Aktionen verweisen auf ihn (%2).</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="28" />
            <source>%1: "%2" must be a whole number of hours from 1 to %3.</source>
            <translation>%1: "%2" muss eine ganze Zahl von Stunden von 1 bis %3 sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="36" />
            <source>%1 needs a "group" to escalate to.</source>
            <translation>%1 braucht eine Gruppe ("group"), an die eskaliert wird.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="44" />
            <source>%1, "reminder"</source>
            <translation>%1, "reminder"</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="47" />
            <source>%1 must be a JSON object such as {"beforeDeadlineHours": 24}.</source>
            <translation>%1 muss ein JSON-Objekt sein, etwa {"beforeDeadlineHours": 24}.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="58" />
            <source>%1 needs "beforeDeadlineHours", "afterHours" or both.</source>
            <translation>%1 braucht "beforeDeadlineHours", "afterHours" oder beides.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="75" />
            <source>a reminder %1 h before the deadline and after %2 h without a decision</source>
            <translation>eine Erinnerung %1 h vor der Frist und nach %2 h ohne Entscheidung</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="79" />
            <source>a reminder %1 h before the deadline</source>
            <translation>eine Erinnerung %1 h vor der Frist</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="80" />
            <source>a reminder after %1 h without a decision</source>
            <translation>eine Erinnerung nach %1 h ohne Entscheidung</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="85" />
            <source>%1, "escalation"</source>
            <translation>%1, "escalation"</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="88" />
            <source>%1 must be a JSON object such as {"afterHours": 48, "group": "managers"}.</source>
            <translation>%1 muss ein JSON-Objekt sein, etwa {"afterHours": 48, "group": "managers"}.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="95" />
            <source>%1 needs "afterHours".</source>
            <translation>%1 braucht "afterHours".</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="110" />
            <source>escalation to %1 after %2 h</source>
            <translation>Eskalation an %1 nach %2 h</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="115" />
            <source>Policy, "timeout"</source>
            <translation>Richtlinie, "timeout"</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="117" />
            <source>%1 must be a JSON object such as {"outcome": "reject"}.</source>
            <translation>%1 muss ein JSON-Objekt sein, etwa {"outcome": "reject"}.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="123" />
            <source>%1: approving on timeout is not offered: a request nobody approved never runs. Use "expire", "reject" or "escalate".</source>
            <translation>%1: Genehmigen bei Fristablauf gibt es nicht: ein Antrag, den niemand genehmigt hat, wird nie ausgeführt. Verwenden Sie "expire", "reject" oder "escalate".</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="134" />
            <source>%1: "outcome" must be "expire", "reject" or "escalate".</source>
            <translation>%1: "outcome" muss "expire", "reject" oder "escalate" sein.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="142" />
            <source>%1: escalating needs "extendHours", the time the group gets to decide.</source>
            <translation>%1: Eskalieren braucht "extendHours", die Zeit, die die Gruppe zum Entscheiden bekommt.</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="168" />
            <source>on timeout: expired</source>
            <translation>bei Fristablauf: abgelaufen</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="170" />
            <source>on timeout: rejected</source>
            <translation>bei Fristablauf: abgelehnt</translation>
        </message>
        <message>
            <location filename="../core/policy/policytiming.cpp" line="174" />
            <source>on timeout: escalated to %1 with %2 h more</source>
            <translation>bei Fristablauf: an %1 eskaliert, mit %2 h mehr Zeit</translation>
        </message>
        <message>
            <location filename="../core/actions/grantterms.cpp" line="12" />
            <source>"%1" is not a duration: write a whole number and a unit (s, m, h or d), for example 8h, up to 366d.</source>
            <translation>„%1“ ist keine Dauer: schreiben Sie eine ganze Zahl und eine Einheit (s, m, h oder d), zum Beispiel 8h, bis 366d.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="62" />
            <source>The database did not return the new delegation's id.</source>
            <translation>Die Datenbank hat die Nummer der neuen Vertretung nicht zurückgegeben.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="92" />
            <source>There is no delegation #%1.</source>
            <translation>Es gibt keine Vertretung #%1.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="138" />
            <source>Only an admin can hand over someone else's approvals (%1's).</source>
            <translation>Nur ein Admin kann die Freigaben einer anderen Person übergeben (die von %1).</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="140" />
            <source>Name the person who decides in your place.</source>
            <translation>Nennen Sie die Person, die an Ihrer Stelle entscheidet.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="142" />
            <source>%1 cannot hand their approvals to themselves.</source>
            <translation>%1 kann die eigenen Freigaben nicht an sich selbst übergeben.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="148" />
            <source>%1 is disabled and cannot decide for anyone.</source>
            <translation>%1 ist deaktiviert und kann für niemanden entscheiden.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="151" />
            <source>A delegation must end after it starts.</source>
            <translation>Eine Vertretung muss nach ihrem Beginn enden.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="154" />
            <source>The delegation would end at %1, which has passed.</source>
            <translation>Die Vertretung würde am %1 enden, und der Zeitpunkt ist vorbei.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="156" />
            <source>A delegation may last at most 366 days.</source>
            <translation>Eine Vertretung darf höchstens 366 Tage dauern.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="165" />
            <source>%1 already hands their approvals to %2 from %3 until %4 (delegation #%5); end it first or choose another period.</source>
            <translation>%1 übergibt die Freigaben bereits von %3 bis %4 an %2 (Vertretung #%5); beenden Sie diese zuerst oder wählen Sie einen anderen Zeitraum.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="173" />
            <source>%1 hands their own approvals to %2 from %3 until %4, so they cannot stand in for %5 then.</source>
            <translation>%1 übergibt die eigenen Freigaben von %3 bis %4 an %2 und kann %5 in dieser Zeit daher nicht vertreten.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="177" />
            <source>%1 stands in for %2 from %3 until %4; end that delegation first, as delegations do not pass on.</source>
            <translation>%1 vertritt %2 von %3 bis %4; beenden Sie diese Vertretung zuerst, denn Vertretungen werden nicht weitergegeben.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="213" />
            <source>Only %1 or an admin can end delegation #%2.</source>
            <translation>Nur %1 oder ein Admin kann die Vertretung #%2 beenden.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="216" />
            <source>Delegation #%1 has already ended.</source>
            <translation>Die Vertretung #%1 ist bereits beendet.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="238" />
            <source>Request #%1 is %2's own, so nobody can decide it for them.</source>
            <translation>Antrag #%1 ist der eigene Antrag von %2; niemand kann ihn für diese Person entscheiden.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="242" />
            <source>You cannot decide your own request #%1, not even for %2.</source>
            <translation>Sie können Ihren eigenen Antrag #%1 nicht entscheiden, auch nicht für %2.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="248" />
            <source>You already decided on request #%1; a person decides once per request, for themselves or for someone else.</source>
            <translation>Sie haben über Antrag #%1 bereits entschieden; jede Person entscheidet einmal je Antrag, für sich oder für jemand anderen.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="256" />
            <source>Phase %1 of request #%2 excludes you (%3), so you cannot decide it for %4.</source>
            <translation>Phase %1 von Antrag #%2 schließt Sie aus (%3); Sie können daher nicht für %4 entscheiden.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="266" />
            <source>%1 has already decided on request #%2, themselves or through a delegate; their vote counts once.</source>
            <translation>%1 hat über Antrag #%2 bereits entschieden, selbst oder über eine Vertretung; die Stimme zählt einmal.</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="276" />
            <source>For %1: %2</source>
            <translation>Für %1: %2</translation>
        </message>
        <message>
            <location filename="../core/requests/delegation.cpp" line="288" />
            <source>%1 for %2</source>
            <comment>a delegate deciding</comment>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="13" />
            <source>Counts toward phase %1 of %2 (%3), which needs more votes.</source>
            <translation>Zählt für Phase %1 von %2 (%3), die weitere Stimmen braucht.</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="18" />
            <source>Completes phase %1 of %2 (%3); the next phase opens.</source>
            <translation>Schließt Phase %1 von %2 (%3) ab; die nächste Phase beginnt.</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="24" />
            <source>Approves the request; no agent is set for %1.</source>
            <translation>Genehmigt den Antrag; für %1 ist kein Agent eingetragen.</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="25" />
            <source>Approves the request and hands it to %1 on %2.</source>
            <translation>Genehmigt den Antrag und übergibt ihn an %1 auf %2.</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="28" />
            <source>Rejects the request; it will not run.</source>
            <translation>Lehnt den Antrag ab; er wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="124" />
            <source>Recorded; request #%1 now waits for %2.</source>
            <translation>Erfasst; Antrag #%1 wartet jetzt auf %2.</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="126" />
            <source>Request #%1 is approved and ready to run.</source>
            <translation>Antrag #%1 ist genehmigt und bereit zur Ausführung.</translation>
        </message>
        <message>
            <location filename="../core/requests/bulkdecision.cpp" line="127" />
            <source>Request #%1 is rejected; it will not run.</source>
            <translation>Antrag #%1 ist abgelehnt; er wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestfeedback.cpp" line="31" />
            <source>Give a vote (up, down or none) or a comment.</source>
            <translation>Geben Sie eine Stimme (dafür, dagegen, keine) oder einen Kommentar ab.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestfeedback.cpp" line="33" />
            <source>A vote is up, down or none.</source>
            <translation>Eine Stimme ist dafür, dagegen oder keine.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestfeedback.cpp" line="37" />
            <source>Feedback is at most %1 characters; this is %2.</source>
            <translation>Feedback hat höchstens %1 Zeichen; dieses hat %2.</translation>
        </message>
        <message>
            <location filename="../core/execution/grantservice.cpp" line="217" />
            <source>The revoke of request #%1 is not running on agent %2.</source>
            <translation>Der Entzug von Antrag #%1 läuft nicht auf Agent %2.</translation>
        </message>
        <message>
            <location filename="../core/execution/grantservice.cpp" line="257" />
            <source>The agent stopped while the revoke script was running; it runs again.</source>
            <translation>Der Agent hielt an, während das Entzugsskript lief; es läuft erneut.</translation>
        </message>
        <message>
            <location filename="../core/execution/grantservice.cpp" line="280" />
            <source>A comment is required to revoke a grant early.</source>
            <translation>Für einen vorzeitigen Entzug ist ein Kommentar nötig.</translation>
        </message>
        <message>
            <location filename="../core/execution/grantservice.cpp" line="270" />
            <source>Only the requester (%1), an admin or an approver of request #%2 can revoke it.</source>
            <translation>Nur der Antragsteller (%1), ein Admin oder ein Genehmiger von Antrag #%2 kann ihn entziehen.</translation>
        </message>
        <message>
            <location filename="../core/execution/grantservice.cpp" line="294" />
            <source>Request #%1 %2; only an active grant can be revoked.</source>
            <translation>Antrag #%1 %2; nur eine aktive Berechtigung kann entzogen werden.</translation>
        </message>
        <message>
            <location filename="../core/execution/grantservice.cpp" line="300" />
            <source>The grant of request #%1 has already ended; its revoke is waiting for the agent.</source>
            <translation>Die Berechtigung aus Antrag #%1 ist bereits abgelaufen; ihr Widerruf wartet auf den Agenten.</translation>
        </message>
        <message>
            <location filename="../core/execution/grantservice.cpp" line="314" />
            <source>The grant of request #%1 is already being revoked.</source>
            <translation>Die Berechtigung von Antrag #%1 wird bereits entzogen.</translation>
        </message>
        <message>
            <location filename="../core/views/homeview.cpp" line="43" />
            <source>Rejected by %1.</source>
            <translation>Abgelehnt von %1.</translation>
        </message>
        <message>
            <location filename="../core/views/homeview.cpp" line="44" />
            <source>Rejected by %1: “%2”</source>
            <translation>Abgelehnt von %1: „%2“</translation>
        </message>
        <message>
            <location filename="../core/views/homeview.cpp" line="45" />
            <source>Rejected.</source>
            <translation>Abgelehnt.</translation>
        </message>
        <message>
            <location filename="../core/views/homeview.cpp" line="48" />
            <source>Nobody decided before the deadline.</source>
            <translation>Niemand hat vor Ablauf der Frist entschieden.</translation>
        </message>
        <message>
            <location filename="../core/views/homeview.cpp" line="49" />
            <source>It did not run successfully; open it to see why.</source>
            <translation>Er lief nicht erfolgreich; öffnen Sie ihn, um den Grund zu sehen.</translation>
        </message>
        <message>
            <location filename="../core/views/homeview.cpp" line="80" />
            <source>nobody can approve it now</source>
            <translation>niemand kann ihn jetzt genehmigen</translation>
        </message>
        <message>
            <location filename="../core/views/homeview.cpp" line="117" />
            <source>Access on %1</source>
            <translation>Zugriff auf %1</translation>
        </message>
        <message>
            <location filename="../core/views/progresstext.cpp" line="12" />
            <source>%1 done</source>
            <translation>%1 erledigt</translation>
        </message>
        <message>
            <location filename="../core/views/progresstext.cpp" line="13" />
            <source>waiting for %1 (%2 of %3)</source>
            <translation>wartet auf %1 (%2 von %3)</translation>
        </message>
        <message>
            <location filename="../core/views/timeline.cpp" line="46" />
            <source>Submitted by %1 for %2: %3</source>
            <translation>Eingereicht von %1 für %2: %3</translation>
        </message>
        <message>
            <location filename="../core/views/timeline.cpp" line="48" />
            <source>Submitted by %1, requested again from #%2: %3</source>
            <translation>Eingereicht von %1, erneut gestellt aus #%2: %3</translation>
        </message>
        <message>
            <location filename="../core/views/timeline.cpp" line="53" />
            <source>Submitted by %1: %2</source>
            <translation>Eingereicht von %1: %2</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="12" />
            <source>active until %1</source>
            <translation>aktiv bis %1</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="14" />
            <source>approved, runs at %1</source>
            <translation>genehmigt, läuft um %1</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="22" />
            <source>Duration:   %1</source>
            <translation>Dauer:      %1</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="24" />
            <source>Runs at:    %1 (not before; never after the deadline)</source>
            <translation>Läuft um:   %1 (nicht früher; nie nach der Frist)</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="26" />
            <source>Extends:    request #%1</source>
            <translation>Verlängert: Antrag #%1</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="28" />
            <source>Active until: %1</source>
            <translation>Aktiv bis:  %1</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="38" />
            <source>  %1 early revoke asked by %2: "%3"</source>
            <translation>  %1 vorzeitiger Entzug verlangt von %2: „%3“</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="41" />
            <source>  %1 revoke attempt %2 started (due %3, %4 s late)</source>
            <translation>  %1 Entzugsversuch %2 gestartet (fällig %3, %4 s verspätet)</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="47" />
            <source>  %1 (!) revoke attempt %2 FAILED: %3 -- tried again at %4</source>
            <translation>  %1 (!) Entzugsversuch %2 FEHLGESCHLAGEN: %3 -- erneut um %4</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="53" />
            <source>  %1 revoked (due %2, started %3 s late, %4 attempts)</source>
            <translation>  %1 entzogen (fällig %2, %3 s verspätet gestartet, %4 Versuche)</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="58" />
            <source>  %1 superseded by #%2 (its extension); this grant's revoke does not run</source>
            <translation>  %1 abgelöst durch #%2 (seine Verlängerung); der Entzug dieser Berechtigung läuft nicht</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="62" />
            <source>  %1 (!) the grant script failed; the revoke script runs to clean up</source>
            <translation>  %1 (!) das Gewährungsskript ist fehlgeschlagen; das Entzugsskript räumt auf</translation>
        </message>
        <message>
            <location filename="../core/views/granttext.cpp" line="66" />
            <source>Revoke:</source>
            <translation>Entzug:</translation>
        </message>
        <message>
            <location filename="../core/admin/serviceaccounts.cpp" line="103" />
            <source>The system could not produce random bytes for a token.</source>
            <translation>Das System konnte keine Zufallsbytes für ein Token erzeugen.</translation>
        </message>
        <message>
            <location filename="../core/admin/serviceaccounts.cpp" line="112" />
            <location filename="../core/admin/serviceaccounts.cpp" line="163" />
            <source>"%1" is not a service account.</source>
            <translation>„%1“ ist kein Dienstkonto.</translation>
        </message>
        <message>
            <location filename="../core/admin/serviceaccounts.cpp" line="120" />
            <source>A token name has at most 64 characters.</source>
            <translation>Ein Token-Name hat höchstens 64 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/admin/serviceaccounts.cpp" line="126" />
            <source>Service account %1 already has a token named "%2".</source>
            <translation>Das Dienstkonto %1 hat bereits ein Token namens „%2“.</translation>
        </message>
        <message>
            <location filename="../core/admin/serviceaccounts.cpp" line="146" />
            <source>Service account %1 has no token named "%2".</source>
            <translation>Das Dienstkonto %1 hat kein Token namens „%2“.</translation>
        </message>
        <message>
            <location filename="../core/admin/serviceaccounts.cpp" line="148" />
            <source>Token "%1" of %2 is already revoked.</source>
            <translation>Das Token „%1“ von %2 ist bereits widerrufen.</translation>
        </message>
        <message>
            <location filename="../core/admin/serviceaccounts.cpp" line="170" />
            <source>The API token is not valid (unknown, revoked or of a disabled service account).</source>
            <translation>Das API-Token ist nicht gültig (unbekannt, widerrufen oder von einem deaktivierten Dienstkonto).</translation>
        </message>
        <message>
            <location filename="../core/storage/pgcopy.cpp" line="16" />
            <source>Reading from the database failed: %1</source>
            <translation>Das Lesen aus der Datenbank ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../core/storage/pgcopy.cpp" line="46" />
            <source>Rows can be streamed only from a PostgreSQL connection.</source>
            <translation>Zeilen lassen sich nur von einer PostgreSQL-Verbindung streamen.</translation>
        </message>
        <message>
            <location filename="../core/storage/pgcopy.cpp" line="48" />
            <source>Rows can be streamed only inside a transaction.</source>
            <translation>Zeilen lassen sich nur innerhalb einer Transaktion streamen.</translation>
        </message>
        <message>
            <location filename="../core/storage/pgcopy.cpp" line="129" />
            <source>A streamed row has %1 columns; at most %2 can be read.</source>
            <translation>Eine übertragene Zeile hat %1 Spalten; höchstens %2 können gelesen werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestagain.cpp" line="27" />
            <source>Request #%1 is not your own; only your own requests can be asked again.</source>
            <translation>Antrag #%1 ist nicht Ihr eigener; nur eigene Anträge können erneut gestellt werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/requestagain.cpp" line="36" />
            <source>Request #%1 has not ended; only an ended request can be asked again.</source>
            <translation>Antrag #%1 ist nicht abgeschlossen; nur ein abgeschlossener Antrag kann erneut gestellt werden.</translation>
        </message>
        <message>
            <location filename="../core/requests/savedfilters.cpp" line="11" />
            <source>Filters are saved for Incoming or Outgoing, not "%1".</source>
            <translation>Filter werden für Eingang oder Ausgang gespeichert, nicht für „%1“.</translation>
        </message>
        <message>
            <location filename="../core/requests/savedfilters.cpp" line="40" />
            <source>Give the filter a name.</source>
            <translation>Geben Sie dem Filter einen Namen.</translation>
        </message>
        <message>
            <location filename="../core/requests/savedfilters.cpp" line="42" />
            <source>A filter's name has at most %1 characters.</source>
            <translation>Der Name eines Filters hat höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/execution/accessreview.cpp" line="78" />
            <source>A comment is required to keep a grant in a review.</source>
            <translation>Um eine Berechtigung in einer Überprüfung zu behalten, ist ein Kommentar nötig.</translation>
        </message>
        <message>
            <location filename="../core/execution/accessreview.cpp" line="28" />
            <source>Only an admin or an approver of request #%1 can review its grant.</source>
            <translation>Nur ein Admin oder ein Genehmiger von Antrag #%1 kann seine Berechtigung überprüfen.</translation>
        </message>
        <message>
            <location filename="../core/execution/accessreview.cpp" line="32" />
            <source>Nobody reviews their own access: request #%1 is yours (you may still end it early).</source>
            <translation>Niemand überprüft den eigenen Zugriff: Antrag #%1 ist Ihrer (Sie können ihn weiterhin vorzeitig beenden).</translation>
        </message>
        <message>
            <location filename="../core/execution/accessreview.cpp" line="61" />
            <source>Request #%1 %2; only an active grant can be reviewed.</source>
            <translation>Antrag #%1 %2; nur eine aktive Berechtigung kann überprüft werden.</translation>
        </message>
        <message>
            <location filename="../core/execution/accessreview.cpp" line="66" />
            <source>The grant of request #%1 has ended; its revoke is waiting for the agent, so there is nothing left to review.</source>
            <translation>Die Berechtigung aus Antrag #%1 ist abgelaufen; ihr Widerruf wartet auf den Agenten, es gibt also nichts mehr zu prüfen.</translation>
        </message>
        <message>
            <location filename="../core/execution/accessreview.cpp" line="86" />
            <source>The date until which the grant is kept must be in the future.</source>
            <translation>Das Datum, bis zu dem die Berechtigung behalten wird, muss in der Zukunft liegen.</translation>
        </message>
        <message>
            <location filename="../core/requests/approvalwebhookstore.cpp" line="60" />
            <location filename="../core/requests/approvalwebhookstore.cpp" line="87" />
            <source>There is no approval webhook "%1".</source>
            <translation>Es gibt keinen Genehmigungs-Webhook „%1“.</translation>
        </message>
        <message>
            <location filename="../core/requests/approvalwebhookstore.cpp" line="128" />
            <location filename="../core/requests/webhookdecision.cpp" line="76" />
            <source>This approval token is not known.</source>
            <translation>Dieses Genehmigungs-Token ist unbekannt.</translation>
        </message>
        <message>
            <location filename="../core/requests/approvalwebhookstore.cpp" line="139" />
            <location filename="../core/requests/webhookdecision.cpp" line="85" />
            <source>This approval token was used already.</source>
            <translation>Dieses Genehmigungs-Token wurde bereits verwendet.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="39" />
            <source>"%1" is not written NAME%2VALUE.</source>
            <translation>„%1“ ist nicht in der Form NAME%2WERT geschrieben.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="63" />
            <source>Only admins can change approval webhooks.</source>
            <translation>Nur Administratoren können Genehmigungs-Webhooks ändern.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="73" />
            <source>Give the approval webhook a name: 1 to 63 lower-case letters, digits, '-' or '_', as its phases name it.</source>
            <translation>Geben Sie dem Genehmigungs-Webhook einen Namen: 1 bis 63 Kleinbuchstaben, Ziffern, „-“ oder „_“, so wie seine Phasen ihn nennen.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="76" />
            <source>An approval webhook name is 1 to 63 lower-case letters, digits, '-' or '_' ("%1" is not).</source>
            <translation>„%1“ ist kein gültiger Name: Ein Genehmigungs-Webhook heißt 1 bis 63 Kleinbuchstaben, Ziffern, „-“ oder „_“.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="80" />
            <source>Give the approval webhook's address (http:// or https://).</source>
            <translation>Geben Sie die Adresse des Genehmigungs-Webhooks an (http:// oder https://).</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="84" />
            <location filename="../core/notify/notifyservice.cpp" line="120" />
            <source>"%1" is not an http:// or https:// address.</source>
            <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="88" />
            <source>"%1" cannot be set as a header of an approval webhook.</source>
            <translation>„%1“ kann nicht als Header eines Genehmigungs-Webhooks gesetzt werden.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="91" />
            <source>The value of header "%1" must be one line of text.</source>
            <translation>Der Wert des Headers „%1“ muss eine Textzeile sein.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="96" />
            <source>"%1" is a field Countersign writes; choose another name.</source>
            <translation>„%1“ ist ein Feld, das Countersign selbst schreibt; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="98" />
            <source>"%1" is not an environment variable name.</source>
            <translation>„%1“ ist kein Name einer Umgebungsvariablen.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="104" />
            <source>There is already an approval webhook "%1".</source>
            <translation>Es gibt bereits einen Genehmigungs-Webhook „%1“.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="125" />
            <source>Only admins and auditors can list approval webhooks.</source>
            <translation>Nur Administratoren und Prüfer können Genehmigungs-Webhooks auflisten.</translation>
        </message>
        <message>
            <location filename="../core/notify/approvalwebhookservice.cpp" line="146" />
            <source>Approval webhook "%1" is already disabled.</source>
            <translation>Der Genehmigungs-Webhook „%1“ ist bereits deaktiviert.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="103" />
            <source>A review needs a title.</source>
            <translation>Eine Überprüfung braucht einen Titel.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="105" />
            <source>The title is longer than %1 characters.</source>
            <translation>Der Titel ist länger als %1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="108" />
            <source>The review's due date must be in the future.</source>
            <translation>Das Fälligkeitsdatum der Überprüfung muss in der Zukunft liegen.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="114" />
            <source>Only an admin or an auditor can start an access review.</source>
            <translation>Nur ein Admin oder ein Prüfer kann eine Zugriffsüberprüfung starten.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="129" />
            <source>No active grant matches; there is nothing to review.</source>
            <translation>Keine aktive Berechtigung passt; es gibt nichts zu überprüfen.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="137" />
            <source>The review could not be stored.</source>
            <translation>Die Überprüfung konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="178" />
            <source>There is no access review #%1.</source>
            <translation>Es gibt keine Zugriffsüberprüfung #%1.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="268" />
            <source>Only its starter, an admin, an auditor or an assigned reviewer can see access review #%1.</source>
            <translation>Nur wer sie gestartet hat, Admins, Prüfer und zugewiesene Überprüfende sehen Zugriffsüberprüfung #%1.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="282" />
            <source>A review decision is keep or revoke.</source>
            <translation>Eine Überprüfungsentscheidung lautet behalten (keep) oder entziehen (revoke).</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="284" />
            <source>A comment is required for a review decision.</source>
            <translation>Eine Überprüfungsentscheidung braucht einen Kommentar.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="296" />
            <location filename="../core/execution/reviewcampaign.cpp" line="332" />
            <source>Access review #%1 is closed.</source>
            <translation>Zugriffsüberprüfung #%1 ist geschlossen.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="310" />
            <source>Request #%1 is not in access review #%2.</source>
            <translation>Antrag #%1 gehört nicht zu Zugriffsüberprüfung #%2.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="312" />
            <source>Only its assigned reviewers (%1) can decide request #%2 in access review #%3.</source>
            <translation>Nur die zugewiesenen Überprüfenden (%1) können Antrag #%2 in Zugriffsüberprüfung #%3 entscheiden.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="319" />
            <source>%1 already decided request #%2 in this review.</source>
            <translation>%1 hat Antrag #%2 in dieser Überprüfung schon entschieden.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="358" />
            <source>Only its starter (%1) or an admin can close access review #%2.</source>
            <translation>Nur wer sie gestartet hat (%1), oder ein Admin kann Zugriffsüberprüfung #%2 schließen.</translation>
        </message>
        <message>
            <location filename="../core/execution/reviewcampaign.cpp" line="367" />
            <source>Access review #%1 is already closed.</source>
            <translation>Zugriffsüberprüfung #%1 ist bereits geschlossen.</translation>
        </message>
        <message>
            <location filename="../core/execution/activegrants.cpp" line="80" />
            <source>Only admins and auditors can list every active grant.</source>
            <translation>Nur Administratoren und Prüfer können alle aktiven Berechtigungen auflisten.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifier.cpp" line="192" />
            <source>Audit entry %1 of a notice is missing.</source>
            <translation>Der Protokolleintrag %1 einer Benachrichtigung fehlt.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="19" />
            <source>There is no notice "%1"; choose one of: %2.</source>
            <translation>Es gibt keine Benachrichtigung „%1“; möglich sind: %2.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="22" />
            <source>There is no channel "%1" for people's notices; choose one of: %2.</source>
            <translation>Es gibt keinen Kanal „%1“ für Benachrichtigungen an Personen; möglich sind: %2.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="31" />
            <source>"%1" is not a notice mode; choose off, immediate or digest.</source>
            <translation>„%1“ ist keine Zustellart; möglich sind off, immediate und digest.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="53" />
            <source>Only admins can change notification defaults and webhooks.</source>
            <translation>Nur Administratoren können die Standards für Benachrichtigungen und die Webhooks ändern.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="84" />
            <source>An admin made "%1" mandatory: it cannot be switched off (choose immediate or digest).</source>
            <translation>Ein Administrator hat „%1“ verpflichtend gemacht: Die Benachrichtigung lässt sich nicht abschalten (immediate oder digest wählen).</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="98" />
            <source>A mandatory notice cannot default to off.</source>
            <translation>Eine verpflichtende Benachrichtigung kann nicht standardmäßig abgeschaltet sein.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="114" />
            <source>A webhook name is 1 to 63 lower-case letters, digits, '-' or '_' ("%1" is not).</source>
            <translation>„%1“ ist kein gültiger Webhook-Name: erlaubt sind 1 bis 63 Kleinbuchstaben, Ziffern, „-“ und „_“.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="122" />
            <source>There is no webhook format "%1"; choose one of: %2.</source>
            <translation>Es gibt kein Webhook-Format „%1“; möglich sind: %2.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="129" />
            <source>There is already a webhook "%1".</source>
            <translation>Es gibt bereits einen Webhook „%1“.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="144" />
            <source>Only admins and auditors can list webhooks.</source>
            <translation>Nur Administratoren und Prüfer können Webhooks auflisten.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifyservice.cpp" line="174" />
            <source>Only admins and auditors can read the notification outbox.</source>
            <translation>Nur Administratoren und Prüfer können den Postausgang der Benachrichtigungen lesen.</translation>
        </message>
        <message>
            <location filename="../core/notify/notifystore.cpp" line="242" />
            <location filename="../core/notify/notifystore.cpp" line="260" />
            <source>There is no webhook "%1".</source>
            <translation>Es gibt keinen Webhook „%1“.</translation>
        </message>
    </context>
    <context>
        <name>cs::AgentClient</name>
        <message>
            <location filename="../core/execution/agentclient.cpp" line="70" />
            <source>The agent at %1 did not answer after the request was sent (%2), so the run may or may not have started; look with show before trying again.</source>
            <translation>Der Agent unter %1 hat nach dem Senden nicht geantwortet (%2); ob der Lauf begonnen hat, ist daher unbekannt. Sehen Sie mit show nach, bevor Sie es erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../core/execution/agentclient.cpp" line="75" />
            <source>The agent at %1 cannot be reached (%2).</source>
            <translation>Der Agent unter %1 ist nicht erreichbar (%2).</translation>
        </message>
        <message>
            <location filename="../core/execution/agentclient.cpp" line="78" />
            <source>The agent at %1 refused the token.</source>
            <translation>Der Agent unter %1 hat das Token abgelehnt.</translation>
        </message>
        <message>
            <location filename="../core/execution/agentclient.cpp" line="80" />
            <location filename="../core/execution/agentclient.cpp" line="87" />
            <source>The agent at %1 answered %2.</source>
            <translation>Der Agent unter %1 antwortete %2.</translation>
        </message>
    </context>
    <context>
        <name>cs::ParameterType</name>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="43" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="45" />
            <source>Multi-line text</source>
            <translation>Mehrzeiliger Text</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="46" />
            <source>Whole number</source>
            <translation>Ganze Zahl</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="47" />
            <source>Yes or no</source>
            <translation>Ja oder nein</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="48" />
            <source>Choice</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="49" />
            <source>E-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="50" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../core/actions/parameterdefinition.cpp" line="51" />
            <source>Secret</source>
            <translation>Geheimnis</translation>
        </message>
    </context>
</TS>
