#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <memory>

namespace cs::ui {

// The client's remembered layout and last workspace. Never holds a secret.
class Settings
{
public:
    Settings(); // the user's settings file
    explicit Settings(const QString& fileForTests);

    QByteArray layout(const QString& key) const;
    void setLayout(const QString& key, const QByteArray& state);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString& location);

    // Saved request forms (JSON, ui/desk/drafts.h) of one scope (workspace and person); never a secret.
    QByteArray drafts(const QString& scope) const;
    void setDrafts(const QString& scope, const QByteArray& json);
    // The page the client opens on: "home" (My work) or empty for the page shown last.
    QString startupPage() const;
    void setStartupPage(const QString& page);
    // The language of this client ("de", "en"); empty: the system's. Read when the client starts.
    QString language() const;
    void setLanguage(const QString& language);

private:
    static constexpr int kVersion = 1;
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cs::ui
