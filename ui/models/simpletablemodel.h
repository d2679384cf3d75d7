#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QStringList>
#include <QVariant>

namespace cs::ui {

// A read-only table of text for the small listings (users, groups, parameters, history...).
// Each row may carry one value under RowDataRole (an id the view acts on).
class SimpleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SimpleTableModel(const QStringList& headers, QObject* parent = nullptr);

    void setRows(const QList<QStringList>& rows, const QVariantList& rowData = {});
    // Inserts rows before row `at` (rowCount() appends), keeping the view's selection and scroll.
    void addRows(int at, const QList<QStringList>& rows);
    // Draws attention to one cell (until the next setRows): highlighted, with the note as its tooltip.
    void markCell(int row, int column, const QString& note);
    bool isMarked(int row, int column) const { return m_notes.contains(qMakePair(row, column)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QVariantList m_rowData;
    QHash<QPair<int, int>, QString> m_notes;
};

} // namespace cs::ui
