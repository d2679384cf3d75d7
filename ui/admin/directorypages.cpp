#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <core/directory/directorysource.h>
#include <ui/admin/directorydialogs.h>
#include <ui/admin/directorypages.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/prompts.h>
#include <ui/session.h>
#include <ui/tablestyle.h>

namespace cs::ui {
namespace {

QTableView* tableFor(SimpleTableModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    applyTableStyle(table);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

DirectoryPage::DirectoryPage(Session& session, Prompts& prompts, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_model(new SimpleTableModel(headers, this))
    , m_table(tableFor(m_model, this))
    , m_banner(new MessageBanner(this))
{ }

void DirectoryPage::done(bool ok, const QString& message)
{
    m_banner->showMessage(message, ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    if (ok)
        m_session.checkForChanges();
}

QString DirectoryPage::selectedKey() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && m_table->selectionModel()->isRowSelected(index.row(), {})
        ? m_model->index(index.row(), 0).data().toString()
        : QString();
}

void DirectoryPage::selectKey(const QString& key)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data().toString() == key) {
            m_table->selectRow(row);
            return;
        }
    m_table->clearSelection();
}

void DirectoryPage::fillUserCombo(QComboBox* combo, const QString& noneLabel)
{
    const QString keep = combo->currentData().toString();
    combo->clear();
    if (!noneLabel.isEmpty())
        combo->addItem(noneLabel, QString());
    auto users = m_session.workspace().directory().users();
    if (users.ok())
        for (const User& u : *users)
            combo->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.login), u.login);
    combo->setCurrentIndex(qMax(0, combo->findData(keep)));
}

UsersPage::UsersPage(Session& session, Prompts& prompts, QWidget* parent)
    : DirectoryPage(
        session, prompts,
        { tr("Login"), tr("Name"), tr("E-mail"), tr("Manager"), tr("Roles"), tr("Groups"), tr("Status"), tr("Origin") },
        parent)
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_toggleActive(new QPushButton(tr("Disable"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_manager(new QComboBox(this))
    , m_admin(new QCheckBox(tr("Admin"), this))
    , m_auditor(new QCheckBox(tr("Auditor"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_login->setObjectName(QStringLiteral("newUserLogin"));
    auto* form = new QGroupBox(tr("Add a person"), this);
    auto* formLayout = new QFormLayout(form);
    formLayout->addRow(tr("&Login:"), m_login);
    formLayout->addRow(tr("&Name:"), m_name);
    formLayout->addRow(tr("&E-mail:"), m_email);
    formLayout->addRow(tr("&Manager:"), m_manager);
    auto* roles = new QHBoxLayout;
    roles->addWidget(m_admin);
    roles->addWidget(m_auditor);
    roles->addStretch(1);
    formLayout->addRow(tr("Roles:"), roles);
    auto* add = new QPushButton(tr("Add person"), form);
    formLayout->addRow(QString(), add);
    connect(add, &QPushButton::clicked, this, &UsersPage::add);
    m_edit->setObjectName(QStringLiteral("editUser"));
    m_toggleActive->setObjectName(QStringLiteral("toggleUserActive"));
    m_remove->setObjectName(QStringLiteral("removeUser"));
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_edit);
    rowButtons->addWidget(m_toggleActive);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editSelected);
    connect(m_toggleActive, &QPushButton::clicked, this,
            [this] { setSelectedActive(m_toggleActive->property("enables").toBool()); });
    connect(m_remove, &QPushButton::clicked, this, &UsersPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(form);
    refresh();
}

void UsersPage::refresh()
{
    auto users = m_session.workspace().directory().users();
    auto groups = m_session.workspace().directory().groups();
    auto synced = syncedLogins(m_session.workspace().database());
    if (!users.ok() || !groups.ok() || !synced.ok())
        return done(false,
                    !users.ok()        ? users.error().message
                        : !groups.ok() ? groups.error().message
                                       : synced.error().message);
    m_synced = *synced;
    QHash<QString, QStringList> groupsOf;
    for (const Group& g : *groups)
        for (const QString& m : g.members)
            groupsOf[m].append(g.name);
    const QString keep = selectedKey();
    QList<QStringList> rows;
    QVariantList active;
    for (const User& u : *users) {
        rows.append({ u.login, u.displayName, u.email, u.manager, u.roles.join(QStringLiteral(", ")),
                      groupsOf.value(u.login).join(QStringLiteral(", ")), u.active ? tr("active") : tr("disabled"),
                      m_synced.contains(u.login) ? tr("Directory") : tr("Local") });
        active.append(u.active);
    }
    m_model->setRows(rows, active);
    m_table->resizeColumnsToContents(); // a handful of rows: logins and e-mails shown whole
    selectKey(keep);
    fillUserCombo(m_manager, tr("(none)"));
    updateButtons();
}

void UsersPage::select(const QString& login)
{
    selectKey(login);
    updateButtons();
}

void UsersPage::updateButtons()
{
    const QString login = selectedKey();
    const bool any = !login.isEmpty();
    // The directory owns synced people: core refuses hand edits, so say why before anyone tries.
    QString reason;
    if (any && m_synced.contains(login)) {
        auto why = syncedUserReason(m_session.workspace().database(), login);
        reason = why.ok() ? *why : why.error().message;
    }
    for (QPushButton* button : { m_edit, m_remove, m_toggleActive }) {
        button->setEnabled(any && reason.isEmpty());
        button->setToolTip(reason);
    }
    const int row = any ? m_table->currentIndex().row() : -1;
    const bool isActive = row < 0 || m_model->index(row, 0).data(RowDataRole).toBool();
    m_toggleActive->setText(isActive ? tr("Disable") : tr("Enable"));
    m_toggleActive->setProperty("enables", !isActive);
}

void UsersPage::editSelected()
{
    const QString login = selectedKey();
    if (login.isEmpty())
        return done(false, tr("Choose a person first."));
    auto user = m_session.workspace().directory().user(login);
    auto everyone = m_session.workspace().directory().users();
    if (!user.ok() || !everyone.ok())
        return done(false, !user.ok() ? user.error().message : everyone.error().message);
    PersonDialog dialog(*user, *everyone, this);
    if (dialog.exec() == QDialog::Accepted)
        applyEdit(dialog.changes());
}

bool UsersPage::applyEdit(const UserChanges& changes)
{
    const Status s = m_session.workspace().admin().editUser(m_session.actor(), changes);
    if (!s.ok()) {
        done(false, s.error().message);
        return false;
    }
    done(true, tr("%1 was changed.").arg(changes.login));
    refresh();
    return true;
}

bool UsersPage::setSelectedActive(bool active)
{
    const QString login = selectedKey();
    if (login.isEmpty()) {
        done(false, tr("Choose a person first."));
        return false;
    }
    if (!active
        && !m_prompts.confirm(this, tr("Disable %1?").arg(login),
                              tr("%1 will no longer be able to request, approve or administer anything. Their "
                                 "requests, decisions and audit entries stay. You can enable them again later.")
                                  .arg(login)))
        return false;
    const Status s = m_session.workspace().admin().setUserActive(m_session.actor(), login, active);
    if (!s.ok()) {
        done(false, s.error().message);
        return false;
    }
    done(true, active ? tr("%1 was enabled.").arg(login) : tr("%1 was disabled; their history stays.").arg(login));
    refresh();
    return true;
}

bool UsersPage::removeSelected()
{
    const QString login = selectedKey();
    if (login.isEmpty()) {
        done(false, tr("Choose a person first."));
        return false;
    }
    // Say why not before asking, rather than after the admin confirmed.
    if (const Status refused = m_session.workspace().admin().checkUserRemovable(m_session.actor(), login);
        !refused.ok()) {
        done(false, refused.error().message);
        return false;
    }
    if (!m_prompts.confirm(this, tr("Remove %1?").arg(login),
                           tr("%1 has no requests, decisions or other history and will be removed from the "
                              "workspace and all groups.")
                               .arg(login)))
        return false;
    const Status s = m_session.workspace().admin().removeUser(m_session.actor(), login);
    if (!s.ok()) {
        done(false, s.error().message);
        return false;
    }
    done(true, tr("%1 was removed.").arg(login));
    refresh();
    return true;
}

void UsersPage::add()
{
    QStringList roles;
    if (m_admin->isChecked())
        roles << Role::Admin;
    if (m_auditor->isChecked())
        roles << Role::Auditor;
    const Status s = m_session.workspace().admin().addUser(
        m_session.actor(),
        { m_login->text(), m_name->text(), m_email->text(), m_manager->currentData().toString(), roles, true, 0 });
    if (!s.ok())
        return done(false, s.error().message);
    done(true, tr("%1 was added.").arg(m_login->text().trimmed()));
    m_login->clear();
    m_name->clear();
    m_email->clear();
    refresh();
}

GroupsPage::GroupsPage(Session& session, Prompts& prompts, QWidget* parent)
    : DirectoryPage(session, prompts, { tr("Group"), tr("Description"), tr("Members"), tr("Origin") }, parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_members(new SimpleTableModel({ tr("Member") }, this))
    , m_memberTable(tableFor(m_members, this))
    , m_candidate(new QComboBox(this))
    , m_addMember(new QPushButton(tr("Add member"), this))
    , m_removeMember(new QPushButton(tr("Remove selected"), this))
{
    setObjectName(QStringLiteral("groupsPage"));
    auto* addForm = new QGroupBox(tr("Add a group"), this);
    auto* addLayout = new QFormLayout(addForm);
    addLayout->addRow(tr("&Name:"), m_name);
    addLayout->addRow(tr("&Description:"), m_description);
    auto* addGroup = new QPushButton(tr("Add group"), addForm);
    addLayout->addRow(QString(), addGroup);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(addForm);

    auto* right = new QGroupBox(tr("Members of the selected group"), this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_memberTable, 1);
    auto* memberRow = new QHBoxLayout;
    memberRow->addWidget(m_candidate, 1);
    memberRow->addWidget(m_addMember);
    memberRow->addWidget(m_removeMember);
    rightLayout->addLayout(memberRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(addGroup, &QPushButton::clicked, this, &GroupsPage::addGroup);
    connect(m_addMember, &QPushButton::clicked, this, [this] { setMember(true); });
    connect(m_removeMember, &QPushButton::clicked, this, [this] { setMember(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupsPage::showMembers);
    refresh();
}

QString GroupsPage::currentGroup() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->index(index.row(), 0).data().toString() : QString();
}

void GroupsPage::refresh()
{
    const QString keep = currentGroup();
    auto groups = m_session.workspace().directory().groups();
    auto synced = syncedGroupNames(m_session.workspace().database());
    if (!groups.ok() || !synced.ok())
        return done(false, !groups.ok() ? groups.error().message : synced.error().message);
    m_synced = *synced;
    QList<QStringList> rows;
    for (const Group& g : *groups)
        rows.append({ g.name, g.description, QString::number(g.members.size()),
                      m_synced.contains(g.name) ? tr("Directory") : tr("Local") });
    m_model->setRows(rows);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data().toString() == keep || (keep.isEmpty() && row == 0))
            m_table->setCurrentIndex(m_model->index(row, 0));
    fillUserCombo(m_candidate, QString());
    showMembers();
}

void GroupsPage::select(const QString& group)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data().toString() == group)
            m_table->setCurrentIndex(m_model->index(row, 0));
}

void GroupsPage::showMembers()
{
    const QString name = currentGroup();
    // A synced group's members follow the directory: core refuses hand changes, so say why here.
    QString reason;
    if (m_synced.contains(name)) {
        auto why = syncedGroupReason(m_session.workspace().database(), name);
        reason = why.ok() ? *why : why.error().message;
    }
    for (QPushButton* button : { m_addMember, m_removeMember }) {
        button->setEnabled(!name.isEmpty() && reason.isEmpty());
        button->setToolTip(reason);
    }
    auto group = m_session.workspace().directory().group(name);
    QList<QStringList> rows;
    if (group.ok())
        for (const QString& m : group->members)
            rows.append({ m });
    m_members->setRows(rows);
}

void GroupsPage::addGroup()
{
    const Status s
        = m_session.workspace().admin().addGroup(m_session.actor(), m_name->text().trimmed(), m_description->text());
    if (!s.ok())
        return done(false, s.error().message);
    done(true, tr("Group %1 was added.").arg(m_name->text().trimmed()));
    m_name->clear();
    m_description->clear();
    refresh();
}

void GroupsPage::setMember(bool member)
{
    const QModelIndex selected = m_memberTable->currentIndex();
    const QString login = member ? m_candidate->currentData().toString()
                                 : (selected.isValid() ? selected.data().toString() : QString());
    if (login.isEmpty())
        return done(false, tr("Choose a person first."));
    const Status s = m_session.workspace().admin().setMembership(m_session.actor(), currentGroup(), login, member);
    if (!s.ok())
        return done(false, s.error().message);
    done(true, member ? tr("%1 joined %2.").arg(login, currentGroup()) : tr("%1 left %2.").arg(login, currentGroup()));
    refresh();
}

TargetsPage::TargetsPage(Session& session, Prompts& prompts, QWidget* parent)
    : DirectoryPage(session, prompts, { tr("Target"), tr("Kind"), tr("Owner"), tr("Agent"), tr("Attributes") }, parent)
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_name(new QLineEdit(this))
    , m_kind(new QLineEdit(this))
    , m_agent(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_attributes(new QLineEdit(this))
{
    setObjectName(QStringLiteral("targetsPage"));
    m_agent->setPlaceholderText(QStringLiteral("https://agent.example.com:8765"));
    m_attributes->setPlaceholderText(tr("environment=production, site=berlin"));
    auto* form = new QGroupBox(tr("Add a target"), this);
    auto* formLayout = new QFormLayout(form);
    formLayout->addRow(tr("&Name:"), m_name);
    formLayout->addRow(tr("&Kind:"), m_kind);
    formLayout->addRow(tr("A&gent:"), m_agent);
    formLayout->addRow(tr("&Owner:"), m_owner);
    formLayout->addRow(tr("A&ttributes:"), m_attributes);
    auto* add = new QPushButton(tr("Add target"), form);
    formLayout->addRow(QString(), add);
    connect(add, &QPushButton::clicked, this, &TargetsPage::add);
    m_edit->setObjectName(QStringLiteral("editTarget"));
    m_remove->setObjectName(QStringLiteral("removeTarget"));
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_edit);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    connect(m_edit, &QPushButton::clicked, this, &TargetsPage::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &TargetsPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &TargetsPage::removeSelected);
    auto updateButtons = [this] {
        m_edit->setEnabled(!selectedKey().isEmpty());
        m_remove->setEnabled(!selectedKey().isEmpty());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(form);
    refresh();
    updateButtons();
}

void TargetsPage::refresh()
{
    auto targets = m_session.workspace().directory().targets();
    if (!targets.ok())
        return done(false, targets.error().message);
    const QString keep = selectedKey();
    QList<QStringList> rows;
    for (const Target& t : *targets)
        rows.append({ t.name, t.kind, t.owner, t.agentUrl, attributesText(t.attributes) });
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    selectKey(keep);
    fillUserCombo(m_owner, tr("(none)"));
}

void TargetsPage::select(const QString& name)
{
    selectKey(name);
}

void TargetsPage::editSelected()
{
    const QString name = selectedKey();
    if (name.isEmpty())
        return done(false, tr("Choose a target first."));
    auto target = m_session.workspace().directory().target(name);
    auto everyone = m_session.workspace().directory().users();
    if (!target.ok() || !everyone.ok())
        return done(false, !target.ok() ? target.error().message : everyone.error().message);
    TargetDialog dialog(*target, *everyone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TargetChanges changes;
    QString error;
    if (!dialog.changes(&changes, &error))
        return done(false, error);
    applyEdit(changes);
}

bool TargetsPage::applyEdit(const TargetChanges& changes)
{
    const Status s = m_session.workspace().admin().editTarget(m_session.actor(), changes);
    if (!s.ok()) {
        done(false, s.error().message);
        return false;
    }
    done(true, tr("Target %1 was changed.").arg(changes.name));
    refresh();
    return true;
}

bool TargetsPage::removeSelected()
{
    const QString name = selectedKey();
    if (name.isEmpty()) {
        done(false, tr("Choose a target first."));
        return false;
    }
    if (const Status refused = m_session.workspace().admin().checkTargetRemovable(m_session.actor(), name);
        !refused.ok()) {
        done(false, refused.error().message);
        return false;
    }
    if (!m_prompts.confirm(this, tr("Remove target %1?").arg(name),
                           tr("No action lists %1 and no request names it; it will be removed.").arg(name)))
        return false;
    const Status s = m_session.workspace().admin().removeTarget(m_session.actor(), name);
    if (!s.ok()) {
        done(false, s.error().message);
        return false;
    }
    done(true, tr("Target %1 was removed.").arg(name));
    refresh();
    return true;
}

void TargetsPage::add()
{
    Target t {
        m_name->text(), m_kind->text().trimmed(), m_agent->text().trimmed(), m_owner->currentData().toString(), {}, 0
    };
    QString error;
    if (!parseAttributes(m_attributes->text(), &t.attributes, &error))
        return done(false, error);
    const Status s = m_session.workspace().admin().addTarget(m_session.actor(), t);
    if (!s.ok())
        return done(false, s.error().message);
    done(true, tr("Target %1 was added.").arg(t.name.trimmed()));
    m_name->clear();
    m_attributes->clear();
    refresh();
}

} // namespace cs::ui
