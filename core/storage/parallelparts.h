#pragma once

#include <core/storage/database.h>
#include <functional>
#include <future>
#include <optional>
#include <vector>

namespace cs {

// Does a piece of work cut into `parts` on as many connections at once, so that both cores work:
// part 0 on `db`, each other part on a connection of its own (db.opener()), in parallel. A part
// whose connection cannot be opened, or whose work says it cannot be done there (returns nothing;
// only allowed with `own` true), runs on `db` after part 0. Returns the parts' results in order,
// once every part has ended.
template<class R>
std::vector<R> runInParts(Database& db, int parts,
                          const std::function<std::optional<R>(Database& on, int part, bool own)>& work)
{
    std::vector<std::future<std::optional<R>>> others;
    for (int part = 1; part < parts; ++part)
        others.push_back(std::async(std::launch::async, [open = db.opener(), part, &work]() -> std::optional<R> {
            auto own = open();
            if (!own.ok())
                return std::nullopt;
            return work(**own, part, true);
        }));
    std::vector<R> results;
    results.reserve(size_t(parts > 0 ? parts : 0));
    if (parts > 0)
        results.push_back(*work(db, 0, false));
    for (int part = 1; part < parts; ++part) {
        std::optional<R> elsewhere = others[size_t(part - 1)].get();
        results.push_back(elsewhere ? std::move(*elsewhere) : *work(db, part, false));
    }
    return results;
}

} // namespace cs
