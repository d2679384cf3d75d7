<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Report</name>
        <message>
            <location filename="../report/evidencereport.cpp" line="18" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="18" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="64" />
            <source>Intact</source>
            <translation>Intakt</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="66" />
            <source>Broken:</source>
            <translation>Gebrochen:</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="69" />
            <source>%1 entries checked</source>
            <translation>%1 Einträge geprüft</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="73" />
            <source>No signed checkpoint yet.</source>
            <translation>Noch kein signierter Kontrollpunkt.</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="77" />
            <source>Checked against signed checkpoint %1 (audit entry #%2).</source>
            <translation>Geprüft gegen den signierten Kontrollpunkt %1 (Prüfeintrag #%2).</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="82" />
            <source>Signed %1 with key %2.</source>
            <translation>Signiert %1 mit Schlüssel %2.</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="92" />
            <location filename="../report/evidencereport.cpp" line="252" />
            <source>Evidence for request #%1</source>
            <translation>Nachweis für Antrag #%1</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="94" />
            <source>Generated %1 by %2.</source>
            <translation>Erstellt %1 von %2.</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="99" />
            <source>Request</source>
            <translation>Antrag</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="100" />
            <source>Requested by</source>
            <translation>Beantragt von</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="104" />
            <source>On behalf of</source>
            <translation>Im Namen von</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="107" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="109" />
            <source>Requested at</source>
            <translation>Beantragt am</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="111" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="112" />
            <source>%1, version %2</source>
            <translation>%1, Version %2</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="116" />
            <source>Script digest</source>
            <translation>Skript-Digest</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="119" />
            <source>Request digest</source>
            <translation>Antrags-Digest</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="121" />
            <location filename="../report/evidencereport.cpp" line="203" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="122" />
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="124" />
            <location filename="../report/evidencereport.cpp" line="190" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="127" />
            <source>Approved without a vote</source>
            <translation>Ohne Abstimmung genehmigt</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="132" />
            <source>Targets</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="133" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="134" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="135" />
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="136" />
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="149" />
            <source>Policy at submission</source>
            <translation>Richtlinie bei Antragstellung</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="150" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="152" />
            <source>Policy revision</source>
            <translation>Richtlinienrevision</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="157" />
            <source>Phase %1: %2</source>
            <translation>Phase %1: %2</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="164" />
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="167" />
            <source>No decisions.</source>
            <translation>Keine Entscheidungen.</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="172" />
            <source>Approver</source>
            <translation>Genehmiger</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="173" />
            <source>%1: %2 (phase %3, %4)</source>
            <translation>%1: %2 (Phase %3, %4)</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="177" />
            <source>Decided at</source>
            <translation>Entschieden am</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="179" />
            <source>Counted because</source>
            <translation>Gezählt, weil</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="182" />
            <source>Digest approved</source>
            <translation>Genehmigter Digest</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="186" />
            <source>(matches the request)</source>
            <translation>(stimmt mit dem Antrag überein)</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="188" />
            <source>(differs from the request)</source>
            <translation>(weicht vom Antrag ab)</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="195" />
            <source>Execution</source>
            <translation>Ausführung</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="198" />
            <source>Not run.</source>
            <translation>Nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="201" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="205" />
            <source>Claimed</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="207" />
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="209" />
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="211" />
            <source>Exit code</source>
            <translation>Exit-Code</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="214" />
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="216" />
            <source>Output (excerpt)</source>
            <translation>Ausgabe (Auszug)</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="222" />
            <source>Revocation</source>
            <translation>Widerruf</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="225" />
            <source>Not revoked.</source>
            <translation>Nicht widerrufen.</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="229" />
            <source>Audit trail</source>
            <translation>Prüfpfad</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="232" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="233" />
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="234" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location filename="../report/evidencereport.cpp" line="235" />
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="12" />
            <location filename="../report/periodreportpdf.cpp" line="56" />
            <source>Countersign period report</source>
            <translation>Countersign-Zeitraumbericht</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="15" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="16" />
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="20" />
            <source>action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="21" />
            <source>target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="22" />
            <source>requester</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="23" />
            <source>state</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="29" />
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="30" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="31" />
            <source>Generated</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="32" />
            <source>%1 by %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="35" />
            <source>Requests</source>
            <translation>Anträge</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="43" />
            <source>Totals by state</source>
            <translation>Summen nach Status</translation>
        </message>
        <message>
            <location filename="../report/periodreportpdf.cpp" line="45" />
            <source>Workspace verification</source>
            <translation>Prüfung des Arbeitsbereichs</translation>
        </message>
    </context>
</TS>
