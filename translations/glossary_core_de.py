"""German for core's messages (context "core" and the parameter type labels); fill_de.py uses it
for translations/countersign_core_de.ts. Names of fields and JSON stay in straight quotes (they are
typed as written); names people chose (actions, targets, groups) go in „…“."""

DE_CORE = {
    "The grant of request #%1 has ended; its revoke is waiting for the agent, so there is nothing left to review.":
        "Die Berechtigung aus Antrag #%1 ist abgelaufen; ihr Widerruf wartet auf den Agenten, es gibt also nichts mehr zu prüfen.",
    # The desk (issue 20): home view, phase progress, timeline
    "Rejected by %1.": "Abgelehnt von %1.",
    "Rejected by %1: “%2”": "Abgelehnt von %1: „%2“",
    "Rejected.": "Abgelehnt.",
    "Nobody decided before the deadline.": "Niemand hat vor Ablauf der Frist entschieden.",
    "It did not run successfully; open it to see why.": "Er lief nicht erfolgreich; öffnen Sie ihn, um den Grund zu sehen.",
    "nobody can approve it now": "niemand kann ihn jetzt genehmigen",
    "%1 done": "%1 erledigt",
    "waiting for %1 (%2 of %3)": "wartet auf %1 (%2 von %3)",
    "Submitted by %1: %2": "Eingereicht von %1: %2",
    # The directory sync: synced entries, local namesakes, the removal guard
    # Agent transport (context cs::AgentClient)
    "The agent at %1 did not answer after the request was sent (%2), so the run may or may not have started; look with show before trying again.":
        "Der Agent unter %1 hat nach dem Senden nicht geantwortet (%2); ob der Lauf begonnen hat, ist daher unbekannt. Sehen Sie mit show nach, bevor Sie es erneut versuchen.",
    "The agent at %1 cannot be reached (%2).": "Der Agent unter %1 ist nicht erreichbar (%2).",
    "The agent at %1 refused the token.": "Der Agent unter %1 hat das Token abgelehnt.",
    "The agent at %1 answered %2.": "Der Agent unter %1 antwortete %2.",
    # Action files
    'Action field "%1" must be a list of names.': 'Das Aktionsfeld "%1" muss eine Liste von Namen sein.',
    'Action field "%1" must contain only non-empty names.': 'Das Aktionsfeld "%1" darf nur nicht-leere Namen enthalten.',
    'Action field "%1" is required and must be text.': 'Das Aktionsfeld "%1" ist Pflicht und muss Text sein.',
    'Action field "%1" must be text.': 'Das Aktionsfeld "%1" muss Text sein.',
    'Action "%1" needs a "policy" object (for example {"approvalRequired": false}).':
        'Die Aktion „%1“ braucht ein "policy"-Objekt (zum Beispiel {"approvalRequired": false}).',
    'Action "%1": %2': "Aktion „%1“: %2",
    'Unknown action field "%1".': 'Unbekanntes Aktionsfeld "%1".',
    "Action name \"%1\" is invalid: use lower-case letters, digits, '.', '_' or '-' (up to 80).":
        "Der Aktionsname „%1“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, '.', '_' und '-' (bis zu 80).",
    'Action interpreter "%1" must be a program name or absolute path without spaces or shell characters.':
        "Der Interpreter „%1“ muss ein Programmname oder absoluter Pfad ohne Leerzeichen und Shell-Zeichen sein.",
    'Action field "timeoutSeconds" must be a whole number from 1 to 86400.':
        'Das Aktionsfeld "timeoutSeconds" muss eine ganze Zahl von 1 bis 86400 sein.',
    'Action "%1" names no targets: give "targets" or "targetKind".':
        'Die Aktion „%1“ nennt keine Ziele: geben Sie "targets" oder "targetKind" an.',
    'Action field "parameters" must be a list.': 'Das Aktionsfeld "parameters" muss eine Liste sein.',
    'Action "%1" declares more than 100 parameters.': "Die Aktion „%1“ deklariert mehr als 100 Parameter.",
    'Parameter "%1" is declared twice.': "Der Parameter „%1“ ist doppelt deklariert.",
    "The action file is larger than 1 MiB.": "Die Aktionsdatei ist größer als 1 MiB.",
    "The action file is not valid UTF-8 text.": "Die Aktionsdatei ist kein gültiger UTF-8-Text.",
    "The action file is not valid: %1.": "Die Aktionsdatei ist ungültig: %1.",
    'There is no action "%1".': "Es gibt keine Aktion „%1“.",
    'Stored version %1 of action "%2" is unreadable: %3.': "Die gespeicherte Version %1 der Aktion „%2“ ist unlesbar: %3.",
    'Stored version %1 of action "%2" is invalid: %3': "Die gespeicherte Version %1 der Aktion „%2“ ist ungültig: %3",
    'Stored version %1 of action "%2" does not match its digest; it was changed outside Countersign.':
        "Die gespeicherte Version %1 der Aktion „%2“ passt nicht zu ihrer Prüfsumme; sie wurde außerhalb von Countersign geändert.",
    'Action "%1" has no approval policy.': "Die Aktion „%1“ hat keine Genehmigungsrichtlinie.",
    'The stored policy of action "%1" is unreadable: %2.': "Die gespeicherte Richtlinie der Aktion „%1“ ist unlesbar: %2.",
    'The stored policy of action "%1" is invalid: %2': "Die gespeicherte Richtlinie der Aktion „%1“ ist ungültig: %2",
    # Parameter definitions
    'Parameter "%1": %2.': "Parameter „%1“: %2.",
    'Each entry of "parameters" must be a JSON object.': 'Jeder Eintrag in "parameters" muss ein JSON-Objekt sein.',
    'Parameter name "%1" is invalid: use a letter followed by up to 63 letters, digits or underscores.':
        "Der Parametername „%1“ ist ungültig: ein Buchstabe, gefolgt von bis zu 63 Buchstaben, Ziffern oder Unterstrichen.",
    'unknown field "%1"': 'unbekanntes Feld "%1"',
    'unknown type "%1" (use %2)': 'unbekannter Typ "%1" (möglich: %2)',
    '"%1" must be a string': '"%1" muss Text sein',
    '"required" must be true or false': '"required" muss true oder false sein',
    "a pattern applies only to text parameters": "ein Muster gilt nur für Textparameter",
    "pattern is not a valid regular expression (%1)": "das Muster ist kein gültiger regulärer Ausdruck (%1)",
    '"%1" applies only to integer parameters': '"%1" gilt nur für ganzzahlige Parameter',
    '"%1" must be a whole number from %2 to %3': '"%1" muss eine ganze Zahl von %2 bis %3 sein',
    '"min" is greater than "max"': '"min" ist größer als "max"',
    '"maxLength" must be a whole number from 1 to 1048576': '"maxLength" muss eine ganze Zahl von 1 bis 1048576 sein',
    '"allowInvisibleCharacters" must be true or false': '"allowInvisibleCharacters" muss true oder false sein',
    '"allowInvisibleCharacters" applies only to text parameters': '"allowInvisibleCharacters" gilt nur für Textparameter',
    'a choice parameter needs a non-empty "choices" list': 'ein Auswahlparameter braucht eine nicht-leere "choices"-Liste',
    "every choice must be a non-empty string": "jede Auswahl muss ein nicht-leerer Text sein",
    'choice "%1" is listed twice': "die Auswahl „%1“ steht doppelt in der Liste",
    '"choices" applies only to choice parameters': '"choices" gilt nur für Auswahlparameter',
    "a secret cannot have a default": "ein Geheimnis kann keinen Vorgabewert haben",
    "the default is not valid: %1": "der Vorgabewert ist ungültig: %1",
    # Parameter values
    " (got %1)": " (erhalten: %1)",
    "is too large": "ist zu groß",
    "must be a whole number": "muss eine ganze Zahl sein",
    "must be at least %1 (got %2)": "muss mindestens %1 sein (erhalten: %2)",
    "must be at most %1 (got %2)": "darf höchstens %1 sein (erhalten: %2)",
    "must be true or false": "muss ja oder nein sein",
    "must be text": "muss Text sein",
    "is longer than %1 characters": "ist länger als %1 Zeichen",
    "is not valid text (it holds half of a UTF-16 surrogate pair)": "ist kein gültiger Text (er enthält ein halbes UTF-16-Surrogatpaar)",
    "contains U+FFFD, the mark of bytes that were not valid UTF-8": "enthält U+FFFD, das Zeichen für Bytes, die kein gültiges UTF-8 waren",
    "contains the invisible character %1 (a direction override, zero-width or other format character), which could make it read differently from what runs":
        "enthält das unsichtbare Zeichen %1 (ein Richtungswechsel, ein Zeichen ohne Breite oder ein anderes Formatzeichen), durch das er anders gelesen werden könnte, als er ausgeführt wird",
    "must be a single line": "muss eine einzige Zeile sein",
    "contains a control character": "enthält ein Steuerzeichen",
    "must be an e-mail address like name@example.com": "muss eine E-Mail-Adresse wie name@example.com sein",
    "must be a date written YYYY-MM-DD": "muss ein Datum in der Form JJJJ-MM-TT sein",
    "must be one of: %1": "muss eines von diesen sein: %1",
    "does not match the required pattern %1": "passt nicht zum verlangten Muster %1",
    "must be a single value, not a list or object": "muss ein einzelner Wert sein, keine Liste und kein Objekt",
    "this action takes no parameters": "diese Aktion hat keine Parameter",
    "this action takes: ": "diese Aktion hat: ",
    "Unknown parameter %1; %2.": "Unbekannter Parameter %1; %2.",
    'Parameter "%1" is required.': "Der Parameter „%1“ ist Pflicht.",
    'Parameter "%1" %2.': "Der Parameter „%1“ %2.",
    # Administration
    'Only admins can change users, groups, targets and actions; "%1" is not an admin.':
        "Nur Administratoren können Personen, Gruppen, Ziele und Aktionen ändern; „%1“ ist kein Administrator.",
    "This workspace already has users; ask an admin to add you.":
        "Dieser Arbeitsbereich hat schon Personen; bitten Sie einen Administrator, Sie hinzuzufügen.",
    '"%1" cannot be used as a login.': "„%1“ kann nicht als Anmeldename dienen.",
    "Login \"%1\" is invalid: use letters, digits, '.', '_', '-' or '@', starting with a letter.":
        "Der Anmeldename „%1“ ist ungültig: erlaubt sind Buchstaben, Ziffern, '.', '_', '-' und '@', am Anfang ein Buchstabe.",
    '"%1" is not an e-mail address.': "„%1“ ist keine E-Mail-Adresse.",
    'Role "%1" is invalid.': "Die Rolle „%1“ ist ungültig.",
    'User "%1" already exists.': "Die Person „%1“ gibt es schon.",
    'Manager "%1" is not a user.': "Die Führungskraft „%1“ ist keine Person im Arbeitsbereich.",
    "Group name \"%1\" is invalid: use letters, digits, '.', '_' or '-'.":
        "Der Gruppenname „%1“ ist ungültig: erlaubt sind Buchstaben, Ziffern, '.', '_' und '-'.",
    'Group "%1" already exists.': "Die Gruppe „%1“ gibt es schon.",
    "%1 is already a member of %2.": "%1 ist schon Mitglied von %2.",
    "%1 is not a member of %2.": "%1 ist kein Mitglied von %2.",
    "Target name \"%1\" is invalid: use letters, digits, '.', '_' or '-'.":
        "Der Zielname „%1“ ist ungültig: erlaubt sind Buchstaben, Ziffern, '.', '_' und '-'.",
    'Agent address "%1" must be an http:// or https:// URL.': "Die Agentenadresse „%1“ muss eine http://- oder https://-URL sein.",
    'Target attribute "%1" must be a single value.': "Das Zielattribut „%1“ muss ein einzelner Wert sein.",
    'Target "%1" already exists.': "Das Ziel „%1“ gibt es schon.",
    'Target owner "%1" is not a user.': "Die Zielverantwortliche Person „%1“ ist keine Person im Arbeitsbereich.",
    'Action "%1" refers to group "%2", which does not exist.': "Die Aktion „%1“ nennt die Gruppe „%2“, die es nicht gibt.",
    'Action "%1" names approver "%2", who is not a user.': "Die Aktion „%1“ nennt „%2“ als Genehmigende Person, die es nicht gibt.",
    'Action "%1" refers to target "%2", which does not exist.': "Die Aktion „%1“ nennt das Ziel „%2“, das es nicht gibt.",
    'Rule "%1", phase "%2": nobody could approve (%3); requests will be refused.':
        "Regel „%1“, Phase „%2“: niemand könnte genehmigen (%3); Anträge werden abgewiesen.",
    'Rule "%1", phase "%2": requests by %3 could never be approved (only the requester could approve: %4); they will be refused.':
        "Regel „%1“, Phase „%2“: Anträge von %3 könnten nie genehmigt werden (nur die antragstellende Person könnte genehmigen: %4); sie werden abgewiesen.",
    'Rule "%1": the regular expression "%2" in the condition on "%3" repeats a group that itself repeats or has overlapping alternatives (like (a+)+ or (a|a)*); some values can take too long to check, and such requests will be refused.':
        "Regel „%1“: der reguläre Ausdruck „%2“ in der Bedingung auf „%3“ wiederholt eine Gruppe, die sich selbst wiederholt oder überlappende Alternativen hat (wie (a+)+ oder (a|a)*); manche Werte dauern zu lange zu prüfen, und solche Anträge werden abgewiesen.",
    'Parameter "%1": the pattern "%2" repeats a group that itself repeats or has overlapping alternatives (like (a+)+ or (a|a)*); some values can take too long to check, and they will be refused.':
        "Parameter „%1“: das Muster „%2“ wiederholt eine Gruppe, die sich selbst wiederholt oder überlappende Alternativen hat (wie (a+)+ oder (a|a)*); manche Werte dauern zu lange zu prüfen und werden abgewiesen.",
    '1 open request of action "%1" was made for the previous version; the agent will refuse it and it must be requested again.':
        "1 offener Antrag der Aktion „%1“ wurde für die vorige Version gestellt; der Agent wird ihn abweisen, und er muss neu gestellt werden.",
    '%1 open requests of action "%2" were made for the previous version; the agent will refuse them and they must be requested again.':
        "%1 offene Anträge der Aktion „%2“ wurden für die vorige Version gestellt; der Agent wird sie abweisen, und sie müssen neu gestellt werden.",
    "Only admins and auditors can read the whole audit log.": "Nur Administratoren und Prüfer können das ganze Prüfprotokoll lesen.",
    "A request number is positive.": "Eine Antragsnummer ist positiv.",
    # Audit integrity
    "Request #%1 has no submission in its audit trail.": "Antrag #%1 hat keine Einreichung in seinem Prüfpfad.",
    "Request #%1 was altered outside Countersign: its digest no longer matches the one recorded when it was submitted (audit entry #%2).":
        "Antrag #%1 wurde außerhalb von Countersign geändert: seine Prüfsumme passt nicht mehr zu der beim Einreichen festgehaltenen (Protokolleintrag #%2).",
    "The audit chain verification was cancelled.": "Die Prüfung der Protokollkette wurde abgebrochen.",
    "An audit entry is missing from %1 between #%2 and #%3.": "In %1 fehlt ein Protokolleintrag zwischen #%2 und #%3.",
    "The first audit entries of %1 are missing (it starts at #%2).": "Die ersten Protokolleinträge von %1 fehlen (sie beginnt bei #%2).",
    "Audit entry #%1 does not link to entry #%2: the chain was broken there.":
        "Protokolleintrag #%1 verweist nicht auf Eintrag #%2: dort wurde die Kette unterbrochen.",
    "Audit entry #%1 (%2) was altered: its contents no longer match its hash.":
        "Protokolleintrag #%1 (%2) wurde verändert: sein Inhalt passt nicht mehr zu seinem Hash.",
    "All %1 audit entries of %2 were removed.": "Alle %1 Protokolleinträge von %2 wurden entfernt.",
    "Audit entries of %1 were added outside Countersign (the chain has no head).":
        "Protokolleinträge von %1 wurden außerhalb von Countersign hinzugefügt (die Kette hat keinen Kopf).",
    "The last %1 audit entries of %2 were removed (after #%3).": "Die letzten %1 Protokolleinträge von %2 wurden entfernt (nach #%3).",
    "Audit entry #%1 was added to %2 outside Countersign.": "Protokolleintrag #%1 wurde %2 außerhalb von Countersign hinzugefügt.",
    "Audit entry #%1 does not match the recorded head of %2.": "Protokolleintrag #%1 passt nicht zum festgehaltenen Kopf von %2.",
    "The audit trail of request #%1 is missing.": "Der Prüfpfad von Antrag #%1 fehlt.",
    "the global audit chain": "der globalen Protokollkette",
    "the audit chain of request #%1": "der Protokollkette von Antrag #%1",
    "invalid JSON at offset %1: %2": "ungültiges JSON an Position %1: %2",
    "invalid JSON at line %1, column %2: %3": "ungültiges JSON in Zeile %1, Spalte %2: %3",
    "expected a JSON object at the top level": "auf oberster Ebene wird ein JSON-Objekt erwartet",
    # Directory
    'There is no user "%1".': "Es gibt keine Person „%1“.",
    '"%1" is not a Countersign user; ask an admin to add you.':
        "„%1“ ist keine Person in Countersign; bitten Sie einen Administrator, Sie hinzuzufügen.",
    'The account "%1" is disabled.': "Das Konto „%1“ ist deaktiviert.",
    'There is no group "%1".': "Es gibt keine Gruppe „%1“.",
    'There is no target "%1".': "Es gibt kein Ziel „%1“.",
    # Execution
    "Request #%1 %2; only an approved request can run.": "Antrag #%1 %2; nur ein genehmigter Antrag kann laufen.",
    "Request #%1 passed its deadline (%2) before it ran; it will not run.":
        "Antrag #%1 hat seine Frist (%2) überschritten, bevor er lief; er wird nicht ausgeführt.",
    'Version %1 of action "%2" is not the one request #%3 was approved for.':
        "Version %1 der Aktion „%2“ ist nicht die, für die Antrag #%3 genehmigt wurde.",
    'Action "%1" changed after request #%2 was approved (approved version %3, current version %4); request it anew.':
        "Die Aktion „%1“ wurde geändert, nachdem Antrag #%2 genehmigt wurde (genehmigte Version %3, aktuelle Version %4); stellen Sie ihn neu.",
    'This agent does not run the interpreter "%1" (allowed: %2).': "Dieser Agent führt den Interpreter „%1“ nicht aus (erlaubt: %2).",
    'Target "%1" of request #%2 no longer exists.': "Das Ziel „%1“ von Antrag #%2 gibt es nicht mehr.",
    'The secret parameter "%1" of request #%2 is missing or altered.': "Der geheime Parameter „%1“ von Antrag #%2 fehlt oder wurde verändert.",
    "Request #%1 was already claimed by agent %2; it never runs twice.": "Antrag #%1 wurde schon von Agent %2 übernommen; er läuft nie zweimal.",
    "The claim of request #%1 was not saved (the connection to the database broke); it will be claimed again.":
        "Die Übernahme von Antrag #%1 wurde nicht gespeichert (die Verbindung zur Datenbank brach ab); er wird erneut übernommen.",
    "The claim of request #%1 cannot be confirmed yet (%2); its script starts only once it is.":
        "Die Übernahme von Antrag #%1 lässt sich noch nicht bestätigen (%2); sein Skript startet erst danach.",
    "Request #%1 is not running on agent %2.": "Antrag #%1 läuft nicht auf Agent %2.",
    "The agent stopped while the script was running; the script may have completed. It was not run again.":
        "Der Agent wurde beendet, während das Skript lief; das Skript ist womöglich fertig geworden. Es wurde nicht erneut ausgeführt.",
    "Request #%1 has no target.": "Antrag #%1 hat kein Ziel.",
    'Target "%1" names no agent to run request #%2; an admin must give it an agent address.':
        "Das Ziel „%1“ nennt keinen Agenten, der Antrag #%2 ausführt; ein Administrator muss ihm eine Agentenadresse geben.",
    "The interpreter could not be started: %1.": "Der Interpreter konnte nicht gestartet werden: %1.",
    "The script ran longer than %1 s and was stopped together with its child processes.":
        "Das Skript lief länger als %1 s und wurde mitsamt seinen Kindprozessen beendet.",
    "The script was killed by a signal.": "Das Skript wurde durch ein Signal beendet.",
    "Cannot create the working directory %1.": "Das Arbeitsverzeichnis %1 kann nicht angelegt werden.",
    "Cannot write the script file: %1.": "Die Skriptdatei kann nicht geschrieben werden: %1.",
    'The interpreter "%1" is not installed on this agent.': "Der Interpreter „%1“ ist auf diesem Agenten nicht installiert.",
    # Policies
    '%1: unknown field "%2".': '%1: unbekanntes Feld "%2".',
    "%1 must be a list of names.": "%1 muss eine Liste von Namen sein.",
    "%1 must contain only non-empty names.": "%1 darf nur nicht-leere Namen enthalten.",
    "Approval expression is nested more than %1 levels deep.": "Der Genehmigungsausdruck ist tiefer als %1 Ebenen verschachtelt.",
    "Approval expression has more than %1 nodes.": "Der Genehmigungsausdruck hat mehr als %1 Knoten.",
    'Each approval expression must be a JSON object such as {"group": "approvers"}.':
        'Jeder Genehmigungsausdruck muss ein JSON-Objekt sein, etwa {"group": "approvers"}.',
    'Approval expression "%1"': 'Genehmigungsausdruck "%1"',
    '"%1" needs a non-empty list of expressions.': '"%1" braucht eine nicht-leere Liste von Ausdrücken.',
    'Approval expression "not"': 'Genehmigungsausdruck "not"',
    'Criterion "%1"': 'Kriterium "%1"',
    'Criterion "%1" needs a name.': 'Das Kriterium "%1" braucht einen Namen.',
    'Criterion "%1" is written {"%1": true}.': 'Das Kriterium "%1" wird {"%1": true} geschrieben.',
    '"count" applies only to group and role criteria.': '"count" gilt nur für Gruppen- und Rollenkriterien.',
    '"count" must be a whole number from 1 to %1.': '"count" muss eine ganze Zahl von 1 bis %1 sein.',
    "Unknown approval expression: use all, any, not, user, group, role, manager, owner or automatic.":
        "Unbekannter Genehmigungsausdruck: möglich sind all, any, not, user, group, role, manager, owner und automatic.",
    '%1: "phases" must be a list.': '%1: "phases" muss eine Liste sein.',
    "Phase %1": "Phase %1",
    "%1 must be a JSON object.": "%1 muss ein JSON-Objekt sein.",
    '%1 needs an "approve" expression.': '%1 braucht einen "approve"-Ausdruck.',
    '%1: "quorum" must be a whole number from 1 to %2.': '%1: "quorum" muss eine ganze Zahl von 1 bis %2 sein.',
    "%1: an automatic phase takes no quorum.": "%1: eine automatische Phase hat kein Quorum.",
    '%1: "samePersonMaySatisfyAll" must be true or false.': '%1: "samePersonMaySatisfyAll" muss true oder false sein.',
    "Each rule condition must be a JSON object with field, op and value.":
        "Jede Regelbedingung muss ein JSON-Objekt mit field, op und value sein.",
    "Rule condition": "Regelbedingung",
    'Rule condition field "%1" is unknown: use action, param.NAME, target.ATTRIBUTE or requester.group.':
        'Das Bedingungsfeld "%1" ist unbekannt: möglich sind action, param.NAME, target.ATTRIBUT und requester.group.',
    'Rule condition operator "%1" is unknown: use %2.': 'Der Bedingungsoperator "%1" ist unbekannt: möglich sind %2.',
    'Rule condition on "%1" needs a value.': 'Die Bedingung auf "%1" braucht einen Wert.',
    'Operator "%1" needs a list value.': 'Der Operator "%1" braucht eine Liste als Wert.',
    'Operator "%1" needs a single value.': 'Der Operator "%1" braucht einen einzelnen Wert.',
    'Operator "matches" needs a valid regular expression.': 'Der Operator "matches" braucht einen gültigen regulären Ausdruck.',
    'Operator "%1" needs a number.': 'Der Operator "%1" braucht eine Zahl.',
    'Policy: "deadlineHours" must be a whole number from 1 to 8760.': 'Richtlinie: "deadlineHours" muss eine ganze Zahl von 1 bis 8760 sein.',
    'Policy: "approvalRequired" must be true or false.': 'Richtlinie: "approvalRequired" muss true oder false sein.',
    'Policy: approval is required but no approver group is named ("approverGroups"), so nobody could ever approve.':
        'Richtlinie: eine Genehmigung ist verlangt, aber keine genehmigende Gruppe genannt ("approverGroups"); niemand könnte je genehmigen.',
    'Policy: "rules" must be a non-empty list.': 'Richtlinie: "rules" muss eine nicht-leere Liste sein.',
    "Rule %1": "Regel %1",
    "%1 needs a name.": "%1 braucht einen Namen.",
    'Rule name "%1" is used twice.': "Der Regelname „%1“ kommt doppelt vor.",
    'Rule "%1": "when" must be a list of conditions.': 'Regel „%1“: "when" muss eine Liste von Bedingungen sein.',
    'Rule "%1": %2': "Regel „%1“: %2",
    'Rule "%1"': "Regel „%1“",
    'Policy: the last rule ("%1") must have no conditions, so that every request matches a rule.':
        "Richtlinie: die letzte Regel („%1“) darf keine Bedingungen haben, damit jeder Antrag zu einer Regel passt.",
    'Policy: rule "%1" has no conditions, so the rules after it could never match.':
        "Richtlinie: die Regel „%1“ hat keine Bedingungen, daher könnten die Regeln danach nie greifen.",
    'the regular expression "%1" on %2 gave up on this value': "der reguläre Ausdruck „%1“ auf %2 hat bei diesem Wert aufgegeben",
    'Policy rule "%1" could not be checked (%2), so the request is refused; ask an administrator to simplify the rule.':
        "Die Richtlinienregel „%1“ konnte nicht geprüft werden (%2), daher wird der Antrag abgewiesen; bitten Sie einen Administrator, die Regel zu vereinfachen.",
    # Requests
    "phase %1 of %2: %3": "Phase %1 von %2: %3",
    "A request key is at most %1 characters.": "Ein Antragsschlüssel hat höchstens %1 Zeichen.",
    "A request key is printable text without leading or trailing spaces.":
        "Ein Antragsschlüssel ist druckbarer Text ohne Leerzeichen am Anfang oder Ende.",
    'This plan was read for action "%1", not "%2".': "Dieser Plan wurde für die Aktion „%1“ gelesen, nicht für „%2“.",
    'You (%1) are not in a group allowed to request "%2".': "Sie (%1) sind in keiner Gruppe, die „%2“ beantragen darf.",
    'Choose at least one target for "%1".': "Wählen Sie mindestens ein Ziel für „%1“.",
    'Action "%1" may not run on target "%2".': "Die Aktion „%1“ darf nicht auf dem Ziel „%2“ laufen.",
    "approval not required by the policy": "laut Richtlinie ist keine Genehmigung nötig",
    "member of the no-approval-needed group %1": "Mitglied der Gruppe %1, die keine Genehmigung braucht",
    "A comment giving the reason for the request is required.": "Ein Kommentar mit dem Grund für den Antrag ist Pflicht.",
    "The comment is longer than %1 characters.": "Der Kommentar ist länger als %1 Zeichen.",
    '"%1" needs approval (%2); request approval instead of running it.':
        "„%1“ braucht eine Genehmigung (%2); beantragen Sie sie, statt die Aktion direkt auszuführen.",
    '"%1" cannot be requested: nobody could approve phase "%2" (it needs %3). Ask an admin to fix its policy.':
        "„%1“ kann nicht beantragt werden: niemand könnte die Phase „%2“ genehmigen (sie verlangt %3). Bitten Sie einen Administrator, die Richtlinie zu korrigieren.",
    'The request key "%1" was already used for request #%2, which asks for something else; use a new key for a new request.':
        "Der Antragsschlüssel „%1“ wurde schon für Antrag #%2 verwendet, der etwas anderes verlangt; nehmen Sie für einen neuen Antrag einen neuen Schlüssel.",
    "Request #%1 %2; there is nothing left to decide.": "Antrag #%1 %2; es gibt nichts mehr zu entscheiden.",
    "Request #%1 passed its deadline (%2); it can no longer be decided.":
        "Antrag #%1 hat seine Frist (%2) überschritten; er kann nicht mehr entschieden werden.",
    "You cannot approve or reject your own request #%1.": "Sie können Ihren eigenen Antrag #%1 weder genehmigen noch ablehnen.",
    "You already decided on request #%1 (%2 in phase %3); a person decides once per request.":
        "Sie haben über Antrag #%1 schon entschieden (%2 in Phase %3); jede Person entscheidet einmal pro Antrag.",
    "Phase %1 (%2) of request #%3 excludes you: %4.": "Phase %1 (%2) von Antrag #%3 schließt Sie aus: %4.",
    "Phase %1 of %2 (%3) of request #%4 needs %5; you are not among them.":
        "Phase %1 von %2 (%3) von Antrag #%4 verlangt %5; Sie gehören nicht dazu.",
    "A decision on request #%1 was made for different contents (digest mismatch).":
        "Eine Entscheidung über Antrag #%1 galt einem anderen Inhalt (Prüfsumme passt nicht).",
    "Request #%1 was rejected by %2.": "Antrag #%1 wurde von %2 abgelehnt.",
    "The recorded approvals do not complete the policy of request #%1.":
        "Die festgehaltenen Genehmigungen erfüllen die Richtlinie von Antrag #%1 nicht.",
    "A comment is required to reject a request.": "Zum Ablehnen eines Antrags ist ein Kommentar Pflicht.",
    "Request #%1 expired at %2; it can no longer be decided.": "Antrag #%1 ist am %2 abgelaufen; er kann nicht mehr entschieden werden.",
    "Only the requester (%1) can cancel request #%2.": "Nur die antragstellende Person (%1) kann Antrag #%2 zurückziehen.",
    "Request #%1 %2; only a pending request can be cancelled.": "Antrag #%1 %2; nur ein offener Antrag kann zurückgezogen werden.",
    "You are not involved in request #%1, so you cannot see it.": "Sie sind an Antrag #%1 nicht beteiligt und können ihn daher nicht sehen.",
    "Only admins and auditors can list every request.": "Nur Administratoren und Prüfer können alle Anträge auflisten.",
    "is still pending": "ist noch offen",
    "is already approved": "ist schon genehmigt",
    "was rejected": "wurde abgelehnt",
    "has expired": "ist abgelaufen",
    "was cancelled": "wurde zurückgezogen",
    "is running": "läuft gerade",
    "has already run": "ist schon gelaufen",
    "has already run and failed": "ist schon gelaufen und fehlgeschlagen",
    "is active": "ist aktiv",
    "was revoked": "wurde widerrufen",
    "Request #%1 is damaged (%2); it cannot be trusted or acted on.":
        "Antrag #%1 ist beschädigt (%2); ihm kann nicht vertraut und nicht nach ihm gehandelt werden.",
    "Request #%1 was altered outside Countersign: its contents no longer match its digest.":
        "Antrag #%1 wurde außerhalb von Countersign verändert: sein Inhalt passt nicht mehr zu seiner Prüfsumme.",
    "The database did not return the new request's id.": "Die Datenbank hat die Nummer des neuen Antrags nicht geliefert.",
    "There is no request #%1.": "Es gibt keinen Antrag #%1.",
    "Request #%1 cannot go from %2 to %3.": "Antrag #%1 kann nicht von %2 zu %3 wechseln.",
    "Request #%1 was changed by someone else meanwhile; look at it again.":
        "Antrag #%1 wurde inzwischen von jemand anderem geändert; sehen Sie ihn sich erneut an.",
    # Storage
    "Cannot create the database %1: %2": "Die Datenbank %1 kann nicht angelegt werden: %2",
    'The workspace %1 can be read by other accounts on this computer, and it holds secret parameters until they run; make it private with "chmod 600 %2".':
        "Der Arbeitsbereich %1 ist für andere Konten auf diesem Rechner lesbar und enthält geheime Parameter, bis sie laufen; machen Sie ihn mit „chmod 600 %2“ privat.",
    "Cannot create the folder %1 for the database.": "Der Ordner %1 für die Datenbank kann nicht angelegt werden.",
    "The Qt SQLite driver is not installed (package libqt6sql6-sqlite).": "Der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite).",
    "The folder %1 is not writable, so this workspace can only be read.":
        "Der Ordner %1 ist nicht beschreibbar, daher kann dieser Arbeitsbereich nur gelesen werden.",
    "The folder %1 is not writable, so no workspace can be created there.":
        "Der Ordner %1 ist nicht beschreibbar, daher kann dort kein Arbeitsbereich angelegt werden.",
    "Cannot open the database %1: %2": "Die Datenbank %1 kann nicht geöffnet werden: %2",
    "%1 is not a usable SQLite database: %2": "%1 ist keine brauchbare SQLite-Datenbank: %2",
    "The Qt PostgreSQL driver is not installed (package libqt6sql6-psql).": "Der PostgreSQL-Treiber von Qt ist nicht installiert (Paket libqt6sql6-psql).",
    '"%1" is not a PostgreSQL address like postgresql://alice@db.example.com:5432/countersign.':
        "„%1“ ist keine PostgreSQL-Adresse wie postgresql://alice@db.example.com:5432/countersign.",
    "Do not put the password in the address; it comes from the keychain.":
        "Schreiben Sie das Passwort nicht in die Adresse; es kommt aus dem Schlüsselbund.",
    "Cannot connect to %1: %2": "Keine Verbindung zu %1: %2",
    "Rows can be streamed only from a PostgreSQL connection.": "Zeilen lassen sich nur von einer PostgreSQL-Verbindung streamen.",
    "Rows can be streamed only inside a transaction.": "Zeilen lassen sich nur innerhalb einer Transaktion streamen.",
    "A statement cannot run while rows are streamed on its connection.":
        "Während auf ihrer Verbindung Zeilen gestreamt werden, kann keine Anweisung laufen.",
    "The grant of request #%1 has already ended; its revoke is waiting for the agent.":
        "Die Berechtigung aus Antrag #%1 ist bereits abgelaufen; ihr Widerruf wartet auf den Agenten.",
    "Reading from the database failed: %1": "Das Lesen aus der Datenbank ist fehlgeschlagen: %1",
    "Only PostgreSQL knows who is connected; SQLite has no users.": "Nur PostgreSQL weiß, wer verbunden ist; SQLite kennt keine Personen.",
    "The database did not say who is connected.": "Die Datenbank hat nicht gesagt, wer verbunden ist.",
    "The connection to the database broke while saving, so it is not known whether the change was saved. Check its current state before trying again.":
        "Die Verbindung zur Datenbank brach beim Speichern ab; ob die Änderung gespeichert wurde, ist unbekannt. Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.",
    'Database error: %1 (while running "%2").': "Datenbankfehler: %1 (bei „%2“).",
    "Cannot reconnect to %1: %2": "Keine erneute Verbindung zu %1: %2",
    "This database uses schema version %1, newer than this Countersign understands (%2). Upgrade Countersign.":
        "Diese Datenbank nutzt Schemaversion %1, neuer als diese Countersign-Version versteht (%2). Aktualisieren Sie Countersign.",
    'The database needs schema version %1 (%2), which only its owner can install: run "countersign-cli admin setup-postgres" as the owner role. (%3)':
        "Die Datenbank braucht Schemaversion %1 (%2), die nur ihr Eigentümer einspielen kann: führen Sie „countersign-cli admin setup-postgres“ als Eigentümerrolle aus. (%3)",
    "Migration %1 (%2) failed: %3": "Migration %1 (%2) ist fehlgeschlagen: %3",
    "Roles and grants exist only on PostgreSQL; an SQLite workspace has no users to enforce.":
        "Rollen und Rechte gibt es nur unter PostgreSQL; ein SQLite-Arbeitsbereich hat keine Personen, für die sie gelten.",
    # Request text (show, the decision dialog, Copy)
    '#%1  %2  %3  %4  %5  deadline %6  "%7"': "#%1  %2  %3  %4  %5  Frist %6  „%7“",
    "Execution: refused by agent %1 (%2); it never ran.": "Ausführung: von Agent %1 abgewiesen (%2); sie lief nie.",
    "Execution: %1 on agent %2": "Ausführung: %1 auf Agent %2",
    "  started %1": "  begonnen %1",
    "  finished %1%2": "  beendet %1%2",
    ", exit code %1": ", Exit-Code %1",
    "Output:": "Ausgabe:",
    "Execution: refused by the agent: %1": "Ausführung: vom Agenten abgewiesen: %1",
    "  The agent asks again on its next poll; it runs once the cause is fixed.":
        "  Der Agent fragt bei seiner nächsten Abfrage erneut; der Lauf beginnt, sobald die Ursache behoben ist.",
    "Execution: waiting for the agent at %1: %2 (tried %3). It runs when the agent is back.":
        "Ausführung: wartet auf den Agenten unter %1: %2 (versucht %3). Sie läuft, sobald der Agent wieder da ist.",
    "Execution: handed to the agent at %1 (%2).": "Ausführung: an den Agenten unter %1 übergeben (%2).",
    "Execution: approved, waiting for the agent.": "Ausführung: genehmigt, wartet auf den Agenten.",
    "Request #%1: %2 (version %3)": "Antrag #%1: %2 (Version %3)",
    "Status:     %1": "Status:       %1",
    "Requested:  by %1 at %2": "Beantragt:    von %1 am %2",
    "Deadline:   %1": "Frist:        %1",
    "Comment:    %1": "Kommentar:    %1",
    "Bypass:     %1": "Ohne Genehm.: %1",
    "%1 (rule %2)": "%1 (Regel %2)",
    "A streamed row has %1 columns; at most %2 can be read.":
        "Eine übertragene Zeile hat %1 Spalten; höchstens %2 können gelesen werden.",
    "Targets:    %1": "Ziele:        %1",
    "Parameters:": "Parameter:",
    "  (none)": "  (keine)",
    "  (!) Invisible characters are written as \\uXXXX: the value holds them, not that text.":
        "  (!) Unsichtbare Zeichen sind als \\uXXXX geschrieben: der Wert enthält sie, nicht diesen Text.",
    'Policy:     rule "%1" (revision %2)': "Richtlinie:   Regel „%1“ (Revision %2)",
    "done": "ok",
    "open": "offen",
    " (quorum %1)": " (Quorum %1)",
    "Decisions:": "Entscheidungen:",
    "  %1 %2 in phase %3 at %4 (%5)%6": "  %1 hat in Phase %3 am %4 %2 (%5)%6",
    "approved": "genehmigt",
    "running": "läuft",
    "pending": "offen",
    "expired": "abgelaufen",
    "cancelled": "zurückgezogen",
    "active": "aktiv",
    "revoked": "widerrufen",
    "succeeded": "erfolgreich",
    "failed": "fehlgeschlagen",
    "timed out": "Zeitlimit überschritten",
    "interrupted": "unterbrochen",
    "rejected": "abgelehnt",
    "Digest:     %1": "Prüfsumme:    %1",
    "Can approve: %1": "Genehmigen können: %1",
    # Who can approve the open phase now (core/requests/approvers.cpp)
    "%1 or %2": "%1 oder %2",
    "any of %1 members of %2": "eines der %1 Mitglieder von %2",
    "any of %1 people (%2)": "eine von %1 Personen (%2)",
    'nobody can approve phase "%1" now (it needs %2)': "niemand kann die Phase „%1“ jetzt genehmigen (sie braucht %2)",
    # Parameter type labels (context cs::ParameterType)
    "Text": "Text",
    "Multi-line text": "Mehrzeiliger Text",
    "Whole number": "Ganze Zahl",
    "Yes or no": "Ja oder nein",
    "Choice": "Auswahl",
    "E-mail address": "E-Mail-Adresse",
    "Date": "Datum",
    "Secret": "Geheimnis",
    # People and targets after creation
    'This workspace\'s database roles predate disabling people; run "countersign-cli setup-postgres" once, then try again.':
        "Die Datenbankrollen dieses Arbeitsbereichs stammen aus der Zeit vor dem Deaktivieren von Personen; führen Sie einmal „countersign-cli setup-postgres“ aus und versuchen Sie es dann erneut.",
    "The database gave %1 audit positions for %2 entries.": "Die Datenbank lieferte %1 Protokollpositionen für %2 Einträge.",
    "The policy is not valid: %1.": "Die Richtlinie ist ungültig: %1.",
    "You cannot take away your own admin role; ask another admin.":
        "Sie können sich die Administratorrolle nicht selbst entziehen; bitten Sie einen anderen Administrator.",
    "%1 cannot be their own manager.": "%1 kann nicht die eigene Führungskraft sein.",
    "You cannot disable your own account; ask another admin.":
        "Sie können Ihr eigenes Konto nicht deaktivieren; bitten Sie einen anderen Administrator.",
    "%1 is already enabled.": "%1 ist schon aktiviert.",
    "%1 is already disabled.": "%1 ist schon deaktiviert.",
    "made 1 request": "hat 1 Antrag gestellt",
    "made %1 requests": "hat %1 Anträge gestellt",
    "made 1 decision": "hat 1 Entscheidung getroffen",
    "made %1 decisions": "hat %1 Entscheidungen getroffen",
    "is the manager of 1 person": "ist Führungskraft von 1 Person",
    "is the manager of %1 people": "ist Führungskraft von %1 Personen",
    "owns 1 target": "verantwortet 1 Ziel",
    "owns %1 targets": "verantwortet %1 Ziele",
    "is named as an approver by %1": "wird von %1 als genehmigende Person genannt",
    "ran 1 execution as an agent": "hat als Agent 1 Ausführung durchgeführt",
    "ran %1 executions as an agent": "hat als Agent %1 Ausführungen durchgeführt",
    "acted in 1 audit entry": "handelt in 1 Protokolleintrag",
    "acted in %1 audit entries": "handelt in %1 Protokolleinträgen",
    "You cannot remove your own account; ask another admin.":
        "Sie können Ihr eigenes Konto nicht entfernen; bitten Sie einen anderen Administrator.",
    "%1 cannot be removed: they %2. Disable the account instead; a disabled person keeps their history.":
        "%1 kann nicht entfernt werden: die Person %2. Deaktivieren Sie stattdessen das Konto; eine deaktivierte Person behält ihren Verlauf.",
    'Target %1 has no attribute "%2".': "Das Ziel %1 hat kein Attribut „%2“.",
    "A target attribute needs a name.": "Ein Zielattribut braucht einen Namen.",
    "action %1 lists it": "die Aktion %1 nennt es",
    "1 request names it": "1 Antrag nennt es",
    "%1 requests name it": "%1 Anträge nennen es",
    "Target %1 cannot be removed: %2.": "Das Ziel %1 kann nicht entfernt werden: %2.",
    # Signed audit checkpoints and evidence
    "checkpoint %1 (audit entry #%2)": "Prüfpunkt %1 (Protokolleintrag #%2)",
    "%1 is signed with key %2, which this workspace does not list.": "%1 ist mit dem Schlüssel %2 signiert, den dieser Arbeitsbereich nicht führt.",
    "The signature of %1 is not valid: the checkpoint was altered or forged.":
        "Die Signatur von %1 ist ungültig: der Prüfpunkt wurde verändert oder gefälscht.",
    "%1 was signed with key %2 outside the time the key is valid.": "%1 wurde mit dem Schlüssel %2 außerhalb seiner Gültigkeit signiert.",
    "An audit entry is missing from %1 before #%2.": "In %1 fehlt ein Protokolleintrag vor #%2.",
    "Audit entry #%1 does not start %2.": "Protokolleintrag #%1 beginnt %2 nicht.",
    "The head of %1 does not match its last audit entry (#%2).": "Der Kopf von %1 passt nicht zu ihrem letzten Protokolleintrag (#%2).",
    "The signing key %1 is not listed in this workspace; an admin registers it first.":
        "Der Signaturschlüssel %1 ist in diesem Arbeitsbereich nicht eingetragen; ein Administrator trägt ihn zuerst ein.",
    "The signing key %1 is not valid now.": "Der Signaturschlüssel %1 ist derzeit nicht gültig.",
    "%1 is numbered out of order: checkpoints before it are missing from the global audit chain.":
        "%1 ist außer der Reihe nummeriert: Prüfpunkte davor fehlen in der globalen Protokollkette.",
    "Chain heads are recorded for checkpoint %1, which is missing from the global audit chain.":
        "Für Prüfpunkt %1 sind Kettenköpfe festgehalten, aber er fehlt in der globalen Protokollkette.",
    "The chain heads recorded with %1 are not the ones it signed: they were altered or removed.":
        "Die mit %1 festgehaltenen Kettenköpfe sind nicht die signierten: sie wurden verändert oder entfernt.",
    "%1 counted %2 audit chains, but the heads recorded up to it name %3.":
        "%1 zählte %2 Protokollketten, die bis dahin festgehaltenen Köpfe nennen aber %3.",
    "checkpoint %1": "Prüfpunkt %1",
    "%1 is missing: %2 recorded it with %3 entries.": "%1 fehlt: %2 hielt sie mit %3 Einträgen fest.",
    "Audit entries of %1 were removed: %2 recorded it with %3 entries.":
        "Protokolleinträge von %1 wurden entfernt: %2 hielt sie mit %3 Einträgen fest.",
    "%1 was rewritten: its entry %2 is no longer the one %3 recorded.":
        "%1 wurde umgeschrieben: ihr Eintrag %2 ist nicht mehr der, den %3 festhielt.",
    "This workspace has no audit checkpoint yet.": "Dieser Arbeitsbereich hat noch keinen Prüfpunkt.",
    "The file is not a Countersign checkpoint.": "Die Datei ist kein Countersign-Prüfpunkt.",
    "The checkpoint file's signature is not valid: the file was altered.": "Die Signatur der Prüfpunktdatei ist ungültig: die Datei wurde verändert.",
    "Checkpoint %1 (audit entry #%2) from the file is not in this workspace: its audit log was replaced or rewritten since.":
        "Prüfpunkt %1 (Protokolleintrag #%2) aus der Datei ist nicht in diesem Arbeitsbereich: sein Prüfprotokoll wurde seitdem ersetzt oder umgeschrieben.",
    "Only admins can list a checkpoint signing key.": "Nur Administratoren können einen Signaturschlüssel für Prüfpunkte eintragen.",
    "No signing key could be made (OpenSSL's Ed25519 failed).": "Es konnte kein Signaturschlüssel erzeugt werden (Ed25519 von OpenSSL schlug fehl).",
    "The signing key is not an Ed25519 private key in PEM form.": "Der Signaturschlüssel ist kein privater Ed25519-Schlüssel im PEM-Format.",
    "The checkpoint could not be signed (OpenSSL's Ed25519 failed).": "Der Prüfpunkt konnte nicht signiert werden (Ed25519 von OpenSSL schlug fehl).",
    "The signing key file %1 could not be created: %2.": "Die Schlüsseldatei %1 konnte nicht angelegt werden: %2.",
    "The signing key file %1 could not be written: %2.": "Die Schlüsseldatei %1 konnte nicht geschrieben werden: %2.",
    "The signing key file %1 can be read or written by other accounts; make it its owner's alone (chmod 600).":
        "Die Schlüsseldatei %1 ist für andere Konten les- oder schreibbar; machen Sie sie allein ihrem Eigentümer zugänglich (chmod 600).",
    "The signing key file %1 could not be read: %2.": "Die Schlüsseldatei %1 konnte nicht gelesen werden: %2.",
    "Only admins and auditors can export a period report.": "Nur Administratoren und Prüfer können einen Zeitraumbericht exportieren.",
    "The period ends before it starts.": "Der Zeitraum endet, bevor er beginnt.",
    '"%1" is not a request state.': "„%1“ ist kein Antragsstatus.",
    # The company directory
    'There is no directory preset "%1"; choose %2.': "Es gibt keine Verzeichnisvorlage „%1“; wählen Sie %2.",
    'Nested groups must be "walk", "in-chain" or "none", not "%1".': 'Verschachtelte Gruppen müssen "walk", "in-chain" oder "none" sein, nicht "%1".',
    'The directory address "%1" must be an ldap:// or ldaps:// URL with a host.':
        "Die Verzeichnisadresse „%1“ muss eine ldap://- oder ldaps://-URL mit einem Host sein.",
    "StartTLS upgrades an ldap:// connection; an ldaps:// one is already encrypted, so choose one of them.":
        "StartTLS verschlüsselt eine ldap://-Verbindung; eine ldaps://-Verbindung ist schon verschlüsselt, wählen Sie also eines von beiden.",
    "The directory source needs a base DN for people and one for groups.": "Die Verzeichnisquelle braucht eine Basis-DN für Personen und eine für Gruppen.",
    "The directory source needs a login attribute and a group name attribute.":
        "Die Verzeichnisquelle braucht ein Attribut für den Anmeldenamen und eines für den Gruppennamen.",
    "The directory source needs at least one member attribute.": "Die Verzeichnisquelle braucht mindestens ein Mitgliedsattribut.",
    "The page size must be between 1 and 100000.": "Die Seitengröße muss zwischen 1 und 100000 liegen.",
    "The removal limit must be a share between 0 and 100 percent.": "Die Entfernungsgrenze muss ein Anteil zwischen 0 und 100 Prozent sein.",
    "The sync interval cannot be negative.": "Das Abgleichsintervall kann nicht negativ sein.",
    'No directory source is configured; an admin sets one up with "countersign-cli directory configure".':
        "Es ist keine Verzeichnisquelle eingerichtet; ein Administrator richtet sie mit „countersign-cli directory configure“ ein.",
    '"%1" comes from the company directory; change them there, and the next sync brings the change here.':
        "„%1“ stammt aus dem Firmenverzeichnis; ändern Sie die Person dort, und der nächste Abgleich bringt die Änderung hierher.",
    'The group "%1" comes from the company directory; change its members there, and the next sync brings the change here.':
        "Die Gruppe „%1“ stammt aus dem Firmenverzeichnis; ändern Sie ihre Mitglieder dort, und der nächste Abgleich bringt die Änderung hierher.",
    '"%1" exists here as a local person and is left as it is.': "„%1“ gibt es hier als lokale Person; sie bleibt, wie sie ist.",
    'The group "%1" exists here as a local group and is left as it is.': "Die Gruppe „%1“ gibt es hier als lokale Gruppe; sie bleibt, wie sie ist.",
    "This sync would disable %1 of %2 people from the directory, more than the %3% allowed; check the directory source, or sync with --force if this is intended.":
        "Dieser Abgleich würde %1 von %2 Personen aus dem Verzeichnis deaktivieren, mehr als die erlaubten %3 %; prüfen Sie die Verzeichnisquelle, oder gleichen Sie mit --force ab, wenn das gewollt ist.",
    "This sync would remove %1 of %2 group memberships from the directory, more than the %3% allowed; check the directory source, or sync with --force if this is intended.":
        "Dieser Abgleich würde %1 von %2 Gruppenmitgliedschaften aus dem Verzeichnis entfernen, mehr als die erlaubten %3 %; prüfen Sie die Verzeichnisquelle, oder gleichen Sie mit --force ab, wenn das gewollt ist.",
    "No changes: Countersign matches the directory.": "Keine Änderungen: Countersign entspricht dem Verzeichnis.",
    "; nothing was changed.": "; nichts wurde geändert.",
    "Preview (nothing changed yet): ": "Vorschau (noch nichts geändert): ",
    "The directory server at %1 cannot be reached (%2).": "Der Verzeichnisserver unter %1 ist nicht erreichbar (%2).",
    'The directory server at %1 refused the bind DN "%2" or its password.': "Der Verzeichnisserver unter %1 hat die Bind-DN „%2“ oder ihr Passwort abgelehnt.",
    "The directory server at %1 failed to %2 (%3).": "Der Verzeichnisserver unter %1 konnte nicht %2 (%3).",
    "accept the address": "die Adresse annehmen",
    "start TLS": "TLS starten",
    "page a search": "eine Suche seitenweise ausführen",
    "search %1 for %2": "%1 nach %2 durchsuchen",
    "search %1": "%1 durchsuchen",
    'Skipped %1: its login "%2" cannot be used in Countersign.': "%1 übersprungen: der Anmeldename „%2“ ist in Countersign nicht verwendbar.",
    'Skipped %1: another entry already has the login "%2".': "%1 übersprungen: ein anderer Eintrag hat schon den Anmeldenamen „%2“.",
    'Skipped the group %1: its name "%2" is %3.': "Gruppe %1 übersprungen: ihr Name „%2“ ist %3.",
    "taken by another group": "schon von einer anderen Gruppe belegt",
    "not usable in Countersign": "in Countersign nicht verwendbar",
    # Audit event labels added with the directory, admin edits and checkpoints
    "Person changed": "Person geändert",
    "Person disabled": "Person deaktiviert",
    "Person enabled": "Person aktiviert",
    "Person removed": "Person entfernt",
    "Group changed": "Gruppe geändert",
    "Group removed": "Gruppe entfernt",
    "Directory source configured": "Verzeichnisquelle eingerichtet",
    "Target changed": "Ziel geändert",
    "Target removed": "Ziel entfernt",
    "Signing key listed": "Signaturschlüssel eingetragen",
    "Audit checkpoint signed": "Prüfpunkt signiert",
    "The directory at %1 would get the bind password unencrypted: use ldaps:// or StartTLS.":
        "Das Verzeichnis unter %1 bekäme das Bind-Passwort unverschlüsselt: verwenden Sie ldaps:// oder StartTLS.",
    "\"%1\" was changed by an admin while the form was filled in (it is now version %2); nothing was submitted. Reload the form, check the values and submit again.":
        "„%1“ wurde von einem Admin geändert, während das Formular ausgefüllt wurde (jetzt Version %2); es wurde nichts eingereicht. Laden Sie das Formular neu, prüfen Sie die Werte und reichen Sie erneut ein.",
    "%1 is set without %2 naming the directory server it belongs to, so it was not sent; set %2 to %3 if the password is for that server.":
        "%1 ist gesetzt, aber %2 nennt nicht den Verzeichnisserver, zu dem es gehört; deshalb wurde es nicht gesendet. Setzen Sie %2 auf %3, wenn das Passwort für diesen Server gilt.",
    "%1 belongs to %2, but the directory source names %3, so it was not sent.":
        "%1 gehört zu %2, die Verzeichnisquelle nennt aber %3; deshalb wurde es nicht gesendet.",
    "The service has no bind password for %1: set %2 and %3 in its environment.":
        "Der Dienst hat kein Bind-Passwort für %1: setzen Sie %2 und %3 in seiner Umgebung.",
    # Delegation (out of office)
    "The database did not return the new delegation's id.": "Die Datenbank hat die Nummer der neuen Vertretung nicht zurückgegeben.",
    "There is no delegation #%1.": "Es gibt keine Vertretung #%1.",
    "Only an admin can hand over someone else's approvals (%1's).":
        "Nur ein Admin kann die Freigaben einer anderen Person übergeben (die von %1).",
    "Name the person who decides in your place.": "Nennen Sie die Person, die an Ihrer Stelle entscheidet.",
    "%1 cannot hand their approvals to themselves.": "%1 kann die eigenen Freigaben nicht an sich selbst übergeben.",
    "%1 is disabled and cannot decide for anyone.": "%1 ist deaktiviert und kann für niemanden entscheiden.",
    "A delegation must end after it starts.": "Eine Vertretung muss nach ihrem Beginn enden.",
    "The delegation would end at %1, which has passed.": "Die Vertretung würde am %1 enden, und der Zeitpunkt ist vorbei.",
    "A delegation may last at most 366 days.": "Eine Vertretung darf höchstens 366 Tage dauern.",
    "%1 already hands their approvals to %2 from %3 until %4 (delegation #%5); end it first or choose another period.":
        "%1 übergibt die Freigaben bereits von %3 bis %4 an %2 (Vertretung #%5); beenden Sie diese zuerst oder wählen Sie einen anderen Zeitraum.",
    "%1 hands their own approvals to %2 from %3 until %4, so they cannot stand in for %5 then.":
        "%1 übergibt die eigenen Freigaben von %3 bis %4 an %2 und kann %5 in dieser Zeit daher nicht vertreten.",
    "%1 stands in for %2 from %3 until %4; end that delegation first, as delegations do not pass on.":
        "%1 vertritt %2 von %3 bis %4; beenden Sie diese Vertretung zuerst, denn Vertretungen werden nicht weitergegeben.",
    "Only %1 or an admin can end delegation #%2.": "Nur %1 oder ein Admin kann die Vertretung #%2 beenden.",
    "Delegation #%1 has already ended.": "Die Vertretung #%1 ist bereits beendet.",
    "Request #%1 is %2's own, so nobody can decide it for them.":
        "Antrag #%1 ist der eigene Antrag von %2; niemand kann ihn für diese Person entscheiden.",
    "You cannot decide your own request #%1, not even for %2.":
        "Sie können Ihren eigenen Antrag #%1 nicht entscheiden, auch nicht für %2.",
    "You already decided on request #%1; a person decides once per request, for themselves or for someone else.":
        "Sie haben über Antrag #%1 bereits entschieden; jede Person entscheidet einmal je Antrag, für sich oder für jemand anderen.",
    "Phase %1 of request #%2 excludes you (%3), so you cannot decide it for %4.":
        "Phase %1 von Antrag #%2 schließt Sie aus (%3); Sie können daher nicht für %4 entscheiden.",
    "%1 has already decided on request #%2, themselves or through a delegate; their vote counts once.":
        "%1 hat über Antrag #%2 bereits entschieden, selbst oder über eine Vertretung; die Stimme zählt einmal.",
    "For %1: %2": "Für %1: %2",
    # Bulk decisions: the pre-flight summary and the report (RequestService::previewDecisions, decideMany)
    "Counts toward phase %1 of %2 (%3), which needs more votes.":
        "Zählt für Phase %1 von %2 (%3), die weitere Stimmen braucht.",
    "Completes phase %1 of %2 (%3); the next phase opens.":
        "Schließt Phase %1 von %2 (%3) ab; die nächste Phase beginnt.",
    "Approves the request; no agent is set for %1.": "Genehmigt den Antrag; für %1 ist kein Agent eingetragen.",
    "Approves the request and hands it to %1 on %2.": "Genehmigt den Antrag und übergibt ihn an %1 auf %2.",
    "Rejects the request; it will not run.": "Lehnt den Antrag ab; er wird nicht ausgeführt.",
    "Recorded; request #%1 now waits for %2.": "Erfasst; Antrag #%1 wartet jetzt auf %2.",
    "Request #%1 is approved and ready to run.": "Antrag #%1 ist genehmigt und bereit zur Ausführung.",
    "Request #%1 is rejected; it will not run.": "Antrag #%1 ist abgelehnt; er wird nicht ausgeführt.",
    # Feedback that decides nothing
    "Give a vote (up, down or none) or a comment.": "Geben Sie eine Stimme (dafür, dagegen, keine) oder einen Kommentar ab.",
    "A vote is up, down or none.": "Eine Stimme ist dafür, dagegen oder keine.",
    "Feedback is at most %1 characters; this is %2.": "Feedback hat höchstens %1 Zeichen; dieses hat %2.",
    # Reminders, escalation and timeout outcomes (issue 16: core/policy/policytiming.cpp, requests, views)
    '%1: "%2" must be a whole number of hours from 1 to %3.': '%1: "%2" muss eine ganze Zahl von Stunden von 1 bis %3 sein.',
    '%1 needs a "group" to escalate to.': '%1 braucht eine Gruppe ("group"), an die eskaliert wird.',
    '%1, "reminder"': '%1, "reminder"',
    '%1 must be a JSON object such as {"beforeDeadlineHours": 24}.':
        '%1 muss ein JSON-Objekt sein, etwa {"beforeDeadlineHours": 24}.',
    '%1 needs "beforeDeadlineHours", "afterHours" or both.': '%1 braucht "beforeDeadlineHours", "afterHours" oder beides.',
    "a reminder %1 h before the deadline and after %2 h without a decision":
        "eine Erinnerung %1 h vor der Frist und nach %2 h ohne Entscheidung",
    "a reminder %1 h before the deadline": "eine Erinnerung %1 h vor der Frist",
    "a reminder after %1 h without a decision": "eine Erinnerung nach %1 h ohne Entscheidung",
    '%1, "escalation"': '%1, "escalation"',
    '%1 must be a JSON object such as {"afterHours": 48, "group": "managers"}.':
        '%1 muss ein JSON-Objekt sein, etwa {"afterHours": 48, "group": "managers"}.',
    '%1 needs "afterHours".': '%1 braucht "afterHours".',
    "escalation to %1 after %2 h": "Eskalation an %1 nach %2 h",
    'Policy, "timeout"': 'Richtlinie, "timeout"',
    '%1 must be a JSON object such as {"outcome": "reject"}.': '%1 muss ein JSON-Objekt sein, etwa {"outcome": "reject"}.',
    '%1: approving on timeout is not offered: a request nobody approved never runs. Use "expire", "reject" or "escalate".':
        '%1: Genehmigen bei Fristablauf gibt es nicht: ein Antrag, den niemand genehmigt hat, wird nie ausgeführt. Verwenden Sie "expire", "reject" oder "escalate".',
    '%1: "outcome" must be "expire", "reject" or "escalate".': '%1: "outcome" muss "expire", "reject" oder "escalate" sein.',
    '%1: escalating needs "extendHours", the time the group gets to decide.':
        '%1: Eskalieren braucht "extendHours", die Zeit, die die Gruppe zum Entscheiden bekommt.',
    "on timeout: expired": "bei Fristablauf: abgelaufen",
    "on timeout: rejected": "bei Fristablauf: abgelehnt",
    "on timeout: escalated to %1 with %2 h more": "bei Fristablauf: an %1 eskaliert, mit %2 h mehr Zeit",
    "%1: an automatic phase has nobody to remind or escalate.":
        "%1: eine automatische Phase hat niemanden, der erinnert oder an den eskaliert werden könnte.",
    "Request #%1 timed out at %2 and was rejected, as its policy says; it can no longer be decided.":
        "Die Frist von Antrag #%1 ist am %2 abgelaufen, er wurde laut seiner Richtlinie abgelehnt; er kann nicht mehr entschieden werden.",
    "Escalated:  phase %1 to %2 at %3 (timeout)": "Eskaliert:    Phase %1 an %2 am %3 (Fristablauf)",
    "Escalated:  phase %1 to %2 at %3": "Eskaliert:    Phase %1 an %2 am %3",
    "New deadline: %1": "Neue Frist:   %1",
    "Next reminder: %1": "Nächste Erinnerung: %1",
    # Time-bound access (issue 15): action terms, durations, earliest start, extension, revoke
    "Access active": "Zugriff aktiv",
    "Early revoke asked": "Vorzeitiger Entzug verlangt",
    "Revoke started": "Entzug gestartet",
    "Revoke failed": "Entzug fehlgeschlagen",
    "Access revoked": "Zugriff entzogen",
    "Access extended by a new request": "Zugriff durch einen neuen Antrag verlängert",
    "Clean-up revoke scheduled": "Entzug zum Aufräumen geplant",
    "Access reviewed": "Zugriff überprüft",
    # Access reviews as campaigns (issue 15) and My work's grants about to end (issue 20).
    "Access review started": "Zugriffsüberprüfung gestartet",
    "Access review decision": "Entscheidung in einer Zugriffsüberprüfung",
    "Access review closed": "Zugriffsüberprüfung geschlossen",
    "Access on %1": "Zugriff auf %1",
    "A review needs a title.": "Eine Überprüfung braucht einen Titel.",
    "The title is longer than %1 characters.": "Der Titel ist länger als %1 Zeichen.",
    "The review's due date must be in the future.": "Das Fälligkeitsdatum der Überprüfung muss in der Zukunft liegen.",
    "Only an admin or an auditor can start an access review.":
        "Nur ein Admin oder ein Prüfer kann eine Zugriffsüberprüfung starten.",
    "No active grant matches; there is nothing to review.": "Keine aktive Berechtigung passt; es gibt nichts zu überprüfen.",
    "The review could not be stored.": "Die Überprüfung konnte nicht gespeichert werden.",
    "There is no access review #%1.": "Es gibt keine Zugriffsüberprüfung #%1.",
    "Only its starter, an admin, an auditor or an assigned reviewer can see access review #%1.":
        "Nur wer sie gestartet hat, Admins, Prüfer und zugewiesene Überprüfende sehen Zugriffsüberprüfung #%1.",
    "A review decision is keep or revoke.": "Eine Überprüfungsentscheidung lautet behalten (keep) oder entziehen (revoke).",
    "A comment is required for a review decision.": "Eine Überprüfungsentscheidung braucht einen Kommentar.",
    "Access review #%1 is closed.": "Zugriffsüberprüfung #%1 ist geschlossen.",
    "Request #%1 is not in access review #%2.": "Antrag #%1 gehört nicht zu Zugriffsüberprüfung #%2.",
    "Only its assigned reviewers (%1) can decide request #%2 in access review #%3.":
        "Nur die zugewiesenen Überprüfenden (%1) können Antrag #%2 in Zugriffsüberprüfung #%3 entscheiden.",
    "%1 already decided request #%2 in this review.": "%1 hat Antrag #%2 in dieser Überprüfung schon entschieden.",
    "Only its starter (%1) or an admin can close access review #%2.":
        "Nur wer sie gestartet hat (%1), oder ein Admin kann Zugriffsüberprüfung #%2 schließen.",
    "Access review #%1 is already closed.": "Zugriffsüberprüfung #%1 ist bereits geschlossen.",
    "A comment is required to keep a grant in a review.": "Um eine Berechtigung in einer Überprüfung zu behalten, ist ein Kommentar nötig.",
    "Only an admin or an approver of request #%1 can review its grant.": "Nur ein Admin oder ein Genehmiger von Antrag #%1 kann seine Berechtigung überprüfen.",
    "Nobody reviews their own access: request #%1 is yours (you may still end it early).": "Niemand überprüft den eigenen Zugriff: Antrag #%1 ist Ihrer (Sie können ihn weiterhin vorzeitig beenden).",
    "Request #%1 %2; only an active grant can be reviewed.": "Antrag #%1 %2; nur eine aktive Berechtigung kann überprüft werden.",
    "The date until which the grant is kept must be in the future.": "Das Datum, bis zu dem die Berechtigung behalten wird, muss in der Zukunft liegen.",
    "  %1 superseded by #%2 (its extension); this grant's revoke does not run": "  %1 abgelöst durch #%2 (seine Verlängerung); der Entzug dieser Berechtigung läuft nicht",
    "  %1 (!) the grant script failed; the revoke script runs to clean up": "  %1 (!) das Gewährungsskript ist fehlgeschlagen; das Entzugsskript räumt auf",
    'Rule condition field "%1" is unknown: use action, param.NAME, target.ATTRIBUTE, requester.group or duration (hours).':
        'Das Bedingungsfeld "%1" ist unbekannt: verwenden Sie action, param.NAME, target.ATTRIBUTE, requester.group oder duration (Stunden).',
    'Action field "revokeTimeoutSeconds" must be a whole number from 1 to 86400.':
        'Das Aktionsfeld "revokeTimeoutSeconds" muss eine ganze Zahl von 1 bis 86400 sein.',
    'Action field "durations" must be a list of 1 to 20 durations such as "1h" or "8h".':
        'Das Aktionsfeld "durations" muss eine Liste von 1 bis 20 Dauern wie "1h" oder "8h" sein.',
    'Action field "durations": %1': 'Aktionsfeld "durations": %1',
    "every entry must be text.": "jeder Eintrag muss Text sein.",
    'Action field "durations" lists %1 twice.': 'Das Aktionsfeld "durations" nennt %1 zweimal.',
    'Action field "maxDuration": %1': 'Aktionsfeld "maxDuration": %1',
    'it must be text such as "24h".': 'es muss Text wie "24h" sein.',
    'Action field "durations" offers %1, longer than its "maxDuration" %2.':
        'Das Aktionsfeld "durations" bietet %1 an, länger als sein "maxDuration" %2.',
    'Action field "earliestStart" must be true or false.': 'Das Aktionsfeld "earliestStart" muss true oder false sein.',
    'Action "%1" has a revoke script, so it needs "durations" or "maxDuration": how long a grant may last.':
        'Die Aktion „%1“ hat ein Entzugsskript und braucht daher "durations" oder "maxDuration": wie lange eine Berechtigung dauern darf.',
    'Action "%1" gives durations but no "revokeScript" to end a grant.':
        'Die Aktion „%1“ nennt Dauern, aber kein "revokeScript", das eine Berechtigung beendet.',
    'Action "%1" grants nothing for a time; it takes no duration.':
        'Die Aktion „%1“ vergibt nichts auf Zeit; sie nimmt keine Dauer an.',
    'Action "%1" grants access for a time: choose a duration.':
        'Die Aktion „%1“ vergibt Zugriff auf Zeit: wählen Sie eine Dauer.',
    'The duration %1 is not offered by action "%2"; choose one of %3.':
        'Die Dauer %1 bietet die Aktion „%2“ nicht an; wählen Sie eine von %3.',
    'The duration %1 is longer than action "%2" allows (at most %3).':
        'Die Dauer %1 ist länger, als die Aktion „%2“ erlaubt (höchstens %3).',
    'Action "%1" runs as soon as it is approved; it takes no start time.':
        'Die Aktion „%1“ läuft, sobald sie genehmigt ist; sie nimmt keine Startzeit an.',
    "The start time %1 has passed; choose a later one or none.":
        "Die Startzeit %1 ist vorbei; wählen Sie eine spätere oder keine.",
    "The start time %1 is after the request's deadline (%2); it could never run.":
        "Die Startzeit %1 liegt nach der Frist des Antrags (%2); er könnte nie laufen.",
    'Request #%1 is not your own grant of "%2"; an extension names one.':
        "Antrag #%1 ist nicht Ihre eigene Berechtigung für „%2“; eine Verlängerung nennt eine solche.",
    "Request #%1 %2; only an active grant can be extended.":
        "Antrag #%1 %2; nur eine aktive Berechtigung kann verlängert werden.",
    "Request #%1 is approved to run at %2, not before.":
        "Antrag #%1 ist für %2 genehmigt, nicht früher.",
    '"%1" is not a duration: write a whole number and a unit (s, m, h or d), for example 8h, up to 366d.':
        "„%1“ ist keine Dauer: schreiben Sie eine ganze Zahl und eine Einheit (s, m, h oder d), zum Beispiel 8h, bis 366d.",
    "The revoke of request #%1 is not running on agent %2.":
        "Der Entzug von Antrag #%1 läuft nicht auf Agent %2.",
    "The agent stopped while the revoke script was running; it runs again.":
        "Der Agent hielt an, während das Entzugsskript lief; es läuft erneut.",
    "A comment is required to revoke a grant early.":
        "Für einen vorzeitigen Entzug ist ein Kommentar nötig.",
    "Only the requester (%1), an admin or an approver of request #%2 can revoke it.":
        "Nur der Antragsteller (%1), ein Admin oder ein Genehmiger von Antrag #%2 kann ihn entziehen.",
    "Request #%1 %2; only an active grant can be revoked.":
        "Antrag #%1 %2; nur eine aktive Berechtigung kann entzogen werden.",
    "The grant of request #%1 is already being revoked.":
        "Die Berechtigung von Antrag #%1 wird bereits entzogen.",
    "active until %1": "aktiv bis %1",
    "approved, runs at %1": "genehmigt, läuft um %1",
    "Duration:   %1": "Dauer:      %1",
    "Runs at:    %1 (not before; never after the deadline)": "Läuft um:   %1 (nicht früher; nie nach der Frist)",
    "Extends:    request #%1": "Verlängert: Antrag #%1",
    "Active until: %1": "Aktiv bis:  %1",
    '  %1 early revoke asked by %2: "%3"': "  %1 vorzeitiger Entzug verlangt von %2: „%3“",
    "  %1 revoke attempt %2 started (due %3, %4 s late)": "  %1 Entzugsversuch %2 gestartet (fällig %3, %4 s verspätet)",
    "  %1 (!) revoke attempt %2 FAILED: %3 -- tried again at %4":
        "  %1 (!) Entzugsversuch %2 FEHLGESCHLAGEN: %3 -- erneut um %4",
    "  %1 revoked (due %2, started %3 s late, %4 attempts)": "  %1 entzogen (fällig %2, %3 s verspätet gestartet, %4 Versuche)",
    "Revoke:": "Entzug:",
    'Workflow saved':
        'Workflow gespeichert',
    'Workflow archived':
        'Workflow archiviert',
    'Unknown approval expression: use all, any, not, user, group, role, manager, teamMember, owner or automatic.':
        'Unbekannter Genehmigungsausdruck: möglich sind all, any, not, user, group, role, manager, teamMember, owner und automatic.',
    'Policy: "workflow" must name a workflow.':
        'Regel: „workflow“ muss einen Workflow nennen.',
    'The stored policy of workflow "%1" is unreadable: %2.':
        'Die gespeicherte Regel des Workflows „%1“ ist unlesbar: %2.',
    'The stored policy of workflow "%1" is invalid.':
        'Die gespeicherte Regel des Workflows „%1“ ist ungültig.',
    'There is no workflow "%1".':
        'Es gibt keinen Workflow „%1“.',
    'The action has no policy of its own and the workspace has no default workflow, so nobody could approve it.':
        'Die Aktion hat keine eigene Regel und der Arbeitsbereich keinen Standard-Workflow, daher könnte niemand sie genehmigen.',
    'Action "%1" refers to workflow "%2", which is archived.':
        'Die Aktion „%1“ verweist auf den Workflow „%2“, der archiviert ist.',
    'Action "%1" refers to workflow "%2", which does not exist.':
        'Die Aktion „%1“ verweist auf den Workflow „%2“, den es nicht gibt.',
    'The workflow file is larger than 1 MiB.':
        'Die Workflow-Datei ist größer als 1 MiB.',
    'The workflow file is not valid: %1.':
        'Die Workflow-Datei ist ungültig: %1.',
    'Workflow field "%1" is unknown.':
        'Das Workflow-Feld „%1“ ist unbekannt.',
    'Workflow name "%1" is invalid: use lower-case letters, digits, dot, dash and underscore (up to 64).':
        'Der Workflow-Name „%1“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Unterstrich (bis zu 64).',
    'Workflow field "description" must be text.':
        'Das Workflow-Feld „description“ muss Text sein.',
    'Workflow field "default" must be true or false.':
        'Das Workflow-Feld „default“ muss true oder false sein.',
    'Workflow "%1" needs a "policy" object.':
        'Der Workflow „%1“ braucht ein „policy“-Objekt.',
    'Workflow "%1": %2':
        'Workflow „%1“: %2',
    'Workflow "%1": a workflow\'s policy cannot refer to a workflow.':
        'Workflow „%1“: die Regel eines Workflows kann nicht auf einen Workflow verweisen.',
    'affects new requests of 1 action':
        'betrifft neue Anträge von 1 Aktion',
    'affects new requests of %1 actions':
        'betrifft neue Anträge von %1 Aktionen',
    '1 pending request keeps its snapshot':
        '1 offener Antrag behält seinen Stand',
    '%1 pending requests keep their snapshot':
        '%1 offene Anträge behalten ihren Stand',
    'Only admins can change workflows; "%1" is not an admin.':
        'Nur Administratoren können Workflows ändern; „%1“ ist kein Administrator.',
    'Workflow "%1" refers to group "%2", which does not exist.':
        'Der Workflow „%1“ verweist auf die Gruppe „%2“, die es nicht gibt.',
    'Workflow "%1" names approver "%2", who is not a user.':
        'Der Workflow „%1“ nennt „%2“ als genehmigende Person, die es nicht gibt.',
    'Workflow "%1" is archived.':
        'Der Workflow „%1“ ist archiviert.',
    'Workflow "%1" is the default workflow; make another one the default before archiving it.':
        'Der Workflow „%1“ ist der Standard-Workflow; machen Sie zuerst einen anderen zum Standard, bevor Sie ihn archivieren.',
    'Workflow "%1" cannot be archived: actions refer to it (%2).':
        'Der Workflow „%1“ kann nicht archiviert werden: Aktionen verweisen auf ihn (%2).',
    'The approval policy has no rules, so the request is refused.':
        'Die Genehmigungsregel hat keine Regeln, daher wird der Antrag abgelehnt.',
    # Approval webhooks (issue 17)
    'Unknown approval expression: use all, any, not, user, group, role, manager, teamMember, owner, webhook or automatic.':
        'Unbekannter Genehmigungsausdruck: möglich sind all, any, not, user, group, role, manager, teamMember, owner, webhook und automatic.',
    'Action "%1" names approval webhook "%2", which is not registered (countersign-cli webhook add).':
        'Die Aktion „%1“ nennt den Genehmigungs-Webhook „%2“, der nicht registriert ist (countersign-cli webhook add).',
    'Workflow "%1" names approval webhook "%2", which is not registered (countersign-cli webhook add).':
        'Der Workflow „%1“ nennt den Genehmigungs-Webhook „%2“, der nicht registriert ist (countersign-cli webhook add).',
    "An approval webhook name is 1 to 63 lower-case letters, digits, '-' or '_' (\"%1\" is not).":
        '„%1“ ist kein gültiger Name: Ein Genehmigungs-Webhook heißt 1 bis 63 Kleinbuchstaben, Ziffern, „-“ oder „_“.',
    "Give the approval webhook a name: 1 to 63 lower-case letters, digits, '-' or '_', as its phases name it.":
        "Geben Sie dem Genehmigungs-Webhook einen Namen: 1 bis 63 Kleinbuchstaben, Ziffern, „-“ oder „_“, so wie seine Phasen ihn nennen.",
    "Give the approval webhook's address (http:// or https://).":
        "Geben Sie die Adresse des Genehmigungs-Webhooks an (http:// oder https://).",
    'Approval webhook "%1" is already disabled.':
        'Der Genehmigungs-Webhook „%1“ ist bereits deaktiviert.',
    'Approval webhook "%1" is disabled.':
        'Der Genehmigungs-Webhook „%1“ ist deaktiviert.',
    'Only admins and auditors can list approval webhooks.':
        'Nur Administratoren und Prüfer können Genehmigungs-Webhooks auflisten.',
    'Only admins can change approval webhooks.':
        'Nur Administratoren können Genehmigungs-Webhooks ändern.',
    'Phase %1 of request #%2 is closed; the token no longer works.':
        'Phase %1 von Antrag #%2 ist abgeschlossen; das Token gilt nicht mehr.',
    'Phase %1 of request #%2 is not open.':
        'Phase %1 von Antrag #%2 ist nicht offen.',
    'The reason is longer than %1 characters.':
        'Die Begründung ist länger als %1 Zeichen.',
    'The value of header "%1" must be one line of text.':
        'Der Wert des Headers „%1“ muss eine Textzeile sein.',
    'There is already an approval webhook "%1".':
        'Es gibt bereits einen Genehmigungs-Webhook „%1“.',
    'There is no approval webhook "%1".':
        'Es gibt keinen Genehmigungs-Webhook „%1“.',
    'This approval token is not known.':
        'Dieses Genehmigungs-Token ist unbekannt.',
    'This approval token was used already.':
        'Dieses Genehmigungs-Token wurde bereits verwendet.',
    'Webhook %1 already answered phase %2 of request #%3.':
        'Der Webhook %1 hat Phase %2 von Antrag #%3 bereits beantwortet.',
    '"%1" cannot be set as a header of an approval webhook.':
        '„%1“ kann nicht als Header eines Genehmigungs-Webhooks gesetzt werden.',
    '"%1" is a field Countersign writes; choose another name.':
        '„%1“ ist ein Feld, das Countersign selbst schreibt; wählen Sie einen anderen Namen.',
    '"%1" is not an environment variable name.':
        '„%1“ ist kein Name einer Umgebungsvariablen.',
    '"%1" is not written NAME%2VALUE.':
        '„%1“ ist nicht in der Form NAME%2WERT geschrieben.',
    # Service accounts and the inbound API (issue 17)
    "%1 is a service account; service accounts never approve or reject requests.":
        "%1 ist ein Dienstkonto; Dienstkonten genehmigen oder lehnen nie Anträge ab.",
    '"%1" is not a service account.': "„%1“ ist kein Dienstkonto.",
    "The system could not produce random bytes for a token.":
        "Das System konnte keine Zufallsbytes für ein Token erzeugen.",
    "A token name has at most 64 characters.": "Ein Token-Name hat höchstens 64 Zeichen.",
    'Service account %1 already has a token named "%2".': "Das Dienstkonto %1 hat bereits ein Token namens „%2“.",
    'Service account %1 has no token named "%2".': "Das Dienstkonto %1 hat kein Token namens „%2“.",
    'Token "%1" of %2 is already revoked.': "Das Token „%1“ von %2 ist bereits widerrufen.",
    "The API token is not valid (unknown, revoked or of a disabled service account).":
        "Das API-Token ist nicht gültig (unbekannt, widerrufen oder von einem deaktivierten Dienstkonto).",
    # Intake requirements (issue 19) and requests on behalf of someone (issue 17).
    'Policy: "intake" must be a JSON object.': 'Richtlinie: "intake" muss ein JSON-Objekt sein.',
    'intake: "minCommentLength" must be a whole number from 0 to %1.':
        'intake: "minCommentLength" muss eine ganze Zahl von 0 bis %1 sein.',
    'intake: "ticket" must be a JSON object with label, pattern and required.':
        'intake: "ticket" muss ein JSON-Objekt mit label, pattern und required sein.',
    'intake.ticket: "label" must be a non-empty text.': 'intake.ticket: "label" muss ein nicht leerer Text sein.',
    'intake.ticket: "pattern" must be a regular expression as text.':
        'intake.ticket: "pattern" muss ein regulärer Ausdruck als Text sein.',
    'intake.ticket: "required" must be true or false.': 'intake.ticket: "required" muss true oder false sein.',
    'intake.ticket: the pattern is longer than %1 characters.': 'intake.ticket: Das Muster ist länger als %1 Zeichen.',
    'intake.ticket: the pattern "%1" is not a valid regular expression (%2).':
        'intake.ticket: Das Muster "%1" ist kein gültiger regulärer Ausdruck (%2).',
    'intake.ticket: the pattern "%1" repeats a group that itself repeats or has overlapping alternatives, which can take exponential time; simplify it.':
        'intake.ticket: Das Muster "%1" wiederholt eine Gruppe, die selbst wiederholt oder sich überschneidende Alternativen hat, was exponentiell lange dauern kann; vereinfachen Sie es.',
    'Ticket': 'Ticket',
    'The field "%1" is required for this request.': 'Das Feld "%1" ist für diesen Antrag erforderlich.',
    'This request takes no ticket reference.': 'Dieser Antrag nimmt keine Ticket-Referenz an.',
    'The field "%1" is longer than %2 characters.': 'Das Feld "%1" ist länger als %2 Zeichen.',
    'The field "%1" does not have the expected form (%2): "%3".':
        'Das Feld "%1" hat nicht die erwartete Form (%2): "%3".',
    'The comment must be at least %1 characters long (it has %2).':
        'Der Kommentar muss mindestens %1 Zeichen lang sein (er hat %2).',
    'Action field "onBehalf" must be an object with only "requesterGroups": the groups that may request for someone else.':
        'Das Aktionsfeld "onBehalf" muss ein Objekt nur mit "requesterGroups" sein: die Gruppen, die für jemand anderen beantragen dürfen.',
    'Action field "onBehalf" names no requester groups.': 'Das Aktionsfeld "onBehalf" nennt keine Antragstellergruppen.',
    'Action field "onBehalf" names group "%1", which may not request the action (it is not in "requesterGroups").':
        'Das Aktionsfeld "onBehalf" nennt die Gruppe "%1", die die Aktion nicht beantragen darf (sie steht nicht in "requesterGroups").',
    '%1 for %2': '%1 für %2',
    'Action "%1" cannot be requested on behalf of someone else.':
        'Die Aktion "%1" kann nicht im Namen einer anderen Person beantragt werden.',
    'You (%1) may not request "%2" on behalf of someone else; only members of %3 may.':
        'Sie (%1) dürfen "%2" nicht im Namen einer anderen Person beantragen; das dürfen nur Mitglieder von %3.',
    'A request on your own behalf names nobody else; leave "on behalf of" empty.':
        'Ein Antrag für Sie selbst nennt niemand anderen; lassen Sie "im Namen von" leer.',
    'There is no active person "%1" to request on behalf of.':
        'Es gibt keine aktive Person "%1", in deren Namen beantragt werden könnte.',
    'Request #%1 was made on your behalf; you cannot approve or reject it.':
        'Antrag #%1 wurde in Ihrem Namen gestellt; Sie können ihn weder genehmigen noch ablehnen.',
    ' Ticket: %1.': ' Ticket: %1.',
    'Ticket:     %1': 'Ticket:     %1',
    'Submitted by %1 for %2: %3': 'Eingereicht von %1 für %2: %3',
    'Rule condition field "%1" is unknown: use action, param.NAME, target.ATTRIBUTE, requester.group, duration (hours) or ticket.':
        'Das Bedingungsfeld "%1" ist unbekannt: verwenden Sie action, param.NAME, target.ATTRIBUTE, requester.group, duration (Stunden) oder ticket.',
    # The desk (issue 20), second part: request again, saved filters, audit filters.
    "Request #%1 is not your own; only your own requests can be asked again.":
        "Antrag #%1 ist nicht Ihr eigener; nur eigene Anträge können erneut gestellt werden.",
    "Request #%1 has not ended; only an ended request can be asked again.":
        "Antrag #%1 ist nicht abgeschlossen; nur ein abgeschlossener Antrag kann erneut gestellt werden.",
    "Submitted by %1, requested again from #%2: %3": "Eingereicht von %1, erneut gestellt aus #%2: %3",
    "Again from: request #%1": "Erneut aus: Antrag #%1",
    'Filters are saved for Incoming or Outgoing, not "%1".':
        "Filter werden für Eingang oder Ausgang gespeichert, nicht für „%1“.",
    "Give the filter a name.": "Geben Sie dem Filter einen Namen.",
    "A filter's name has at most %1 characters.": "Der Name eines Filters hat höchstens %1 Zeichen.",
    "Choose a request number above 0 and a time range that ends after it starts.":
        "Wählen Sie eine Antragsnummer über 0 und einen Zeitraum, der nach seinem Beginn endet.",
    # How an approval criterion reads for people (Expression::describe).
    "user %1": "Benutzer %1",
    "%1 members of %2": "%1 Mitglieder von %2",
    "a member of %1": "ein Mitglied von %1",
    "%1 people with role %2": "%1 Personen mit der Rolle %2",
    "someone with role %1": "jemand mit der Rolle %1",
    "the requester's manager": "die Führungskraft der antragstellenden Person",
    "a target owner": "eine verantwortliche Person des Ziels",
    "automatic": "automatisch",
    "a member of the requester's team": "ein Mitglied des Teams der antragstellenden Person",
    # Issue 17: a request on someone's behalf asks the beneficiary's manager and team.
    "the manager of the person it is requested for": "die Führungskraft der Person, für die beantragt wird",
    "a member of the team of the person it is requested for": "ein Mitglied des Teams der Person, für die beantragt wird",
    "not (%1)": "nicht (%1)",
    "all of (%1)": "alle von (%1)",
    "any of (%1)": "eines von (%1)",
    "webhook %1": "Webhook %1",
    "The service role comes only with a service account (service-account add).":
        "Die Rolle service gibt es nur mit einem Dienstkonto (service-account add).",
    "%1 is a service account; its role cannot change.": "%1 ist ein Dienstkonto; seine Rolle kann sich nicht ändern.",
    "Only admins and auditors can list every active grant.":
        "Nur Administratoren und Prüfer können alle aktiven Berechtigungen auflisten.",
    '%1 needs the answer of webhook "%2", which %3 needs too: a webhook decides a request once, so it can answer for one phase only.':
        "%1 braucht die Antwort des Genehmigungs-Webhooks „%2“, die auch %3 braucht: Ein Webhook entscheidet einen Antrag nur einmal und kann daher nur für eine Phase antworten.",
    # Why a vote counted and why no vote was needed: stored in English, read in German.
    "named approver": "namentlich benannte genehmigende Person",
    "member of group %1": "Mitglied der Gruppe %1",
    "has role %1": "hat die Rolle %1",
    "manager of the requester": "Führungskraft der antragstellenden Person",
    "owner of a target": "verantwortliche Person eines Ziels",
    "shares the requester's manager": "hat dieselbe Führungskraft wie die antragstellende Person",
    "answered by webhook %1": "vom Webhook %1 beantwortet",
    "member of the no-approval-needed group": "Mitglied der Gruppe ohne Genehmigungspflicht",
    "approved automatically by the policy": "von der Richtlinie automatisch genehmigt",
    # Notices and notice webhooks: errors in the reader's language.
    'There is no notice "%1"; choose one of: %2.': "Es gibt keine Benachrichtigung „%1“; möglich sind: %2.",
    "There is no channel \"%1\" for people's notices; choose one of: %2.":
        "Es gibt keinen Kanal „%1“ für Benachrichtigungen an Personen; möglich sind: %2.",
    '"%1" is not a notice mode; choose off, immediate or digest.':
        "„%1“ ist keine Zustellart; möglich sind off, immediate und digest.",
    "Only admins can change notification defaults and webhooks.":
        "Nur Administratoren können die Standards für Benachrichtigungen und die Webhooks ändern.",
    'An admin made "%1" mandatory: it cannot be switched off (choose immediate or digest).':
        "Ein Administrator hat „%1“ verpflichtend gemacht: Die Benachrichtigung lässt sich nicht abschalten (immediate oder digest wählen).",
    "A mandatory notice cannot default to off.": "Eine verpflichtende Benachrichtigung kann nicht standardmäßig abgeschaltet sein.",
    "A webhook name is 1 to 63 lower-case letters, digits, '-' or '_' (\"%1\" is not).":
        "„%1“ ist kein gültiger Webhook-Name: erlaubt sind 1 bis 63 Kleinbuchstaben, Ziffern, „-“ und „_“.",
    '"%1" is not an http:// or https:// address.': "„%1“ ist keine http://- oder https://-Adresse.",
    'There is no webhook format "%1"; choose one of: %2.': "Es gibt kein Webhook-Format „%1“; möglich sind: %2.",
    'There is already a webhook "%1".': "Es gibt bereits einen Webhook „%1“.",
    "Only admins and auditors can list webhooks.": "Nur Administratoren und Prüfer können Webhooks auflisten.",
    "Only admins and auditors can read the notification outbox.":
        "Nur Administratoren und Prüfer können den Postausgang der Benachrichtigungen lesen.",
    'There is no webhook "%1".': "Es gibt keinen Webhook „%1“.",
    "Audit entry %1 of a notice is missing.": "Der Protokolleintrag %1 einer Benachrichtigung fehlt.",
}
