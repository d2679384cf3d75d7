#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cs::ui {

class Settings;

// A half-filled request form, kept in the client's settings until it is submitted or thrown away.
struct Draft
{
    QString id;
    QString action;
    QJsonObject parameters; // never a secret: the form's secrets are left out before saving
    QStringList targets;
    QString comment;
    qint64 savedAt = 0;
};

// The drafts of one person on one workspace, in the client's settings (they survive a restart).
class Drafts
{
public:
    Drafts(Settings& settings, const QString& workspace, const QString& person);

    QList<Draft> list() const; // newest first
    // Saves a new draft (empty id) or replaces the one with its id; returns its id.
    QString save(Draft draft, qint64 now);
    void remove(const QString& id);

private:
    void write(const QList<Draft>& drafts);

    Settings& m_settings;
    QString m_scope;
};

} // namespace cs::ui
