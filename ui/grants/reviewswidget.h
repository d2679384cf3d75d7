#pragma once

#include <QWidget>
#include <core/execution/reviewcampaign.h>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace cs::ui {

class ReviewItemsModel;
class ReviewListModel;
class Prompts;
class Session;
class WorkspaceWorker;

// The Access reviews page (issue 15): the reviews this person may see with progress and due date;
// the selected one's grants below, Keep…/Revoke… (comment required) on those assigned to me; Start
// review… for admins and auditors, Close… and Export CSV… (asked through Prompts). Reads on a worker thread with its
// own connection; decisions go to core's ReviewCampaigns (one short transaction each).
class ReviewsWidget : public QWidget
{
    Q_OBJECT

public:
    ReviewsWidget(Session& session, Prompts& prompts, QWidget* parent = nullptr);

    // Reads again off the GUI thread; a read under way that this one overtakes is dropped.
    void refresh();
    bool isLoading() const;
    ReviewListModel* reviews() const { return m_reviews; }
    ReviewItemsModel* items() const { return m_items; }
    qint64 currentReview() const { return m_current; }
    void selectReview(qint64 id);

    // What the buttons do, reachable by tests without dialogs (the buttons ask, then call these).
    Result<ReviewCampaign> start(const ReviewStart& input);
    Status decide(qint64 requestId, const QString& decision, const QString& comment);
    Status closeCurrent();
    Status exportCsv(const QString& path);

Q_SIGNALS:
    void loaded();

private:
    struct Snapshot
    {
        QList<ReviewCampaign> reviews;
        std::optional<ReviewCampaignDetail> detail;
        qint64 now = 0;
    };
    void apply(const Result<Snapshot>& snapshot);
    void decideSelected(const QString& decision);
    void startWithDialog();
    void closeWithConfirmation();
    void exportWithDialog();
    void updateButtons();
    void showResult(const QString& text, bool ok);
    int selectedItemRow() const;

    Session& m_session;
    Prompts& m_prompts;
    ReviewListModel* m_reviews;
    ReviewItemsModel* m_items;
    QTableView* m_reviewView;
    QTableView* m_itemView;
    QLabel* m_detailTitle;
    QPushButton* m_start;
    QPushButton* m_close;
    QPushButton* m_export;
    QPushButton* m_keep;
    QPushButton* m_revoke;
    QLabel* m_status;
    WorkspaceWorker* m_worker;
    bool m_admin = false; // read once: who may close
    qint64 m_current = 0;
    std::optional<ReviewCampaignDetail> m_detail;
};

} // namespace cs::ui
