#pragma once

#include <QWidget>
#include <core/requests/request.h>

class QComboBox;
class QLineEdit;
class QTableView;

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
    qint64 currentId() const;
    bool selectId(qint64 id);
    int visibleCount() const;

    RequestTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void currentChanged(qint64 id);

private:
    RequestTableModel* m_model;
    RequestFilterProxy* m_proxy;
    QComboBox* m_status;
    QLineEdit* m_search;
    QTableView* m_table;
    qint64 m_keep = 0;
};

} // namespace cs::ui
