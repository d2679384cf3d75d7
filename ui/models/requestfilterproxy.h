#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace cs::ui {

// Sorts a request queue by the model's SortRole and filters it by status and by free text
// (id, action, requester, comment).
class RequestFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestFilterProxy(QObject* parent = nullptr);

    void setStates(const QStringList& stateNames); // empty: all
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_states;
    QString m_search;
};

} // namespace cs::ui
