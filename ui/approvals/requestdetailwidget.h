#pragma once

#include <QTimer>
#include <QUrl>
#include <QWidget>
#include <core/requests/requestservice.h>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cs::ui {

class FeedbackPanel;
class MessageBanner;
class Prompts;
class ReportExporter;
class Session;
class SimpleTableModel;

// Everything about one request: Overview, Parameters, Targets, History and Execution, with
// Approve / Reject enabled only where core says this person may decide now (and why not,
// otherwise), Cancel for the requester, Request again when the agent refused it for good,
// copy as text and share by e-mail.
class RequestDetailWidget : public QWidget
{
    Q_OBJECT

public:
    RequestDetailWidget(Session& session, Prompts& prompts, QWidget* parent = nullptr);

    void showRequest(qint64 id); // 0 clears
    // While the database is away nothing can be decided: the buttons say why (empty: it is back).
    void setDatabaseAway(const QString& reason);
    // Approve / Reject (buttons, menu, shortcuts) ask this first; true: it took the decision over
    // (several requests selected: the bulk pre-flight dialog).
    void setMultiDecision(std::function<bool(bool approve)> handler) { m_multiDecision = std::move(handler); }
    qint64 requestId() const { return m_id; }
    // The request this person last decided or cancelled here: the pane stays on it after it leaves the list.
    qint64 actedOn() const { return m_actedOn; }
    QLabel* overview() const { return m_overview; }
    QTableView* historyView() const { return m_historyView; }
    QTableView* timelineView() const { return m_timelineView; }
    SimpleTableModel* timelineModel() const { return m_timeline; }
    // Rejected, expired, cancelled, failed or finished: its requester may ask for it again.
    static bool canRequestAgain(RequestState state);
    QUrl mailtoUrl() const;
    QString clipboardText() const;

    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* requestAgainButton() const { return m_requestAgain; }
    QPushButton* exportEvidenceButton() const { return m_exportEvidence; }
    ReportExporter* exporter() const { return m_exporter; }
    QLabel* decisionHint() const { return m_hint; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* parametersView() const { return m_parametersView; }
    QTableView* targetsView() const { return m_targetsView; }
    QString executionText() const;
    MessageBanner* banner() const { return m_banner; }
    FeedbackPanel* feedbackPanel() const { return m_feedback; }

public Q_SLOTS:
    void approve();
    void reject();
    void cancelRequest();
    void copyToClipboard();
    void shareByEmail();
    // Asks where, then writes the request's evidence (PDF, or JSON by the file's suffix) off the GUI thread.
    void exportEvidence();
    // For a request the agent refused for good: the same request, to review in the Catalogue.
    void requestAgain();

Q_SIGNALS:
    void changed();
    // Approve / Reject became possible or impossible (menu entries and shortcuts follow).
    void decisionAvailabilityChanged(bool canDecide);
    // The request on show just became approved by this person's vote.
    void approved(qint64 requestId);
    // The requester asked to make a refused request again: what it held, to prefill a new one.
    void requestAgainWanted(const cs::SubmitInput& input);

private:
    void decide(bool approve);
    void fill(const RequestDetails& details);
    void refreshExecution();
    QString decisionsRow(const Decision& x);
    QString personName(const QString& login);
    QString voterName(const Decision& x);
    QString statusBadgeHtml(const Request& request) const;

    Session& m_session;
    Prompts& m_prompts;
    qint64 m_id = 0;
    qint64 m_actedOn = 0;
    QHash<QString, QString> m_names; // display names by login, for the request on show
    std::optional<RequestDetails> m_details;
    QString m_refusal; // standingRefusal() of the request on show
    QString m_away; // why nothing can be decided now (the database is unreachable)
    bool m_bannerFromDatabase = false; // the banner tells of a database failure: gone once it is back
    bool m_reloading = false;
    QTabWidget* m_tabs;
    QLabel* m_overview;
    QPlainTextEdit* m_execution;
    QTimer m_live;
    SimpleTableModel* m_parameters;
    SimpleTableModel* m_targets;
    SimpleTableModel* m_history;
    SimpleTableModel* m_timeline;
    QTableView* m_timelineView;
    QTableView* m_parametersView;
    QTableView* m_targetsView;
    QTableView* m_historyView;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_cancel;
    QPushButton* m_requestAgain;
    QPushButton* m_copy;
    QPushButton* m_share;
    QPushButton* m_exportEvidence;
    ReportExporter* m_exporter;
    QLabel* m_hint;
    MessageBanner* m_banner;
    std::function<bool(bool)> m_multiDecision;
    FeedbackPanel* m_feedback; // votes and remarks that decide nothing: a tab of their own
};

} // namespace cs::ui
