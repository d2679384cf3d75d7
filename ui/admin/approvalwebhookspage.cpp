#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <ui/admin/approvalwebhookspage.h>
#include <ui/emptytablehint.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/session.h>
#include <ui/tablestyle.h>

namespace cs::ui {

ApprovalWebhooksPage::ApprovalWebhooksPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SimpleTableModel(
          { tr("Webhook"), tr("State"), tr("Failures"), tr("Last error"), tr("Key from"), tr("Address") }, this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_secretEnv(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_fields(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_enable(new QPushButton(tr("&Enable"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("approvalWebhooksPage"));
    m_add->setObjectName(QStringLiteral("addApprovalWebhook"));
    m_test->setObjectName(QStringLiteral("testApprovalWebhook"));
    m_enable->setObjectName(QStringLiteral("enableApprovalWebhook"));
    m_disable->setObjectName(QStringLiteral("disableApprovalWebhook"));
    m_disable->setToolTip(tr("Take the selected webhook out of service; its phases wait for the admins."));
    m_name->setObjectName(QStringLiteral("approvalWebhookName"));
    m_url->setObjectName(QStringLiteral("approvalWebhookUrl"));
    m_secretEnv->setObjectName(QStringLiteral("approvalWebhookSecretEnv"));
    m_headers->setObjectName(QStringLiteral("approvalWebhookHeaders"));
    m_fields->setObjectName(QStringLiteral("approvalWebhookFields"));
    m_table->setObjectName(QStringLiteral("approvalWebhooks"));
    m_table->setModel(m_model);
    applyTableStyle(m_table);
    new EmptyTableHint(m_table,
                       tr("No approval webhooks yet. Add one below; a phase names it as {\"webhook\": \"NAME\"}."));
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* intro = new QLabel(tr("Approval webhooks decide the phases whose policy names them ({\"webhook\": "
                                "\"NAME\"}). The agent sends each one the request and a single-use token; it "
                                "answers approve or decline. After repeated failures the agent disables it and "
                                "the admins are told."),
                             this);
    intro->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_secretEnv->setPlaceholderText(QStringLiteral("COUNTERSIGN_WEBHOOK_SECRET"));
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_fields->setPlaceholderText(tr("One per line: name=value"));
    m_headers->setMaximumHeight(60);
    m_fields->setMaximumHeight(60);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("Key in the agent's variable"), m_secretEnv);
    form->addRow(tr("Headers"), m_headers);
    form->addRow(tr("Body fields"), m_fields);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_disable);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ApprovalWebhooksPage::addFromForm);
    connect(m_test, &QPushButton::clicked, this, &ApprovalWebhooksPage::testSelected);
    connect(m_enable, &QPushButton::clicked, this, &ApprovalWebhooksPage::enableSelected);
    connect(m_disable, &QPushButton::clicked, this, &ApprovalWebhooksPage::disableSelected);
    // Another admin's change (or the agent disabling one) arrives while the page is shown.
    connect(&session, &Session::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalWebhooksPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalWebhooksPage::updateButtons);
    updateButtons();
}

void ApprovalWebhooksPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ApprovalWebhooksPage::refresh()
{
    auto hooks = m_session.workspace().approvalWebhooks().webhooks(m_session.actor());
    if (!hooks.ok()) {
        m_banner->showMessage(hooks.error().message, MessageBanner::Kind::Error);
        return;
    }
    const QString keep = selectedName();
    QList<QStringList> rows;
    QVariantList enabled;
    for (const ApprovalWebhook& w : *hooks) {
        rows.append({ w.name, w.enabled ? tr("Enabled") : tr("Disabled"), QString::number(w.failures), w.lastError,
                      w.secretEnv.isEmpty() ? QStringLiteral("COUNTERSIGN_WEBHOOK_SECRET") : w.secretEnv, w.url });
        enabled.append(w.enabled);
    }
    m_model->setRows(rows, enabled);
    for (int row = 0; row < rows.size(); ++row)
        if (!enabled.at(row).toBool())
            m_model->markCell(
                row, 1,
                hooks->at(row).disabledAfterFailures()
                    ? tr("Disabled after repeated failures; its phases wait for the admins.")
                    : hooks->at(row).disabledBy.isEmpty()
                    ? tr("Disabled by an admin; its phases wait for the admins.")
                    : tr("Disabled by %1; its phases wait for the admins.").arg(hooks->at(row).disabledBy));
    m_table->resizeColumnsToContents();
    for (int row = 0; row < rows.size(); ++row)
        if (!keep.isEmpty() && rows.at(row).first() == keep)
            m_table->selectRow(row);
}

void ApprovalWebhooksPage::showRefusal(const Status& refused)
{
    m_banner->showMessage(refused.error().message, MessageBanner::Kind::Error);
}

QString ApprovalWebhooksPage::selectedName() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && m_table->selectionModel()->isRowSelected(index.row(), {})
        ? m_model->index(index.row(), 0).data().toString()
        : QString();
}

void ApprovalWebhooksPage::updateButtons()
{
    const QString name = selectedName();
    m_test->setEnabled(!name.isEmpty());
    const bool enabled = m_model->index(m_table->currentIndex().row(), 0).data(RowDataRole).toBool();
    m_enable->setEnabled(!name.isEmpty() && !enabled);
    m_disable->setEnabled(!name.isEmpty() && enabled);
}

bool ApprovalWebhooksPage::addFromForm()
{
    auto headers = parseWebhookPairs(m_headers->toPlainText().split(QLatin1Char('\n')), QLatin1Char(':'));
    auto fields = parseWebhookPairs(m_fields->toPlainText().split(QLatin1Char('\n')), QLatin1Char('='));
    Status s = !headers.ok() ? Status(headers.error()) : !fields.ok() ? Status(fields.error()) : Status();
    ApprovalWebhookInput in { m_name->text().trimmed(), m_url->text().trimmed(),
                              headers.ok() ? *headers : QJsonObject(), fields.ok() ? *fields : QJsonObject(),
                              m_secretEnv->text().trimmed() };
    if (s.ok())
        s = m_session.workspace().approvalWebhooks().add(m_session.actor(), in);
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Approval webhook %1 added.").arg(in.name), MessageBanner::Kind::Information);
    for (QLineEdit* e : { m_name, m_url, m_secretEnv })
        e->clear();
    m_headers->clear();
    m_fields->clear();
    m_session.checkForChanges();
    refresh();
    return true;
}

bool ApprovalWebhooksPage::disableSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    const Status s = m_session.workspace().approvalWebhooks().disable(m_session.actor(), name);
    if (!s.ok()) {
        showRefusal(s);
        refresh(); // another admin may have changed it: show what is true now
        return false;
    }
    m_banner->showMessage(tr("Approval webhook %1 is disabled; its phases wait for the admins.").arg(name),
                          MessageBanner::Kind::Information);
    m_session.checkForChanges();
    refresh();
    return true;
}

bool ApprovalWebhooksPage::testSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    const Status s = m_session.workspace().approvalWebhooks().test(m_session.actor(), name);
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("A test call to %1 is queued; the agent sends it.").arg(name),
                          MessageBanner::Kind::Information);
    return true;
}

bool ApprovalWebhooksPage::enableSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    const Status s = m_session.workspace().approvalWebhooks().enable(m_session.actor(), name);
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Approval webhook %1 is enabled.").arg(name), MessageBanner::Kind::Information);
    m_session.checkForChanges();
    refresh();
    return true;
}

} // namespace cs::ui
