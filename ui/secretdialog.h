#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace cs::ui {

// Asks once for a secret (an agent token, a database password) and, where a keychain answers,
// whether to keep it there.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString& title, const QString& explanation, const QString& why, bool canRemember,
                 QWidget* parent = nullptr);
    QString secret() const;
    bool remember() const;

private:
    QLineEdit* m_secret;
    QCheckBox* m_remember;
};

} // namespace cs::ui
