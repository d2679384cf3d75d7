#pragma once

#include <Qt>

namespace cs::ui {

// Every custom role of every model, in one place.
enum ItemRole {
    RequestIdRole = Qt::UserRole + 1, // qint64
    StateRole, // state name, e.g. "pending"
    SortRole, // a value that sorts right (timestamps as numbers)
    ActionNameRole, // QString
    ApprovalRequiredRole, // bool
    RowDataRole, // free per-row data of SimpleTableModel
    SearchTextRole, // all text a search box should match
    MyPartRole, // QString: "decide" (waits for my decision), "decided" (I voted, others still to), or empty
};

} // namespace cs::ui
