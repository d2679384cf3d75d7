#pragma once

#include <QDialog>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace cs::ui {

class MessageBanner;
class Prompts;
class Session;
class SimpleTableModel;

// A new API token, shown once: only its hash is stored, so this dialog is the one chance to copy it.
class TokenDialog : public QDialog
{
    Q_OBJECT

public:
    TokenDialog(const QString& login, const QString& token, QWidget* parent = nullptr);
    QString token() const;
    QPushButton* copyButton() const { return m_copy; }

private:
    QLineEdit* m_token;
    QPushButton* m_copy;
};

// Administration → Service accounts (issue 17): other systems that request through the agent's
// inbound API. Add one, issue a token (shown once), revoke a token, disable the account; core's
// ServiceAccounts does each, admins only, audited.
class ServiceAccountsPage : public QWidget
{
    Q_OBJECT

public:
    ServiceAccountsPage(Session& session, Prompts& prompts, QWidget* parent = nullptr);

    void refresh();
    void select(const QString& login);
    bool addAccount(const QString& login, const QString& name);
    // The token, also shown in a TokenDialog (lastTokenDialog()); empty on failure.
    QString issueToken(const QString& tokenName);
    bool revokeToken(const QString& tokenName);
    bool disableSelected();

    QTableView* table() const { return m_table; }
    MessageBanner* banner() const { return m_banner; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* tokenNameEdit() const { return m_tokenName; }
    TokenDialog* lastTokenDialog() const { return m_lastDialog; }

private:
    int selectedRow() const; // -1: none
    QString selectedLogin() const;
    void updateButtons();
    void chooseTokenToRevoke();

    Session& m_session;
    Prompts& m_prompts;
    SimpleTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QPushButton* m_add;
    QLineEdit* m_tokenName;
    QPushButton* m_issue;
    QPushButton* m_revoke;
    QPushButton* m_disable;
    MessageBanner* m_banner;
    TokenDialog* m_lastDialog = nullptr;
};

} // namespace cs::ui
