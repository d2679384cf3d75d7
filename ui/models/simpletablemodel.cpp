#include <QColor>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>

namespace cs::ui {

SimpleTableModel::SimpleTableModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{ }

void SimpleTableModel::setRows(const QList<QStringList>& rows, const QVariantList& rowData)
{
    beginResetModel();
    m_rows = rows;
    m_rowData = rowData;
    m_notes.clear();
    endResetModel();
}

void SimpleTableModel::markCell(int row, int column, const QString& note)
{
    m_notes.insert(qMakePair(row, column), note);
    const QModelIndex cell = index(row, column);
    Q_EMIT dataChanged(cell, cell);
}

void SimpleTableModel::addRows(int at, const QList<QStringList>& rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, at, at + int(rows.size()) - 1);
    QHash<QPair<int, int>, QString> notes; // marked cells move down with their rows
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        notes.insert(
            qMakePair(it.key().first >= at ? it.key().first + int(rows.size()) : it.key().first, it.key().second),
            it.value());
    m_notes = notes;
    for (int i = 0; i < rows.size(); ++i) {
        m_rows.insert(at + i, rows.at(i));
        if (!m_rowData.isEmpty()) // row data, where there is any, stays aligned with the rows
            m_rowData.insert(at + i, QVariant());
    }
    endInsertRows();
}

int SimpleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int SimpleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_headers.size();
}

QVariant SimpleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto note = m_notes.constFind(qMakePair(index.row(), index.column()));
    if (note != m_notes.cend()) {
        if (role == Qt::ToolTipRole)
            return *note;
        if (role == Qt::ForegroundRole)
            return QColor(Qt::darkRed);
        if (role == Qt::BackgroundRole)
            return QColor(255, 240, 200);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
        return m_rows.at(index.row()).value(index.column());
    if (role == RowDataRole)
        return m_rowData.value(index.row());
    return {};
}

QVariant SimpleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace cs::ui
