#pragma once

class QTableView;

namespace cs::ui {

// The look every table in the client shares: compact rows, whole-row selection, no row numbers.
void applyTableStyle(QTableView* table);

} // namespace cs::ui
