#pragma once

#include <QSet>
#include <QWidget>
#include <core/admin/adminservice.h>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cs::ui {

class MessageBanner;
class Prompts;
class Session;
class SimpleTableModel;

// Shared frame of the three directory pages: a table, an "add" form and a banner.
class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    virtual void refresh() = 0;
    QTableView* table() const { return m_table; }

protected:
    DirectoryPage(Session& session, Prompts& prompts, const QStringList& headers, QWidget* parent);
    void done(bool ok, const QString& errorOrMessage);
    void fillUserCombo(QComboBox* combo, const QString& noneLabel);
    // The first column of the selected row (a login or target name), empty when none is selected.
    QString selectedKey() const;
    void selectKey(const QString& key);

    Session& m_session;
    Prompts& m_prompts;
    SimpleTableModel* m_model;
    QTableView* m_table;
    MessageBanner* m_banner;
};

class UsersPage : public DirectoryPage
{
    Q_OBJECT

public:
    UsersPage(Session& session, Prompts& prompts, QWidget* parent = nullptr);
    void refresh() override;

    // What the buttons do to the selected person (the edit dialog gathers `changes`).
    void select(const QString& login);
    bool applyEdit(const UserChanges& changes);
    bool setSelectedActive(bool active);
    bool removeSelected();
    QPushButton* editButton() const { return m_edit; }
    QPushButton* activeButton() const { return m_toggleActive; }
    QPushButton* removeButton() const { return m_remove; }
    MessageBanner* banner() const { return m_banner; }

private:
    void add();
    void editSelected();
    void updateButtons();
    QPushButton* m_edit;
    QPushButton* m_toggleActive;
    QPushButton* m_remove;
    QSet<QString> m_synced; // logins the directory owns: read-only here
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QComboBox* m_manager;
    QCheckBox* m_admin;
    QCheckBox* m_auditor;
};

class GroupsPage : public DirectoryPage
{
    Q_OBJECT

public:
    GroupsPage(Session& session, Prompts& prompts, QWidget* parent = nullptr);
    void refresh() override;
    void select(const QString& group);
    QPushButton* addMemberButton() const { return m_addMember; }
    QPushButton* removeMemberButton() const { return m_removeMember; }

private:
    QString currentGroup() const;
    void showMembers();
    void addGroup();
    void setMember(bool member);
    QLineEdit* m_name;
    QLineEdit* m_description;
    SimpleTableModel* m_members;
    QTableView* m_memberTable;
    QComboBox* m_candidate;
    QPushButton* m_addMember;
    QPushButton* m_removeMember;
    QSet<QString> m_synced; // groups the directory owns: their members change only there
};

class TargetsPage : public DirectoryPage
{
    Q_OBJECT

public:
    TargetsPage(Session& session, Prompts& prompts, QWidget* parent = nullptr);
    void refresh() override;

    void select(const QString& name);
    bool applyEdit(const TargetChanges& changes);
    bool removeSelected();
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    MessageBanner* banner() const { return m_banner; }

private:
    void add();
    void editSelected();
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLineEdit* m_name;
    QLineEdit* m_kind;
    QLineEdit* m_agent;
    QComboBox* m_owner;
    QLineEdit* m_attributes;
};

} // namespace cs::ui
