#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace cs::ui {

// Asks once for a secret (an agent token, a database password) and whether to keep it in the
// system keychain.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString& title, const QString& explanation, const QString& why, QWidget* parent = nullptr);
    QString secret() const;
    bool remember() const;

private:
    QLineEdit* m_secret;
    QCheckBox* m_remember;
};

} // namespace cs::ui
