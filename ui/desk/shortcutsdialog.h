#pragma once

#include <QDialog>

class QMenuBar;
class QTableView;

namespace cs::ui {

class SimpleTableModel;

// Help → Keyboard Shortcuts: every menu entry that has a shortcut, read from the actions themselves,
// so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    // Menu, entry and keys (in the platform's words) of every action with a shortcut, in menu order.
    static QList<QStringList> shortcutRows(const QMenuBar* menus);
    QTableView* table() const { return m_table; }

private:
    SimpleTableModel* m_model;
    QTableView* m_table;
};

} // namespace cs::ui
