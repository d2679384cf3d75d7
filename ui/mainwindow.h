#pragma once

#include <QMainWindow>
#include <QPointer>
#include <core/execution/credentialstore.h>
#include <ui/preferencesdialog.h>

class QMenu;
class QSystemTrayIcon;
class QTabWidget;

namespace cs::ui {

class AdminWidget;
class DesktopNotifier;
class DraftBar;
class HomeWidget;
class DispatchController;
class ApprovalsWidget;
class AuditWidget;
class CatalogueWidget;
class PreferencesDialog;
class Prompts;
class Session;
class Settings;

// Assembles the pages, menus, shortcuts, status bar and tray notice; holds no rules itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // sessionSecrets: secrets kept until the client quits (across Switch user); null: this window's own.
    MainWindow(Session& session, Prompts& prompts, Settings& settings, CredentialStore& credentials,
               CredentialStore* sessionSecrets = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    CatalogueWidget* catalogue() const { return m_catalogue; }
    ApprovalsWidget* approvals() const { return m_approvals; }
    AdminWidget* admin() const { return m_admin; }
    AuditWidget* audit() const { return m_audit; }
    HomeWidget* home() const { return m_home; }
    DraftBar* drafts() const { return m_drafts; }
    void showHome();
    void showShortcuts();
    // File → Preferences…: General (language, startup page), Notifications. Window-modal, not blocking.
    void showPreferences();
    PreferencesDialog* preferences() const { return m_preferences; }
    QTabWidget* pages() const { return m_pages; }

    void showCatalogue();
    void showApprovals();
    // Shows the request in Incoming or, failing that, Outgoing; false when it is in neither.
    bool openRequest(qint64 id);
    void showAdmin();
    void showAudit();
    // Incoming, with the first request that waits for this person selected (the demo opens here).
    void showWaitingWork();
    DesktopNotifier* notifier() const { return m_notifier; }
    // The window rectangle moved and shrunk as little as needed to lie within the available area.
    static QRect fitInto(const QRect& window, const QRect& available);

public Q_SLOTS:
    void refreshAll();

Q_SIGNALS:
    void switchUserRequested();
    void openWorkspaceRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildMenus();
    void restoreLayout();
    void fitToScreen();
    void saveLayout();
    void notifyIncoming(const QList<qint64>& ids);
    void setDatabaseAway(const QString& reason);
    void focusSearch();
    void buildDeskMenus(QMenu* view, QMenu* help);

    Session& m_session;
    Settings& m_settings;
    QTabWidget* m_pages;
    CatalogueWidget* m_catalogue;
    ApprovalsWidget* m_approvals;
    AdminWidget* m_admin = nullptr;
    int m_lastPage = 0; // the page shown before a switch, to stay there when the switch is refused
    AuditWidget* m_audit = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    DesktopNotifier* m_notifier;
    DispatchController* m_dispatch;
    HomeWidget* m_home;
    DraftBar* m_drafts;
    QPointer<PreferencesDialog> m_preferences;
    bool m_restored = false; // geometry came from the settings: fit it once shown
};

} // namespace cs::ui
