#pragma once

#include <QWidget>
#include <core/directorysync/directorysync.h>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

namespace cs {
class CredentialStore;
}

namespace cs::ui {

class DirectorySyncRunner;
class MessageBanner;
class Prompts;
class Session;

// Administration → Directory: the configured LDAP source and its last sync, a preview of what a
// sync would change, and the sync itself (both off the GUI thread). The bind password comes from
// where the CLI's `directory sync` finds it, else it is asked once and never shown.
class DirectorySyncPage : public QWidget
{
    Q_OBJECT

public:
    DirectorySyncPage(Session& session, Prompts& prompts, CredentialStore& credentials, QWidget* parent = nullptr);

    void refresh();
    void preview();
    void syncNow();
    bool isBusy() const;

    QLabel* sourceLabel() const { return m_source; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* syncButton() const { return m_sync; }
    MessageBanner* banner() const { return m_banner; }
    QStringList changeLines() const;

Q_SIGNALS:
    void finished(); // a preview or sync ended (its outcome is in the banner)

private:
    void start(DirectorySync::Options options);
    void showResult();
    // nullopt when the person cancelled the question.
    std::optional<QString> bindPassword(const DirectorySource& source);
    void setBusy(bool busy);

    Session& m_session;
    Prompts& m_prompts;
    CredentialStore& m_credentials;
    DirectorySyncRunner* m_runner;
    QLabel* m_source;
    QPushButton* m_preview;
    QPushButton* m_sync;
    QLabel* m_busy;
    QStringListModel* m_changes;
    QListView* m_changeList;
    MessageBanner* m_banner;
    bool m_configured = false;
    QString m_asked; // the password asked this session (null: none asked)
    QString m_askedKey;
    bool m_rememberAsked = false;
};

// The plan as a readable list, one line per change (translated).
QStringList syncPlanLines(const SyncReport& report);

} // namespace cs::ui
