#pragma once

#include <QObject>
#include <QPointer>
#include <core/common/clock.h>
#include <core/execution/credentialstore.h>
#include <core/workspace.h>
#include <memory>
#include <ui/demoagentlauncher.h>

namespace cs::ui {

class MainWindow;
class Prompts;
class Session;
class Settings;
class StartPage;

// Decides what the client shows: the start page, or the main window on an open workspace; and
// swaps them for "open workspace" and "switch user".
class ClientController : public QObject
{
    Q_OBJECT

public:
    ClientController(Settings& settings, Prompts& prompts, CredentialStore& credentials, const Clock& clock,
                     QObject* parent = nullptr);
    ~ClientController() override;

    // Opens location as actor; an empty location shows the start page.
    void start(const QString& location, const QString& actor);
    // Opens the demo workspace, creating and seeding it the first time.
    void startDemo(const QString& actor);
    MainWindow* window() const;
    // Opens a countersign://request/N link in the window, or once one is open; tells the person
    // when it cannot.
    void openLink(const QString& link);
    StartPage* startPage() const;
    // The demo's local agent: started with the demo, stopped when this controller goes.
    DemoAgentLauncher& demoAgent() { return m_demoAgent; }
    // Secrets given in this session (agent tokens): kept across Switch user until the client quits.
    CredentialStore& sessionSecrets() { return m_sessionSecrets; }

    static QString demoLocation();

    // File → Switch user (SQLite): people listed by name with their login.
    void switchUser();

private:
    bool open(const QString& location, bool create, bool demo);
    // PostgreSQL: asks for the password until it is accepted or the person cancels.
    Result<std::unique_ptr<Workspace>> openPostgres(const QString& location);
    void showStartPage(const QString& error, const QString& retryLocation = QString());

    Settings& m_settings;
    Prompts& m_prompts;
    CredentialStore& m_credentials;
    const Clock& m_clock;
    QString m_actor;
    QString m_location;
    QString m_pendingLink; // a link given before any workspace was open
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
    QPointer<StartPage> m_start;
    MemoryCredentialStore m_sessionSecrets;
    DemoAgentLauncher m_demoAgent;
};

} // namespace cs::ui
