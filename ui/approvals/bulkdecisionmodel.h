#pragma once

#include <QAbstractTableModel>
#include <core/requests/requestservice.h>

namespace cs::ui {

// The pre-flight summary of a bulk decision, then its result list: a row per request with what
// core says the decision will do (or why it is refused), the comment for it, and, once decided,
// what happened. Comments are editable per request when asked for, on rows that will be decided.
class BulkDecisionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RequestColumn, ActionColumn, TargetsColumn, EffectColumn, CommentColumn, ColumnCount };

    explicit BulkDecisionModel(QObject* parent = nullptr);

    void setPreview(const QList<DecisionPreview>& preview);
    void setResults(const QList<BulkDecisionResult>& results);
    void setCommentsEditable(bool editable);
    // One comment for all: each row that will be decided shows it (the result list says what was sent).
    void setAllComments(const QString& comment);
    // Every row that will be decided, with its own comment or `common` when comments are shared.
    QList<BulkDecisionItem> items(const std::optional<QString>& common) const;
    int decidable() const;
    bool decided() const { return !m_results.isEmpty(); }
    int count(BulkDecisionResult::Status status) const;
    // Rows that will be decided whose own comment is still empty.
    int missingComments() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    QList<DecisionPreview> m_preview;
    QStringList m_comments;
    QHash<qint64, BulkDecisionResult> m_results;
    bool m_editable = false;
};

} // namespace cs::ui
