#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <core/common/clock.h>
#include <ui/admin/serviceaccountspage.h>
#include <ui/emptytablehint.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/prompts.h>
#include <ui/session.h>
#include <ui/tablestyle.h>

namespace cs::ui {

TokenDialog::TokenDialog(const QString& login, const QString& token, QWidget* parent)
    : QDialog(parent)
    , m_token(new QLineEdit(token, this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("New API token for %1").arg(login));
    m_token->setReadOnly(true);
    m_token->setObjectName(QStringLiteral("newToken"));
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(token) + 24);
    m_copy->setObjectName(QStringLiteral("copyToken"));
    auto* note = new QLabel(tr("Copy this token now: it is shown only once and stored only as a hash. "
                               "The calling system sends it as \"Authorization: Bearer TOKEN\"."),
                            this);
    note->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    row->addWidget(m_copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TokenDialog::token() const
{
    return m_token->text();
}

ServiceAccountsPage::ServiceAccountsPage(Session& session, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_model(new SimpleTableModel({ tr("Login"), tr("Name"), tr("State"), tr("Tokens"), tr("Last used") }, this))
    , m_table(new QTableView(this))
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add service account"), this))
    , m_tokenName(new QLineEdit(this))
    , m_issue(new QPushButton(tr("New &token"), this))
    , m_revoke(new QPushButton(tr("&Revoke token…"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("serviceAccountsPage"));
    m_login->setObjectName(QStringLiteral("serviceLogin"));
    m_name->setObjectName(QStringLiteral("serviceName"));
    m_tokenName->setObjectName(QStringLiteral("tokenName"));
    m_add->setObjectName(QStringLiteral("addServiceAccount"));
    m_issue->setObjectName(QStringLiteral("issueToken"));
    m_revoke->setObjectName(QStringLiteral("revokeToken"));
    m_disable->setObjectName(QStringLiteral("disableServiceAccount"));
    m_login->setPlaceholderText(tr("login, such as nagios"));
    m_name->setPlaceholderText(tr("name, such as Nagios monitoring"));
    m_tokenName->setPlaceholderText(tr("token name (optional)"));
    m_table->setObjectName(QStringLiteral("serviceAccounts"));
    m_table->setModel(m_model);
    applyTableStyle(m_table);
    new EmptyTableHint(m_table,
                       tr("No service accounts yet. Add one above for each system that requests actions through "
                          "the agent's inbound API, then give it a token."));
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* intro = new QLabel(tr("Service accounts are other systems (monitoring, ticketing) that request actions "
                                "through the agent's inbound API with a token. They follow the same requester "
                                "groups and policies as people and never approve anything."),
                             this);
    intro->setWordWrap(true);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_login, 1);
    addRow->addWidget(m_name, 2);
    addRow->addWidget(m_add);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenName, 1);
    tokenRow->addWidget(m_issue);
    tokenRow->addWidget(m_revoke);
    tokenRow->addStretch(1);
    tokenRow->addWidget(m_disable);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(tokenRow);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addAccount(m_login->text(), m_name->text())) {
            m_login->clear();
            m_name->clear();
        }
    });
    connect(m_issue, &QPushButton::clicked, this, [this] {
        if (!issueToken(m_tokenName->text()).isEmpty())
            m_tokenName->clear();
    });
    connect(m_revoke, &QPushButton::clicked, this, &ServiceAccountsPage::chooseTokenToRevoke);
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        if (!login.isEmpty()
            && m_prompts.confirm(this, tr("Disable service account"),
                                 tr("Disable %1? All its tokens stop working at once.").arg(login)))
            disableSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServiceAccountsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceAccountsPage::updateButtons);
    refresh();
}

void ServiceAccountsPage::refresh()
{
    auto accounts = m_session.workspace().serviceAccounts().list(m_session.actor());
    if (!accounts.ok()) {
        m_banner->showMessage(accounts.error().message, MessageBanner::Kind::Error);
        return;
    }
    const QString keep = selectedLogin();
    QList<QStringList> rows;
    QVariantList data; // per row: the names of its valid tokens
    for (const ServiceAccount& a : *accounts) {
        QStringList tokens;
        QStringList valid;
        qint64 lastUsed = 0;
        for (const ApiToken& t : a.tokens) {
            tokens.append(t.revokedAt ? tr("%1 (revoked)").arg(t.name) : t.name);
            if (!t.revokedAt)
                valid.append(t.name);
            lastUsed = qMax(lastUsed, t.lastUsedAt);
        }
        rows.append({ a.login, a.displayName, a.disabled ? tr("Disabled") : tr("Active"),
                      tokens.isEmpty() ? tr("none") : tokens.join(QStringLiteral(", ")),
                      lastUsed ? isoTime(lastUsed) : tr("never") });
        data.append(QVariant(QVariantList { !a.disabled, valid })); // one element, not appended items
    }
    m_model->setRows(rows, data);
    m_table->resizeColumnsToContents();
    select(keep);
}

void ServiceAccountsPage::select(const QString& login)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data().toString() == login) {
            m_table->selectRow(row);
            return;
        }
}

int ServiceAccountsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString ServiceAccountsPage::selectedLogin() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_model->index(row, 0).data().toString();
}

void ServiceAccountsPage::updateButtons()
{
    const bool chosen = selectedRow() >= 0;
    const QVariantList data = chosen ? m_model->index(selectedRow(), 0).data(RowDataRole).toList() : QVariantList();
    const bool active = chosen && data.value(0).toBool();
    m_issue->setEnabled(active);
    m_tokenName->setEnabled(active);
    m_revoke->setEnabled(active && !data.value(1).toStringList().isEmpty());
    m_disable->setEnabled(active);
}

bool ServiceAccountsPage::addAccount(const QString& login, const QString& name)
{
    const Status s = m_session.workspace().serviceAccounts().add(m_session.actor(), login.trimmed(), name, {});
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Service account %1 added; select it and issue a token.").arg(login.trimmed()),
                          MessageBanner::Kind::Information);
    m_session.checkForChanges();
    refresh();
    select(login.trimmed().toLower());
    return true;
}

QString ServiceAccountsPage::issueToken(const QString& tokenName)
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return {};
    auto token = m_session.workspace().serviceAccounts().issueToken(m_session.actor(), login, tokenName);
    if (!token.ok()) {
        m_banner->showMessage(token.error().message, MessageBanner::Kind::Error);
        return {};
    }
    m_banner->hide();
    refresh();
    delete m_lastDialog;
    m_lastDialog = new TokenDialog(login, *token, this);
    m_lastDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    m_lastDialog->open();
    return *token;
}

void ServiceAccountsPage::chooseTokenToRevoke()
{
    if (selectedRow() < 0)
        return;
    const QStringList valid = m_model->index(selectedRow(), 0).data(RowDataRole).toList().value(1).toStringList();
    if (valid.isEmpty())
        return;
    const auto chosen = m_prompts.choose(this, tr("Revoke token"),
                                         tr("Which token of %1 should stop working?").arg(selectedLogin()), valid, 0);
    if (chosen)
        revokeToken(valid.value(*chosen));
}

bool ServiceAccountsPage::revokeToken(const QString& tokenName)
{
    const QString login = selectedLogin();
    const Status s = m_session.workspace().serviceAccounts().revokeToken(m_session.actor(), login, tokenName);
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Token \"%1\" of %2 revoked.").arg(tokenName, login), MessageBanner::Kind::Information);
    refresh();
    return true;
}

bool ServiceAccountsPage::disableSelected()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return false;
    const Status s = m_session.workspace().serviceAccounts().disable(m_session.actor(), login);
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Service account %1 disabled; its tokens no longer work.").arg(login),
                          MessageBanner::Kind::Information);
    m_session.checkForChanges();
    refresh();
    return true;
}

} // namespace cs::ui
