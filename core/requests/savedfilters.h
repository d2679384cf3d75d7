#pragma once

#include <QList>
#include <QString>
#include <core/common/clock.h>
#include <core/common/result.h>
#include <core/storage/database.h>

namespace cs {

// A queue filter a person named to pick again later (issue 20): the status filter and the search
// text of one queue ("incoming" or "outgoing"). Per person and kept in the workspace, so it follows
// them to another machine; nobody else sees it.
struct SavedFilter
{
    QString queue;
    QString name;
    QString state; // the status filter's value (a state name, "@decide", ...); empty: all
    QString search; // requestMatches() text
};

constexpr int kSavedFilterNameMax = 60;

class SavedFilters
{
public:
    SavedFilters(Database& db, const Clock& clock);

    // Their filters for one queue, by name.
    Result<QList<SavedFilter>> list(const QString& login, const QString& queue);
    // Saves under the filter's name; the same name again replaces it.
    Status save(const QString& login, const SavedFilter& filter);
    Status remove(const QString& login, const QString& queue, const QString& name);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cs
