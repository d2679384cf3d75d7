#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <core/common/identity.h>
#include <core/storage/database.h>
#include <core/workspace.h>
#include <demo/demoworkspace.h>
#include <ui/clientcontroller.h>
#include <ui/errortext.h>
#include <ui/logging.h>
#include <ui/mainwindow.h>
#include <ui/prompts.h>
#include <ui/requestlink.h>
#include <ui/session.h>
#include <ui/settings.h>
#include <ui/startpage.h>
#include <utility>

namespace cs::ui {

ClientController::ClientController(Settings& settings, Prompts& prompts, CredentialStore& credentials,
                                   const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_credentials(credentials)
    , m_clock(clock)
{
    // The demo's agent, once listening: its token for this session, so nobody types one.
    connect(&m_demoAgent, &DemoAgentLauncher::ready, this, [this](const QString& url, const QString& token) {
        static_cast<void>(m_sessionSecrets.write(agentTokenKey(url), token));
    });
    connect(&m_demoAgent, &DemoAgentLauncher::failed, this, [this](const QString& message) {
        qCWarning(lcUi).noquote() << message;
        if (m_window)
            m_window->statusBar()->showMessage(message, 30000);
    });
}

ClientController::~ClientController()
{
    delete m_window; // before the session it uses
    delete m_start;
}

QString ClientController::demoLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.db");
}

void ClientController::openLink(const QString& link)
{
    auto id = requestIdFromLink(link);
    if (id.ok() && !m_window) {
        // Followed once a workspace is open (after a password prompt, or from the start page).
        m_pendingLink = link;
        return;
    }
    QString problem = id.ok() ? QString() : id.error().message;
    if (id.ok() && !m_window->openRequest(*id))
        problem = tr("Request #%1 is not in your Incoming or Outgoing.").arg(*id);
    if (!problem.isEmpty())
        m_prompts.inform(m_window, tr("Countersign link"), problem);
}

MainWindow* ClientController::window() const
{
    return m_window;
}

StartPage* ClientController::startPage() const
{
    return m_start;
}

void ClientController::startDemo(const QString& actor)
{
    m_actor = actor.isEmpty() ? DemoFirstUser : actor;
    open(demoLocation(), true, true);
}

void ClientController::start(const QString& location, const QString& actor)
{
    m_actor = actor;
    if (location.isEmpty())
        showStartPage({});
    else
        open(location, false, false);
}

void ClientController::showStartPage(const QString& error, const QString& retryLocation)
{
    if (!m_start) {
        m_start = new StartPage;
        m_start->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_start, &StartPage::demoRequested, this, [this] { startDemo({}); });
        connect(m_start, &StartPage::createRequested, this, [this](const QString& path) { open(path, true, false); });
        connect(m_start, &StartPage::openRequested, this, [this](const QString& path) { open(path, false, false); });
    }
    if (!error.isEmpty())
        m_start->showError(error, retryLocation);
    m_start->show();
}

Result<std::unique_ptr<Workspace>> ClientController::openPostgres(const QString& location)
{
    // The password from the keychain, else libpq's own sources (PGPASSWORD, ~/.pgpass), else asked.
    const QString key = databasePasswordKey(Database::canonicalPostgresUrl(location));
    QString stored;
    if (auto read = m_credentials.read(key); read.ok())
        stored = *read;
    auto workspace = Workspace::open(location, m_clock, stored);
    // Nobody typed anything yet: the first question gives no reason (never libpq's "no password supplied").
    QString why = stored.isEmpty() ? QString() : tr("The password kept in the keychain was not accepted.");
    QWidget* parent = m_window ? static_cast<QWidget*>(m_window) : static_cast<QWidget*>(m_start);
    while (!workspace.ok() && Database::isAuthenticationFailure(workspace.error())) {
        const bool canRemember = m_credentials.canRemember(); // asked of the keychain once, when needed
        const auto answer = m_prompts.databasePassword(parent, location, why, canRemember);
        if (!answer) {
            const QUrl url(location);
            return Error::forbidden(tr("No password was given for %1 on %2, so the shared workspace was not opened.")
                                        .arg(url.userName(), url.host()));
        }
        workspace = Workspace::open(location, m_clock, answer->value);
        why = tr("That password was not accepted; try again.");
        if (workspace.ok() && answer->remember && canRemember)
            if (const Status kept = m_credentials.write(key, answer->value); !kept.ok())
                m_prompts.inform(parent, tr("Password not remembered"),
                                 tr("The system keychain did not keep the password; you will be asked again next "
                                    "time."));
    }
    return workspace;
}

bool ClientController::open(const QString& location, bool create, bool demo)
{
    const bool postgres = Database::isPostgresUrl(location);
    const bool exists = postgres || QFileInfo::exists(location);
    if (!create && !exists) {
        showStartPage(tr("There is no workspace at %1.").arg(location));
        return false;
    }
    if (postgres && !m_actor.isEmpty() && !demo) {
        showStartPage(tr("On PostgreSQL you act as the role you connect as; --as applies to SQLite workspaces only."));
        return false;
    }
    auto workspace = postgres ? openPostgres(location) : Workspace::open(location, m_clock);
    if (!workspace.ok()) {
        // A shared workspace is worth another try (the server back, the right password).
        showStartPage(postgres ? ErrorText::forConnect(location, workspace.error()) : workspace.error().message,
                      postgres ? location : QString());
        return false;
    }
    // Identity: the database's on PostgreSQL; on SQLite the OS account, or --as.
    QString actor = m_actor.isEmpty() ? osLogin() : m_actor;
    if (postgres) {
        auto role = (*workspace)->database().currentUser();
        if (!role.ok()) {
            showStartPage(ErrorText::forConnect(location, role.error()), location);
            return false;
        }
        actor = normalizeLogin(*role);
    }
    if (create && !exists) {
        // The person creating a workspace becomes its first admin (and, for the demo, of the samples).
        const Status seeded = demo ? seedDemoWorkspace(**workspace, DemoAdmin, m_demoAgent.url())
                                   : (*workspace)->admin().bootstrap(actor, QString());
        if (!seeded.ok()) {
            showStartPage(seeded.error().message);
            return false;
        }
    }
    if (auto me = (*workspace)->directory().activeUser(actor); !me.ok()) {
        showStartPage(me.error().message);
        return false;
    }

    if (m_window) {
        // May run from the old window's own menu: let it close, and take its session with it.
        m_window->disconnect(this);
        m_session.release()->setParent(m_window);
        m_window->close();
    }
    m_session = std::make_unique<Session>(std::move(workspace).value(), actor);
    m_location = location;
    m_settings.setLastWorkspace(location);
    m_window = new MainWindow(*m_session, m_prompts, m_settings, m_credentials, &m_sessionSecrets);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::switchUserRequested, this, &ClientController::switchUser);
    connect(m_window, &MainWindow::openWorkspaceRequested, this, [this] { showStartPage({}); });
    m_window->show();
    if (demo || location == demoLocation()) {
        // The whole flow with no secret to type: the demo's own agent, and the person's waiting work.
        m_demoAgent.start(QFileInfo(location).absolutePath());
        m_window->showWaitingWork();
    }
    if (m_start)
        m_start->close();
    if (!m_pendingLink.isEmpty())
        openLink(std::exchange(m_pendingLink, QString()));
    return true;
}

void ClientController::switchUser()
{
    auto users = m_session->workspace().directory().users();
    if (!users.ok())
        return;
    // "Bob Brown (bob)": people by name, with the login that identifies them.
    QStringList logins;
    QStringList labels;
    for (const User& u : *users)
        if (u.active) {
            logins << u.login;
            labels << (u.displayName.isEmpty() || u.displayName == u.login
                           ? u.login
                           : QStringLiteral("%1 (%2)").arg(u.displayName, u.login));
        }
    const auto chosen = m_prompts.choose(m_window, tr("Switch user"),
                                         tr("Act as (SQLite workspaces only; this is not a security boundary):"),
                                         labels, qMax(0, logins.indexOf(m_session->actor())));
    const QString login = chosen ? logins.value(*chosen) : QString();
    if (login.isEmpty() || login == m_session->actor())
        return;
    m_actor = login;
    open(m_location, false, false);
}

} // namespace cs::ui
