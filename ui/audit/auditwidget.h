#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cs {
struct AuditEntry;
}

namespace cs::ui {

class Session;
class SimpleTableModel;

// The audit log, newest first, with an event filter and search, and "Verify chain" with a plain
// answer. A log holds millions of entries: the view loads a page of the newest when it is first
// shown, adds what is new on each refresh, and older pages on request.
class AuditWidget : public QWidget
{
    Q_OBJECT

public:
    AuditWidget(Session& session, QWidget* parent = nullptr);

    // Adds the entries written since the last look (the newest page, the first time it is shown).
    void refresh();
    void showOlder();
    void verify();
    void setPageSize(int entries) { m_pageSize = entries; }
    QLabel* verifyResult() const { return m_result; }
    int visibleCount() const;
    int loadedCount() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadNewest();
    void addEntries(int at, const QList<AuditEntry>& newestFirst);
    void showError(const QString& message);

    Session& m_session;
    SimpleTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_event;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_result;
    QPushButton* m_older;
    int m_pageSize = 1000;
    bool m_loaded = false;
    qint64 m_newestSeq = 0;
    qint64 m_oldestSeq = 0;
    QSet<QString> m_events;
};

} // namespace cs::ui
