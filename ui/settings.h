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

private:
    static constexpr int kVersion = 1;
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cs::ui
