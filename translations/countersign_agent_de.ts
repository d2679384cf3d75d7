<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>agent</name>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="229" />
            <location filename="../app/agent/agentserver.cpp" line="283" />
            <location filename="../app/agent/inboundapi.cpp" line="249" />
            <source>There is nothing at this address.</source>
            <translation>Unter dieser Adresse gibt es nichts.</translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="232" />
            <location filename="../app/agent/inboundapi.cpp" line="197" />
            <source>Use %1.</source>
            <translation>Verwenden Sie %1.</translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="233" />
            <location filename="../app/agent/inboundapi.cpp" line="198" />
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="239" />
            <source>A valid bearer token is required.</source>
            <translation>Ein gültiges Bearer-Token ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="241" />
            <location filename="../app/agent/agentserver.cpp" line="276" />
            <source>The address must end in a request number (digits only).</source>
            <translation>Die Adresse muss mit einer Antragsnummer enden (nur Ziffern).</translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="254" />
            <location filename="../app/agent/connectionguard.cpp" line="161" />
            <location filename="../app/agent/connectionguard.cpp" line="180" />
            <source>The request body is larger than %1 bytes.</source>
            <translation>Der Inhalt des Aufrufs ist größer als %1 Bytes.</translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="300" />
            <source>The agent is stopping.</source>
            <translation>Der Agent wird gerade beendet.</translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="303" />
            <source>The body must be a JSON object {"requestId": N} with N a positive whole number in digits, and nothing else.</source>
            <translation>Der Inhalt muss ein JSON-Objekt {"requestId": N} sein, mit N als positiver ganzer Zahl in Ziffern, und nichts sonst.</translation>
        </message>
        <message>
            <location filename="../app/agent/agentserver.cpp" line="327" />
            <source>Request #%1 has not been executed.</source>
            <translation>Antrag #%1 wurde nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../app/agent/connectionguard.cpp" line="108" />
            <location filename="../app/agent/connectionguard.cpp" line="182" />
            <source>Send one request at a time: wait for each answer.</source>
            <translation>Senden Sie einen Aufruf nach dem anderen: Warten Sie jede Antwort ab.</translation>
        </message>
        <message>
            <location filename="../app/agent/connectionguard.cpp" line="125" />
            <source>The request headers are larger than %1 bytes.</source>
            <translation>Die Kopfzeilen des Aufrufs sind größer als %1 Bytes.</translation>
        </message>
        <message>
            <location filename="../app/agent/connectionguard.cpp" line="144" />
            <source>A %1 request carries no body.</source>
            <translation>Ein %1-Aufruf hat keinen Inhalt.</translation>
        </message>
        <message>
            <location filename="../app/agent/connectionguard.cpp" line="226" />
            <source>The request was not completed within %1 s.</source>
            <translation>Der Aufruf wurde nicht innerhalb von %1 s vollständig gesendet.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="45" />
            <source>The database did not say whether this call took effect; read the request before trying again (a submit may be sent again with the same Idempotency-Key, which never makes a second request).</source>
            <translation>Die Datenbank hat nicht gemeldet, ob dieser Aufruf wirksam wurde; lesen Sie den Antrag, bevor Sie es erneut versuchen (ein Antrag darf mit demselben Idempotency-Key erneut gesendet werden, das erzeugt nie einen zweiten).</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="57" />
            <source>The database refused this for service account %1.</source>
            <translation>Die Datenbank hat dies für das Dienstkonto %1 abgelehnt.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="59" />
            <source>The workspace database cannot be reached now; try again later.</source>
            <translation>Die Datenbank des Arbeitsbereichs ist gerade nicht erreichbar; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="107" />
            <source>The body nests deeper than %1 levels.</source>
            <translation>Der Inhalt ist tiefer als %1 Ebenen verschachtelt.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="115" />
            <source>The body is not valid JSON (%1 at byte %2).</source>
            <translation>Der Inhalt ist kein gültiges JSON (%1 bei Byte %2).</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="118" />
            <source>The body must be a JSON object.</source>
            <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="206" />
            <source>A service account's API token is required (Authorization: Bearer ...).</source>
            <translation>Das API-Token eines Dienstkontos ist erforderlich (Authorization: Bearer ...).</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="209" />
            <source>The address must name a request number (digits only).</source>
            <translation>Die Adresse muss eine Antragsnummer nennen (nur Ziffern).</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="212" />
            <source>The body must be JSON, sent with Content-Type: application/json.</source>
            <translation>Der Inhalt muss JSON sein, gesendet mit Content-Type: application/json.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="302" />
            <location filename="../app/agent/inboundapi.cpp" line="382" />
            <source>Unknown field "%1" in the request.</source>
            <translation>Unbekanntes Feld "%1" im Aufruf.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="310" />
            <source>"%1" must be a string.</source>
            <translation>"%1" muss eine Zeichenkette sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="312" />
            <source>"action" names the action to request.</source>
            <translation>"action" nennt die zu beantragende Aktion.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="315" />
            <source>"parameters" must be an object of parameter names and values.</source>
            <translation>"parameters" muss ein Objekt aus Parameternamen und Werten sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="326" />
            <location filename="../app/agent/inboundapi.cpp" line="329" />
            <source>"targets" must be an array of names.</source>
            <translation>"targets" muss ein Array von Namen sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/inboundapi.cpp" line="384" />
            <source>"comment" must be a string.</source>
            <translation>"comment" muss eine Zeichenkette sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/requesthead.cpp" line="52" />
            <source>The request is malformed.</source>
            <translation>Der Aufruf ist fehlerhaft aufgebaut.</translation>
        </message>
        <message>
            <location filename="../app/agent/requesthead.cpp" line="79" />
            <source>Only HTTP/1.1 and HTTP/1.0 are served.</source>
            <translation>Nur HTTP/1.1 und HTTP/1.0 werden bedient.</translation>
        </message>
        <message>
            <location filename="../app/agent/requesthead.cpp" line="82" />
            <source>The request has more than %1 headers.</source>
            <translation>Der Aufruf hat mehr als %1 Kopfzeilen.</translation>
        </message>
        <message>
            <location filename="../app/agent/requesthead.cpp" line="105" />
            <source>Only the chunked transfer coding is understood.</source>
            <translation>Nur die Transferkodierung „chunked“ wird verstanden.</translation>
        </message>
        <message>
            <location filename="../app/agent/webhookreplyapi.cpp" line="37" />
            <source>The body must be a JSON object with token, decision and an optional reason.</source>
            <translation>Der Inhalt muss ein JSON-Objekt mit token, decision und optional reason sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/webhookreplyapi.cpp" line="44" />
            <source>Unknown member "%1": send token, decision and reason.</source>
            <translation>Unbekanntes Feld "%1": Senden Sie token, decision und reason.</translation>
        </message>
        <message>
            <location filename="../app/agent/webhookreplyapi.cpp" line="49" />
            <source>"token" must be the token of the call, as a string.</source>
            <translation>"token" muss das Token des Aufrufs als Zeichenkette sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/webhookreplyapi.cpp" line="51" />
            <source>"decision" must be "approve" or "decline".</source>
            <translation>"decision" muss "approve" oder "decline" sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/webhookreplyapi.cpp" line="53" />
            <source>"reason" must be text.</source>
            <translation>"reason" muss Text sein.</translation>
        </message>
        <message>
            <location filename="../app/agent/webhookreplyapi.cpp" line="65" />
            <source>The database did not say whether this decision was recorded; send the same reply again (it is accepted once, or refused as already used).</source>
            <translation>Die Datenbank hat nicht gemeldet, ob diese Entscheidung gespeichert wurde; senden Sie dieselbe Antwort erneut (sie wird einmal angenommen oder als bereits verwendet abgelehnt).</translation>
        </message>
    </context>
</TS>
