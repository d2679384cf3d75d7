#pragma once

#include <QWidget>
#include <core/requests/requestservice.h>

class QHBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace cs::ui {

class ActionListModel;
class MessageBanner;
class ParameterForm;
class Prompts;
class Session;

// The action catalogue: the actions this person may request, searchable, and for the selected
// one a generated parameter form, a target picker, the mandatory comment and one button that
// reads Run or Request Approval depending on what core's policy engine says.
class IntakeFields;

class CatalogueWidget : public QWidget
{
    Q_OBJECT

public:
    CatalogueWidget(Session& session, Prompts& prompts, QWidget* parent = nullptr);

    void refresh();
    bool selectAction(const QString& name);
    // Opens the action with a form holding these values (Request again), for the person to review:
    // nothing is submitted. Secrets are typed again. False when this person may no longer request it.
    bool prefill(const SubmitInput& input);
    // While the database is away nothing can be submitted: the button says why (empty: it is back).
    void setDatabaseAway(const QString& reason);
    QLineEdit* searchEdit() const { return m_search; }

    // For tests and accessibility tools.
    ParameterForm* form() const { return m_form; }
    QPushButton* submitButton() const { return m_submit; }
    QListWidget* targetList() const { return m_targets; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QComboBox* durationChooser() const { return m_duration; }
    // What the form holds now, as core takes it.
    SubmitInput input() const;
    MessageBanner* banner() const { return m_banner; }
    // How often the plan beside the button was asked of core: edits ask once they pause.
    int planRuns() const { return m_planRuns; }
    // How often the plan's inputs were read from the database: once per change notification.
    int planningReads() const { return m_planningReads; }
    // Shown when the action being filled in changed (a new version) while the form held input.
    QPushButton* reloadButton() const { return m_reload; }
    // Rebuilds the form for the action's current version, keeping the values that still fit.
    void reloadAction();
    // "Run ACTION on TARGET (environment) now, without approval?" for the targets ticked.
    QString directRunQuestion() const;
    // Puts a widget beside the submit button (the drafts bar).
    void addFormButtons(QWidget* widget);
    // Request again: the request the form was prefilled from (0: none). input() passes it on as
    // SubmitInput::requestedAgainFrom so the new request names the old one.
    void setPreviousRequest(qint64 id) { m_previousRequest = id; }
    qint64 previousRequest() const { return m_previousRequest; }

Q_SIGNALS:
    void submitted(qint64 requestId);

private:
    void showAction(const QString& name);
    bool formHasInput() const;
    void showChanged(const ActionVersion& now);
    void showUnavailable(const QString& name);
    void revalidate();
    void updatePlan();
    void submit();

    Session& m_session;
    Prompts& m_prompts;
    ActionListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QListView* m_list;
    QLabel* m_title;
    QLabel* m_description;
    ParameterForm* m_form;
    QListWidget* m_targets;
    QPlainTextEdit* m_comment;
    IntakeFields* m_intake = nullptr; // ticket and on-behalf-of rows (issues 17 and 19)
    QComboBox* m_duration; // time-bound access: the durations the action offers
    QLabel* m_durationLabel;
    QLabel* m_planLabel;
    QPushButton* m_submit;
    MessageBanner* m_banner;
    QPushButton* m_reload;
    QWidget* m_detail;
    QTimer* m_planTimer;
    QString m_current;
    QString m_shownDigest; // the version the form was built for
    bool m_targetsTouched = false;
    bool m_blocked = false; // the form is kept but cannot be submitted (changed, or no longer allowed)
    bool m_approvalNeeded = true;
    QString m_away;
    int m_planRuns = 0;
    int m_planningReads = 0;
    std::optional<PlanningSnapshot> m_planning;
    QHBoxLayout* m_buttonRow = nullptr;
    qint64 m_previousRequest = 0;
};

} // namespace cs::ui
