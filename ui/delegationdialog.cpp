#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <core/common/clock.h>
#include <ui/delegationdialog.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/session.h>
#include <ui/tablestyle.h>

namespace cs::ui {
namespace {

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

DelegationDialog::DelegationDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_delegator(new QComboBox(this))
    , m_delegate(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_until(new QDateTimeEdit(this))
    , m_add(new QPushButton(tr("&Hand over"), this))
    , m_model(new SimpleTableModel({ tr("#"), tr("Whose approvals"), tr("Stand-in"), tr("From"), tr("Until") }, this))
    , m_table(new QTableView(this))
    , m_end(new QPushButton(tr("&End now"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("delegationDialog"));
    setWindowTitle(tr("Out of office"));
    m_delegate->setObjectName(QStringLiteral("delegate"));
    m_delegator->setObjectName(QStringLiteral("delegator"));
    m_add->setObjectName(QStringLiteral("addDelegation"));
    m_end->setObjectName(QStringLiteral("endDelegation"));
    for (QDateTimeEdit* edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.workspace().clock().nowMs());
    m_from->setDateTime(now);
    m_until->setDateTime(now.addDays(7));

    m_admin = m_session.isAdmin();
    const bool admin = m_admin;
    auto* form = new QGroupBox(tr("While I am away"), this);
    auto* formLayout = new QFormLayout(form);
    auto* explanation = new QLabel(tr("The person you choose sees your incoming requests and may decide them for "
                                      "you; each decision shows both names and counts as your vote."),
                                   form);
    explanation->setWordWrap(true);
    formLayout->addRow(explanation);
    if (admin)
        formLayout->addRow(tr("Approvals &of:"), m_delegator);
    m_delegator->setVisible(admin);
    formLayout->addRow(tr("Hand &to:"), m_delegate);
    formLayout->addRow(tr("&From:"), m_from);
    formLayout->addRow(tr("&Until:"), m_until);
    formLayout->addRow(QString(), m_add);

    m_table->setModel(m_model);
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_end, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &DelegationDialog::add);
    connect(m_end, &QPushButton::clicked, this, &DelegationDialog::endSelected);
    // Only the delegator or an admin may end one (core says so too).
    const auto updateEnd = [this] {
        const qint64 id = selectedId();
        m_end->setEnabled(id > 0 && (m_admin || m_delegators.value(id) == m_session.actor()));
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateEnd);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEnd);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(form);
    layout->addWidget(new QLabel(tr("Current and coming delegations:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 480);
    refresh();
    updateEnd();
}

void DelegationDialog::refresh()
{
    auto people = m_session.workspace().directory().users();
    if (!people.ok())
        return report(false, people.error().message);
    const QString keepDelegate = m_delegate->currentData().toString();
    m_delegate->clear();
    m_delegator->clear();
    for (const User& u : *people) {
        if (!u.active || u.roles.contains(QStringLiteral("agent")))
            continue;
        const QString label = u.displayName.isEmpty() ? u.login : QStringLiteral("%1 (%2)").arg(u.displayName, u.login);
        m_delegator->addItem(label, u.login);
        if (u.login != m_session.actor())
            m_delegate->addItem(label, u.login);
    }
    m_delegator->setCurrentIndex(qMax(0, m_delegator->findData(m_session.actor())));
    if (!keepDelegate.isEmpty())
        m_delegate->setCurrentIndex(qMax(0, m_delegate->findData(keepDelegate)));

    auto list = m_session.workspace().delegations().list(m_session.actor());
    if (!list.ok())
        return report(false, list.error().message);
    QList<QStringList> rows;
    QVariantList ids;
    m_delegators.clear();
    for (const Delegation& d : *list) {
        m_delegators.insert(d.id, d.delegator);
        rows.append({ QString::number(d.id), d.delegator, d.delegate, localTime(d.startsAt), localTime(d.endsAt) });
        ids.append(d.id);
    }
    m_model->setRows(rows, ids);
    m_table->resizeColumnsToContents();
}

bool DelegationDialog::add()
{
    DelegationInput input;
    input.delegator = m_admin ? m_delegator->currentData().toString() : QString();
    input.delegate = m_delegate->currentData().toString();
    input.startsAt = m_from->dateTime().toMSecsSinceEpoch();
    input.endsAt = m_until->dateTime().toMSecsSinceEpoch();
    auto added = m_session.workspace().delegations().add(m_session.actor(), input);
    if (!added.ok()) {
        report(false, added.error().message);
        return false;
    }
    refresh();
    report(true,
           tr("%1 decides for %2 from %3 until %4.")
               .arg(added->delegate, added->delegator, localTime(added->startsAt), localTime(added->endsAt)));
    return true;
}

bool DelegationDialog::endSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    auto ended = m_session.workspace().delegations().end(m_session.actor(), id);
    if (!ended.ok()) {
        report(false, ended.error().message);
        return false;
    }
    refresh();
    report(true, tr("Delegation #%1 has ended.").arg(id));
    return true;
}

qint64 DelegationDialog::selectedId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return m_model->index(index.row(), 0).data(RowDataRole).toLongLong();
}

void DelegationDialog::report(bool ok, const QString& message)
{
    m_banner->showMessage(message, ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    if (ok)
        m_session.checkForChanges();
}

} // namespace cs::ui
