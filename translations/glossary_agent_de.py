"""German for the agent's own sentences to API callers (context "agent": the inbound API's and the
HTTP guard's refusals); fill_de.py uses it for translations/countersign_agent_de.ts. Field and header
names stay as written (they are typed as they are)."""

DE_AGENT = {
    "The database did not say whether this decision was recorded; send the same reply again (it is accepted once, or refused as already used).":
        "Die Datenbank hat nicht gemeldet, ob diese Entscheidung gespeichert wurde; senden Sie dieselbe Antwort erneut (sie wird einmal angenommen oder als bereits verwendet abgelehnt).",
    "The database did not say whether this call took effect; read the request before trying again (a submit may be sent again with the same Idempotency-Key, which never makes a second request).":
        "Die Datenbank hat nicht gemeldet, ob dieser Aufruf wirksam wurde; lesen Sie den Antrag, bevor Sie es erneut versuchen (ein Antrag darf mit demselben Idempotency-Key erneut gesendet werden, das erzeugt nie einen zweiten).",
    "The database refused this for service account %1.": "Die Datenbank hat dies für das Dienstkonto %1 abgelehnt.",
    "The workspace database cannot be reached now; try again later.":
        "Die Datenbank des Arbeitsbereichs ist gerade nicht erreichbar; versuchen Sie es später erneut.",
    "The body nests deeper than %1 levels.": "Der Inhalt ist tiefer als %1 Ebenen verschachtelt.",
    "The body is not valid JSON (%1 at byte %2).": "Der Inhalt ist kein gültiges JSON (%1 bei Byte %2).",
    "The body must be a JSON object.": "Der Inhalt muss ein JSON-Objekt sein.",
    "Use %1.": "Verwenden Sie %1.",
    " or ": " oder ",
    "A service account's API token is required (Authorization: Bearer ...).":
        "Das API-Token eines Dienstkontos ist erforderlich (Authorization: Bearer ...).",
    "The address must name a request number (digits only).": "Die Adresse muss eine Antragsnummer nennen (nur Ziffern).",
    "There is nothing at this address.": "Unter dieser Adresse gibt es nichts.",
    "The body must be JSON, sent with Content-Type: application/json.":
        "Der Inhalt muss JSON sein, gesendet mit Content-Type: application/json.",
    'Unknown field "%1" in the request.': 'Unbekanntes Feld "%1" im Aufruf.',
    '"%1" must be a string.': '"%1" muss eine Zeichenkette sein.',
    '"action" names the action to request.': '"action" nennt die zu beantragende Aktion.',
    '"parameters" must be an object of parameter names and values.':
        '"parameters" muss ein Objekt aus Parameternamen und Werten sein.',
    '"targets" must be an array of names.': '"targets" muss ein Array von Namen sein.',
    '"comment" must be a string.': '"comment" muss eine Zeichenkette sein.',
    "A valid bearer token is required.": "Ein gültiges Bearer-Token ist erforderlich.",
    "The address must end in a request number (digits only).": "Die Adresse muss mit einer Antragsnummer enden (nur Ziffern).",
    "The request body is larger than %1 bytes.": "Der Inhalt des Aufrufs ist größer als %1 Bytes.",
    "The agent is stopping.": "Der Agent wird gerade beendet.",
    'The body must be a JSON object {"requestId": N} with N a positive whole number in digits, and nothing else.':
        'Der Inhalt muss ein JSON-Objekt {"requestId": N} sein, mit N als positiver ganzer Zahl in Ziffern, und nichts sonst.',
    "Request #%1 has not been executed.": "Antrag #%1 wurde nicht ausgeführt.",
    "Send one request at a time: wait for each answer.": "Senden Sie einen Aufruf nach dem anderen: Warten Sie jede Antwort ab.",
    "The request headers are larger than %1 bytes.": "Die Kopfzeilen des Aufrufs sind größer als %1 Bytes.",
    "A %1 request carries no body.": "Ein %1-Aufruf hat keinen Inhalt.",
    "The request was not completed within %1 s.": "Der Aufruf wurde nicht innerhalb von %1 s vollständig gesendet.",
    "The request is malformed.": "Der Aufruf ist fehlerhaft aufgebaut.",
    "Only HTTP/1.1 and HTTP/1.0 are served.": "Nur HTTP/1.1 und HTTP/1.0 werden bedient.",
    "The request has more than %1 headers.": "Der Aufruf hat mehr als %1 Kopfzeilen.",
    "Only the chunked transfer coding is understood.": "Nur die Transferkodierung „chunked“ wird verstanden.",
    "The body must be a JSON object with token, decision and an optional reason.":
        "Der Inhalt muss ein JSON-Objekt mit token, decision und optional reason sein.",
    'Unknown member "%1": send token, decision and reason.': 'Unbekanntes Feld "%1": Senden Sie token, decision und reason.',
    '"token" must be the token of the call, as a string.': '"token" muss das Token des Aufrufs als Zeichenkette sein.',
    '"decision" must be "approve" or "decline".': '"decision" muss "approve" oder "decline" sein.',
    '"reason" must be text.': '"reason" muss Text sein.',
}
