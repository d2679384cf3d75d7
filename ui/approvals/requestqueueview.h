#pragma once

#include <QWidget>
#include <core/requests/request.h>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cs::ui {

class RequestFilterProxy;
class RequestTableModel;

// One queue (Incoming or Outgoing): a status filter, a search box and a sortable table.
class RequestQueueView : public QWidget
{
    Q_OBJECT

public:
    RequestQueueView(const QString& name, const QString& defaultState, QWidget* parent = nullptr);

    // The status filter lists core's states (allStates()) under these words.
    static QString stateLabel(RequestState state);

    void setRequests(const QList<Request>& requests);
    // Incoming: offers "Needs my decision" (the default) and "I decided, still pending" as filters,
    // marking those rows as setMyPart() says.
    void offerMyPartFilters();
    void setMyPart(const QSet<qint64>& toDecide, const QSet<qint64>& decided);
    // What an empty queue says when nothing was ever in it.
    void setEmptyText(const QString& text);
    bool isVisibleRow(qint64 id) const;
    QLabel* emptyLabel() const { return m_empty; }
    qint64 currentId() const;
    // Several rows may be selected (mouse, Shift/Ctrl, Ctrl+A), for a bulk decision.
    void allowMultiSelection();
    QList<qint64> selectedIds() const; // in the order shown
    bool selectId(qint64 id);
    int visibleCount() const;

    RequestTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }
    // Puts a widget at the end of the filter row (saved filters).
    void addFilterWidget(QWidget* widget);
    // Filters by the search box now, without waiting for a pause in typing (a saved filter picked).
    void applySearchNow();

Q_SIGNALS:
    void currentChanged(qint64 id);
    void selectionChanged();
    // Rows appeared in or left the view (new data, status filter, search).
    void visibleRowsChanged();

private:
    void showEmptyState();

    RequestTableModel* m_model;
    RequestFilterProxy* m_proxy;
    QComboBox* m_status;
    QLineEdit* m_search;
    QTimer* m_searchPause;
    QHBoxLayout* m_filters;
    QTableView* m_table;
    QLabel* m_empty;
    QString m_emptyText;
    qint64 m_keep = 0;
};

} // namespace cs::ui
