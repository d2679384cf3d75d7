#include <QFile>
#include <core/common/identity.h>
#include <demo/demoworkspace.h>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace cs {
namespace {

struct DemoUser
{
    const char* login;
    const char* name;
    const char* manager;
    const char* role;
    QStringList groups;
};

Status seedDemo(Workspace& ws, const QString& adminLogin, const QString& agentUrl);

} // namespace

QStringList demoActionFiles()
{
    initDemoResources();
    return { QStringLiteral(":/countersign/demo/create-directory-user.json"),
             QStringLiteral(":/countersign/demo/restart-service.json"),
             QStringLiteral(":/countersign/demo/set-initial-password.json"),
             QStringLiteral(":/countersign/demo/generate-report.json"),
             QStringLiteral(":/countersign/demo/grant-temporary-admin.json"), // time-bound access
             QStringLiteral(":/countersign/demo/rotate-logs.json"), // no policy: the default workflow
             QStringLiteral(":/countersign/demo/reset-mfa.json") }; // on someone's behalf, their manager approves
}

QStringList demoWorkflowFiles()
{
    initDemoResources();
    return { QStringLiteral(":/countersign/demo/workflow-directory-change.json"), // two actions share it
             QStringLiteral(":/countersign/demo/workflow-standard-change.json") }; // the default
}

Result<WorkflowFile> loadDemoWorkflow(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QStringLiteral("The demo workflow %1 is missing from this build.").arg(resourcePath));
    return WorkflowFile::parse(file.readAll());
}

Result<ActionFile> loadDemoAction(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QStringLiteral("The demo action %1 is missing from this build.").arg(resourcePath));
    return ActionFile::parse(file.readAll());
}

Status seedDemoWorkspace(Workspace& ws, const QString& adminLogin, const QString& agentUrl)
{
    // All or nothing: a half-seeded demo would only confuse.
    return ws.database().transaction([&] { return seedDemo(ws, adminLogin, agentUrl); });
}

namespace {

Status seedDemo(Workspace& ws, const QString& adminLogin, const QString& agentUrl)
{
    const QList<DemoUser> users {
        { "frank", "Frank Fischer", "", "", { QStringLiteral("tech-leads"), QStringLiteral("operators") } },
        { "alice", "Alice Archer", "frank", "", { QStringLiteral("helpdesk"), QStringLiteral("operators") } },
        { "bob", "Bob Brown", "", "", { QStringLiteral("approvers") } },
        { "carol", "Carol Chen", "", "", { QStringLiteral("approvers"), QStringLiteral("security") } },
        { "grace", "Grace Green", "", "", { QStringLiteral("security") } },
        { "dave", "Dave Davis", "", "admin", { QStringLiteral("admins") } },
        { "erin", "Erin Evans", "carol", "auditor", { QStringLiteral("auditors") } },
    };
    const QString admin = normalizeLogin(adminLogin);
    // The demo's admin is one of its people, with a name like the others.
    QString adminName;
    for (const DemoUser& u : users)
        if (QString::fromLatin1(u.login) == admin)
            adminName = QString::fromLatin1(u.name);
    CS_TRY(ws.admin().bootstrap(admin, adminName));
    AdminService& a = ws.admin();

    const QList<std::pair<const char*, const char*>> groups {
        { "helpdesk", "First-line support: requests account changes" },
        { "operators", "Operations staff: request service restarts" },
        { "approvers", "Approve account changes" },
        { "tech-leads", "Technical review of production changes" },
        { "security", "Security sign-off" },
        { "admins", "Administrators: may run account changes without approval" },
        { "auditors", "Read everything, export evidence" },
    };
    for (const auto& [name, description] : groups)
        CS_TRY(a.addGroup(admin, QString::fromLatin1(name), QString::fromLatin1(description)));

    for (const DemoUser& u : users) {
        const QString login = QString::fromLatin1(u.login);
        if (login != admin) {
            User user { login,
                        QString::fromLatin1(u.name),
                        login + QStringLiteral("@example.com"),
                        QString::fromLatin1(u.manager),
                        {},
                        true,
                        0 };
            if (*u.role)
                user.roles.append(QString::fromLatin1(u.role));
            CS_TRY(a.addUser(admin, user));
        }
        for (const QString& g : u.groups)
            CS_TRY(a.setMembership(admin, g, login, true));
    }
    if (!ws.directory().group(QStringLiteral("admins"))->members.contains(admin))
        CS_TRY(a.setMembership(admin, QStringLiteral("admins"), admin, true));

    const QString& agent = agentUrl;
    const auto env = [](const char* e) {
        return QJsonObject { { QStringLiteral("environment"), QString::fromLatin1(e) } };
    };
    CS_TRY(a.addTarget(
        admin,
        { QStringLiteral("dc01"), QStringLiteral("directory"), agent, QStringLiteral("dave"), env("production"), 0 }));
    CS_TRY(a.addTarget(admin, { QStringLiteral("dc-lab"), QStringLiteral("directory"), agent, {}, env("test"), 0 }));
    CS_TRY(a.addTarget(
        admin,
        { QStringLiteral("web01"), QStringLiteral("server"), agent, QStringLiteral("frank"), env("production"), 0 }));
    CS_TRY(
        a.addTarget(admin, { QStringLiteral("web-staging"), QStringLiteral("server"), agent, {}, env("staging"), 0 }));
    CS_TRY(a.addTarget(admin,
                       { QStringLiteral("reports01"), QStringLiteral("reporting"), agent, {}, env("internal"), 0 }));

    // Workflows before the actions that refer to them.
    for (const QString& path : demoWorkflowFiles()) {
        auto file = loadDemoWorkflow(path);
        CS_TRY(file);
        CS_TRY(ws.workflows().save(admin, *file));
    }
    for (const QString& path : demoActionFiles()) {
        auto file = loadDemoAction(path);
        CS_TRY(file);
        auto imported = a.importAction(admin, *file);
        CS_TRY(imported);
    }

    // Something in the queues from the first minute.
    RequestService& r = ws.requests();
    SubmitInput hire { QStringLiteral("create-directory-user"),
                       { { QStringLiteral("givenName"), QStringLiteral("Maria") },
                         { QStringLiteral("surname"), QStringLiteral("Lopez") },
                         { QStringLiteral("email"), QStringLiteral("maria.lopez@example.com") },
                         { QStringLiteral("department"), QStringLiteral("Finance") } },
                       { QStringLiteral("dc01") },
                       QStringLiteral("New hire in Finance, starts Monday (HR ticket 4711)") };
    hire.ticket = QStringLiteral("HR-4711"); // the shared workflow's intake asks for one
    auto first = r.submit(QStringLiteral("alice"), hire, SubmitMode::RequestApproval);
    CS_TRY(first);
    auto second = r.submit(QStringLiteral("alice"),
                           { QStringLiteral("restart-service"),
                             { { QStringLiteral("service"), QStringLiteral("nginx.service") } },
                             { QStringLiteral("web01") },
                             QStringLiteral("Pick up the renewed TLS certificate") },
                           SubmitMode::RequestApproval);
    CS_TRY(second);
    // On someone's behalf (issue 17): grace asks for erin, so carol -- erin's manager -- approves.
    SubmitInput mfa { QStringLiteral("reset-mfa"),
                      {},
                      { QStringLiteral("dc01") },
                      QStringLiteral("Erin's phone was replaced; she needs to enroll her second factor again") };
    mfa.behalfOf = QStringLiteral("erin");
    auto third = r.submit(QStringLiteral("grace"), mfa, SubmitMode::RequestApproval);
    CS_TRY(third);
    return {};
}

} // namespace

} // namespace cs
