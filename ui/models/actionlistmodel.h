#pragma once

#include <QAbstractListModel>
#include <core/actions/action.h>

namespace cs::ui {

// The catalogue: the current version of each action the person may request.
class ActionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ActionListModel(QObject* parent = nullptr);

    void setActions(const QList<ActionVersion>& actions);
    const ActionVersion* action(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<ActionVersion> m_actions;
};

} // namespace cs::ui
