#include <QFileInfo>
#include <QInputDialog>
#include <QStandardPaths>
#include <core/common/identity.h>
#include <core/storage/database.h>
#include <core/workspace.h>
#include <demo/demoworkspace.h>
#include <ui/clientcontroller.h>
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
{ }

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

void ClientController::showStartPage(const QString& error)
{
    if (!m_start) {
        m_start = new StartPage;
        m_start->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_start, &StartPage::demoRequested, this, [this] { startDemo({}); });
        connect(m_start, &StartPage::createRequested, this, [this](const QString& path) { open(path, true, false); });
        connect(m_start, &StartPage::openRequested, this, [this](const QString& path) { open(path, false, false); });
    }
    if (!error.isEmpty())
        m_start->showError(error);
    m_start->show();
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
    // PostgreSQL: the password from the keychain, else libpq's own sources, else ask once.
    QString password;
    const QString key = postgres ? databasePasswordKey(Database::canonicalPostgresUrl(location)) : QString();
    if (postgres)
        if (auto stored = m_credentials.read(key); stored.ok())
            password = *stored;
    auto workspace = Workspace::open(location, m_clock, password);
    if (!workspace.ok() && postgres && Database::isAuthenticationFailure(workspace.error())) {
        QWidget* parent = m_window ? static_cast<QWidget*>(m_window) : static_cast<QWidget*>(m_start);
        const auto answer = m_prompts.databasePassword(parent, location, workspace.error().message);
        if (answer) {
            workspace = Workspace::open(location, m_clock, answer->value);
            if (workspace.ok() && answer->remember)
                if (const Status stored = m_credentials.write(key, answer->value); !stored.ok())
                    m_prompts.inform(parent, tr("Password not remembered"), stored.error().message);
        }
    }
    if (!workspace.ok()) {
        showStartPage(workspace.error().message);
        return false;
    }
    // Identity: the database's on PostgreSQL; on SQLite the OS account, or --as.
    QString actor = m_actor.isEmpty() ? osLogin() : m_actor;
    if (postgres) {
        auto role = (*workspace)->database().currentUser();
        if (!role.ok()) {
            showStartPage(role.error().message);
            return false;
        }
        actor = normalizeLogin(*role);
    }
    if (create && !exists) {
        // The person creating a workspace becomes its first admin (and, for the demo, of the samples).
        const Status seeded
            = demo ? seedDemoWorkspace(**workspace, DemoAdmin) : (*workspace)->admin().bootstrap(actor, QString());
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
    m_window = new MainWindow(*m_session, m_prompts, m_settings, m_credentials);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::switchUserRequested, this, &ClientController::switchUser);
    connect(m_window, &MainWindow::openWorkspaceRequested, this, [this] { showStartPage({}); });
    m_window->show();
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
    QStringList logins;
    for (const User& u : *users)
        if (u.active)
            logins << u.login;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Switch user"), tr("Act as (SQLite workspaces only; this is not a security boundary):"), logins,
        qMax(0, logins.indexOf(m_actor)), false, &ok);
    if (!ok || chosen == m_actor)
        return;
    m_actor = chosen;
    open(m_location, false, false);
}

} // namespace cs::ui
