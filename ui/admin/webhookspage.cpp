#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <ui/admin/webhookspage.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/session.h>
#include <ui/tablestyle.h>

namespace cs::ui {

WebhooksPage::WebhooksPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SimpleTableModel(
          { tr("Webhook"), tr("Format"), tr("State"), tr("Failures"), tr("Last error"), tr("Address") }, this))
    , m_table(new QTableView(this))
    , m_reenable(new QPushButton(tr("&Re-enable"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("webhooksPage"));
    m_reenable->setObjectName(QStringLiteral("reenableWebhook"));
    m_table->setModel(m_model);
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* intro = new QLabel(tr("Webhooks receive every notice. After repeated failures the agent disables one "
                                "and its notices go to the admins by e-mail until it is re-enabled."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reenable);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_reenable, &QPushButton::clicked, this, &WebhooksPage::reenableSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebhooksPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksPage::updateButtons);
    refresh();
}

void WebhooksPage::refresh()
{
    auto hooks = m_session.workspace().notify().webhooks(m_session.actor());
    if (!hooks.ok()) {
        m_banner->showMessage(hooks.error().message, MessageBanner::Kind::Error);
        return;
    }
    const QString keep = selectedName();
    QList<QStringList> rows;
    QVariantList enabled;
    for (const Webhook& w : *hooks) {
        rows.append({ w.name, w.format, w.enabled ? tr("Enabled") : tr("Disabled"), QString::number(w.failures),
                      w.lastError, w.url });
        enabled.append(w.enabled);
    }
    m_model->setRows(rows, enabled);
    for (int row = 0; row < rows.size(); ++row)
        if (!enabled.at(row).toBool())
            m_model->markCell(row, 2, tr("Disabled after repeated failures; its notices go to the admins."));
    m_table->resizeColumnsToContents();
    select(keep);
}

void WebhooksPage::select(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data().toString() == name) {
            m_table->selectRow(row);
            return;
        }
}

QString WebhooksPage::selectedName() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && m_table->selectionModel()->isRowSelected(index.row(), {})
        ? m_model->index(index.row(), 0).data().toString()
        : QString();
}

void WebhooksPage::updateButtons()
{
    const QModelIndex index = m_table->currentIndex();
    const bool disabled = !selectedName().isEmpty() && !m_model->index(index.row(), 0).data(RowDataRole).toBool();
    m_reenable->setEnabled(disabled);
}

bool WebhooksPage::reenableSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    const Status s = m_session.workspace().notify().enableWebhook(m_session.actor(), name);
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Webhook %1 is enabled again.").arg(name), MessageBanner::Kind::Information);
    m_session.checkForChanges();
    refresh();
    return true;
}

} // namespace cs::ui
