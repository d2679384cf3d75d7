#include <QHeaderView>
#include <QTableView>
#include <ui/tablestyle.h>

namespace cs::ui {

void applyTableStyle(QTableView* table)
{
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
}

} // namespace cs::ui
