#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <ui/decisiondialog.h>
#include <ui/prompts.h>
#include <ui/secretdialog.h>

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

QString DialogPrompts::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                    const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace cs::ui

namespace cs::ui {

void DialogPrompts::openExternal(const QUrl& url)
{
    QDesktopServices::openUrl(url);
}

} // namespace cs::ui

namespace cs::ui {

std::optional<Prompts::Secret> DialogPrompts::agentToken(QWidget* parent, const QString& agentUrl, const QString& why)
{
    SecretDialog dialog(
        QObject::tr("Agent token"),
        QObject::tr("The approved request goes to the agent at <b>%1</b>, which needs your token for it. "
                    "Ask the agent's administrator for one (countersign-agent --new-token).")
            .arg(agentUrl.toHtmlEscaped()),
        why, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Secret { dialog.secret(), dialog.remember() };
}

std::optional<Prompts::Secret> DialogPrompts::databasePassword(QWidget* parent, const QString& location,
                                                               const QString& why)
{
    SecretDialog dialog(QObject::tr("Database password"),
                        QObject::tr("Your password for <b>%1</b>. You act in Countersign as this database login.")
                            .arg(location.toHtmlEscaped()),
                        why, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Secret { dialog.secret(), dialog.remember() };
}

} // namespace cs::ui
