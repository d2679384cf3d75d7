#include "prompts.h"

#include "agenttokendialog.h"
#include "decisiondialog.h"

#include <QDesktopServices>
#include <QMessageBox>

namespace cs::ui {

std::optional<QString> DialogPrompts::decisionComment(QWidget* parent, const QString& title, const QString& summary,
                                                      bool commentRequired)
{
    DecisionDialog dialog(title, summary, commentRequired, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.comment();
}

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void DialogPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

} // namespace cs::ui

namespace cs::ui {

void DialogPrompts::openExternal(const QUrl& url)
{
    QDesktopServices::openUrl(url);
}

} // namespace cs::ui

namespace cs::ui {

std::optional<Prompts::AgentToken> DialogPrompts::agentToken(QWidget* parent, const QString& agentUrl,
                                                             const QString& why)
{
    AgentTokenDialog dialog(agentUrl, why, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return AgentToken { dialog.token(), dialog.remember() };
}

} // namespace cs::ui
