#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>
#include <core/requests/requestservice.h>
#include <optional>

namespace cs::ui {

// Every modal question the client asks goes through here, so tests can answer in advance
// (the real implementation shows dialogs).
class Prompts
{
public:
    virtual ~Prompts() = default;

    // A decision comment on the request shown. Returns nullopt when the person cancels.
    virtual std::optional<QString> decisionComment(QWidget* parent, const QString& title, const RequestDetails& details,
                                                   bool commentRequired)
        = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    struct Secret
    {
        QString value;
        bool remember = true;
    };
    // This person's token for an agent; nullopt when they cancel. why: one sentence, or empty.
    // canRemember: a keychain answers, so "remember it" may be offered.
    virtual std::optional<Secret> agentToken(QWidget* parent, const QString& agentUrl, const QString& why,
                                             bool canRemember)
        = 0;
    // This person's password for a PostgreSQL workspace (its server and login shown); nullopt when
    // they cancel. why: empty on the first question, else why it is asked again.
    virtual std::optional<Secret> databasePassword(QWidget* parent, const QString& location, const QString& why,
                                                   bool canRemember)
        = 0;
    // The directory's bind password (its server and bind DN shown) for a sync from this desktop;
    // nullopt when they cancel. why: empty on the first question, else why it is asked again.
    virtual std::optional<Secret> directoryPassword(QWidget* parent, const QString& url, const QString& bindDn,
                                                    const QString& why, bool canRemember)
        = 0;
    // Hands a URL (mailto:) to the desktop; false when no program took it.
    [[nodiscard]] virtual bool openExternal(const QUrl& url) = 0;
    // One of items (current preselected); nullopt when the person cancels.
    virtual std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                      const QStringList& items, int current)
        = 0;
    // A short line of text (a saved filter's name); nullopt when the person cancels (and by default).
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                           const QString& suggested)
    {
        Q_UNUSED(parent)
        Q_UNUSED(title)
        Q_UNUSED(label)
        Q_UNUSED(suggested)
        return std::nullopt;
    }
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
    std::optional<QString> decisionComment(QWidget* parent, const QString& title, const RequestDetails& details,
                                           bool commentRequired) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    bool openExternal(const QUrl& url) override;
    std::optional<int> choose(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                              int current) override;
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& suggested) override;
    std::optional<Secret> agentToken(QWidget* parent, const QString& agentUrl, const QString& why,
                                     bool canRemember) override;
    std::optional<Secret> databasePassword(QWidget* parent, const QString& location, const QString& why,
                                           bool canRemember) override;
    std::optional<Secret> directoryPassword(QWidget* parent, const QString& url, const QString& bindDn,
                                            const QString& why, bool canRemember) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
};

} // namespace cs::ui
