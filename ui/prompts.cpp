#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QUrl>
#include <ui/decisiondialog.h>
#include <ui/prompts.h>
#include <ui/secretdialog.h>

namespace cs::ui {

std::optional<QString> DialogPrompts::decisionComment(QWidget* parent, const QString& title,
                                                      const RequestDetails& details, bool commentRequired)
{
    DecisionDialog dialog(title, details, commentRequired, parent);
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

bool DialogPrompts::openExternal(const QUrl& url)
{
    return QDesktopServices::openUrl(url);
}

std::optional<int> DialogPrompts::choose(QWidget* parent, const QString& title, const QString& label,
                                         const QStringList& items, int current)
{
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok || !items.contains(chosen))
        return std::nullopt;
    return int(items.indexOf(chosen));
}

std::optional<QString> DialogPrompts::askText(QWidget* parent, const QString& title, const QString& label,
                                              const QString& suggested)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace cs::ui

namespace cs::ui {

std::optional<Prompts::Secret> DialogPrompts::agentToken(QWidget* parent, const QString& agentUrl, const QString& why,
                                                         bool canRemember)
{
    SecretDialog dialog(
        QObject::tr("Agent token"),
        QObject::tr("The approved request goes to the agent at <b>%1</b>, which needs your token for it. "
                    "Ask the agent's administrator for one (countersign-agent --new-token).")
            .arg(agentUrl.toHtmlEscaped()),
        why, canRemember, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Secret { dialog.secret(), dialog.remember() };
}

std::optional<Prompts::Secret> DialogPrompts::databasePassword(QWidget* parent, const QString& location,
                                                               const QString& why, bool canRemember)
{
    const QUrl url(location);
    SecretDialog dialog(QObject::tr("Database password"),
                        QObject::tr("The password of <b>%1</b> on the database server <b>%2:%3</b> (workspace "
                                    "<b>%4</b>). You act in Countersign as this database login.")
                            .arg(url.userName().toHtmlEscaped(), url.host().toHtmlEscaped())
                            .arg(url.port(5432))
                            .arg(url.path().mid(1).toHtmlEscaped()),
                        why, canRemember, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Secret { dialog.secret(), dialog.remember() };
}

std::optional<Prompts::Secret> DialogPrompts::directoryPassword(QWidget* parent, const QString& url,
                                                                const QString& bindDn, const QString& why,
                                                                bool canRemember)
{
    SecretDialog dialog(
        QObject::tr("Directory password"),
        QObject::tr("The password of <b>%1</b> on the directory server <b>%2</b>, to read the "
                    "company directory. It is never shown or logged; only the system keychain may keep it.")
            .arg(bindDn.toHtmlEscaped(), url.toHtmlEscaped()),
        why, canRemember, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Secret { dialog.secret(), dialog.remember() };
}

} // namespace cs::ui
