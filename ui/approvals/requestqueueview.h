#pragma once

#include <QSet>
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
struct QueueSearchResult;

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
    // What core found for the search text beyond the loaded page (searchRequested()); shown with the
    // page while the box holds that text. An answer to an older text is ignored.
    void setFound(const QueueSearchResult& result);
    // Core could not search (the banner says why): the page's own matches stay.
    void stopSearching();
    // A search was asked of core and has not answered yet.
    bool isSearching() const { return !m_searchingFor.isEmpty(); }

Q_SIGNALS:
    void currentChanged(qint64 id);
    void selectionChanged();
    // Rows appeared in or left the view (new data, status filter, search).
    void visibleRowsChanged();
    // After a pause in typing, a saved filter or new data while a search stands: find this text in
    // the whole queue (empty: the search was cleared, forget it).
    void searchRequested(const QString& text);

private:
    void showEmptyState();
    // The loaded page and what core found for the search, as one list.
    void showRows();

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
    QList<Request> m_page; // as loaded (setRequests)
    QSet<qint64> m_pageToDecide;
    QSet<qint64> m_decided;
    QList<Request> m_found; // core's matches for m_foundFor
    QSet<qint64> m_foundToDecide;
    QString m_foundFor;
    QString m_searchingFor;
};

} // namespace cs::ui
