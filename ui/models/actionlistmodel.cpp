#include <ui/models/actionlistmodel.h>
#include <ui/models/itemroles.h>

namespace cs::ui {

ActionListModel::ActionListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ActionListModel::setActions(const QList<ActionVersion>& actions)
{
    beginResetModel();
    m_actions = actions;
    endResetModel();
}

const ActionVersion* ActionListModel::action(const QString& name) const
{
    for (const ActionVersion& a : m_actions)
        if (a.definition.name == name)
            return &a;
    return nullptr;
}

int ActionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_actions.size();
}

QVariant ActionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionDefinition& d = m_actions.at(index.row()).definition;
    switch (role) {
    case Qt::DisplayRole:
    case ActionNameRole:
        return d.name;
    case Qt::ToolTipRole:
        return d.description;
    case SearchTextRole:
        return QString(d.name + QLatin1Char(' ') + d.description);
    default:
        return {};
    }
}

} // namespace cs::ui
