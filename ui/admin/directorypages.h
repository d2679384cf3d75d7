#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace cs::ui {

class MessageBanner;
class Session;
class SimpleTableModel;

// Shared frame of the three directory pages: a table, an "add" form and a banner.
class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    virtual void refresh() = 0;

protected:
    DirectoryPage(Session& session, const QStringList& headers, QWidget* parent);
    void done(bool ok, const QString& errorOrMessage);
    void fillUserCombo(QComboBox* combo, const QString& noneLabel);

    Session& m_session;
    SimpleTableModel* m_model;
    QTableView* m_table;
    MessageBanner* m_banner;
};

class UsersPage : public DirectoryPage
{
    Q_OBJECT

public:
    UsersPage(Session& session, QWidget* parent = nullptr);
    void refresh() override;

private:
    void add();
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
    GroupsPage(Session& session, QWidget* parent = nullptr);
    void refresh() override;

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
};

class TargetsPage : public DirectoryPage
{
    Q_OBJECT

public:
    TargetsPage(Session& session, QWidget* parent = nullptr);
    void refresh() override;

private:
    void add();
    QLineEdit* m_name;
    QLineEdit* m_kind;
    QLineEdit* m_agent;
    QComboBox* m_owner;
    QLineEdit* m_attributes;
};

} // namespace cs::ui
