#pragma once

#include <QDialog>
#include <core/admin/adminservice.h>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace cs::ui {

// "key=value, key=value" as typed into a target's attributes field; false with the reason if not.
bool parseAttributes(const QString& text, QJsonObject* out, QString* error);
QString attributesText(const QJsonObject& attributes);

// Edits a person: name, e-mail, manager and app roles. The login is who they are and stays.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(const User& user, const QList<User>& everyone, QWidget* parent = nullptr);
    UserChanges changes() const;

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* emailField() const { return m_email; }
    QComboBox* managerField() const { return m_manager; }
    QCheckBox* adminField() const { return m_admin; }
    QCheckBox* auditorField() const { return m_auditor; }

private:
    User m_user;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QComboBox* m_manager;
    QCheckBox* m_admin;
    QCheckBox* m_auditor;
};

// Edits a target: kind, agent, owner and attributes. The name is what actions and requests use and stays.
class TargetDialog : public QDialog
{
    Q_OBJECT

public:
    TargetDialog(const Target& target, const QList<User>& everyone, QWidget* parent = nullptr);
    // The change, or false with the reason (attributes that are not key=value).
    bool changes(TargetChanges* out, QString* error) const;

    QLineEdit* kindField() const { return m_kind; }
    QLineEdit* agentField() const { return m_agent; }
    QComboBox* ownerField() const { return m_owner; }
    QLineEdit* attributesField() const { return m_attributes; }

private:
    Target m_target;
    QLineEdit* m_kind;
    QLineEdit* m_agent;
    QComboBox* m_owner;
    QLineEdit* m_attributes;
};

} // namespace cs::ui
