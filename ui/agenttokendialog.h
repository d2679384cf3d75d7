#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace cs::ui {

// Asks once for this person's token for an agent, and whether to keep it in the system keychain.
class AgentTokenDialog : public QDialog
{
    Q_OBJECT

public:
    AgentTokenDialog(const QString& agentUrl, const QString& why, QWidget* parent = nullptr);
    QString token() const;
    bool remember() const;

private:
    QLineEdit* m_token;
    QCheckBox* m_remember;
};

} // namespace cs::ui
