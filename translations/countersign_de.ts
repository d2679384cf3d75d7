<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../ui/errortext.cpp" line="21" />
            <source>The database could not be reached, so nothing was saved. Try again once it is back.</source>
            <translation>Die Datenbank war nicht erreichbar, daher wurde nichts gespeichert. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
        </message>
        <message>
            <location filename="../ui/errortext.cpp" line="29" />
            <source>The database could not be reached; what is shown may be out of date.</source>
            <translation>Die Datenbank war nicht erreichbar; das Angezeigte ist womöglich nicht aktuell.</translation>
        </message>
        <message>
            <location filename="../ui/errortext.cpp" line="40" />
            <source>The database server %1 did not accept the password for %2.</source>
            <translation>Der Datenbankserver %1 hat das Passwort für %2 nicht angenommen.</translation>
        </message>
        <message>
            <location filename="../ui/errortext.cpp" line="42" />
            <source>The database server %1 has no workspace database "%2" for %3.</source>
            <translation>Der Datenbankserver %1 hat keine Arbeitsbereich-Datenbank „%2“ für %3.</translation>
        </message>
        <message>
            <location filename="../ui/errortext.cpp" line="44" />
            <source>The database server %1 cannot be reached; check the address and that the server runs.</source>
            <translation>Der Datenbankserver %1 ist nicht erreichbar; prüfen Sie die Adresse und ob der Server läuft.</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../ui/prompts.cpp" line="76" />
            <source>Agent token</source>
            <translation>Agent-Token</translation>
        </message>
        <message>
            <location filename="../ui/prompts.cpp" line="77" />
            <source>The approved request goes to the agent at &lt;b&gt;%1&lt;/b&gt;, which needs your token for it. Ask the agent's administrator for one (countersign-agent --new-token).</source>
            <translation>Der genehmigte Antrag geht an den Agenten unter &lt;b&gt;%1&lt;/b&gt;, der dafür Ihr Token braucht. Die Verwaltung des Agenten stellt eines aus (countersign-agent --new-token).</translation>
        </message>
        <message>
            <location filename="../ui/prompts.cpp" line="90" />
            <source>Database password</source>
            <translation>Datenbank-Passwort</translation>
        </message>
        <message>
            <location filename="../ui/prompts.cpp" line="91" />
            <source>The password of &lt;b&gt;%1&lt;/b&gt; on the database server &lt;b&gt;%2:%3&lt;/b&gt; (workspace &lt;b&gt;%4&lt;/b&gt;). You act in Countersign as this database login.</source>
            <translation>Das Passwort von &lt;b&gt;%1&lt;/b&gt; auf dem Datenbankserver &lt;b&gt;%2:%3&lt;/b&gt; (Arbeitsbereich &lt;b&gt;%4&lt;/b&gt;). Sie handeln in Countersign als diese Datenbankanmeldung.</translation>
        </message>
        <message>
            <location filename="../ui/prompts.cpp" line="107" />
            <source>Directory password</source>
            <translation>Verzeichnis-Passwort</translation>
        </message>
        <message>
            <location filename="../ui/prompts.cpp" line="108" />
            <source>The password of &lt;b&gt;%1&lt;/b&gt; on the directory server &lt;b&gt;%2&lt;/b&gt;, to read the company directory. It is never shown or logged; only the system keychain may keep it.</source>
            <translation>Das Passwort von &lt;b&gt;%1&lt;/b&gt; auf dem Verzeichnisserver &lt;b&gt;%2&lt;/b&gt;, um das Firmenverzeichnis zu lesen. Es wird nie angezeigt oder protokolliert; nur der Schlüsselbund des Systems darf es aufbewahren.</translation>
        </message>
        <message>
            <location filename="../ui/reports/reportexporter.cpp" line="17" />
            <source>%1 could not be written: %2.</source>
            <translation>%1 konnte nicht geschrieben werden: %2.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ActionEditor</name>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="100" />
            <source>Require approval</source>
            <translation>Genehmigung erforderlich</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="104" />
            <source>Advanced flow (rules and phases as JSON)</source>
            <translation>Erweiterter Ablauf (Regeln und Phasen als JSON)</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="114" />
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="115" />
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="117" />
            <source>Approval</source>
            <translation>Genehmigung</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="130" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="133" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="134" />
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="135" />
            <source>&amp;Interpreter:</source>
            <translation>&amp;Interpreter:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="136" />
            <source>&amp;Timeout:</source>
            <translation>&amp;Zeitlimit:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="137" />
            <source>Requested by:</source>
            <translation>Beantragt von:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="138" />
            <source>Targets:</source>
            <translation>Ziele:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="139" />
            <source>…or any target of &amp;kind:</source>
            <translation>…oder jedes Ziel der &amp;Art:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="140" />
            <source>&amp;Script:</source>
            <translation>&amp;Skript:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="155" />
            <source>Add parameter</source>
            <translation>Parameter hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="156" />
            <source>Remove parameter</source>
            <translation>Parameter entfernen</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="186" />
            <source> hours</source>
            <translation> Stunden</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="189" />
            <source>Any one member of a checked approver group can approve. Members of the no-approval-needed group run the action directly; that is recorded as a bypass. Nobody ever approves their own request.</source>
            <translation>Ein beliebiges Mitglied einer angehakten Genehmigergruppe kann genehmigen. Mitglieder der Gruppe ohne Genehmigungspflicht führen die Aktion direkt aus; das wird als Umgehung protokolliert. Niemand genehmigt je den eigenen Antrag.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="205" />
            <source>Own policy</source>
            <translation>Eigene Richtlinie</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="206" />
            <source>Default workflow</source>
            <translation>Vorgabe-Workflow</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="208" />
            <source>New requests follow the workflow's current revision (see Administration → Workflows); pending requests keep the policy they were submitted under.</source>
            <translation>Neue Anträge folgen der aktuellen Revision des Workflows (siehe Verwaltung → Workflows); offene Anträge behalten die Richtlinie, unter der sie gestellt wurden.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="211" />
            <source>&amp;Approval policy:</source>
            <translation>&amp;Genehmigungsrichtlinie:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="214" />
            <source>Approver groups:</source>
            <translation>Genehmigergruppen:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="215" />
            <source>No-approval-needed group:</source>
            <translation>Gruppe ohne Genehmigungspflicht:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="216" />
            <source>Deadline:</source>
            <translation>Frist:</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="261" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="265" />
            <source>The flow is valid; the fields above show the same policy.</source>
            <translation>Der Ablauf ist gültig; die Felder oben zeigen dieselbe Richtlinie.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="266" />
            <source>The flow is valid. It has rules and phases, which only the JSON can show.</source>
            <translation>Der Ablauf ist gültig. Er hat Regeln und Phasen, die nur das JSON zeigen kann.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="268" />
            <source>The flow is valid; the fields above show it except what it does on time, which only the JSON can change.</source>
            <translation>Der Ablauf ist gültig; die Felder oben zeigen ihn, außer was er bei Zeitablauf tut – das kann nur das JSON ändern.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="271" />
            <source>On time: %1.</source>
            <translation>Zeitverhalten: %1.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="313" />
            <location filename="../ui/admin/actioneditor.cpp" line="315" />
            <location filename="../ui/admin/actioneditor.cpp" line="419" />
            <source>Workflow %1</source>
            <translation>Workflow %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/actioneditor.cpp" line="365" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ActionsPage</name>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="28" />
            <source>New action</source>
            <translation>Neue Aktion</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="29" />
            <source>Import file…</source>
            <translation>Datei importieren…</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="30" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="140" />
            <source>Save a new version?</source>
            <translation>Neue Version speichern?</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/actionspage.cpp" line="141" />
            <source>This change makes a new version of %1. %n open request(s) made for the current version will then be refused by the agent and must be requested again.

Save anyway?</source>
            <translation>
                <numerusform>Diese Änderung erzeugt eine neue Version von %1. %n offener Antrag für die aktuelle Version wird dann vom Agenten abgelehnt und muss neu gestellt werden.

Trotzdem speichern?</numerusform>
                <numerusform>Diese Änderung erzeugt eine neue Version von %1. %n offene Anträge für die aktuelle Version werden dann vom Agenten abgelehnt und müssen neu gestellt werden.

Trotzdem speichern?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="146" />
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="156" />
            <source>Action %1 was created.</source>
            <translation>Aktion %1 wurde angelegt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="158" />
            <source>Nothing changed.</source>
            <translation>Nichts geändert.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="160" />
            <source>Version %1 was saved; approved requests keep the version they were approved for.</source>
            <translation>Version %1 wurde gespeichert; genehmigte Anträge behalten die Version, für die sie genehmigt wurden.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="163" />
            <source>Policy revision %1 was saved; it applies to new requests only.</source>
            <translation>Richtlinien-Revision %1 wurde gespeichert; sie gilt nur für neue Anträge.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="190" />
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="191" />
            <source>The new action is not saved. Discard it?</source>
            <translation>Die neue Aktion ist nicht gespeichert. Verwerfen?</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="192" />
            <source>Your changes to %1 are not saved. Discard them?</source>
            <translation>Ihre Änderungen an %1 sind nicht gespeichert. Verwerfen?</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="223" />
            <source>Import action</source>
            <translation>Aktion importieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="223" />
            <source>Action files (*.json)</source>
            <translation>Aktionsdateien (*.json)</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="228" />
            <source>Cannot read %1.</source>
            <translation>%1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../ui/admin/actionspage.cpp" line="240" />
            <source>Loaded %1; review it and press Save.</source>
            <translation>%1 geladen; bitte prüfen und Speichern drücken.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ActiveGrantsModel</name>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="38" />
            <source>ends now</source>
            <translation>endet jetzt</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="40" />
            <source>ends in %1 min</source>
            <translation>endet in %1 Min.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="43" />
            <source>ends in %1 h %2 min</source>
            <translation>endet in %1 Std. %2 Min.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="44" />
            <source>ends in %1 days</source>
            <translation>endet in %1 Tagen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/grants/activegrantsmodel.cpp" line="55" />
            <source>REVOKE FAILING: %n attempt(s); last error: %1</source>
            <translation>
                <numerusform>ENTZUG SCHLÄGT FEHL: %n Versuch; letzter Fehler: %1</numerusform>
                <numerusform>ENTZUG SCHLÄGT FEHL: %n Versuche; letzter Fehler: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="58" />
            <source>revoking now</source>
            <translation>wird gerade entzogen</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="60" />
            <source>revoke asked by %1</source>
            <translation>Entzug verlangt von %1</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="61" />
            <source>scheduled</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="130" />
            <source>not reviewed</source>
            <translation>nicht überprüft</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="132" />
            <source>kept by %1, %2</source>
            <translation>behalten von %1, %2</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="133" />
            <source>revoked by %1, %2</source>
            <translation>entzogen von %1, %2</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="147" />
            <source>ID</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="149" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="151" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="153" />
            <source>Targets</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="155" />
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="157" />
            <source>Time left</source>
            <translation>Verbleibend</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="159" />
            <source>Approved by</source>
            <translation>Genehmigt von</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="161" />
            <source>Revoke</source>
            <translation>Entzug</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantsmodel.cpp" line="163" />
            <source>Last review</source>
            <translation>Letzte Überprüfung</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ActiveGrantsWidget</name>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="27" />
            <source>Revoke…</source>
            <translation>Entziehen …</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="28" />
            <source>Keep…</source>
            <translation>Behalten …</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="66" />
            <source>Time-bound access still granted. Its reviewers keep it with a comment or revoke it early; your own access you may end early.</source>
            <translation>Noch gewährte zeitlich begrenzte Zugriffe. Wer sie überprüft, behält sie mit einem Kommentar oder entzieht sie vorzeitig; Ihre eigenen Zugriffe dürfen Sie vorzeitig beenden.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="108" />
            <source>End the selected grant now; the agent runs its revoke script.</source>
            <translation>Die ausgewählte Berechtigung jetzt beenden; der Agent führt ihr Entzugsskript aus.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="106" />
            <source>Record that the selected grant is still needed.</source>
            <translation>Festhalten, dass die ausgewählte Berechtigung noch gebraucht wird.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="57" />
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="58" />
            <source>Approved by me</source>
            <translation>Von mir genehmigt</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="60" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="63" />
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="167" />
            <source>You hold no active grants. Time-bound access granted to you appears here until it ends.</source>
            <translation>Sie haben keine aktiven Berechtigungen. Zeitlich begrenzte Zugriffe für Sie erscheinen hier, bis sie enden.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="169" />
            <source>No active grants for you to review. Time-bound access that you approved appears here until it ends.</source>
            <translation>Keine aktiven Berechtigungen zu prüfen. Zeitlich begrenzte Zugriffe, die Sie genehmigt haben, erscheinen hier, bis sie enden.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="174" />
            <source>No active grants. Time-bound access appears here from its start until it ends.</source>
            <translation>Keine aktiven Berechtigungen. Zeitlich begrenzte Zugriffe erscheinen hier von ihrem Beginn bis zu ihrem Ende.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="197" />
            <source>Revoke grant #%1</source>
            <translation>Berechtigung #%1 entziehen</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="198" />
            <source>Why is this access no longer needed? (required; audited)</source>
            <translation>Warum wird dieser Zugriff nicht mehr gebraucht? (Pflicht; protokolliert)</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="202" />
            <source>The grant of request #%1 is revoked at the agent's next tick.</source>
            <translation>Die Berechtigung von Antrag #%1 wird beim nächsten Takt des Agenten entzogen.</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="217" />
            <source>Keep grant #%1</source>
            <translation>Berechtigung #%1 behalten</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="218" />
            <source>Why is this access still needed? (required; audited)</source>
            <translation>Warum wird dieser Zugriff noch gebraucht? (Pflicht; protokolliert)</translation>
        </message>
        <message>
            <location filename="../ui/grants/activegrantswidget.cpp" line="221" />
            <source>The grant of request #%1 is kept; the review is recorded.</source>
            <translation>Die Berechtigung von Antrag #%1 bleibt; die Überprüfung ist festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::AdminWidget</name>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="22" />
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="23" />
            <source>Workflows</source>
            <translation>Workflows</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="24" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="25" />
            <source>Groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="26" />
            <source>Targets</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="27" />
            <source>Directory</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="28" />
            <source>Webhooks</source>
            <translation>Webhooks</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="29" />
            <source>Approval webhooks</source>
            <translation>Genehmigungs-Webhooks</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminwidget.cpp" line="30" />
            <source>Service accounts</source>
            <translation>Dienstkonten</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ApprovalWebhooksPage</name>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="24" />
            <source>Webhook</source>
            <translation>Webhook</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="24" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="24" />
            <source>Failures</source>
            <translation>Fehlschläge</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="24" />
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="24" />
            <source>Key from</source>
            <translation>Schlüssel aus</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="24" />
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="68" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="31" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="32" />
            <source>&amp;Test</source>
            <translation>&amp;Testen</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="33" />
            <source>&amp;Enable</source>
            <translation>&amp;Aktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="34" />
            <source>&amp;Disable</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="42" />
            <source>Take the selected webhook out of service; its phases wait for the admins.</source>
            <translation>Den ausgewählten Webhook außer Betrieb nehmen; seine Phasen warten dann auf die Admins.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="52" />
            <source>No approval webhooks yet. Add one below; a phase names it as {"webhook": "NAME"}.</source>
            <translation>Noch keine Genehmigungs-Webhooks. Fügen Sie unten einen hinzu; eine Phase nennt ihn als {"webhook": "NAME"}.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="54" />
            <source>Approval webhooks decide the phases whose policy names them ({"webhook": "NAME"}). The agent sends each one the request and a single-use token; it answers approve or decline. After repeated failures the agent disables it and the admins are told.</source>
            <translation>Genehmigungs-Webhooks entscheiden die Phasen, deren Richtlinie sie nennt ({"webhook": "NAME"}). Der Agent schickt jedem den Antrag und ein Einmal-Token; er antwortet mit Genehmigen oder Ablehnen. Nach wiederholten Fehlschlägen deaktiviert der Agent ihn, und die Admins werden benachrichtigt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="62" />
            <source>One per line: Name: value</source>
            <translation>Einer pro Zeile: Name: Wert</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="63" />
            <source>One per line: name=value</source>
            <translation>Eines pro Zeile: name=Wert</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="67" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="69" />
            <source>Key in the agent's variable</source>
            <translation>Schlüssel in der Variablen des Agenten</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="70" />
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="71" />
            <source>Body fields</source>
            <translation>Felder im Inhalt</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="116" />
            <source>Enabled</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="116" />
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="126" />
            <source>Disabled after repeated failures; its phases wait for the admins.</source>
            <translation>Nach wiederholten Fehlschlägen deaktiviert; seine Phasen warten auf die Admins.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="128" />
            <source>Disabled by an admin; its phases wait for the admins.</source>
            <translation>Von einem Admin deaktiviert; seine Phasen warten auf die Admins.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="129" />
            <source>Disabled by %1; its phases wait for the admins.</source>
            <translation>Von %1 deaktiviert; seine Phasen warten auf die Admins.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="172" />
            <source>Approval webhook %1 added.</source>
            <translation>Genehmigungs-Webhook %1 hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="193" />
            <source>Approval webhook %1 is disabled; its phases wait for the admins.</source>
            <translation>Genehmigungs-Webhook %1 ist deaktiviert; seine Phasen warten auf die Admins.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="210" />
            <source>A test call to %1 is queued; the agent sends it.</source>
            <translation>Ein Testaufruf an %1 ist eingereiht; der Agent sendet ihn.</translation>
        </message>
        <message>
            <location filename="../ui/admin/approvalwebhookspage.cpp" line="225" />
            <source>Approval webhook %1 is enabled.</source>
            <translation>Genehmigungs-Webhook %1 ist aktiviert.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ApprovalsWidget</name>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="29" />
            <source>No request has named you as an approver yet.</source>
            <translation>Bisher hat Sie noch kein Antrag als Genehmigende:n benannt.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="30" />
            <source>You have not requested anything yet. Requests start in the Catalogue.</source>
            <translation>Sie haben noch nichts beantragt. Anträge beginnen im Katalog.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="54" />
            <source>Incoming</source>
            <translation>Eingang</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="55" />
            <source>Outgoing</source>
            <translation>Ausgang</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="73" />
            <source>Approve selected…</source>
            <translation>Ausgewählte genehmigen …</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="74" />
            <source>Reject selected…</source>
            <translation>Ausgewählte ablehnen …</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="88" />
            <source>%1 requests selected: decide them together, with a summary first.</source>
            <translation>%1 Anträge ausgewählt: gemeinsam entscheiden, mit einer Übersicht vorab.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="207" />
            <source>Incoming (%1 to decide)</source>
            <translation>Eingang (%1 zu entscheiden)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/approvalswidget.cpp" line="208" />
            <source>Outgoing (%1 pending of %2)</source>
            <translation>Ausgang (%1 offen von %2)</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::AuditWidget</name>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="39" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="39" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="39" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="39" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="39" />
            <source>Request</source>
            <translation>Antrag</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="39" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="50" />
            <source>Show older entries</source>
            <translation>Ältere Einträge zeigen</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="52" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="53" />
            <source>Export report…</source>
            <translation>Bericht exportieren…</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="69" />
            <source>Search who, event, request or details</source>
            <translation>Suche nach Person, Ereignis, Antrag oder Details</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="116" />
            <source>any day</source>
            <translation>beliebiger Tag</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="125" />
            <source>login</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="128" />
            <source>number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="143" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="144" />
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="145" />
            <source>&amp;Who:</source>
            <translation>&amp;Wer:</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="146" />
            <source>Re&amp;quest:</source>
            <translation>A&amp;ntrag:</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="431" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="434" />
            <source>CSV file (*.csv)</source>
            <translation>CSV-Datei (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="434" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="445" />
            <source>Writing the report…</source>
            <translation>Bericht wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="51" />
            <source>Verify chain</source>
            <translation>Kette prüfen</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="95" />
            <source>A period report of requests for auditors, as PDF or CSV</source>
            <translation>Ein Zeitraumbericht der Anträge für Prüfer, als PDF oder CSV</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="74" />
            <source>All events</source>
            <translation>Alle Ereignisse</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="379" />
            <source>Verifying the audit chain…</source>
            <translation>Die Prüfkette wird geprüft…</translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="396" />
            <source>Verifying the audit chain… %1 entries read.</source>
            <translation>Die Prüfkette wird geprüft… %1 Einträge gelesen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/audit/auditwidget.cpp" line="405" />
            <source>✔ The audit chain is intact: %n entries verified.</source>
            <translation>
                <numerusform>✔ Die Prüfkette ist intakt: %n Eintrag geprüft.</numerusform>
                <numerusform>✔ Die Prüfkette ist intakt: %n Einträge geprüft.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/audit/auditwidget.cpp" line="409" />
            <source>✘ The audit chain is broken: %1</source>
            <translation>✘ Die Prüfkette ist unterbrochen: %1</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::BulkDecisionDialog</name>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="23" />
            <source>One comment for all</source>
            <translation>Ein Kommentar für alle</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="24" />
            <source>A comment for each request (in the table)</source>
            <translation>Ein Kommentar je Antrag (in der Tabelle)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="29" />
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="34" />
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="123" />
            <source>Approve %1 requests</source>
            <translation>%1 Anträge genehmigen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="30" />
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="34" />
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="124" />
            <source>Reject %1 requests</source>
            <translation>%1 Anträge ablehnen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="41" />
            <source>Asking what each decision would do…</source>
            <translation>Ermittle, was jede Entscheidung bewirken würde …</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="59" />
            <source>Comment for every request (optional)</source>
            <translation>Kommentar für jeden Antrag (optional)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="60" />
            <source>Why these requests are rejected (required)</source>
            <translation>Warum diese Anträge abgelehnt werden (Pflicht)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="107" />
            <source>Approving these %1 requests: %2 will be approved as shown, %3 are refused (see why below).</source>
            <translation>Genehmigung dieser %1 Anträge: %2 werden wie gezeigt genehmigt, bei %3 ist es nicht möglich (Gründe unten).</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="108" />
            <source>Rejecting these %1 requests: %2 will be rejected, %3 are refused (see why below).</source>
            <translation>Ablehnung dieser %1 Anträge: %2 werden abgelehnt, bei %3 ist es nicht möglich (Gründe unten).</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="112" />
            <source>Nothing is decided until you confirm; each request is decided on its own.</source>
            <translation>Nichts wird entschieden, bevor Sie bestätigen; jeder Antrag wird einzeln entschieden.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="123" />
            <source>Approve 1 request</source>
            <translation>1 Antrag genehmigen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="124" />
            <source>Reject 1 request</source>
            <translation>1 Antrag ablehnen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="127" />
            <source>None of the selected requests can be decided by you now.</source>
            <translation>Keinen der ausgewählten Anträge können Sie jetzt entscheiden.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="129" />
            <source>A rejection needs a comment.</source>
            <translation>Eine Ablehnung braucht einen Kommentar.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="132" />
            <source>A rejection needs a comment on each request; still without one: %1.</source>
            <translation>Eine Ablehnung braucht zu jedem Antrag einen Kommentar; noch ohne: %1.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="149" />
            <source>Deciding…</source>
            <translation>Entscheide …</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="162" />
            <source>%1 approved, %2 not (see why below).</source>
            <translation>%1 genehmigt, %2 nicht (Gründe unten).</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="163" />
            <source>%1 rejected, %2 not (see why below).</source>
            <translation>%1 abgelehnt, %2 nicht (Gründe unten).</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="166" />
            <source>The outcome is unknown for %1 of them: look at those requests before deciding again.</source>
            <translation>Bei %1 davon ist das Ergebnis unbekannt: sehen Sie sich diese Anträge an, bevor Sie erneut entscheiden.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisiondialog.cpp" line="169" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::BulkDecisionModel</name>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="94" />
            <source>Request</source>
            <translation>Antrag</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="96" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="98" />
            <source>Targets</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="100" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="100" />
            <source>What it will do</source>
            <translation>Was die Entscheidung bewirkt</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="102" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="161" />
            <source>Done: %1</source>
            <translation>Erledigt: %1</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="163" />
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="170" />
            <source>Refused: %1</source>
            <translation>Nicht möglich: %1</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="165" />
            <source>Unknown, check the request: %1</source>
            <translation>Unbekannt, prüfen Sie den Antrag: %1</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="169" />
            <source>Not decided.</source>
            <translation>Nicht entschieden.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/bulkdecisionmodel.cpp" line="173" />
            <source>(not decided)</source>
            <translation>(nicht entschieden)</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::CatalogueWidget</name>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="42" />
            <source>Duration *:</source>
            <translation>Dauer *:</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="46" />
            <source>Reload the form</source>
            <translation>Formular neu laden</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="56" />
            <source>Search actions</source>
            <translation>Aktionen suchen</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="80" />
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="446" />
            <source>Why is this needed? (required, e.g. the ticket number)</source>
            <translation>Wozu wird das gebraucht? (Pflicht, z. B. die Ticketnummer)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="88" />
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="91" />
            <source>Request</source>
            <translation>Antrag</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="93" />
            <source>Targets *:</source>
            <translation>Ziele *:</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="98" />
            <source>How long the access lasts; at the end the agent revokes it.</source>
            <translation>Wie lange der Zugriff dauert; am Ende entzieht ihn der Agent.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="102" />
            <source>Comment *:</source>
            <translation>Kommentar *:</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="222" />
            <source>Reload the form to request the new version.</source>
            <translation>Laden Sie das Formular neu, um die neue Version zu beantragen.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="223" />
            <source>%1 was changed by an admin (now version %2) while you filled it in. Reload the form to continue: the values that still fit are kept.</source>
            <translation>%1 wurde von einem Admin geändert (jetzt Version %2), während Sie das Formular ausgefüllt haben. Laden Sie das Formular neu, um fortzufahren: Werte, die noch passen, bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="247" />
            <source>%1 is no longer available to you.</source>
            <translation>%1 steht Ihnen nicht mehr zur Verfügung.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="250" />
            <source>%1 is no longer in your catalogue; this form can no longer be submitted.</source>
            <translation>%1 ist nicht mehr in Ihrem Katalog; dieses Formular kann nicht mehr abgeschickt werden.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="251" />
            <source>%1 is no longer available to you: %2 The form is kept so you can copy what you typed; ask an admin if you still need it.</source>
            <translation>%1 steht Ihnen nicht mehr zur Verfügung: %2 Das Formular bleibt stehen, damit Sie Ihre Eingaben kopieren können; wenden Sie sich an einen Admin, wenn Sie die Aktion weiter brauchen.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="283" />
            <source>The form shows version %1; check the values before you submit.</source>
            <translation>Das Formular zeigt Version %1; prüfen Sie die Werte vor dem Abschicken.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="311" />
            <source>No action selected</source>
            <translation>Keine Aktion ausgewählt</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="313" />
            <source>Choose an action on the left. Only the actions your groups may request are listed.</source>
            <translation>Wählen Sie links eine Aktion. Aufgeführt sind nur Aktionen, die Ihre Gruppen beantragen dürfen.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="316" />
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="452" />
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="365" />
            <source>You can no longer request %1.</source>
            <translation>Sie können %1 nicht mehr beantragen.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="383" />
            <source>The form holds what was requested before; review it, then submit.</source>
            <translation>Das Formular enthält den früheren Antrag; prüfen Sie ihn und senden Sie ihn dann ab.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="445" />
            <source>Why is this needed? (required)</source>
            <translation>Wozu wird das gebraucht? (Pflicht)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="452" />
            <source>Request Approval</source>
            <translation>Genehmigung beantragen</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="454" />
            <source>Approval needed — %1.</source>
            <translation>Genehmigung nötig — %1.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="455" />
            <source>You can run this directly (%1).</source>
            <translation>Sie können dies direkt ausführen (%1).</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="480" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="482" />
            <source>Run %1 on %2 now, without approval?</source>
            <translation>%1 jetzt auf %2 ausführen, ohne Genehmigung?</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="498" />
            <source>Run without approval?</source>
            <translation>Ohne Genehmigung ausführen?</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="499" />
            <source>Not run; nothing was recorded.</source>
            <translation>Nicht ausgeführt; nichts wurde protokolliert.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="514" />
            <source>Request submitted</source>
            <translation>Antrag gestellt</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="515" />
            <source>Request #%1 was submitted and waits for approval (%2). Track it under Approvals → Outgoing.</source>
            <translation>Antrag #%1 wurde gestellt und wartet auf Genehmigung (%2). Verfolgen Sie ihn unter Genehmigungen → Ausgang.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="520" />
            <source>Running without approval</source>
            <translation>Ausführung ohne Genehmigung</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="521" />
            <source>#%1 runs directly, without approval.</source>
            <translation>#%1 wird direkt ausgeführt, ohne Genehmigung.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="522" />
            <source>#%1 runs directly, without approval (%2).</source>
            <translation>#%1 wird direkt ausgeführt, ohne Genehmigung (%2).</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/cataloguewidget.cpp" line="524" />
            <source>It starts when its agent takes it; follow it under Approvals → Outgoing.</source>
            <translation>Die Ausführung beginnt, sobald der Agent sie übernimmt; verfolgen Sie sie unter Genehmigungen → Ausgang.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ClientController</name>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="62" />
            <source>Request #%1 is not in your Incoming or Outgoing.</source>
            <translation>Antrag #%1 ist weder in Ihrem Eingang noch in Ihrem Ausgang.</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="64" />
            <source>Countersign link</source>
            <translation>Countersign-Link</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="115" />
            <source>The password kept in the keychain was not accepted.</source>
            <translation>Das im Schlüsselbund gespeicherte Passwort wurde nicht angenommen.</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="122" />
            <source>No password was given for %1 on %2, so the shared workspace was not opened.</source>
            <translation>Für %1 auf %2 wurde kein Passwort angegeben, daher wurde der gemeinsame Arbeitsbereich nicht geöffnet.</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="126" />
            <source>That password was not accepted; try again.</source>
            <translation>Dieses Passwort wurde nicht angenommen; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="130" />
            <source>The system keychain did not keep the password; you will be asked again next time.</source>
            <translation>Der Systemschlüsselbund hat das Passwort nicht gespeichert; Sie werden beim nächsten Mal erneut gefragt.</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="141" />
            <source>There is no workspace at %1.</source>
            <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="145" />
            <source>On PostgreSQL you act as the role you connect as; --as applies to SQLite workspaces only.</source>
            <translation>Unter PostgreSQL handeln Sie als die Rolle, mit der Sie sich verbinden; --as gilt nur für SQLite-Arbeitsbereiche.</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="129" />
            <source>Password not remembered</source>
            <translation>Passwort nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="220" />
            <source>Switch user</source>
            <translation>Benutzer wechseln</translation>
        </message>
        <message>
            <location filename="../ui/clientcontroller.cpp" line="221" />
            <source>Act as (SQLite workspaces only; this is not a security boundary):</source>
            <translation>Handeln als (nur SQLite-Arbeitsbereiche; dies ist keine Sicherheitsgrenze):</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DateField</name>
        <message>
            <location filename="../ui/catalogue/datefield.cpp" line="17" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>JJJJ-MM-TT (optional)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/datefield.cpp" line="17" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/datefield.cpp" line="21" />
            <source>Calendar…</source>
            <translation>Kalender…</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/datefield.cpp" line="22" />
            <source>Pick a date from a calendar</source>
            <translation>Ein Datum im Kalender wählen</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DecisionDialog</name>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="27" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="27" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="42" />
            <source>%1 request #%2</source>
            <translation>Antrag #%2: %1</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="45" />
            <source>Action:</source>
            <translation>Aktion:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="45" />
            <source>%1, version %2</source>
            <translation>%1, Version %2</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="46" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="47" />
            <source>Requested by:</source>
            <translation>Beantragt von:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="48" />
            <source>Created:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="49" />
            <source>Deadline:</source>
            <translation>Frist:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="52" />
            <source>Duration:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="54" />
            <source>Runs at:</source>
            <translation>Läuft um:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="56" />
            <source>Extends:</source>
            <translation>Verlängert:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="56" />
            <source>request #%1</source>
            <translation>Antrag #%1</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="57" />
            <source>Targets:</source>
            <translation>Ziele:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="58" />
            <source>Their comment:</source>
            <translation>Kommentar des Antrags:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="66" />
            <source>Phase:</source>
            <translation>Phase:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="68" />
            <source>Deciding for:</source>
            <translation>Entscheidung für:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="68" />
            <source>%1, whose approvals you hold</source>
            <translation>%1, deren Freigaben Sie vertreten</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="88" />
            <source>The SHA-256 digest of exactly what you decide; the agent checks it before running.</source>
            <translation>Der SHA-256-Digest genau dessen, worüber Sie entscheiden; der Agent prüft ihn vor der Ausführung.</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="91" />
            <source>Digest:</source>
            <translation>Prüfsumme:</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="110" />
            <source>Your &amp;comment (required):</source>
            <translation>Ihr &amp;Kommentar (Pflicht):</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="110" />
            <source>Your &amp;comment (optional):</source>
            <translation>Ihr &amp;Kommentar (optional):</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="124" />
            <source>Ctrl+Enter</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="131" />
            <source>A rejection needs a comment that tells the requester why.</source>
            <translation>Eine Ablehnung braucht einen Kommentar, der der antragstellenden Person den Grund nennt.</translation>
        </message>
        <message>
            <location filename="../ui/decisiondialog.cpp" line="132" />
            <source>Press Ctrl+Enter to confirm.</source>
            <translation>Mit Strg+Eingabe bestätigen.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DelegationDialog</name>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="36" />
            <source>&amp;Hand over</source>
            <translation>&amp;Übergeben</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="37" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="37" />
            <source>Whose approvals</source>
            <translation>Wessen Freigaben</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="37" />
            <source>Stand-in</source>
            <translation>Vertretung</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="37" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="37" />
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="39" />
            <source>&amp;End now</source>
            <translation>Jetzt &amp;beenden</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="43" />
            <source>Out of office</source>
            <translation>Abwesenheit</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="58" />
            <source>While I am away</source>
            <translation>Während ich abwesend bin</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="60" />
            <source>The person you choose sees your incoming requests and may decide them for you; each decision shows both names and counts as your vote.</source>
            <translation>Die gewählte Person sieht Ihre eingehenden Anträge und darf sie für Sie entscheiden; jede Entscheidung zeigt beide Namen und zählt als Ihre Stimme.</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="66" />
            <source>Approvals &amp;of:</source>
            <translation>Freigaben &amp;von:</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="68" />
            <source>Hand &amp;to:</source>
            <translation>Übergeben &amp;an:</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="69" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="70" />
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="92" />
            <source>Current and coming delegations:</source>
            <translation>Laufende und geplante Vertretungen:</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="149" />
            <source>%1 decides for %2 from %3 until %4.</source>
            <translation>%1 entscheidet von %3 bis %4 für %2.</translation>
        </message>
        <message>
            <location filename="../ui/delegationdialog.cpp" line="165" />
            <source>Delegation #%1 has ended.</source>
            <translation>Die Vertretung #%1 ist beendet.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DemoAgentLauncher</name>
        <message>
            <location filename="../ui/demoagentlauncher.cpp" line="22" />
            <source>The demo agent did not start; see %1.</source>
            <translation>Der Demo-Agent ist nicht gestartet; siehe %1.</translation>
        </message>
        <message>
            <location filename="../ui/demoagentlauncher.cpp" line="27" />
            <location filename="../ui/demoagentlauncher.cpp" line="97" />
            <source>The demo agent (countersign-agent) is not installed, so approved requests wait.</source>
            <translation>Der Demo-Agent (countersign-agent) ist nicht installiert, daher warten genehmigte Anträge.</translation>
        </message>
        <message>
            <location filename="../ui/demoagentlauncher.cpp" line="92" />
            <source>Something else listens on the demo agent's port %1, so approved requests wait.</source>
            <translation>Ein anderes Programm belegt den Port %1 des Demo-Agenten, daher warten genehmigte Anträge.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DesktopNotifier</name>
        <message>
            <location filename="../ui/desktopnotifier.cpp" line="41" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DirectorySyncPage</name>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="25" />
            <source>Add person %1 (%2)</source>
            <translation>Person %1 (%2) hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="27" />
            <source>the name</source>
            <translation>den Namen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="28" />
            <source>the e-mail address</source>
            <translation>die E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="29" />
            <source>the manager</source>
            <translation>die Führungskraft</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="34" />
            <source>Change %1 of %2: "%3" → "%4"</source>
            <translation>%1 von %2 ändern: „%3“ → „%4“</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="38" />
            <source>Enable %1 again</source>
            <translation>%1 wieder aktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="40" />
            <source>Disable %1 (gone from the directory)</source>
            <translation>%1 deaktivieren (nicht mehr im Verzeichnis)</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="42" />
            <source>Add group %1</source>
            <translation>Gruppe %1 hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="44" />
            <source>Change the description of group %1 to "%2"</source>
            <translation>Beschreibung der Gruppe %1 ändern in „%2“</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="46" />
            <source>Remove group %1</source>
            <translation>Gruppe %1 entfernen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="48" />
            <source>Add %1 to %2</source>
            <translation>%1 zu %2 hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="50" />
            <source>Remove %1 from %2</source>
            <translation>%1 aus %2 entfernen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="52" />
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="55" />
            <source>Request #%1 could only have been approved by people this sync disables</source>
            <translation>Antrag #%1 hätte nur von Personen genehmigt werden können, die dieser Abgleich deaktiviert</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="65" />
            <source>No changes: Countersign matches the directory.</source>
            <translation>Keine Änderungen: Countersign stimmt mit dem Verzeichnis überein.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="66" />
            <source>People: %1 added, %2 changed, %3 enabled, %4 disabled. Groups: %5 added, %6 changed, %7 removed. Memberships: %8 added, %9 removed.</source>
            <translation>Personen: %1 hinzugefügt, %2 geändert, %3 aktiviert, %4 deaktiviert. Gruppen: %5 hinzugefügt, %6 geändert, %7 entfernt. Mitgliedschaften: %8 hinzugefügt, %9 entfernt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="88" />
            <source>Preview changes</source>
            <translation>Änderungen vorab zeigen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="89" />
            <source>Sync now</source>
            <translation>Jetzt abgleichen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="90" />
            <source>Reading the directory…</source>
            <translation>Das Verzeichnis wird gelesen…</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="114" />
            <source>Changes:</source>
            <translation>Änderungen:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="138" />
            <source>No directory source is configured. Set one up with "countersign-cli directory configure" (see countersign-cli --help).</source>
            <translation>Es ist keine Verzeichnisquelle eingerichtet. Richten Sie eine mit „countersign-cli directory configure“ ein (siehe countersign-cli --help).</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="144" />
            <source>Never synced.</source>
            <translation>Noch nie abgeglichen.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="145" />
            <source>Last sync %1: %2</source>
            <translation>Letzter Abgleich %1: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="146" />
            <source>Server: %1 (%2)
People from: %3
Groups from: %4
%5</source>
            <translation>Server: %1 (%2)
Personen aus: %3
Gruppen aus: %4
%5</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="191" />
            <source>No bind password was given, so the directory was not read.</source>
            <translation>Es wurde kein Bind-Passwort angegeben, daher wurde das Verzeichnis nicht gelesen.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="219" />
            <source>Sync anyway?</source>
            <translation>Trotzdem abgleichen?</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="220" />
            <source>%1

Apply the sync anyway, with all its removals?</source>
            <translation>%1

Den Abgleich trotzdem anwenden, mit allen Entfernungen?</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="238" />
            <source>The system keychain did not keep the bind password; you will be asked again next time.</source>
            <translation>Der Schlüsselbund des Systems hat das Bind-Passwort nicht behalten; Sie werden beim nächsten Mal erneut gefragt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="241" />
            <source>The directory was synced: %1</source>
            <translation>Das Verzeichnis wurde abgeglichen: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorysyncpage.cpp" line="243" />
            <source>Preview, nothing changed yet: %1</source>
            <translation>Vorschau, noch nichts geändert: %1</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DispatchController</name>
        <message>
            <location filename="../ui/dispatchcontroller.cpp" line="22" />
            <source>Request #%1 was handed to its agent.</source>
            <translation>Antrag #%1 wurde an seinen Agenten übergeben.</translation>
        </message>
        <message>
            <location filename="../ui/dispatchcontroller.cpp" line="24" />
            <source>Request #%1 waits for its agent: %2 It runs when the agent is back.</source>
            <translation>Antrag #%1 wartet auf seinen Agenten: %2 Er läuft, sobald der Agent wieder erreichbar ist.</translation>
        </message>
        <message>
            <location filename="../ui/dispatchcontroller.cpp" line="60" />
            <source>No system keychain is available, so the token is kept only until Countersign closes.</source>
            <translation>Es ist kein Systemschlüsselbund verfügbar, daher wird das Token nur bis zum Schließen von Countersign behalten.</translation>
        </message>
        <message>
            <location filename="../ui/dispatchcontroller.cpp" line="63" />
            <source>Request #%1 is approved and waits for its agent; no token was given, so the agent will pick it up on its own.</source>
            <translation>Antrag #%1 ist genehmigt und wartet auf seinen Agenten; ohne Token holt der Agent ihn von sich aus ab.</translation>
        </message>
        <message>
            <location filename="../ui/dispatchcontroller.cpp" line="72" />
            <source>%1 The token is kept until Countersign closes.</source>
            <translation>%1 Das Token bleibt bis zum Beenden von Countersign erhalten.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::DraftBar</name>
        <message>
            <location filename="../ui/desk/draftbar.cpp" line="21" />
            <source>Save draft</source>
            <translation>Entwurf speichern</translation>
        </message>
        <message>
            <location filename="../ui/desk/draftbar.cpp" line="26" />
            <source>Keep this form to finish later (secrets are not kept)</source>
            <translation>Dieses Formular aufbewahren, um es später fertigzustellen (Geheimnisse werden nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../ui/desk/draftbar.cpp" line="56" />
            <source>Draft saved: it is under Drafts until you submit it (secrets are typed again).</source>
            <translation>Entwurf gespeichert: Er steht unter „Entwürfe“, bis Sie ihn einreichen (Geheimnisse geben Sie erneut ein).</translation>
        </message>
        <message>
            <location filename="../ui/desk/draftbar.cpp" line="77" />
            <source>Drafts (%1)</source>
            <translation>Entwürfe (%1)</translation>
        </message>
        <message>
            <location filename="../ui/desk/draftbar.cpp" line="84" />
            <source>%1 — saved %2</source>
            <translation>%1 — gespeichert %2</translation>
        </message>
        <message>
            <location filename="../ui/desk/draftbar.cpp" line="85" />
            <source>%1: %2 — saved %3</source>
            <translation>%1: %2 — gespeichert %3</translation>
        </message>
        <message>
            <location filename="../ui/desk/draftbar.cpp" line="90" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::FeedbackPanel</name>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="27" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="27" />
            <source>Vote</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="27" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="27" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="30" />
            <source>▲ Vote up</source>
            <translation>▲ Dafür</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="31" />
            <source>▼ Vote down</source>
            <translation>▼ Dagegen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="34" />
            <source>Save comment</source>
            <translation>Kommentar speichern</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="52" />
            <source>Say you are for it; this is no approval (click again to take it back)</source>
            <translation>Sagen, dass Sie dafür sind; das ist keine Genehmigung (erneut klicken nimmt es zurück)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="53" />
            <source>Say you have doubts; this is no rejection (click again to take it back)</source>
            <translation>Sagen, dass Sie Bedenken haben; das ist keine Ablehnung (erneut klicken nimmt es zurück)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="56" />
            <source>A remark for the requester and the approvers (decides nothing)</source>
            <translation>Eine Anmerkung für Antragsteller und Genehmigende (entscheidet nichts)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="89" />
            <source>Feedback (%1)</source>
            <translation>Feedback (%1)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="89" />
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="150" />
            <source>▲ up</source>
            <translation>▲ dafür</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="150" />
            <source>▼ down</source>
            <translation>▼ dagegen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="150" />
            <source>no vote</source>
            <translation>keine Stimme</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="153" />
            <source>(edited; earlier wordings kept: %1)</source>
            <translation>(bearbeitet; frühere Fassungen aufbewahrt: %1)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="161" />
            <source>No feedback yet. Feedback is a vote or a remark; it never approves or rejects.</source>
            <translation>Noch kein Feedback. Feedback ist eine Stimme oder Anmerkung; es genehmigt und lehnt nie ab.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="162" />
            <source>%1 up · %2 down. Feedback never counts toward a phase.</source>
            <translation>%1 dafür · %2 dagegen. Feedback zählt nie für eine Phase.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/feedbackpanel.cpp" line="222" />
            <source>Your feedback is saved. It decides nothing.</source>
            <translation>Ihr Feedback ist gespeichert. Es entscheidet nichts.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::FeedbackWatcher</name>
        <message>
            <location filename="../ui/desk/feedbackwatcher.cpp" line="58" />
            <source>%1 new pieces of feedback on your requests.</source>
            <translation>%1 neue Rückmeldungen zu Ihren Anträgen.</translation>
        </message>
        <message>
            <location filename="../ui/desk/feedbackwatcher.cpp" line="63" />
            <source>%1 voted up your request #%2</source>
            <translation>%1 hat Ihren Antrag #%2 positiv bewertet</translation>
        </message>
        <message>
            <location filename="../ui/desk/feedbackwatcher.cpp" line="64" />
            <source>%1 voted down your request #%2</source>
            <translation>%1 hat Ihren Antrag #%2 negativ bewertet</translation>
        </message>
        <message>
            <location filename="../ui/desk/feedbackwatcher.cpp" line="65" />
            <source>%1 left feedback on your request #%2</source>
            <translation>%1 hat eine Rückmeldung zu Ihrem Antrag #%2 gegeben</translation>
        </message>
        <message>
            <location filename="../ui/desk/feedbackwatcher.cpp" line="66" />
            <source>%1: "%2"</source>
            <translation>%1: „%2“</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::GeneralPage</name>
        <message>
            <location filename="../ui/generalpage.cpp" line="21" />
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../ui/generalpage.cpp" line="21" />
            <source>As the system (%1)</source>
            <translation>Wie das System (%1)</translation>
        </message>
        <message>
            <location filename="../ui/generalpage.cpp" line="27" />
            <source>The page shown last</source>
            <translation>Die zuletzt gezeigte Seite</translation>
        </message>
        <message>
            <location filename="../ui/generalpage.cpp" line="28" />
            <source>My work</source>
            <translation>Meine Arbeit</translation>
        </message>
        <message>
            <location filename="../ui/generalpage.cpp" line="36" />
            <source>The language changes when Countersign starts again.</source>
            <translation>Die Sprache ändert sich beim nächsten Start von Countersign.</translation>
        </message>
        <message>
            <location filename="../ui/generalpage.cpp" line="45" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../ui/generalpage.cpp" line="46" />
            <source>&amp;Open on:</source>
            <translation>Ö&amp;ffnen mit:</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::GroupsPage</name>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="291" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="291" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="291" />
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="291" />
            <source>Origin</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="294" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="301" />
            <source>Add a group</source>
            <translation>Gruppe anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="303" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="304" />
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="305" />
            <source>Add group</source>
            <translation>Gruppe anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="313" />
            <source>Members of the selected group</source>
            <translation>Mitglieder der ausgewählten Gruppe</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="297" />
            <source>Add member</source>
            <translation>Mitglied hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="298" />
            <source>Remove selected</source>
            <translation>Auswahl entfernen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="353" />
            <source>Directory</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="353" />
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="396" />
            <source>Group %1 was added.</source>
            <translation>Gruppe %1 wurde angelegt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="408" />
            <source>Choose a person first.</source>
            <translation>Wählen Sie zuerst eine Person.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="412" />
            <source>%1 joined %2.</source>
            <translation>%1 ist jetzt in %2.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="412" />
            <source>%1 left %2.</source>
            <translation>%1 ist nicht mehr in %2.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::HomeModel</name>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="59" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/desk/homemodel.cpp" line="61" />
            <source>in %n min</source>
            <translation>
                <numerusform>in %n Min.</numerusform>
                <numerusform>in %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="63" />
            <source>in %1 h %2 min</source>
            <translation>in %1 Std. %2 Min.</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="65" />
            <source>in 1 day</source>
            <translation>in 1 Tag</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="65" />
            <source>in %1 days</source>
            <translation>in %1 Tagen</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="113" />
            <source>%1 — %2 can approve</source>
            <translation>%1 — genehmigen kann: %2</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="121" />
            <source>Decide by %1</source>
            <translation>Entscheiden bis %1</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="121" />
            <source>Ends at %1</source>
            <translation>Endet am %1</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="155" />
            <source>Request</source>
            <translation>Antrag</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="157" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="159" />
            <source>Requester</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="161" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="163" />
            <source>Where it stands</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="165" />
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="165" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../ui/desk/homemodel.cpp" line="165" />
            <source>Ends</source>
            <translation>Endet</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::HomeWidget</name>
        <message>
            <location filename="../ui/desk/homewidget.cpp" line="58" />
            <source>Nothing needs you now: no request waits for your decision, and none of yours is open.</source>
            <translation>Gerade ist nichts zu tun: Kein Antrag wartet auf Ihre Entscheidung, und keiner Ihrer Anträge ist offen.</translation>
        </message>
        <message>
            <location filename="../ui/desk/homewidget.cpp" line="149" />
            <source>Needs your decision now (%1)</source>
            <translation>Wartet jetzt auf Ihre Entscheidung (%1)</translation>
        </message>
        <message>
            <location filename="../ui/desk/homewidget.cpp" line="150" />
            <source>Your requests waiting on others (%1)</source>
            <translation>Ihre Anträge, die auf andere warten (%1)</translation>
        </message>
        <message>
            <location filename="../ui/desk/homewidget.cpp" line="151" />
            <source>Your requests that did not go through, last 14 days (%1)</source>
            <translation>Ihre Anträge, die nicht durchgingen, letzte 14 Tage (%1)</translation>
        </message>
        <message>
            <location filename="../ui/desk/homewidget.cpp" line="152" />
            <source>Grants about to end, next 24 hours (%1)</source>
            <translation>Bald endende Berechtigungen, nächste 24 Stunden (%1)</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::IntakeFields</name>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="13" />
            <source>On behalf of:</source>
            <translation>Im Namen von:</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="20" />
            <source>Request this for another person: the approvers see both names, and the manager asked is theirs.</source>
            <translation>Für eine andere Person beantragen: Die Genehmigenden sehen beide Namen, gefragt wird deren Führungskraft.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="55" />
            <source>Myself</source>
            <translation>Mich selbst</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="61" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="69" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="70" />
            <source>%1 *:</source>
            <translation>%1 *:</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="70" />
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="73" />
            <source>required</source>
            <translation>Pflicht</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="73" />
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/intakefields.cpp" line="76" />
            <source>The reference must match the pattern %1.</source>
            <translation>Die Referenz muss zum Muster %1 passen.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.cpp" line="66" />
            <location filename="../ui/mainwindow.cpp" line="149" />
            <source>My work</source>
            <translation>Meine Arbeit</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="67" />
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="68" />
            <source>Approvals</source>
            <translation>Genehmigungen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="70" />
            <source>Active grants</source>
            <translation>Aktive Berechtigungen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="72" />
            <source>Access reviews</source>
            <translation>Zugriffsüberprüfungen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="75" />
            <source>Administration</source>
            <translation>Verwaltung</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="79" />
            <source>Audit</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="104" />
            <source>%1 · SQLite workspace</source>
            <translation>%1 · SQLite-Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="105" />
            <source>%1 · shared workspace</source>
            <translation>%1 · gemeinsamer Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="107" />
            <source>Signed in as %1 on the SQLite workspace %2 (identity is not enforced on SQLite).</source>
            <translation>Angemeldet als %1 im SQLite-Arbeitsbereich %2 (unter SQLite wird die Identität nicht erzwungen).</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="109" />
            <source>Signed in as %1 on %2.</source>
            <translation>Angemeldet als %1 auf %2.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="126" />
            <source>Database unreachable, reconnecting…</source>
            <translation>Datenbank nicht erreichbar, neue Verbindung wird aufgebaut…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="127" />
            <source>The database does not answer; Countersign keeps trying. Nothing can be decided or saved until it is back.</source>
            <translation>Die Datenbank antwortet nicht; Countersign versucht es weiter. Bis sie wieder da ist, kann nichts entschieden oder gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="130" />
            <source>The database cannot be reached, so nothing can be decided or saved now; this is possible again once it is back.</source>
            <translation>Die Datenbank ist nicht erreichbar, daher kann jetzt nichts entschieden oder gespeichert werden; sobald sie wieder da ist, geht es wieder.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="136" />
            <source>Reconnected to the database.</source>
            <translation>Wieder mit der Datenbank verbunden.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="147" />
            <source>My work (%1 to decide)</source>
            <translation>Meine Arbeit (%1 zu entscheiden)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="148" />
            <source>My work (%1)</source>
            <translation>Meine Arbeit (%1)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="166" />
            <location filename="../ui/mainwindow.cpp" line="184" />
            <location filename="../ui/mainwindow.cpp" line="347" />
            <source>Countersign</source>
            <translation>Countersign</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="197" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="198" />
            <source>&amp;Open workspace…</source>
            <translation>Arbeitsbereich ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="199" />
            <source>&amp;Switch user…</source>
            <translation>Benutzer &amp;wechseln…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="203" />
            <source>Out of &amp;office…</source>
            <translation>&amp;Abwesenheit…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="207" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="209" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="211" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="213" />
            <source>&amp;My work</source>
            <translation>&amp;Meine Arbeit</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="214" />
            <source>&amp;Catalogue</source>
            <translation>&amp;Katalog</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="215" />
            <source>&amp;Approvals</source>
            <translation>&amp;Genehmigungen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="216" />
            <source>A&amp;dministration</source>
            <translation>&amp;Verwaltung</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="217" />
            <source>A&amp;udit</source>
            <translation>&amp;Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="226" />
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="227" />
            <source>&amp;Refresh</source>
            <translation>Akt&amp;ualisieren</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="230" />
            <source>&amp;Request</source>
            <translation>A&amp;ntrag</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="231" />
            <source>&amp;Approve…</source>
            <translation>&amp;Genehmigen…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="233" />
            <source>&amp;Reject…</source>
            <translation>&amp;Ablehnen…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="236" />
            <source>&amp;Copy as text</source>
            <translation>Als Text &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="238" />
            <source>Share by &amp;e-mail</source>
            <translation>Per &amp;E-Mail teilen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="248" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="250" />
            <source>&amp;About Countersign</source>
            <translation>&amp;Über Countersign</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="252" />
            <source>About Countersign</source>
            <translation>Über Countersign</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="253" />
            <source>&lt;b&gt;Countersign %1&lt;/b&gt;&lt;p&gt;An approval gate for IT automation: sensitive actions run only with exactly what the right people approved, and every step is in a tamper-evident audit log.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Countersign %1&lt;/b&gt;&lt;p&gt;Ein Genehmigungstor für IT-Automatisierung: Heikle Aktionen laufen nur mit genau dem, was die richtigen Personen genehmigt haben, und jeder Schritt steht in einem manipulationssicheren Prüfprotokoll.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="262" />
            <source>Open on &amp;My work</source>
            <translation>Mit &amp;Meiner Arbeit starten</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="269" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="344" />
            <source>Request #%1 waits for your decision.</source>
            <translation>Antrag #%1 wartet auf Ihre Entscheidung.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="345" />
            <source>%1 new requests wait for your decision.</source>
            <translation>%1 neue Anträge warten auf Ihre Entscheidung.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="393" />
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::MessageBanner</name>
        <message>
            <location filename="../ui/messagebanner.cpp" line="40" />
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::NotificationsPage</name>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="33" />
            <source>Choose how you hear about each event: off, at once, or in one daily digest (07:00 UTC). Changes are saved at once.</source>
            <translation>Wählen Sie, wie Sie von jedem Ereignis erfahren: gar nicht, sofort oder in einer täglichen Zusammenfassung (07:00 UTC). Änderungen werden sofort gespeichert.</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="39" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="40" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="42" />
            <source>A request waits for my approval</source>
            <translation>Ein Antrag wartet auf meine Freigabe</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="43" />
            <source>Someone decided on my request</source>
            <translation>Jemand hat über meinen Antrag entschieden</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="44" />
            <source>My request was approved</source>
            <translation>Mein Antrag wurde genehmigt</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="45" />
            <source>My request was rejected</source>
            <translation>Mein Antrag wurde abgelehnt</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="46" />
            <source>My request expired</source>
            <translation>Mein Antrag ist abgelaufen</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="47" />
            <source>My request was cancelled</source>
            <translation>Mein Antrag wurde zurückgezogen</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="48" />
            <source>My request ran and succeeded</source>
            <translation>Mein Antrag wurde erfolgreich ausgeführt</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="49" />
            <source>A request I asked for or approved failed</source>
            <translation>Ein Antrag, den ich gestellt oder genehmigt habe, ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="50" />
            <source>A webhook was disabled after failures (admins)</source>
            <translation>Ein Webhook wurde nach Fehlern deaktiviert (Admins)</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="51" />
            <source>A reminder of a request waiting for my approval</source>
            <translation>Eine Erinnerung an einen Antrag, der auf meine Freigabe wartet</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="52" />
            <source>A request was escalated to me, or my request was escalated</source>
            <translation>Ein Antrag wurde an mich eskaliert, oder mein Antrag wurde eskaliert</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="53" />
            <source>Someone left feedback on my request</source>
            <translation>Jemand hat eine Rückmeldung zu meinem Antrag gegeben</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="54" />
            <source>A grant I asked for or approved was revoked</source>
            <translation>Eine Berechtigung, die ich beantragt oder genehmigt habe, wurde entzogen</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="61" />
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="62" />
            <source>Immediately</source>
            <translation>Sofort</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="63" />
            <source>Daily digest</source>
            <translation>Tägliche Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="104" />
            <source>Mandatory: required by your administrator, it cannot be switched off.</source>
            <translation>Pflicht: von Ihrer Administration vorgeschrieben, kann nicht abgeschaltet werden.</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="107" />
            <source>Mandatory: an administrator requires this notice.</source>
            <translation>Pflicht: eine Administratorin oder ein Administrator verlangt diese Benachrichtigung.</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="120" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ParameterForm</name>
        <message>
            <location filename="../ui/catalogue/parameterform.cpp" line="83" />
            <source>This action takes no parameters.</source>
            <translation>Diese Aktion hat keine Parameter.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/parameterform.cpp" line="112" />
            <source>(choose)</source>
            <translation>(auswählen)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue/parameterform.cpp" line="112" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ParameterTableModel</name>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="187" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="189" />
            <source>Label</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="191" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="193" />
            <source>Required</source>
            <translation>Pflicht</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="195" />
            <source>Default</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="197" />
            <source>Pattern</source>
            <translation>Muster</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="199" />
            <source>Min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="201" />
            <source>Max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="203" />
            <source>Choices (comma-separated)</source>
            <translation>Auswahl (durch Kommas getrennt)</translation>
        </message>
        <message>
            <location filename="../ui/models/parametertablemodel.cpp" line="205" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::PeriodReportDialog</name>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="23" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="31" />
            <location filename="../ui/reports/periodreportdialog.cpp" line="32" />
            <location filename="../ui/reports/periodreportdialog.cpp" line="34" />
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="33" />
            <source>anyone</source>
            <translation>jeder</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="37" />
            <source>PDF (printable)</source>
            <translation>PDF (druckbar)</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="38" />
            <source>CSV (spreadsheet)</source>
            <translation>CSV (Tabellenkalkulation)</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="42" />
            <source>&amp;From (UTC):</source>
            <translation>&amp;Von (UTC):</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="43" />
            <source>&amp;To (UTC, included):</source>
            <translation>&amp;Bis (UTC, einschließlich):</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="44" />
            <source>&amp;Action:</source>
            <translation>&amp;Aktion:</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="45" />
            <source>T&amp;arget:</source>
            <translation>Zie&amp;l:</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="46" />
            <source>&amp;Requester:</source>
            <translation>Antrag&amp;steller:</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="47" />
            <source>&amp;State:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="48" />
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <location filename="../ui/reports/periodreportdialog.cpp" line="50" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::PersonDialog</name>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="16" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="66" />
            <source>Admin</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="67" />
            <source>Auditor</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="70" />
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="75" />
            <source>Login:</source>
            <translation>Anmeldename:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="76" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="77" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="78" />
            <source>&amp;Manager:</source>
            <translation>&amp;Führungskraft:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="83" />
            <source>Roles:</source>
            <translation>Rollen:</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::PreferencesDialog</name>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="130" />
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../ui/preferencesdialog.cpp" line="142" />
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ReportExporter</name>
        <message>
            <location filename="../ui/reports/reportexporter.cpp" line="66" />
            <source>The evidence for request #%1 was saved to %2.</source>
            <translation>Der Nachweis für Antrag #%1 wurde in %2 gespeichert.</translation>
        </message>
        <message>
            <location filename="../ui/reports/reportexporter.cpp" line="81" />
            <source>The report was saved to %1.</source>
            <translation>Der Bericht wurde in %1 gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::RequestDetailWidget</name>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="78" />
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="78" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="79" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="79" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="79" />
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="79" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="79" />
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="80" />
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="81" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="80" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="80" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="80" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="81" />
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="82" />
            <source>&amp;Approve</source>
            <translation>&amp;Genehmigen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="83" />
            <source>&amp;Reject</source>
            <translation>&amp;Ablehnen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="84" />
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="556" />
            <source>Cancel request</source>
            <translation>Antrag zurückziehen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="85" />
            <source>Request again</source>
            <translation>Erneut beantragen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="86" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="87" />
            <source>Share by e-mail</source>
            <translation>Per E-Mail teilen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="88" />
            <source>Export evidence…</source>
            <translation>Nachweis exportieren…</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="124" />
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="125" />
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="126" />
            <source>Targets</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="129" />
            <source>Execution</source>
            <translation>Ausführung</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="139" />
            <source>Open the Catalogue with a new request holding the same parameters and targets</source>
            <translation>Den Katalog mit einem neuen Antrag mit denselben Parametern und Zielen öffnen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="143" />
            <source>Save everything an auditor asks about this request as a PDF or JSON document</source>
            <translation>Alles, was ein Prüfer zu diesem Antrag fragt, als PDF- oder JSON-Dokument speichern</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="144" />
            <source>Approve the exact parameters and targets shown (Ctrl+Shift+A)</source>
            <translation>Genau die gezeigten Parameter und Ziele genehmigen (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="145" />
            <source>Reject this request; a comment is required (Ctrl+Shift+R)</source>
            <translation>Diesen Antrag ablehnen; ein Kommentar ist Pflicht (Strg+Umschalt+R)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="146" />
            <source>Copy the request as text to the clipboard</source>
            <translation>Den Antrag als Text in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="202" />
            <source>Select a request to see its details.</source>
            <translation>Wählen Sie einen Antrag, um die Details zu sehen.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="236" />
            <source>nobody can approve this phase now</source>
            <translation>niemand kann diese Phase jetzt genehmigen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="238" />
            <source>any of %1 people</source>
            <translation>eine von %1 Personen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="239" />
            <source>any of %1 members of %2</source>
            <translation>eines der %1 Mitglieder von %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="260" />
            <source> (%1 people)</source>
            <translation> (%1 Personen)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="263" />
            <source>Who can approve now:</source>
            <translation>Wer jetzt genehmigen kann:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="267" />
            <source>No approval needed</source>
            <translation>Keine Genehmigung nötig</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="279" />
            <source>Refused by the agent; it never ran:</source>
            <translation>Vom Agenten abgelehnt; nie ausgeführt:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="280" />
            <source>Refused by the agent (it asks again):</source>
            <translation>Vom Agenten abgelehnt (er fragt erneut an):</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="286" />
            <source>Declined by:</source>
            <translation>Abgelehnt von:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="289" />
            <source>webhook %1</source>
            <translation>Webhook %1</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="294" />
            <source>%1 for %2</source>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="297" />
            <source>Ticket:</source>
            <translation>Ticket:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="378" />
            <source>You can approve or reject this request for %1, whose approvals you hold (phase %2 of %3).</source>
            <translation>Sie können diesen Antrag für %1 genehmigen oder ablehnen, deren Freigaben Sie vertreten (Phase %2 von %3).</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="402" />
            <source>%1 for %2</source>
            <comment>a delegate deciding for someone</comment>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="410" />
            <source>Approved by webhook %1 on %2</source>
            <translation>Genehmigt von Webhook %1 am %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="410" />
            <source>Declined by webhook %1 on %2</source>
            <translation>Abgelehnt von Webhook %1 am %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="600" />
            <source>No e-mail program is set up on this computer, so request #%1 was copied to the clipboard instead: paste it into a message.</source>
            <translation>Auf diesem Computer ist kein E-Mail-Programm eingerichtet, daher wurde Antrag #%1 stattdessen in die Zwischenablage kopiert: Fügen Sie ihn in eine Nachricht ein.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="611" />
            <source>Export evidence</source>
            <translation>Nachweis exportieren</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="612" />
            <source>PDF document (*.pdf);;JSON document (*.json)</source>
            <translation>PDF-Dokument (*.pdf);;JSON-Dokument (*.json)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="309" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="127" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="128" />
            <source>Audit entries</source>
            <translation>Audit-Einträge</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="309" />
            <source>Requested by:</source>
            <translation>Beantragt von:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="309" />
            <source>Created:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="310" />
            <source>Deadline:</source>
            <translation>Frist:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="311" />
            <source>Action version:</source>
            <translation>Aktionsversion:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="311" />
            <source>Comment:</source>
            <translation>Kommentar:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="312" />
            <source>Policy:</source>
            <translation>Richtlinie:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="313" />
            <source>rule “%1”, revision %2</source>
            <translation>Regel „%1“, Revision %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="314" />
            <source>Digest:</source>
            <translation>Prüfsumme:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="324" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="324" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="336" />
            <source>This value holds invisible characters (such as direction overrides), written here as \uXXXX. Check what it really says before approving.</source>
            <translation>Dieser Wert enthält unsichtbare Zeichen (etwa Richtungswechsel), hier als \uXXXX geschrieben. Prüfen Sie vor der Genehmigung, was er wirklich besagt.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="344" />
            <source>(no longer in the directory)</source>
            <translation>(nicht mehr im Verzeichnis)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="442" />
            <source>Not run: the request is waiting for approval.</source>
            <translation>Nicht ausgeführt: Der Antrag wartet auf Genehmigung.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="445" />
            <source>Will not run: the request is %1.</source>
            <translation>Wird nicht ausgeführt: Der Antrag ist %1.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="377" />
            <source>You can approve or reject this request (phase %1 of %2).</source>
            <translation>Sie können diesen Antrag genehmigen oder ablehnen (Phase %1 von %2).</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="286" />
            <source>Rejected by:</source>
            <translation>Abgelehnt von:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="287" />
            <source>%1 on %2: “%3”</source>
            <translation>%1 am %2: „%3“</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="412" />
            <source>Approved by %1 on %2</source>
            <translation>Genehmigt von %1 am %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="413" />
            <source>Rejected by %1 on %2</source>
            <translation>Abgelehnt von %1 am %2</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="417" />
            <source>counted as %1</source>
            <translation>gezählt als %1</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="419" />
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="520" />
            <source>Approve</source>
            <translation>Genehmigen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="520" />
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="529" />
            <source>Your decision is recorded; your part is done. Request #%1 now waits for %2.</source>
            <translation>Ihre Entscheidung ist gespeichert; Ihr Teil ist erledigt. Antrag #%1 wartet jetzt auf %2.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="534" />
            <source>Request #%1 is now %2.</source>
            <translation>Antrag #%1 ist jetzt %2.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="557" />
            <source>Cancel request #%1? It cannot be resumed; you would request anew.</source>
            <translation>Antrag #%1 zurückziehen? Er kann nicht fortgesetzt werden; Sie müssten neu beantragen.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="564" />
            <source>Request #%1 is cancelled; it will not run.</source>
            <translation>Antrag #%1 ist zurückgezogen; er wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="579" />
            <source>Request #%1 copied to the clipboard.</source>
            <translation>Antrag #%1 in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestdetailwidget.cpp" line="587" />
            <source>Countersign request #%1: %2</source>
            <translation>Countersign-Antrag #%1: %2</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::RequestLink</name>
        <message>
            <location filename="../ui/requestlink.cpp" line="14" />
            <source>"%1" is not a Countersign link (countersign://request/NUMBER).</source>
            <translation>„%1“ ist kein Countersign-Link (countersign://request/NUMMER).</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::RequestQueueView</name>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="60" />
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="24" />
            <source>Pending</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="26" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="28" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="30" />
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="32" />
            <source>Cancelled</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="34" />
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="36" />
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="38" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="40" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="42" />
            <source>Revoked</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="65" />
            <source>Search by number, action, person, comment, parameter value or target</source>
            <translation>Suche nach Nummer, Aktion, Person, Kommentar, Parameterwert oder Ziel</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="124" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="135" />
            <source>No requests yet.</source>
            <translation>Noch keine Anträge.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="156" />
            <source>Needs my decision</source>
            <translation>Wartet auf meine Entscheidung</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="157" />
            <source>I decided, still pending</source>
            <translation>Von mir entschieden, noch offen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="242" />
            <source>Searching all requests…</source>
            <translation>Alle Anträge werden durchsucht …</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="245" />
            <source>Nothing waits for your decision right now.</source>
            <translation>Zurzeit wartet nichts auf Ihre Entscheidung.</translation>
        </message>
        <message>
            <location filename="../ui/approvals/requestqueueview.cpp" line="246" />
            <source>No request matches this status and search.</source>
            <translation>Kein Antrag passt zu diesem Status und dieser Suche.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::RequestTableModel</name>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="24" />
            <source>pending (%1/%2)</source>
            <translation>offen (%1/%2)</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="26" />
            <source>approved (bypass)</source>
            <translation>genehmigt (Umgehung)</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="26" />
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="28" />
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="30" />
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="32" />
            <source>cancelled</source>
            <translation>zurückgezogen</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="34" />
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="36" />
            <source>succeeded</source>
            <translation>erfolgreich</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="38" />
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="40" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="42" />
            <source>revoked</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="168" />
            <source>%1 — your decision</source>
            <translation>%1 — Ihre Entscheidung</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="170" />
            <source>%1 — you decided</source>
            <translation>%1 — von Ihnen entschieden</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="194" />
            <source>ID</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="196" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="198" />
            <source>Requester</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="200" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="202" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="204" />
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="206" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../ui/models/requesttablemodel.cpp" line="208" />
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ReviewItemsModel</name>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="183" />
            <source>ended %1</source>
            <translation>beendet %1</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="190" />
            <source>yours to decide</source>
            <translation>von Ihnen zu entscheiden</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="191" />
            <source>ended, nothing to decide</source>
            <translation>beendet, nichts zu entscheiden</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="192" />
            <source>undecided</source>
            <translation>unentschieden</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="193" />
            <source>kept by %1</source>
            <translation>behalten von %1</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="194" />
            <source>revoked by %1</source>
            <translation>entzogen von %1</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="220" />
            <source>Request</source>
            <translation>Antrag</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="222" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="224" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="226" />
            <source>Targets</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="228" />
            <source>Ends</source>
            <translation>Endet</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="230" />
            <source>Reviewers</source>
            <translation>Überprüfende</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="232" />
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="234" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ReviewListModel</name>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="74" />
            <source>%1 of %2 decided</source>
            <translation>%1 von %2 entschieden</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="76" />
            <source>%1 (overdue)</source>
            <translation>%1 (überfällig)</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="80" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="80" />
            <source>closed by %1, %2</source>
            <translation>geschlossen von %1, %2</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="100" />
            <source>Review</source>
            <translation>Überprüfung</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="102" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="104" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="106" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="108" />
            <source>Started by</source>
            <translation>Gestartet von</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewmodels.cpp" line="110" />
            <source>State</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ReviewsWidget</name>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="53" />
            <source>Start review…</source>
            <translation>Überprüfung starten …</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="54" />
            <source>Close review…</source>
            <translation>Überprüfung schließen …</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="55" />
            <source>Export CSV…</source>
            <translation>CSV exportieren …</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="56" />
            <source>Keep…</source>
            <translation>Behalten …</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="57" />
            <source>Revoke…</source>
            <translation>Entziehen …</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="67" />
            <source>No access reviews yet. Start one to have the active grants kept or revoked by their reviewers.</source>
            <translation>Noch keine Zugriffsüberprüfungen. Starten Sie eine, damit die Überprüfenden die aktiven Berechtigungen behalten oder entziehen.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="69" />
            <source>No access review is assigned to you. When an admin or auditor starts one with you as a reviewer, it appears here.</source>
            <translation>Ihnen ist keine Zugriffsüberprüfung zugewiesen. Sobald ein Admin oder Prüfer eine mit Ihnen als Überprüfende(r) startet, erscheint sie hier.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="76" />
            <location filename="../ui/grants/reviewswidget.cpp" line="234" />
            <source>Record that the selected grant is still needed.</source>
            <translation>Festhalten, dass die ausgewählte Berechtigung noch gebraucht wird.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="77" />
            <location filename="../ui/grants/reviewswidget.cpp" line="235" />
            <source>End the selected grant now; the agent runs its revoke script.</source>
            <translation>Die ausgewählte Berechtigung jetzt beenden; der Agent führt ihr Entzugsskript aus.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="88" />
            <source>Reviews of the access still granted: each reviewer keeps or revokes the grants assigned to them, with a comment.</source>
            <translation>Überprüfungen der noch gewährten Zugriffe: Wer überprüft, behält oder entzieht die zugewiesenen Berechtigungen mit einem Kommentar.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="194" />
            <source>#%1 %2: %3 of %4 decided</source>
            <translation>#%1 %2: %3 von %4 entschieden</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="197" />
            <source>Select a review to see its grants.</source>
            <translation>Wählen Sie eine Überprüfung, um ihre Berechtigungen zu sehen.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="229" />
            <source>This review is closed.</source>
            <translation>Diese Überprüfung ist geschlossen.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="230" />
            <source>%1 already decided this grant.</source>
            <translation>%1 hat diese Berechtigung bereits entschieden.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="232" />
            <source>This grant has ended; there is nothing to keep or revoke.</source>
            <translation>Diese Berechtigung ist beendet; es gibt nichts zu behalten oder zu entziehen.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="233" />
            <source>Only its assigned reviewers (%1) decide this grant.</source>
            <translation>Nur die zugewiesenen Überprüfenden (%1) entscheiden über diese Berechtigung.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="245" />
            <source>Access review #%1 started over %2 grants.</source>
            <translation>Zugriffsüberprüfung #%1 über %2 Berechtigungen gestartet.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="262" />
            <source>Request #%1 is kept.</source>
            <translation>Antrag #%1 bleibt bestehen.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="263" />
            <source>Request #%1 is revoked; the agent runs its revoke at its next tick.</source>
            <translation>Antrag #%1 wird entzogen; der Agent führt den Entzug bei seinem nächsten Takt aus.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="280" />
            <source>Access review #%1 is closed; every grant was decided.</source>
            <translation>Zugriffsüberprüfung #%1 ist geschlossen; jede Berechtigung wurde entschieden.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="281" />
            <source>Access review #%1 is closed; undecided: %2.</source>
            <translation>Zugriffsüberprüfung #%1 ist geschlossen; unentschieden: %2.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="292" />
            <source>Select a review to export.</source>
            <translation>Wählen Sie eine Überprüfung zum Exportieren.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="297" />
            <source>Cannot write %1: %2.</source>
            <translation>%1 kann nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="301" />
            <source>Wrote the report of access review #%1 to %2.</source>
            <translation>Der Bericht der Zugriffsüberprüfung #%1 wurde nach %2 geschrieben.</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="315" />
            <source>Keep grant #%1</source>
            <translation>Berechtigung #%1 behalten</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="315" />
            <source>Revoke grant #%1</source>
            <translation>Berechtigung #%1 entziehen</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="316" />
            <source>Why is this access still needed? (required; audited)</source>
            <translation>Warum wird dieser Zugriff noch gebraucht? (Pflicht; protokolliert)</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="317" />
            <source>Why is this access no longer needed? (required; audited)</source>
            <translation>Warum wird dieser Zugriff nicht mehr gebraucht? (Pflicht; protokolliert)</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/grants/reviewswidget.cpp" line="343" />
            <source>Close access review #%1? %n grant(s) are still undecided and will be listed as such.</source>
            <translation>
                <numerusform>Zugriffsüberprüfung #%1 schließen? %n Berechtigung ist noch unentschieden und wird als solche aufgeführt.</numerusform>
                <numerusform>Zugriffsüberprüfung #%1 schließen? %n Berechtigungen sind noch unentschieden und werden als solche aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="345" />
            <source>Close access review #%1?</source>
            <translation>Zugriffsüberprüfung #%1 schließen?</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="346" />
            <source>Close review</source>
            <translation>Überprüfung schließen</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="354" />
            <source>Export access review</source>
            <translation>Zugriffsüberprüfung exportieren</translation>
        </message>
        <message>
            <location filename="../ui/grants/reviewswidget.cpp" line="356" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::SavedFilterBar</name>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="27" />
            <source>Pick a filter you saved</source>
            <translation>Einen gespeicherten Filter wählen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="30" />
            <source>Save filter…</source>
            <translation>Filter speichern…</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="31" />
            <source>Name the current status and search to pick them again later</source>
            <translation>Den aktuellen Status und die Suche benennen, um sie später wieder zu wählen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="33" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="34" />
            <source>Forget the saved filter picked in the list</source>
            <translation>Den in der Liste gewählten gespeicherten Filter löschen</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="72" />
            <source>No saved filters</source>
            <translation>Keine gespeicherten Filter</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="72" />
            <source>Saved filters (%1)</source>
            <translation>Gespeicherte Filter (%1)</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="109" />
            <source>Save filter</source>
            <translation>Filter speichern</translation>
        </message>
        <message>
            <location filename="../ui/approvals/savedfilterbar.cpp" line="109" />
            <source>Name for this status and search:</source>
            <translation>Name für diesen Status und diese Suche:</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::SecretDialog</name>
        <message>
            <location filename="../ui/secretdialog.cpp" line="15" />
            <source>Remember it in the system keychain</source>
            <translation>Im Schlüsselbund des Systems speichern</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ServiceAccountsPage</name>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="63" />
            <source>Login</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="63" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="63" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="63" />
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="63" />
            <source>Last used</source>
            <translation>Zuletzt verwendet</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="67" />
            <source>&amp;Add service account</source>
            <translation>Dienstkonto &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="69" />
            <source>New &amp;token</source>
            <translation>Neues &amp;Token</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="70" />
            <source>&amp;Revoke token…</source>
            <translation>Token &amp;widerrufen …</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="71" />
            <source>&amp;Disable</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="82" />
            <source>login, such as nagios</source>
            <translation>Anmeldename, etwa nagios</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="83" />
            <source>name, such as Nagios monitoring</source>
            <translation>Name, etwa Nagios-Überwachung</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="84" />
            <source>token name (optional)</source>
            <translation>Token-Name (optional)</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="89" />
            <source>No service accounts yet. Add one above for each system that requests actions through the agent's inbound API, then give it a token.</source>
            <translation>Noch keine Dienstkonten. Legen Sie oben eines für jedes System an, das Aktionen über die eingehende API des Agenten beantragt, und geben Sie ihm dann ein Token.</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="92" />
            <source>Service accounts are other systems (monitoring, ticketing) that request actions through the agent's inbound API with a token. They follow the same requester groups and policies as people and never approve anything.</source>
            <translation>Dienstkonten sind andere Systeme (Überwachung, Ticketsysteme), die Aktionen mit einem Token über die Eingangs-API des Agenten beantragen. Für sie gelten dieselben Antragstellergruppen und Regeln wie für Personen, und sie genehmigen nie etwas.</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="127" />
            <source>Disable service account</source>
            <translation>Dienstkonto deaktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="128" />
            <source>Disable %1? All its tokens stop working at once.</source>
            <translation>%1 deaktivieren? Alle seine Tokens funktionieren sofort nicht mehr.</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="152" />
            <source>%1 (revoked)</source>
            <translation>%1 (widerrufen)</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="157" />
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="157" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="158" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="159" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="206" />
            <source>Service account %1 added; select it and issue a token.</source>
            <translation>Dienstkonto %1 hinzugefügt; wählen Sie es aus und stellen Sie ein Token aus.</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="240" />
            <source>Revoke token</source>
            <translation>Token widerrufen</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="241" />
            <source>Which token of %1 should stop working?</source>
            <translation>Welches Token von %1 soll nicht mehr funktionieren?</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="254" />
            <source>Token "%1" of %2 revoked.</source>
            <translation>Token „%1“ von %2 widerrufen.</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="269" />
            <source>Service account %1 disabled; its tokens no longer work.</source>
            <translation>Dienstkonto %1 deaktiviert; seine Tokens funktionieren nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ShortcutsDialog</name>
        <message>
            <location filename="../ui/desk/shortcutsdialog.cpp" line="48" />
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <location filename="../ui/desk/shortcutsdialog.cpp" line="48" />
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <location filename="../ui/desk/shortcutsdialog.cpp" line="48" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location filename="../ui/desk/shortcutsdialog.cpp" line="52" />
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::StartPage</name>
        <message>
            <location filename="../ui/startpage.cpp" line="18" />
            <source>Co&amp;nnect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="22" />
            <source>Countersign</source>
            <translation>Countersign</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="28" />
            <source>&lt;h2&gt;Welcome to Countersign&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Willkommen bei Countersign&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="30" />
            <source>Sensitive automation runs only with exactly what the right people approved. Choose a workspace to start.</source>
            <translation>Heikle Automatisierung läuft nur mit genau dem, was die richtigen Personen genehmigt haben. Wählen Sie einen Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="35" />
            <source>Try the &amp;demo workspace</source>
            <translation>&amp;Demo-Arbeitsbereich ausprobieren</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="37" />
            <source>Sample people, groups, targets and actions; switch between people with File → Switch user.</source>
            <translation>Beispielpersonen, -gruppen, -ziele und -aktionen; wechseln Sie die Person mit Datei → Benutzer wechseln.</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="38" />
            <source>&amp;Create a workspace…</source>
            <translation>Arbeitsbereich &amp;anlegen…</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="39" />
            <source>&amp;Open a workspace…</source>
            <translation>Arbeitsbereich ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="56" />
            <source>The address of a shared workspace on PostgreSQL; the password is asked next.</source>
            <translation>Die Adresse eines gemeinsamen Arbeitsbereichs auf PostgreSQL; das Passwort wird danach abgefragt.</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="60" />
            <source>Shared &amp;workspace:</source>
            <translation>&amp;Gemeinsamer Arbeitsbereich:</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="85" />
            <source>Create workspace</source>
            <translation>Arbeitsbereich anlegen</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="85" />
            <location filename="../ui/startpage.cpp" line="91" />
            <source>Countersign workspaces (*.db)</source>
            <translation>Countersign-Arbeitsbereiche (*.db)</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="91" />
            <source>Open workspace</source>
            <translation>Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <location filename="../ui/startpage.cpp" line="103" />
            <source>&amp;Try again: %1 on %2</source>
            <translation>&amp;Erneut versuchen: %1 auf %2</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::StartReviewDialog</name>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="31" />
            <source>Start access review</source>
            <translation>Zugriffsüberprüfung starten</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="40" />
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="41" />
            <source>each grant's approvers</source>
            <translation>die Genehmigenden jeder Berechtigung</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="42" />
            <source>Logins separated by commas; every grant is then assigned to them.</source>
            <translation>Anmeldenamen, durch Kommas getrennt; jede Berechtigung wird dann ihnen zugewiesen.</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="43" />
            <source>Reviewers keep or revoke each active grant assigned to them, with a comment.</source>
            <translation>Die Überprüfenden behalten oder entziehen jede ihnen zugewiesene aktive Berechtigung mit einem Kommentar.</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="46" />
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="47" />
            <source>Due:</source>
            <translation>Fällig:</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="48" />
            <source>Action:</source>
            <translation>Aktion:</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="49" />
            <source>Target:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="50" />
            <source>Requester's group:</source>
            <translation>Gruppe der antragstellenden Person:</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="51" />
            <source>Reviewers:</source>
            <translation>Überprüfende:</translation>
        </message>
        <message>
            <location filename="../ui/grants/startreviewdialog.cpp" line="53" />
            <source>Start review</source>
            <translation>Überprüfung starten</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::TargetDialog</name>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="41" />
            <source>Write attributes as key=value, separated by commas ("%1" is not).</source>
            <translation>Attribute als Schlüssel=Wert, durch Kommas getrennt („%1“ ist es nicht).</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="110" />
            <source>Edit target %1</source>
            <translation>Ziel %1 bearbeiten</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="113" />
            <source>environment=production, site=berlin</source>
            <translation>environment=production, site=berlin</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="115" />
            <source>Target:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="116" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="117" />
            <source>A&amp;gent:</source>
            <translation>A&amp;gent:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="118" />
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorydialogs.cpp" line="119" />
            <source>A&amp;ttributes:</source>
            <translation>A&amp;ttribute:</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::TargetsPage</name>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="417" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="417" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="417" />
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="417" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="417" />
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="418" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="419" />
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="428" />
            <source>environment=production, site=berlin</source>
            <translation>environment=production, site=berlin</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="429" />
            <source>Add a target</source>
            <translation>Ziel anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="431" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="432" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="433" />
            <source>A&amp;gent:</source>
            <translation>A&amp;gent:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="434" />
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="435" />
            <source>A&amp;ttributes:</source>
            <translation>A&amp;ttribute:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="436" />
            <source>Add target</source>
            <translation>Ziel anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="475" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="487" />
            <location filename="../ui/admin/directorypages.cpp" line="518" />
            <source>Choose a target first.</source>
            <translation>Wählen Sie zuerst ein Ziel.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="509" />
            <source>Target %1 was changed.</source>
            <translation>Ziel %1 wurde geändert.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="526" />
            <source>Remove target %1?</source>
            <translation>Ziel %1 entfernen?</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="527" />
            <source>No action lists %1 and no request names it; it will be removed.</source>
            <translation>Keine Aktion führt %1 auf und kein Antrag nennt es; es wird entfernt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="534" />
            <source>Target %1 was removed.</source>
            <translation>Ziel %1 wurde entfernt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="550" />
            <source>Target %1 was added.</source>
            <translation>Ziel %1 wurde angelegt.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::TokenDialog</name>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="27" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="30" />
            <source>New API token for %1</source>
            <translation>Neues API-Token für %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="35" />
            <source>Copy this token now: it is shown only once and stored only as a hash. The calling system sends it as "Authorization: Bearer TOKEN".</source>
            <translation>Kopieren Sie dieses Token jetzt: Es wird nur einmal angezeigt und nur als Hash gespeichert. Das aufrufende System sendet es als „Authorization: Bearer TOKEN“.</translation>
        </message>
        <message>
            <location filename="../ui/admin/serviceaccountspage.cpp" line="49" />
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::UsersPage</name>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>Login</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>Groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="87" />
            <source>Origin</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="89" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="90" />
            <location filename="../ui/admin/directorypages.cpp" line="190" />
            <source>Disable</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="91" />
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="96" />
            <source>Admin</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="97" />
            <source>Auditor</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="101" />
            <source>Add a person</source>
            <translation>Person anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="103" />
            <source>&amp;Login:</source>
            <translation>&amp;Anmeldename:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="104" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="105" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="106" />
            <source>&amp;Manager:</source>
            <translation>&amp;Führungskraft:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="111" />
            <source>Roles:</source>
            <translation>Rollen:</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="112" />
            <source>Add person</source>
            <translation>Person anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="157" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="157" />
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="158" />
            <source>Directory</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="158" />
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="164" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="190" />
            <source>Enable</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="198" />
            <location filename="../ui/admin/directorypages.cpp" line="224" />
            <location filename="../ui/admin/directorypages.cpp" line="247" />
            <source>Choose a person first.</source>
            <translation>Wählen Sie zuerst eine Person.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="215" />
            <source>%1 was changed.</source>
            <translation>%1 wurde geändert.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="228" />
            <source>Disable %1?</source>
            <translation>%1 deaktivieren?</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="229" />
            <source>%1 will no longer be able to request, approve or administer anything. Their requests, decisions and audit entries stay. You can enable them again later.</source>
            <translation>%1 kann dann nichts mehr beantragen, genehmigen oder verwalten. Anträge, Entscheidungen und Prüfeinträge bleiben erhalten. Sie können die Person später wieder aktivieren.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="238" />
            <source>%1 was enabled.</source>
            <translation>%1 wurde aktiviert.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="238" />
            <source>%1 was disabled; their history stays.</source>
            <translation>%1 wurde deaktiviert; der Verlauf bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="256" />
            <source>Remove %1?</source>
            <translation>%1 entfernen?</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="257" />
            <source>%1 has no requests, decisions or other history and will be removed from the workspace and all groups.</source>
            <translation>%1 hat keine Anträge, Entscheidungen oder sonstigen Verlauf und wird aus dem Arbeitsbereich und allen Gruppen entfernt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="266" />
            <source>%1 was removed.</source>
            <translation>%1 wurde entfernt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/directorypages.cpp" line="283" />
            <source>%1 was added.</source>
            <translation>%1 wurde angelegt.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::WebhooksPage</name>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="20" />
            <source>Webhook</source>
            <translation>Webhook</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="20" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="20" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="20" />
            <source>Failures</source>
            <translation>Fehlschläge</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="20" />
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="20" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="22" />
            <source>&amp;Re-enable</source>
            <translation>&amp;Wieder aktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="30" />
            <source>Webhooks receive every notice. After repeated failures the agent disables one and its notices go to the admins by e-mail until it is re-enabled.</source>
            <translation>Webhooks erhalten jede Benachrichtigung. Nach wiederholten Fehlschlägen deaktiviert der Agent einen Webhook; seine Benachrichtigungen gehen dann per E-Mail an die Admins, bis er wieder aktiviert ist.</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="59" />
            <source>Enabled</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="59" />
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="66" />
            <source>Disabled after repeated failures; its notices go to the admins.</source>
            <translation>Nach wiederholten Fehlschlägen deaktiviert; seine Benachrichtigungen gehen an die Admins.</translation>
        </message>
        <message>
            <location filename="../ui/admin/webhookspage.cpp" line="105" />
            <source>Webhook %1 is enabled again.</source>
            <translation>Webhook %1 ist wieder aktiv.</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::WorkflowPolicyTree</name>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="39" />
            <source>Deadline: %1 hours</source>
            <translation>Frist: %1 Stunden</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="42" />
            <source>No approval needed for: %1</source>
            <translation>Keine Genehmigung nötig für: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="48" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="50" />
            <source>Asks for: %1 (required)</source>
            <translation>Verlangt: %1 (Pflicht)</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="51" />
            <source>Asks for: %1 (optional)</source>
            <translation>Verlangt: %1 (optional)</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="53" />
            <source>Matching %1</source>
            <translation>Passend zu %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="56" />
            <source>Comment of at least %1 characters</source>
            <translation>Kommentar mit mindestens %1 Zeichen</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="58" />
            <source>Rule %1</source>
            <translation>Regel %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="60" />
            <source>When: every request</source>
            <translation>Wenn: jeder Antrag</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="62" />
            <source>When: %1</source>
            <translation>Wenn: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="64" />
            <source>No approval needed</source>
            <translation>Keine Genehmigung nötig</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="68" />
            <source>Phase %1 (automatic)</source>
            <translation>Phase %1 (automatisch)</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/workflowpolicytree.cpp" line="69" />
            <source>Phase %1 (%n approver(s))</source>
            <translation>
                <numerusform>Phase %1 (%n genehmigende Person)</numerusform>
                <numerusform>Phase %1 (%n genehmigende Personen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="88" />
            <source>All of</source>
            <translation>Alle von</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="91" />
            <source>Any of</source>
            <translation>Eine(r) von</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowpolicytree.cpp" line="94" />
            <source>Not</source>
            <translation>Nicht</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::WorkflowsPage</name>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="52" />
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="52" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="52" />
            <location filename="../ui/admin/workflowspage.cpp" line="67" />
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="52" />
            <location filename="../ui/admin/workflowspage.cpp" line="239" />
            <source>Default</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="52" />
            <location filename="../ui/admin/workflowspage.cpp" line="240" />
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="53" />
            <source>Actions using it</source>
            <translation>Aktionen, die ihn nutzen</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="53" />
            <location filename="../ui/admin/workflowspage.cpp" line="67" />
            <source>Pending requests</source>
            <translation>Offene Anträge</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="56" />
            <source>&amp;New workflow</source>
            <translation>&amp;Neuer Workflow</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="57" />
            <source>Set as &amp;default</source>
            <translation>Als &amp;Vorgabe festlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="58" />
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="59" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="67" />
            <source>Saved by</source>
            <translation>Gespeichert von</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="67" />
            <source>Saved at</source>
            <translation>Gespeichert am</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="104" />
            <source>The file as the CLI imports it; the tree shows how the engine reads its rules.</source>
            <translation>Die Datei, wie die CLI sie importiert; der Baum zeigt, wie die Regel-Engine ihre Regeln liest.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="116" />
            <source>Changes from revision</source>
            <translation>Änderungen von Revision</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="118" />
            <source>to revision</source>
            <translation>bis Revision</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="140" />
            <source>Editor</source>
            <translation>Editor</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="141" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="142" />
            <source>Where used</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="313" />
            <source>No action uses this workflow.</source>
            <translation>Keine Aktion nutzt diesen Workflow.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="314" />
            <source>New requests of these actions follow revision %1; %2 pending request(s) keep the snapshot they were submitted under (by revision: see History).</source>
            <translation>Neue Anträge dieser Aktionen folgen Revision %1; %2 offene(r) Antrag/Anträge behalten den Stand, unter dem sie gestellt wurden (je Revision: siehe Verlauf).</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="320" />
            <source>This is the default workflow: it gates every action without a policy of its own.</source>
            <translation>Dies ist der Vorgabe-Workflow: Er gilt für jede Aktion ohne eigene Richtlinie.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="341" />
            <source>The workflow is valid.</source>
            <translation>Der Workflow ist gültig.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="373" />
            <source>Workflow %1 is unchanged.</source>
            <translation>Workflow %1 ist unverändert.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="375" />
            <source>Workflow %1 saved (revision %2): %3.</source>
            <translation>Workflow %1 gespeichert (Revision %2): %3.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="398" />
            <source>Workflow %1 is now the default: %2.</source>
            <translation>Workflow %1 ist jetzt die Vorgabe: %2.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="412" />
            <source>Archive workflow</source>
            <translation>Workflow archivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="413" />
            <source>Archive workflow %1? No action can refer to it afterwards.</source>
            <translation>Workflow %1 archivieren? Danach kann keine Aktion mehr auf ihn verweisen.</translation>
        </message>
        <message>
            <location filename="../ui/admin/workflowspage.cpp" line="420" />
            <source>Workflow %1 is archived.</source>
            <translation>Workflow %1 ist archiviert.</translation>
        </message>
    </context>
</TS>
