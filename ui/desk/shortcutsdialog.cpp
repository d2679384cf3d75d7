#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QVBoxLayout>
#include <ui/desk/shortcutsdialog.h>
#include <ui/models/simpletablemodel.h>
#include <ui/tablestyle.h>

namespace cs::ui {
namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QStringLiteral("…"));
}

void collect(const QMenu* menu, const QString& path, QList<QStringList>& rows)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({ path, plain(action->text()), keys.join(QStringLiteral(", ")) });
    }
}

} // namespace

QList<QStringList> ShortcutsDialog::shortcutRows(const QMenuBar* menus)
{
    QList<QStringList> rows;
    for (const QAction* top : menus->actions())
        if (top->menu())
            collect(top->menu(), plain(top->text()), rows);
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_model(new SimpleTableModel({ tr("Menu"), tr("Command"), tr("Keys") }, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setRows(shortcutRows(menus));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setModel(m_model);
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace cs::ui
