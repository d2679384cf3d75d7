#include <QStringDecoder>
#include <cli/commandline.h>
#include <cli/commands.h>

namespace cs::cli {

const QList<CommandSpec>& commandSpecs()
{
    static const QList<CommandSpec> specs {
        { QStringLiteral("init"),
          {},
          { QStringLiteral("demo!") },
          QStringLiteral("create the workspace; you become its first admin"),
          initWorkspace,
          WorkspaceUse::Create },
        { QStringLiteral("user add"),
          QStringLiteral("LOGIN"),
          { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("manager"), QStringLiteral("role*") },
          QStringLiteral("add a person (roles: admin, auditor, agent)"),
          userAdd },
        { QStringLiteral("user list"), {}, {}, QStringLiteral("list people"), userList },
        { QStringLiteral("user grant"),
          QStringLiteral("LOGIN ROLE"),
          {},
          QStringLiteral("give a person an app role"),
          userGrant },
        { QStringLiteral("user revoke"),
          QStringLiteral("LOGIN ROLE"),
          {},
          QStringLiteral("take an app role away"),
          userRevoke },
        { QStringLiteral("user edit"),
          QStringLiteral("LOGIN"),
          { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("manager") },
          QStringLiteral("change a person's name, e-mail or manager (\"\": none)"),
          userEdit },
        { QStringLiteral("user disable"),
          QStringLiteral("LOGIN"),
          {},
          QStringLiteral("stop a person acting; they keep their history"),
          userDisable },
        { QStringLiteral("user enable"),
          QStringLiteral("LOGIN"),
          {},
          QStringLiteral("let a person act again"),
          userEnable },
        { QStringLiteral("user remove"),
          QStringLiteral("LOGIN"),
          {},
          QStringLiteral("remove a person nothing refers to"),
          userRemove },
        { QStringLiteral("group add"),
          QStringLiteral("NAME"),
          { QStringLiteral("description") },
          QStringLiteral("add a group"),
          groupAdd },
        { QStringLiteral("group list"), {}, {}, QStringLiteral("list groups and members"), groupList },
        { QStringLiteral("group add-member"),
          QStringLiteral("GROUP LOGIN"),
          {},
          QStringLiteral("add a person to a group"),
          groupAddMember },
        { QStringLiteral("group remove-member"),
          QStringLiteral("GROUP LOGIN"),
          {},
          QStringLiteral("remove a person from a group"),
          groupRemoveMember },
        { QStringLiteral("target add"),
          QStringLiteral("NAME"),
          { QStringLiteral("kind"), QStringLiteral("agent"), QStringLiteral("owner"), QStringLiteral("attr*") },
          QStringLiteral("add a target (--attr key=value)"),
          targetAdd },
        { QStringLiteral("target list"), {}, {}, QStringLiteral("list targets"), targetList },
        { QStringLiteral("target edit"),
          QStringLiteral("NAME"),
          { QStringLiteral("kind"), QStringLiteral("agent"), QStringLiteral("owner"), QStringLiteral("attr*"),
            QStringLiteral("unset-attr*") },
          QStringLiteral("change a target (--attr key=value, --unset-attr key)"),
          targetEdit },
        { QStringLiteral("target remove"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("remove a target no action or request names"),
          targetRemove },
        { QStringLiteral("action import"),
          QStringLiteral("FILE.json"),
          {},
          QStringLiteral("add or update an action (new version on change)"),
          actionImport },
        { QStringLiteral("action list"), {}, {}, QStringLiteral("list the actions you may request"), actionList },
        { QStringLiteral("action show"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("show an action, its parameters and policy"),
          actionShow },
        // Workflows (issue 19)
        { QStringLiteral("workflow import"),
          QStringLiteral("FILE.json"),
          {},
          QStringLiteral("add or update a workflow (new revision on change)"),
          workflowImport },
        { QStringLiteral("workflow list"),
          {},
          {},
          QStringLiteral("list workflows and how many actions use them"),
          workflowList },
        { QStringLiteral("workflow show"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("show a workflow, its rules and the actions that use it"),
          workflowShow },
        { QStringLiteral("workflow archive"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("archive a workflow no action refers to"),
          workflowArchive },
        // Service accounts for the agent's inbound API (issue 17)
        { QStringLiteral("service-account add"),
          QStringLiteral("LOGIN"),
          { QStringLiteral("name"), QStringLiteral("description") },
          QStringLiteral("add a service account (requests through the API, never approves)"),
          serviceAccountAdd },
        { QStringLiteral("service-account list"),
          {},
          {},
          QStringLiteral("list service accounts and their tokens"),
          serviceAccountList },
        { QStringLiteral("service-account token"),
          QStringLiteral("LOGIN"),
          { QStringLiteral("name") },
          QStringLiteral("issue an API token (printed once)"),
          serviceAccountToken },
        { QStringLiteral("service-account revoke-token"),
          QStringLiteral("LOGIN TOKEN-NAME"),
          {},
          QStringLiteral("revoke one of a service account's tokens"),
          serviceAccountRevokeToken },
        { QStringLiteral("service-account disable"),
          QStringLiteral("LOGIN"),
          {},
          QStringLiteral("disable a service account and its tokens"),
          serviceAccountDisable },
        { QStringLiteral("request"),
          QStringLiteral("ACTION"),
          { QStringLiteral("param*"), QStringLiteral("param-file*"), QStringLiteral("secret*"),
            QStringLiteral("allow-secret-on-command-line!"), QStringLiteral("target*"), QStringLiteral("comment"),
            QStringLiteral("key"), QStringLiteral("duration"), QStringLiteral("not-before"), QStringLiteral("extends"),
            QStringLiteral("behalf-of"), QStringLiteral("ticket") },
          QStringLiteral("request approval to run an action (--key KEY: a retry finds the same request)"),
          requestApproval },
        { QStringLiteral("run"),
          QStringLiteral("ACTION"),
          { QStringLiteral("param*"), QStringLiteral("param-file*"), QStringLiteral("secret*"),
            QStringLiteral("allow-secret-on-command-line!"), QStringLiteral("target*"), QStringLiteral("comment"),
            QStringLiteral("key"), QStringLiteral("duration"), QStringLiteral("not-before"), QStringLiteral("extends"),
            QStringLiteral("behalf-of"), QStringLiteral("ticket") },
          QStringLiteral("run directly where the policy allows it"),
          runDirect },
        { QStringLiteral("list"),
          QStringLiteral("incoming|outgoing|all|active"),
          { QStringLiteral("status"), QStringLiteral("limit"), QStringLiteral("before"), QStringLiteral("search") },
          QStringLiteral("list requests, newest first (--status pending,approved,... or any; --limit N --before ID; "
                         "--search TEXT: number, action, requester, comment, parameter value or target)"),
          listRequests },
        { QStringLiteral("show"),
          QStringLiteral("ID"),
          {},
          QStringLiteral("show a request with phases, decisions and digest"),
          showRequest },
        { QStringLiteral("approve"),
          QStringLiteral("ID..."),
          { QStringLiteral("comment"), QStringLiteral("preview!") },
          QStringLiteral("approve one or more requests, each on its own (--preview: say what it would do)"),
          approveRequest },
        { QStringLiteral("reject"),
          QStringLiteral("ID..."),
          { QStringLiteral("comment"), QStringLiteral("preview!") },
          QStringLiteral("reject one or more requests, each on its own (comment required)"),
          rejectRequest },
        { QStringLiteral("feedback"),
          QStringLiteral("ID"),
          { QStringLiteral("vote"), QStringLiteral("comment") },
          QStringLiteral("leave a vote (up|down|none) or a comment on a request without deciding it"),
          requestFeedback },
        { QStringLiteral("revoke"),
          QStringLiteral("ID"),
          { QStringLiteral("comment") },
          QStringLiteral("end an active grant now (requester, admin or approver; --comment required)"),
          revokeGrant },
        // Access reviews (issue 15): what is still granted, kept or revoked with a comment.
        { QStringLiteral("review grants"),
          {},
          { QStringLiteral("action") },
          QStringLiteral("list the active grants you may review (admin or approver)"),
          reviewList },
        { QStringLiteral("review keep"),
          QStringLiteral("ID"),
          { QStringLiteral("comment"), QStringLiteral("until") },
          QStringLiteral("keep an active grant (--comment required; --until ISO: needed until then)"),
          reviewKeep },
        { QStringLiteral("review revoke"),
          QStringLiteral("ID"),
          { QStringLiteral("comment") },
          QStringLiteral("end an active grant now as a review decision (--comment required)"),
          reviewRevoke },
        // Access reviews as campaigns (issue 15): started by an admin or auditor, decided by the
        // assigned reviewers, closed by the starter or an admin.
        { QStringLiteral("review start"),
          {},
          { QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("group"), QStringLiteral("reviewer*"),
            QStringLiteral("due"), QStringLiteral("title") },
          QStringLiteral("start an access review of the active grants (admin or auditor; --due ISO --title TEXT; "
                         "default reviewers: each grant's approvers)"),
          reviewStart },
        { QStringLiteral("review list"),
          {},
          {},
          QStringLiteral("list the access reviews you may see"),
          reviewCampaignList },
        { QStringLiteral("review show"),
          QStringLiteral("ID"),
          {},
          QStringLiteral("show an access review: its grants, reviewers, decisions and progress"),
          reviewShow },
        { QStringLiteral("review decide"),
          QStringLiteral("ID REQUEST keep|revoke"),
          { QStringLiteral("comment") },
          QStringLiteral("decide a grant assigned to you in an access review (--comment required)"),
          reviewDecide },
        { QStringLiteral("review close"),
          QStringLiteral("ID"),
          {},
          QStringLiteral("close an access review (its starter or an admin); undecided grants are listed"),
          reviewClose },
        { QStringLiteral("review report"),
          QStringLiteral("ID"),
          { QStringLiteral("csv") },
          QStringLiteral("write an access review as CSV (--csv FILE, - for standard output)"),
          reviewReport },
        { QStringLiteral("cancel"),
          QStringLiteral("ID"),
          { QStringLiteral("comment") },
          QStringLiteral("cancel your pending request"),
          cancelRequest },
        { QStringLiteral("expire"),
          {},
          {},
          QStringLiteral("expire requests whose deadline has passed"),
          expireRequests },
        { QStringLiteral("execute"),
          QStringLiteral("ID"),
          { QStringLiteral("no-wait!") },
          QStringLiteral("hand an approved request to its agent and follow the run"),
          executeRequest },
        { QStringLiteral("db login"),
          QStringLiteral("URL"),
          {},
          QStringLiteral("store your PostgreSQL password in the system keychain (password on standard input)"),
          databaseLogin,
          WorkspaceUse::None },
        { QStringLiteral("admin setup-postgres"),
          {},
          { QStringLiteral("admin") },
          QStringLiteral(
              "as the schema owner: install roles, grants and row-level security (--admin LOGIN: first admin)"),
          setupPostgres },
        { QStringLiteral("directory configure"),
          QStringLiteral("PRESET"),
          { QStringLiteral("url"), QStringLiteral("bind-dn"), QStringLiteral("people-base"),
            QStringLiteral("people-filter"), QStringLiteral("group-base"), QStringLiteral("group-filter"),
            QStringLiteral("start-tls!"), QStringLiteral("tls-ca"), QStringLiteral("nesting"),
            QStringLiteral("page-size"), QStringLiteral("max-removal"), QStringLiteral("interval"),
            QStringLiteral("password-stdin!") },
          QStringLiteral("copy people and groups from LDAP (PRESET: active-directory or openldap; --password-stdin: "
                         "the bind password to the keychain)"),
          directoryConfigure },
        { QStringLiteral("directory show"),
          {},
          {},
          QStringLiteral("show the directory source and its last sync"),
          directoryShow },
        { QStringLiteral("directory sync"),
          {},
          { QStringLiteral("dry-run!"), QStringLiteral("force!") },
          QStringLiteral("sync now (--dry-run: preview; --force: past the removal limit)"),
          directorySync },
        { QStringLiteral("agent login"),
          QStringLiteral("URL"),
          {},
          QStringLiteral("store your token for an agent in the system keychain (token on standard input)"),
          agentLogin },
        { QStringLiteral("audit log"),
          {},
          { QStringLiteral("request"), QStringLiteral("limit"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("actor") },
          QStringLiteral("show audit events (--from/--to DATE or ISO time, --actor LOGIN, --request ID)"),
          auditLog },
        { QStringLiteral("audit verify"),
          {},
          { QStringLiteral("since-checkpoint!"), QStringLiteral("against") },
          QStringLiteral("verify the audit hash chains and signed checkpoints (--since-checkpoint: hashes each "
                         "chain only from its last signed head on)"),
          auditVerify },
        { QStringLiteral("audit checkpoint"),
          {},
          { QStringLiteral("key-file"), QStringLiteral("export") },
          QStringLiteral("record a signed checkpoint of every audit chain (--export FILE: keep a copy)"),
          auditCheckpoint },
        { QStringLiteral("audit export"),
          {},
          { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("action"), QStringLiteral("target"),
            QStringLiteral("requester"), QStringLiteral("state"), QStringLiteral("format"), QStringLiteral("output"),
            QStringLiteral("key-file") },
          QStringLiteral("period report of requests (--from --to --format csv|pdf --output FILE)"),
          auditExport },
        { QStringLiteral("evidence"),
          QStringLiteral("ID"),
          { QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("key-file") },
          QStringLiteral("one request's evidence (--format json|pdf --output FILE)"),
          evidenceExport },
        { QStringLiteral("audit key add"),
          QStringLiteral("PUBLICKEY"),
          {},
          QStringLiteral("list a checkpoint signing key (Base64, as the agent service logs it)"),
          auditKeyAdd },
        { QStringLiteral("notify prefs"),
          {},
          {},
          QStringLiteral("show which notices you get, by which channel, and why"),
          notifyPrefs },
        { QStringLiteral("notify set"),
          QStringLiteral("EVENT MODE"),
          { QStringLiteral("channel"), QStringLiteral("default!"), QStringLiteral("mandatory!") },
          QStringLiteral("choose off|immediate|digest for a notice (admins: --default, --mandatory)"),
          notifySet },
        { QStringLiteral("notify webhook add"),
          QStringLiteral("NAME URL"),
          { QStringLiteral("format") },
          QStringLiteral("add a signed outgoing webhook (--format json|slack|teams)"),
          notifyWebhookAdd },
        { QStringLiteral("notify webhook list"),
          {},
          {},
          QStringLiteral("list webhooks and their state"),
          notifyWebhookList },
        { QStringLiteral("notify webhook enable"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("re-enable a webhook disabled after failures"),
          notifyWebhookEnable },
        { QStringLiteral("notify webhook test"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("queue a test notice for a webhook"),
          notifyWebhookTest },
        { QStringLiteral("notify outbox"),
          {},
          { QStringLiteral("limit") },
          QStringLiteral("show queued and sent notices (admins, auditors)"),
          notifyOutbox },
        // Approval webhooks (issue 17): external systems that decide a phase naming {"webhook": NAME}.
        { QStringLiteral("webhook add"),
          QStringLiteral("NAME"),
          { QStringLiteral("url"), QStringLiteral("header*"), QStringLiteral("field*"),
            QStringLiteral("secret-from-env") },
          QStringLiteral("register an approval webhook (--url, --header K:V, --field K=V, --secret-from-env VAR)"),
          webhookAdd },
        { QStringLiteral("webhook list"),
          {},
          {},
          QStringLiteral("list approval webhooks and their state"),
          webhookList },
        { QStringLiteral("webhook test"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("queue a test call to an approval webhook"),
          webhookTest },
        { QStringLiteral("webhook enable"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("enable an approval webhook (again, after failures)"),
          webhookEnable },
        { QStringLiteral("webhook disable"),
          QStringLiteral("NAME"),
          {},
          QStringLiteral("disable an approval webhook (its phases wait for the admins)"),
          webhookDisable },
        { QStringLiteral("delegate add"),
          {},
          { QStringLiteral("to"), QStringLiteral("from"), QStringLiteral("until"), QStringLiteral("for") },
          QStringLiteral("hand your approvals to LOGIN for a period (--to --from --until; admins: --for)"),
          delegateAdd },
        { QStringLiteral("delegate list"),
          {},
          {},
          QStringLiteral("list current and coming delegations (yours; admins: all)"),
          delegateList },
        { QStringLiteral("delegate end"),
          QStringLiteral("ID"),
          {},
          QStringLiteral("end a delegation now"),
          delegateEnd },
    };
    return specs;
}

QString usageText()
{
    QString text
        = QStringLiteral("Usage: countersign-cli [--db PATH] [--as LOGIN] [--json] COMMAND [ARGS] [OPTIONS]\n\n"
                         "Commands:\n");
    for (const CommandSpec& s : commandSpecs()) {
        const QString head = QString(s.name + QLatin1Char(' ') + s.arguments).trimmed();
        text += QStringLiteral("  %1 %2\n").arg(head, -38).arg(s.summary);
    }
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --db PATH      the workspace database (default: $COUNTERSIGN_DB, else the user data folder)\n"
        "  --as LOGIN     act as LOGIN (SQLite workspaces only; not a security boundary)\n"
        "  --json         machine-readable output\n"
        "  --help, --version\n"
        "\nParameters of request and run:\n"
        "  --param NAME=VALUE   a value on the command line (refused for secret parameters, which every\n"
        "                       account can read there, unless --allow-secret-on-command-line)\n"
        "  --param-file FILE    NAME=VALUE lines (FILE - : standard input; # starts a comment)\n"
        "  --secret NAME        asks for NAME without echo on a terminal, else reads one line of standard input\n");
    return text;
}

namespace {

// The longest command name the words start with: the table's order never decides which
// command runs, and words that name no command find nothing (never a neighbour).
const CommandSpec* findSpec(const QStringList& words, int* consumed)
{
    const CommandSpec* found = nullptr;
    *consumed = 0;
    for (const CommandSpec& s : commandSpecs()) {
        const QStringList nameWords = s.name.split(QLatin1Char(' '));
        if (nameWords.size() > *consumed && words.mid(0, nameWords.size()) == nameWords) {
            *consumed = nameWords.size();
            found = &s;
        }
    }
    return found;
}

} // namespace

bool decodeArguments(const QList<QByteArray>& argv, QStringList* out, QString* error)
{
    out->clear();
    for (qsizetype i = 0; i < argv.size(); ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(argv.at(i));
        if (utf8.hasError()) {
            *error = QStringLiteral("Argument %1 (\"%2\") is not valid UTF-8 text; the characters shown as U+FFFD "
                                    "could not be read.")
                         .arg(i + 1)
                         .arg(text.left(60));
            return false;
        }
        out->append(text);
    }
    return true;
}

bool parseCommandLine(const QStringList& args, CommandLine* out, QString* error)
{
    QStringList words;
    QList<QPair<QString, QString>> options; // name, value (null for flags)
    // Global flags, and every command's (marked '!' in the table): they take no value.
    QStringList flagNames { QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("version") };
    for (const CommandSpec& spec : commandSpecs())
        for (const QString& option : spec.options)
            if (option.endsWith(QLatin1Char('!')))
                flagNames.append(option.chopped(1));
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--")) {
            words += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1String("--")) || a.size() == 2) {
            words.append(a);
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (!flagNames.contains(name)) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("Option --%1 needs a value.").arg(name);
                return false;
            }
            value = args.at(++i);
        }
        options.append({ name, value });
    }

    for (const auto& [name, value] : options) {
        if (name == QLatin1String("db"))
            out->database = value;
        else if (name == QLatin1String("as"))
            out->actor = value;
        else if (name == QLatin1String("json"))
            out->json = true;
        else if (name == QLatin1String("help"))
            out->help = true;
        else if (name == QLatin1String("version"))
            out->version = true;
    }
    if (out->help || out->version)
        return true;
    if (words.isEmpty()) {
        *error = QStringLiteral("No command given; see countersign-cli --help.");
        return false;
    }

    int consumed = 0;
    out->spec = findSpec(words, &consumed);
    if (!out->spec) {
        *error = QStringLiteral("Unknown command \"%1\"; see countersign-cli --help.")
                     .arg(words.mid(0, 2).join(QLatin1Char(' ')));
        return false;
    }
    out->positionals = words.mid(consumed);
    const int expected = out->spec->arguments.isEmpty() ? 0 : out->spec->arguments.split(QLatin1Char(' ')).size();
    // "ID..." as the last argument takes one or more.
    const bool variadic = out->spec->arguments.endsWith(QLatin1String("..."));
    if (variadic ? out->positionals.size() < expected : out->positionals.size() != expected) {
        *error = QStringLiteral("Usage: countersign-cli %1 %2").arg(out->spec->name, out->spec->arguments).trimmed();
        return false;
    }

    for (const auto& [name, value] : options) {
        if (QStringList { QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("json"), QStringLiteral("help"),
                          QStringLiteral("version") }
                .contains(name))
            continue;
        const bool repeatable = out->spec->options.contains(name + QLatin1Char('*'));
        const bool flag = out->spec->options.contains(name + QLatin1Char('!'));
        if (!repeatable && !flag && !out->spec->options.contains(name)) {
            *error = QStringLiteral("Option --%1 does not apply to \"%2\".").arg(name, out->spec->name);
            return false;
        }
        if (!repeatable && out->options.contains(name)) {
            *error = QStringLiteral("Option --%1 is given twice.").arg(name);
            return false;
        }
        out->options[name].append(value);
    }
    return true;
}

} // namespace cs::cli
