#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cs::ui {

class Session;
class SimpleTableModel;

// The audit log with an event filter and search, and "Verify chain" with a plain answer.
class AuditWidget : public QWidget
{
    Q_OBJECT

public:
    AuditWidget(Session& session, QWidget* parent = nullptr);

    void refresh();
    void verify();
    QLabel* verifyResult() const { return m_result; }
    int visibleCount() const;

private:
    Session& m_session;
    SimpleTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_event;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_result;
};

} // namespace cs::ui
