#!/usr/bin/env python3
"""Fills countersign_de.ts (the client) from the German glossary below, and countersign_core_de.ts
(core's messages) from glossary_core_de.py, after lupdate has added new strings.

Run: cmake --build build --target update_translations && python3 translations/fill_de.py
Strings missing from the glossary stay unfinished, and the script lists them.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

from glossary_core_de import DE_CORE

DE = {
    "This value holds invisible characters (such as direction overrides), written here as \\uXXXX. Check what it really says before approving.":
        "Dieser Wert enthält unsichtbare Zeichen (etwa Richtungswechsel), hier als \\uXXXX geschrieben. Prüfen Sie vor der Genehmigung, was er wirklich besagt.",
    "Require approval": "Genehmigung erforderlich",
    "Show older entries": "Ältere Einträge zeigen",
    "Open a workspace first; then the link to request #%1 can be followed.":
        "Öffnen Sie zuerst einen Arbeitsbereich; dann kann dem Link zu Antrag #%1 gefolgt werden.",
    "Request #%1 is not in your Incoming or Outgoing.": "Antrag #%1 ist weder in Ihrem Eingang noch in Ihrem Ausgang.",
    "Countersign link": "Countersign-Link",
    # Part A of issue 13: demo agent, notices, shared workspace.
    "The database could not be reached, so nothing was saved. Try again once it is back.":
        "Die Datenbank war nicht erreichbar, daher wurde nichts gespeichert. Versuchen Sie es erneut, sobald sie wieder da ist.",
    "The database could not be reached; what is shown may be out of date.":
        "Die Datenbank war nicht erreichbar; das Angezeigte ist womöglich nicht aktuell.",
    "The database server %1 did not accept the password for %2.":
        "Der Datenbankserver %1 hat das Passwort für %2 nicht angenommen.",
    'The database server %1 has no workspace database "%2" for %3.':
        "Der Datenbankserver %1 hat keine Arbeitsbereich-Datenbank „%2“ für %3.",
    "The database server %1 cannot be reached; check the address and that the server runs.":
        "Der Datenbankserver %1 ist nicht erreichbar; prüfen Sie die Adresse und ob der Server läuft.",
    "The demo agent did not start; see %1.": "Der Demo-Agent ist nicht gestartet; siehe %1.",
    "The demo agent (countersign-agent) is not installed, so approved requests wait.":
        "Der Demo-Agent (countersign-agent) ist nicht installiert, daher warten genehmigte Anträge.",
    "Something else listens on the demo agent's port %1, so approved requests wait.":
        "Ein anderes Programm belegt den Port %1 des Demo-Agenten, daher warten genehmigte Anträge.",
    "Open": "Öffnen",
    "%1 · SQLite workspace": "%1 · SQLite-Arbeitsbereich",
    "%1 · shared workspace": "%1 · gemeinsamer Arbeitsbereich",
    "Signed in as %1 on the SQLite workspace %2 (identity is not enforced on SQLite).":
        "Angemeldet als %1 im SQLite-Arbeitsbereich %2 (unter SQLite wird die Identität nicht erzwungen).",
    "Signed in as %1 on %2.": "Angemeldet als %1 auf %2.",
    "The database does not answer; Countersign keeps trying. Nothing can be decided or saved until it is back.":
        "Die Datenbank antwortet nicht; Countersign versucht es weiter. Bis sie wieder da ist, kann nichts entschieden oder gespeichert werden.",
    "The database cannot be reached, so nothing can be decided or saved now; this is possible again once it is back.":
        "Die Datenbank ist nicht erreichbar, daher kann jetzt nichts entschieden oder gespeichert werden; sobald sie wieder da ist, geht es wieder.",
    "No system keychain is available, so the token is kept only until Countersign closes.":
        "Es ist kein Systemschlüsselbund verfügbar, daher wird das Token nur bis zum Schließen von Countersign behalten.",
    "The password of <b>%1</b> on the database server <b>%2:%3</b> (workspace <b>%4</b>). You act in Countersign as this database login.":
        "Das Passwort von <b>%1</b> auf dem Datenbankserver <b>%2:%3</b> (Arbeitsbereich <b>%4</b>). Sie handeln in Countersign als diese Datenbankanmeldung.",
    "The password kept in the keychain was not accepted.":
        "Das im Schlüsselbund gespeicherte Passwort wurde nicht angenommen.",
    "No password was given for %1 on %2, so the shared workspace was not opened.":
        "Für %1 auf %2 wurde kein Passwort angegeben, daher wurde der gemeinsame Arbeitsbereich nicht geöffnet.",
    "That password was not accepted; try again.": "Dieses Passwort wurde nicht angenommen; versuchen Sie es erneut.",
    "The system keychain did not keep the password; you will be asked again next time.":
        "Der Systemschlüsselbund hat das Passwort nicht gespeichert; Sie werden beim nächsten Mal erneut gefragt.",
    "Co&nnect": "&Verbinden",
    "The address of a shared workspace on PostgreSQL; the password is asked next.":
        "Die Adresse eines gemeinsamen Arbeitsbereichs auf PostgreSQL; das Passwort wird danach abgefragt.",
    "Shared &workspace:": "&Gemeinsamer Arbeitsbereich:",
    "&Try again: %1 on %2": "&Erneut versuchen: %1 auf %2",
    '"%1" is not a Countersign link (countersign://request/NUMBER).':
        "„%1“ ist kein Countersign-Link (countersign://request/NUMMER).",
    "Advanced flow (rules and phases as JSON)": "Erweiterter Ablauf (Regeln und Phasen als JSON)",
    "General": "Allgemein",
    "Parameters": "Parameter",
    "Approval": "Genehmigung",
    " s": " s",
    "&Name:": "&Name:",
    "&Description:": "&Beschreibung:",
    "&Interpreter:": "&Interpreter:",
    "&Timeout:": "&Zeitlimit:",
    "Requested by:": "Beantragt von:",
    "Targets:": "Ziele:",
    "…or any target of &kind:": "…oder jedes Ziel der &Art:",
    "&Script:": "&Skript:",
    "Name": "Name",
    "Label": "Beschriftung",
    "Type": "Typ",
    "Required": "Pflicht",
    "Default": "Vorgabe",
    "Pattern": "Muster",
    "Min": "Min.",
    "Max": "Max.",
    "Choices (comma-separated)": "Auswahl (durch Kommas getrennt)",
    "Help": "Hilfe",
    "Add parameter": "Parameter hinzufügen",
    "Remove parameter": "Parameter entfernen",
    " hours": " Stunden",
    "Any one member of a checked approver group can approve. Members of the no-approval-needed group run the action directly; that is recorded as a bypass. Nobody ever approves their own request.":
        "Ein beliebiges Mitglied einer angehakten Genehmigergruppe kann genehmigen. Mitglieder der Gruppe ohne Genehmigungspflicht führen die Aktion direkt aus; das wird als Umgehung protokolliert. Niemand genehmigt je den eigenen Antrag.",
    "Approver groups:": "Genehmigergruppen:",
    "No-approval-needed group:": "Gruppe ohne Genehmigungspflicht:",
    "Deadline:": "Frist:",
    "Who can approve now:": "Wer jetzt genehmigen kann:",
    "nobody can approve this phase now": "niemand kann diese Phase jetzt genehmigen",
    "any of %1 people": "eine von %1 Personen",
    "any of %1 members of %2": "eines der %1 Mitglieder von %2",
    "(none)": "(keine)",
    "New action": "Neue Aktion",
    "Import file…": "Datei importieren…",
    "Save": "Speichern",
    "Action %1 was created.": "Aktion %1 wurde angelegt.",
    "Nothing changed.": "Nichts geändert.",
    "Version %1 was saved; approved requests keep the version they were approved for.":
        "Version %1 wurde gespeichert; genehmigte Anträge behalten die Version, für die sie genehmigt wurden.",
    "Policy revision %1 was saved; it applies to new requests only.":
        "Richtlinien-Revision %1 wurde gespeichert; sie gilt nur für neue Anträge.",
    "Import action": "Aktion importieren",
    "Action files (*.json)": "Aktionsdateien (*.json)",
    "Cannot read %1.": "%1 kann nicht gelesen werden.",
    "Loaded %1; review it and press Save.": "%1 geladen; bitte prüfen und Speichern drücken.",
    "Actions": "Aktionen",
    "People": "Personen",
    "Groups": "Gruppen",
    "Targets": "Ziele",
    "Incoming": "Eingang",
    "Outgoing": "Ausgang",
    "Incoming (%1)": "Eingang (%1)",
    "Outgoing (%1)": "Ausgang (%1)",
    "#": "#",
    "Time": "Zeit",
    "Who": "Wer",
    "Event": "Ereignis",
    "Request": "Antrag",
    "Details": "Details",
    "Search who, event, request or details": "Suche nach Person, Ereignis, Antrag oder Details",
    "Verify chain": "Kette prüfen",
    "All events": "Alle Ereignisse",
    "✘ The audit chain is broken: %1": "✘ Die Prüfkette ist unterbrochen: %1",
    "Search actions": "Aktionen suchen",
    "Why is this needed? (required, e.g. the ticket number)": "Wozu wird das gebraucht? (Pflicht, z. B. die Ticketnummer)",
    "Targets *:": "Ziele *:",
    "Comment *:": "Kommentar *:",
    "No action selected": "Keine Aktion ausgewählt",
    "Choose an action on the left. Only the actions your groups may request are listed.":
        "Wählen Sie links eine Aktion. Aufgeführt sind nur Aktionen, die Ihre Gruppen beantragen dürfen.",
    "Run": "Ausführen",
    "Request Approval": "Genehmigung beantragen",
    "Approval needed — %1.": "Genehmigung nötig — %1.",
    "You can run this directly (%1).": "Sie können dies direkt ausführen (%1).",
    "Request submitted": "Antrag gestellt",
    "Request #%1 was submitted and waits for approval (%2). Track it under Approvals → Outgoing.":
        "Antrag #%1 wurde gestellt und wartet auf Genehmigung (%2). Verfolgen Sie ihn unter Genehmigungen → Ausgang.",
    "Request approved": "Antrag genehmigt",
    "Request #%1 was approved without a vote (%2). It will run when an agent executes it.":
        "Antrag #%1 wurde ohne Abstimmung genehmigt (%2). Er läuft, sobald ein Agent ihn ausführt.",
    "There is no workspace at %1.": "Unter %1 gibt es keinen Arbeitsbereich.",
    "Switch user": "Benutzer wechseln",
    "Act as (SQLite workspaces only; this is not a security boundary):":
        "Handeln als (nur SQLite-Arbeitsbereiche; dies ist keine Sicherheitsgrenze):",
    "Comment (required):": "Kommentar (Pflicht):",
    "Comment (optional):": "Kommentar (optional):",
    "Group": "Gruppe",
    "Description": "Beschreibung",
    "Members": "Mitglieder",
    "Member": "Mitglied",
    "Add a group": "Gruppe anlegen",
    "Add group": "Gruppe anlegen",
    "Members of the selected group": "Mitglieder der ausgewählten Gruppe",
    "Add member": "Mitglied hinzufügen",
    "Remove selected": "Auswahl entfernen",
    "Group %1 was added.": "Gruppe %1 wurde angelegt.",
    "Choose a person first.": "Wählen Sie zuerst eine Person.",
    "%1 joined %2.": "%1 ist jetzt in %2.",
    "%1 left %2.": "%1 ist nicht mehr in %2.",
    "Catalogue": "Katalog",
    "Approvals": "Genehmigungen",
    "Administration": "Verwaltung",
    "Audit": "Prüfprotokoll",
    "Countersign — %1": "Countersign — %1",
    "Signed in as %1 · SQLite workspace %2 (identity is not enforced on SQLite)":
        "Angemeldet als %1 · SQLite-Arbeitsbereich %2 (unter SQLite wird die Identität nicht erzwungen)",
    "Signed in as %1 · %2": "Angemeldet als %1 · %2",
    "Countersign": "Countersign",
    "&File": "&Datei",
    "&Open workspace…": "Arbeitsbereich ö&ffnen…",
    "&Switch user…": "Benutzer &wechseln…",
    "&Quit": "&Beenden",
    "&View": "&Ansicht",
    "&Catalogue": "&Katalog",
    "&Approvals": "&Genehmigungen",
    "A&dministration": "&Verwaltung",
    "A&udit": "&Prüfprotokoll",
    "&Find": "&Suchen",
    "&Refresh": "Akt&ualisieren",
    "&Request": "A&ntrag",
    "&Approve…": "&Genehmigen…",
    "&Reject…": "&Ablehnen…",
    "&Copy as text": "Als Text &kopieren",
    "Share by &e-mail": "Per &E-Mail teilen",
    "&Help": "&Hilfe",
    "&About Countersign": "&Über Countersign",
    "About Countersign": "Über Countersign",
    "<b>Countersign %1</b><p>An approval gate for IT automation: sensitive actions run only with exactly what the right people approved, and every step is in a tamper-evident audit log.</p>":
        "<b>Countersign %1</b><p>Ein Genehmigungstor für IT-Automatisierung: Heikle Aktionen laufen nur mit genau dem, was die richtigen Personen genehmigt haben, und jeder Schritt steht in einem manipulationssicheren Prüfprotokoll.</p>",
    "Request #%1 waits for your decision.": "Antrag #%1 wartet auf Ihre Entscheidung.",
    "%1 new requests wait for your decision.": "%1 neue Anträge warten auf Ihre Entscheidung.",
    "Dismiss": "Schließen",
    "This action takes no parameters.": "Diese Aktion hat keine Parameter.",
    "(choose)": "(auswählen)",
    "Parameter": "Parameter",
    "Value": "Wert",
    "Target": "Ziel",
    "Kind": "Art",
    "Owner": "Verantwortlich",
    "Agent": "Agent",
    "Attributes": "Attribute",
    "&Approve": "&Genehmigen",
    "&Reject": "&Ablehnen",
    "Cancel request": "Antrag zurückziehen",
    "Copy": "Kopieren",
    "Share by e-mail": "Per E-Mail teilen",
    "Overview": "Übersicht",
    "History": "Verlauf",
    "Execution": "Ausführung",
    "Approve the exact parameters and targets shown (Ctrl+Shift+A)": "Genau die gezeigten Parameter und Ziele genehmigen (Strg+Umschalt+A)",
    "Reject this request; a comment is required (Ctrl+Shift+R)": "Diesen Antrag ablehnen; ein Kommentar ist Pflicht (Strg+Umschalt+R)",
    "Copy the request as text to the clipboard": "Den Antrag als Text in die Zwischenablage kopieren",
    "Select a request to see its details.": "Wählen Sie einen Antrag, um die Details zu sehen.",
    " (%1 people)": " (%1 Personen)",
    "No approval needed": "Keine Genehmigung nötig",
    "Bypass:": "Umgehung:",
    "Status:": "Status:",
    "Created:": "Erstellt:",
    "Action version:": "Aktionsversion:",
    "Comment:": "Kommentar:",
    "Policy:": "Richtlinie:",
    "rule “%1”, revision %2": "Regel „%1“, Revision %2",
    "Digest:": "Prüfsumme:",
    "yes": "ja",
    "no": "nein",
    "(no longer in the directory)": "(nicht mehr im Verzeichnis)",
    "Not run: the request is waiting for approval.": "Nicht ausgeführt: Der Antrag wartet auf Genehmigung.",
    "Awaiting execution. The request is approved; no agent has run it yet. (Execution by countersign-agent is not part of this version.)":
        "Wartet auf Ausführung. Der Antrag ist genehmigt; noch hat ihn kein Agent ausgeführt. (Die Ausführung durch countersign-agent ist in dieser Version noch nicht enthalten.)",
    "Will not run: the request is %1.": "Wird nicht ausgeführt: Der Antrag ist %1.",
    "You can approve or reject this request (phase %1 of %2).": "Sie können diesen Antrag genehmigen oder ablehnen (Phase %1 von %2).",
    "Approve": "Genehmigen",
    "Reject": "Ablehnen",
    "Request #%1 is now %2.": "Antrag #%1 ist jetzt %2.",
    "Cancel request #%1? It cannot be resumed; you would request anew.":
        "Antrag #%1 zurückziehen? Er kann nicht fortgesetzt werden; Sie müssten neu beantragen.",
    "Request #%1 copied to the clipboard.": "Antrag #%1 in die Zwischenablage kopiert.",
    "Countersign request #%1: %2": "Countersign-Antrag #%1: %2",
    "All statuses": "Alle Status",
    "Pending": "Offen",
    "Approved": "Genehmigt",
    "Rejected": "Abgelehnt",
    "Expired": "Abgelaufen",
    "Cancelled": "Zurückgezogen",
    "Running": "Läuft",
    "Succeeded": "Erfolgreich",
    "Failed": "Fehlgeschlagen",
    "Search by id, action, requester or comment": "Suche nach Nummer, Aktion, Antragsteller oder Kommentar",
    "&Status:": "&Status:",
    "pending (%1/%2)": "offen (%1/%2)",
    "approved (bypass)": "genehmigt (Umgehung)",
    "approved": "genehmigt",
    "rejected": "abgelehnt",
    "expired": "abgelaufen",
    "cancelled": "zurückgezogen",
    "running": "läuft",
    "succeeded": "erfolgreich",
    "failed": "fehlgeschlagen",
    "active": "aktiv",
    "revoked": "widerrufen",
    "ID": "Nr.",
    "Action": "Aktion",
    "Requester": "Antragsteller",
    "Status": "Status",
    "Comment": "Kommentar",
    "Created": "Erstellt",
    "Deadline": "Frist",
    "<h2>Welcome to Countersign</h2>": "<h2>Willkommen bei Countersign</h2>",
    "Sensitive automation runs only with exactly what the right people approved. Choose a workspace to start.":
        "Heikle Automatisierung läuft nur mit genau dem, was die richtigen Personen genehmigt haben. Wählen Sie einen Arbeitsbereich.",
    "Try the &demo workspace": "&Demo-Arbeitsbereich ausprobieren",
    "Sample people, groups, targets and actions; switch between people with File → Switch user.":
        "Beispielpersonen, -gruppen, -ziele und -aktionen; wechseln Sie die Person mit Datei → Benutzer wechseln.",
    "&Create a workspace…": "Arbeitsbereich &anlegen…",
    "&Open a workspace…": "Arbeitsbereich ö&ffnen…",
    "Create workspace": "Arbeitsbereich anlegen",
    "Countersign workspaces (*.db)": "Countersign-Arbeitsbereiche (*.db)",
    "Open workspace": "Arbeitsbereich öffnen",
    "environment=production, site=berlin": "environment=production, site=berlin",
    "Add a target": "Ziel anlegen",
    "&Kind:": "&Art:",
    "A&gent:": "A&gent:",
    "&Owner:": "&Verantwortlich:",
    "A&ttributes:": "A&ttribute:",
    "Add target": "Ziel anlegen",
    'Write attributes as key=value, separated by commas ("%1" is not).':
        "Attribute als Schlüssel=Wert, durch Kommas getrennt („%1“ ist es nicht).",
    "Target %1 was added.": "Ziel %1 wurde angelegt.",
    "Login": "Anmeldename",
    "E-mail": "E-Mail",
    "Manager": "Vorgesetzte(r)",
    "Roles": "Rollen",
    "Admin": "Administration",
    "Auditor": "Prüfung",
    "Add a person": "Person anlegen",
    "&Login:": "&Anmeldename:",
    "&E-mail:": "&E-Mail:",
    "&Manager:": "&Vorgesetzte(r):",
    "Roles:": "Rollen:",
    "Add person": "Person anlegen",
    "%1 was added.": "%1 wurde angelegt.",
    "Remember it in the system keychain": "Im Schlüsselbund des Systems speichern",
    "Agent token": "Agent-Token",
    "The approved request goes to the agent at <b>%1</b>, which needs your token for it. Ask the agent's administrator for one (countersign-agent --new-token).":
        "Der genehmigte Antrag geht an den Agenten unter <b>%1</b>, der dafür Ihr Token braucht. Die Verwaltung des Agenten stellt eines aus (countersign-agent --new-token).",
    "Request #%1 was handed to its agent.": "Antrag #%1 wurde an seinen Agenten übergeben.",
    "Request #%1 waits for its agent: %2 It runs when the agent is back.": "Antrag #%1 wartet auf seinen Agenten: %2 Er läuft, sobald der Agent wieder erreichbar ist.",
    "Request #%1 is approved and waits for its agent; no token was given, so the agent will pick it up on its own.":
        "Antrag #%1 ist genehmigt und wartet auf seinen Agenten; ohne Token holt der Agent ihn von sich aus ab.",
    "%1 The token is kept until Countersign closes.": "%1 Das Token bleibt bis zum Beenden von Countersign erhalten.",
    "Database password": "Datenbank-Passwort",
    "Your password for <b>%1</b>. You act in Countersign as this database login.":
        "Ihr Passwort für <b>%1</b>. In Countersign handeln Sie als diese Datenbank-Anmeldung.",
    "On PostgreSQL you act as the role you connect as; --as applies to SQLite workspaces only.":
        "Unter PostgreSQL handeln Sie als die Rolle, mit der Sie sich verbinden; --as gilt nur für SQLite-Arbeitsbereiche.",
    "Password not remembered": "Passwort nicht gespeichert",
    "Database unreachable, reconnecting…": "Datenbank nicht erreichbar, neue Verbindung wird aufgebaut…",
    "Reconnected to the database.": "Wieder mit der Datenbank verbunden.",
    "Text": "Text",
    "Multi-line text": "Mehrzeiliger Text",
    "Whole number": "Ganzzahl",
    "Yes or no": "Ja oder nein",
    "Choice": "Auswahl",
    "E-mail address": "E-Mail-Adresse",
    "Date": "Datum",
    "Secret": "Geheimnis",
    "Active": "Aktiv",
    "Revoked": "Widerrufen",
    "Cancel": "Abbrechen",
    "Verifying the audit chain…": "Die Prüfkette wird geprüft…",
    "Verifying the audit chain… %1 entries read.": "Die Prüfkette wird geprüft… %1 Einträge gelesen.",
    "The audit chain could not be verified.": "Die Prüfkette konnte nicht geprüft werden.",
    "Request again": "Erneut beantragen",
    "Open the Catalogue with a new request holding the same parameters and targets":
        "Den Katalog mit einem neuen Antrag mit denselben Parametern und Zielen öffnen",
    "Refused by the agent; it never ran:": "Vom Agenten abgelehnt; nie ausgeführt:",
    "Refused by the agent (it asks again):": "Vom Agenten abgelehnt (er fragt erneut an):",
    "exit code %1": "Exit-Code %1",
    "You can no longer request %1.": "Sie können %1 nicht mehr beantragen.",
    "The form holds what was requested before; review it, then submit.":
        "Das Formular enthält den früheren Antrag; prüfen Sie ihn und senden Sie ihn dann ab.",
    "Save a new version?": "Neue Version speichern?",
    "Not saved.": "Nicht gespeichert.",
}

PLURALS = {
    "This change makes a new version of %1. %n open request(s) made for the current version will then be refused by the agent and must be requested again.\n\nSave anyway?": (
        "Diese Änderung erzeugt eine neue Version von %1. %n offener Antrag für die aktuelle Version wird dann vom Agenten abgelehnt und muss neu gestellt werden.\n\nTrotzdem speichern?",
        "Diese Änderung erzeugt eine neue Version von %1. %n offene Anträge für die aktuelle Version werden dann vom Agenten abgelehnt und müssen neu gestellt werden.\n\nTrotzdem speichern?",
    ),
    "✔ The audit chain is intact: %n entries verified.": (
        "✔ Die Prüfkette ist intakt: %n Eintrag geprüft.",
        "✔ Die Prüfkette ist intakt: %n Einträge geprüft.",
    ),
}


def fill(path: pathlib.Path, glossary: dict) -> int:
    tree = ET.parse(path)
    missing = []
    # Strings no longer in the sources (lupdate marks them vanished) are dropped, not kept around.
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes" and source in PLURALS:
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in PLURALS[source]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        elif source in glossary:
            translation.text = glossary[source]
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            missing.append(source)
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for m in missing:
        print(f"untranslated in {path.name}:", repr(m), file=sys.stderr)
    return 1 if missing else 0


def main() -> int:
    here = pathlib.Path(__file__).parent
    client = fill(here / "countersign_de.ts", DE)
    core = fill(here / "countersign_core_de.ts", DE_CORE)
    return client or core


if __name__ == "__main__":
    sys.exit(main())
