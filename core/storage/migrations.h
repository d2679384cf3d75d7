#pragma once

#include <QList>
#include <QStringList>
#include <core/storage/database.h>

namespace cs {

// A numbered schema change. Statements are written once for both engines; the few types
// that differ are tokens (%ID%) replaced per engine in statements(), the one dialect shim.
struct Migration
{
    int version = 0;
    QString description;
    QStringList sql;
    QStringList postgresOnly; // run after sql, on PostgreSQL only

    QStringList statements(Database::Engine engine) const;
};

const QList<Migration>& allMigrations();

} // namespace cs
