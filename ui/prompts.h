#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>
#include <optional>

namespace cs::ui {

// Every modal question the client asks goes through here, so tests can answer in advance
// (the real implementation shows dialogs).
class Prompts
{
public:
    virtual ~Prompts() = default;

    // A decision comment. Returns nullopt when the person cancels.
    virtual std::optional<QString> decisionComment(QWidget* parent, const QString& title, const QString& summary,
                                                   bool commentRequired)
        = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    struct Secret
    {
        QString value;
        bool remember = true;
    };
    // This person's token for an agent; nullopt when they cancel.
    virtual std::optional<Secret> agentToken(QWidget* parent, const QString& agentUrl, const QString& why) = 0;
    // This person's password for a PostgreSQL workspace; nullopt when they cancel.
    virtual std::optional<Secret> databasePassword(QWidget* parent, const QString& location, const QString& why) = 0;
    // Hands a URL (mailto:) to the desktop.
    virtual void openExternal(const QUrl& url) = 0;
    // Where to save an export; empty when the person cancels (and by default, for prompts that never save).
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
    {
        Q_UNUSED(parent)
        Q_UNUSED(title)
        Q_UNUSED(suggested)
        Q_UNUSED(filter)
        return {};
    }
};

class DialogPrompts final : public Prompts
{
public:
    std::optional<QString> decisionComment(QWidget* parent, const QString& title, const QString& summary,
                                           bool commentRequired) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void openExternal(const QUrl& url) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    std::optional<Secret> agentToken(QWidget* parent, const QString& agentUrl, const QString& why) override;
    std::optional<Secret> databasePassword(QWidget* parent, const QString& location, const QString& why) override;
};

} // namespace cs::ui
