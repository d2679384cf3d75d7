#pragma once

#include <QDialog>
#include <QHash>
#include <core/requests/delegation.h>

class QComboBox;
class QDateTimeEdit;
class QPushButton;
class QTableView;

namespace cs::ui {

class MessageBanner;
class Session;
class SimpleTableModel;

// "Out of office…": hand one's approvals to someone for a period, and see and end the current
// delegations. Core's DelegationService decides what is allowed; refusals show in the banner.
class DelegationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DelegationDialog(Session& session, QWidget* parent = nullptr);

    void refresh();
    // What the buttons do: true when core accepted it.
    bool add();
    bool endSelected();

    QComboBox* delegateCombo() const { return m_delegate; }
    QComboBox* delegatorCombo() const { return m_delegator; } // admins only (hidden otherwise)
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* untilEdit() const { return m_until; }
    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* endButton() const { return m_end; }
    MessageBanner* banner() const { return m_banner; }

private:
    qint64 selectedId() const;
    void report(bool ok, const QString& message);

    Session& m_session;
    bool m_admin = false;
    QHash<qint64, QString> m_delegators; // by delegation id, of the rows listed
    QComboBox* m_delegator;
    QComboBox* m_delegate;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_until;
    QPushButton* m_add;
    SimpleTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_end;
    MessageBanner* m_banner;
};

} // namespace cs::ui
