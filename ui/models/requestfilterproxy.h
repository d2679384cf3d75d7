#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace cs::ui {

// Sorts a request queue by the model's SortRole and filters it by status and by free text
// (core's requestMatches(): number, action, requester, comment, parameter values, targets; and the
// status as shown).
class RequestFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestFilterProxy(QObject* parent = nullptr);

    // Empty: all. Besides state names, RequestTableModel::toDecideFilter() and decidedFilter().
    void setStates(const QStringList& stateNames);
    // Re-filters after the model's MyPartRole changed.
    void refilter() { invalidateFilter(); }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_states;
    QString m_search;
};

} // namespace cs::ui
