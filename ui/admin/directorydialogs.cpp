#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <ui/admin/directorydialogs.h>

namespace cs::ui {
namespace {

void fillPeople(QComboBox* combo, const QList<User>& everyone, const QString& except, const QString& current)
{
    combo->addItem(QCoreApplication::translate("cs::ui::PersonDialog", "(none)"), QString());
    for (const User& u : everyone)
        if (u.login != except)
            combo->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.login), u.login);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

bool parseAttributes(const QString& text, QJsonObject* out, QString* error)
{
    QJsonObject attributes;
    for (const QString& pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (pair.trimmed().isEmpty())
            continue;
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || pair.left(eq).trimmed().isEmpty()) {
            *error = QCoreApplication::translate("cs::ui::TargetDialog",
                                                 "Write attributes as key=value, separated by commas (\"%1\" is not).")
                         .arg(pair.trimmed());
            return false;
        }
        attributes.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    *out = attributes;
    return true;
}

QString attributesText(const QJsonObject& attributes)
{
    QStringList parts;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    return parts.join(QStringLiteral(", "));
}

PersonDialog::PersonDialog(const User& user, const QList<User>& everyone, QWidget* parent)
    : QDialog(parent)
    , m_user(user)
    , m_name(new QLineEdit(user.displayName, this))
    , m_email(new QLineEdit(user.email, this))
    , m_manager(new QComboBox(this))
    , m_admin(new QCheckBox(tr("Admin"), this))
    , m_auditor(new QCheckBox(tr("Auditor"), this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(tr("Edit %1").arg(user.login));
    fillPeople(m_manager, everyone, user.login, user.manager);
    m_admin->setChecked(user.roles.contains(Role::Admin));
    m_auditor->setChecked(user.roles.contains(Role::Auditor));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Login:"), new QLabel(user.login, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Manager:"), m_manager);
    auto* roles = new QHBoxLayout;
    roles->addWidget(m_admin);
    roles->addWidget(m_auditor);
    roles->addStretch(1);
    form->addRow(tr("Roles:"), roles);
    form->addRow(okCancel(this));
    resize(qMax(width(), 420), sizeHint().height());
}

UserChanges PersonDialog::changes() const
{
    // Roles other than admin and auditor (an agent's) are not shown here and stay as they are.
    QStringList roles = m_user.roles;
    roles.removeAll(Role::Admin);
    roles.removeAll(Role::Auditor);
    if (m_admin->isChecked())
        roles << Role::Admin;
    if (m_auditor->isChecked())
        roles << Role::Auditor;
    return { m_user.login, m_name->text(), m_email->text(), m_manager->currentData().toString(), roles };
}

TargetDialog::TargetDialog(const Target& target, const QList<User>& everyone, QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_kind(new QLineEdit(target.kind, this))
    , m_agent(new QLineEdit(target.agentUrl, this))
    , m_owner(new QComboBox(this))
    , m_attributes(new QLineEdit(attributesText(target.attributes), this))
{
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(tr("Edit target %1").arg(target.name));
    fillPeople(m_owner, everyone, QString(), target.owner);
    m_agent->setPlaceholderText(QStringLiteral("https://agent.example.com:8765"));
    m_attributes->setPlaceholderText(tr("environment=production, site=berlin"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Target:"), new QLabel(target.name, this));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("A&gent:"), m_agent);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("A&ttributes:"), m_attributes);
    form->addRow(okCancel(this));
    resize(qMax(width(), 480), sizeHint().height());
}

bool TargetDialog::changes(TargetChanges* out, QString* error) const
{
    QJsonObject attributes;
    if (!parseAttributes(m_attributes->text(), &attributes, error))
        return false;
    *out = TargetChanges();
    out->name = m_target.name;
    out->kind = m_kind->text();
    out->agentUrl = m_agent->text();
    out->owner = m_owner->currentData().toString();
    out->attributes = attributes;
    return true;
}

} // namespace cs::ui
