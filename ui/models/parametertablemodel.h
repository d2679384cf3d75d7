#pragma once

#include <QAbstractTableModel>
#include <core/actions/parameterdefinition.h>

namespace cs::ui {

// The parameters of an action being edited, one row each, as core's ParameterDefinition values.
// Cells read and write the definition's fields as text; core checks the whole on save.
class ParameterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        LabelColumn,
        TypeColumn, // Qt::EditRole: core's type name; display: its translated label
        RequiredColumn, // Qt::CheckStateRole
        DefaultColumn,
        PatternColumn,
        MinColumn,
        MaxColumn,
        ChoicesColumn, // comma-separated
        HelpColumn,
        ColumnCount
    };

    explicit ParameterTableModel(QObject* parent = nullptr);

    void setParameters(const ParameterList& parameters);
    const ParameterList& parameters() const { return m_parameters; }
    void addParameter(); // a new, empty text parameter at the end

    // Core's label of a type, translated.
    static QString typeLabel(ParameterType type);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    ParameterList m_parameters;
};

} // namespace cs::ui
