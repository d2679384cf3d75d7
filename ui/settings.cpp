#include <ui/settings.h>

namespace cs::ui {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Countersign"), QStringLiteral("countersign")))
{
    migrate();
}

Settings::Settings(const QString& fileForTests)
    : m_settings(std::make_unique<QSettings>(fileForTests, QSettings::IniFormat))
{
    migrate();
}

void Settings::migrate()
{
    // Version 1 is the first layout; later versions convert old keys here.
    if (m_settings->value(QStringLiteral("version")).toInt() != kVersion)
        m_settings->setValue(QStringLiteral("version"), kVersion);
}

QByteArray Settings::layout(const QString& key) const
{
    return m_settings->value(QStringLiteral("layout/") + key).toByteArray();
}

void Settings::setLayout(const QString& key, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("layout/") + key, state);
}

QString Settings::lastWorkspace() const
{
    return m_settings->value(QStringLiteral("workspace/last")).toString();
}

void Settings::setLastWorkspace(const QString& location)
{
    m_settings->setValue(QStringLiteral("workspace/last"), location);
}

QByteArray Settings::drafts(const QString& scope) const
{
    return m_settings->value(QStringLiteral("drafts/") + scope).toByteArray();
}

void Settings::setDrafts(const QString& scope, const QByteArray& json)
{
    m_settings->setValue(QStringLiteral("drafts/") + scope, json);
    m_settings->sync(); // a draft outlives a client that is killed
}

QString Settings::startupPage() const
{
    return m_settings->value(QStringLiteral("startup/page")).toString();
}

void Settings::setStartupPage(const QString& page)
{
    m_settings->setValue(QStringLiteral("startup/page"), page);
}

// Not "general/...": QSettings writes a group named General as [%General] and reads it back as
// "General", so a lowercase "general" group is lost at the next start.
QString Settings::language() const
{
    return m_settings->value(QStringLiteral("preferences/language")).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(QStringLiteral("preferences/language"), language);
}

} // namespace cs::ui
