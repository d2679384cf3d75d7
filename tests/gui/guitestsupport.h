#pragma once

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <core/common/clock.h>
#include <core/views/requesttext.h>
#include <demo/demoworkspace.h>
#include <memory>
#include <support/testworkspace.h>
#include <ui/mainwindow.h>
#include <ui/prompts.h>
#include <ui/session.h>
#include <ui/settings.h>

// Fusion with a dark palette, as a desktop's dark theme gives Qt applications.
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    return p;
}

// One look for screenshots, the same in every screenshot test: German or English, the platform's
// light palette or Fusion with darkPalette(); put back as it was when it goes out of scope.
class ScreenshotLook
{
public:
    ScreenshotLook(bool german, bool dark)
        : m_dark(dark)
        , m_palette(QApplication::palette())
        , m_style(QApplication::style()->name()) // setStyle() deletes the style it replaces
    {
        if (german) {
            m_loaded = m_ui.load(QStringLiteral(":/i18n/countersign_de.qm"))
                && m_core.load(QStringLiteral(":/i18n/countersign_core_de.qm"))
                && m_report.load(QStringLiteral(":/i18n/countersign_report_de.qm"));
            QCoreApplication::installTranslator(&m_ui);
            QCoreApplication::installTranslator(&m_core); // core's sentences (refusals, request text)
            QCoreApplication::installTranslator(&m_report); // the PDF reports' labels
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        if (dark) {
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QApplication::setPalette(darkPalette());
        }
    }
    ~ScreenshotLook()
    {
        QCoreApplication::removeTranslator(&m_ui);
        QCoreApplication::removeTranslator(&m_core);
        QCoreApplication::removeTranslator(&m_report);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (m_dark) {
            QApplication::setStyle(QStyleFactory::create(m_style));
            QApplication::setPalette(m_palette);
        }
    }
    ScreenshotLook(const ScreenshotLook&) = delete;
    ScreenshotLook& operator=(const ScreenshotLook&) = delete;
    bool loaded() const { return m_loaded; } // the German translations were found

private:
    bool m_dark;
    bool m_loaded = true;
    QPalette m_palette;
    QString m_style;
    QTranslator m_ui;
    QTranslator m_core;
    QTranslator m_report;
};

// Grabs a widget once its layouts have settled and saves it as a PNG; false when either fails.
inline bool saveScreenshot(QWidget* widget, const QString& path)
{
    QTest::qWait(20);
    const QPixmap shot = widget->grab();
    return !shot.isNull() && shot.save(path);
}

// Gives a demo action a policy of its own (JSON as in an action file), or a reference to a
// workflow ({"workflow": NAME}); the demo's directory actions use a shared workflow.
inline void givePolicy(cs::Workspace& ws, const QString& action, const QJsonObject& policyJson)
{
    auto version = ws.actions().currentVersion(action);
    TestWorkspace::must(version.ok() ? cs::Status() : cs::Status(version.error()), "action");
    auto policy = cs::Policy::fromJson(policyJson);
    TestWorkspace::must(policy.ok() ? cs::Status() : cs::Status(policy.error()), "policy");
    auto imported = ws.admin().importAction(QStringLiteral("dave"), { version->definition, *policy });
    TestWorkspace::must(imported.ok() ? cs::Status() : cs::Status(imported.error()), "give policy");
}

// The simple policy create-directory-user had before the demo shared a workflow between actions.
inline QJsonObject simpleDirectoryPolicy()
{
    return { { QStringLiteral("approvalRequired"), true },
             { QStringLiteral("approverGroups"), QJsonArray { QStringLiteral("approvers") } },
             { QStringLiteral("bypassGroups"), QJsonArray { QStringLiteral("admins") } },
             { QStringLiteral("deadlineHours"), 48 } };
}

// Every cell of a table's model, row by row, each followed by '|': what a person reads in it.
inline QString tableText(QTableView* view)
{
    QString text;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        for (int c = 0; c < view->model()->columnCount(); ++c)
            text += view->model()->index(r, c).data().toString() + QLatin1Char('|');
    return text;
}

// Answers the client's questions from a script and records what it was told.
class ScriptedPrompts : public cs::ui::Prompts
{
public:
    QList<std::optional<QString>> comments; // next answers to decisionComment
    bool confirmAnswer = true;
    QStringList summaries;
    QStringList informed;
    QList<QUrl> opened;

    std::optional<QString> decisionComment(QWidget*, const QString&, const cs::RequestDetails& details, bool) override
    {
        summaries << cs::requestAsText(details); // what the dialog shows, as text to search
        return comments.isEmpty() ? std::nullopt : comments.takeFirst();
    }
    QStringList confirmations; // the questions confirm() was asked
    bool confirm(QWidget*, const QString&, const QString& text) override
    {
        confirmations << text;
        return confirmAnswer;
    }
    void inform(QWidget*, const QString&, const QString& text) override { informed << text; }
    bool openSucceeds = true; // false: as without a mail program
    bool openExternal(const QUrl& url) override
    {
        opened << url;
        return openSucceeds;
    }
    QList<std::optional<Secret>> tokens; // next answers to agentToken
    QStringList tokenQuestions;
    QStringList tokenReasons;
    QList<bool> tokenOfferedRemember;
    std::optional<Secret> agentToken(QWidget*, const QString& url, const QString& why, bool canRemember) override
    {
        tokenQuestions << url;
        tokenReasons << why;
        tokenOfferedRemember << canRemember;
        return tokens.isEmpty() ? std::nullopt : tokens.takeFirst();
    }
    QList<QStringList> choices; // what choose() offered
    QStringList chosen; // next answers to choose, by the item's text
    std::optional<int> choose(QWidget*, const QString&, const QString&, const QStringList& items, int) override
    {
        choices << items;
        const int index = chosen.isEmpty() ? -1 : int(items.indexOf(chosen.takeFirst()));
        return index < 0 ? std::nullopt : std::optional<int>(index);
    }
    QList<std::optional<QString>> texts; // next answers to askText
    QStringList textQuestions;
    QStringList textSuggestions; // the text each question offered, filled in
    std::optional<QString> askText(QWidget*, const QString&, const QString& label, const QString& suggested) override
    {
        textQuestions << label;
        textSuggestions << suggested;
        return texts.isEmpty() ? std::nullopt : texts.takeFirst();
    }
    QString savePath; // the answer to saveFileName (empty: cancelled)
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return savePath; }
    QList<std::optional<Secret>> passwords; // next answers to databasePassword
    QStringList passwordQuestions;
    QStringList passwordReasons;
    std::optional<Secret> databasePassword(QWidget*, const QString& location, const QString& why, bool) override
    {
        passwordQuestions << location;
        passwordReasons << why;
        return passwords.isEmpty() ? std::nullopt : passwords.takeFirst();
    }
    QList<std::optional<Secret>> directoryPasswords; // next answers to directoryPassword
    QStringList directoryPasswordQuestions; // the bind DNs asked for
    std::optional<Secret> directoryPassword(QWidget*, const QString&, const QString& bindDn, const QString&,
                                            bool) override
    {
        directoryPasswordQuestions << bindDn;
        return directoryPasswords.isEmpty() ? std::nullopt : directoryPasswords.takeFirst();
    }
};

// One running client: its own connection to the workspace, as a second desktop would have.
struct Client
{
    std::unique_ptr<cs::ui::Session> session;
    ScriptedPrompts prompts;
    cs::MemoryCredentialStore credentials;
    std::unique_ptr<cs::ui::MainWindow> window;
};

// A demo workspace (SQLite in a temporary folder, or a fresh PostgreSQL database with
// COUNTERSIGN_TEST_ENGINE=postgresql), seeded as dave, the admin, and clients on it.
class GuiFixture
{
public:
    explicit GuiFixture(const QString& agentUrl = QStringLiteral("http://127.0.0.1:9"))
        : m_workspace(std::make_unique<TestWorkspace>(false))
    {
        m_workspace->clock.set(QDateTime::currentDateTimeUtc()); // agents judge deadlines by the real clock
        m_settings = std::make_unique<cs::ui::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        TestWorkspace::must(cs::seedDemoWorkspace(m_workspace->ws(), QStringLiteral("dave"), agentUrl), "demo");
    }

    std::unique_ptr<Client> open(const QString& login)
    {
        auto client = std::make_unique<Client>();
        client->session = std::make_unique<cs::ui::Session>(m_workspace->openAnother(), login);
        client->session->setPollInterval(50);
        client->window
            = std::make_unique<cs::ui::MainWindow>(*client->session, client->prompts, *m_settings, client->credentials);
        client->window->resize(1200, 800);
        client->window->show();
        return client;
    }

    QString path() const { return m_workspace->path(); }
    cs::Workspace& workspace() { return m_workspace->ws(); }
    QString password() const { return m_workspace->password(); }
    cs::ui::Settings& settings() { return *m_settings; }
    // The clock every client of this workspace reads (set it back to make requests that are due already).
    cs::ManualClock& clock() { return m_workspace->clock; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<cs::ui::Settings> m_settings;
};
