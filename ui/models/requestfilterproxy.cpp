#include <core/requests/requestsearch.h>
#include <ui/models/itemroles.h>
#include <ui/models/requestfilterproxy.h>
#include <ui/models/requesttablemodel.h>

namespace cs::ui {

RequestFilterProxy::RequestFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RequestFilterProxy::setStates(const QStringList& stateNames)
{
    m_states = stateNames;
    invalidateFilter();
}

void RequestFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool RequestFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_states.isEmpty() && !m_states.contains(first.data(StateRole).toString())
        && !m_states.contains(first.data(MyPartRole).toString()))
        return false;
    if (m_search.isEmpty())
        return true;
    // Core's rule (number, action, requester, comment, parameter values, targets) on the request the
    // queue already holds; the status words as shown are the desktop's own.
    const auto* requests = qobject_cast<const RequestTableModel*>(model);
    const Request* request = requests ? &requests->requestAt(sourceRow) : nullptr;
    if (request && requestMatches(*request, m_search))
        return true;
    return model->index(sourceRow, RequestTableModel::StatusColumn, sourceParent)
        .data()
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

} // namespace cs::ui
