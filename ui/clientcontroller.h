#pragma once

#include <QObject>
#include <QPointer>
#include <core/common/clock.h>
#include <core/execution/credentialstore.h>
#include <memory>

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

    static QString demoLocation();

private:
    bool open(const QString& location, bool create, bool demo);
    void showStartPage(const QString& error);
    void switchUser();

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
};

} // namespace cs::ui
