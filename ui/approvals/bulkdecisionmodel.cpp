#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <ui/approvals/bulkdecisionmodel.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>

namespace cs::ui {

BulkDecisionModel::BulkDecisionModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BulkDecisionModel::setPreview(const QList<DecisionPreview>& preview)
{
    beginResetModel();
    m_preview = preview;
    m_comments = QStringList(preview.size(), QString());
    m_results.clear();
    endResetModel();
}

void BulkDecisionModel::setResults(const QList<BulkDecisionResult>& results)
{
    for (const BulkDecisionResult& r : results)
        m_results.insert(r.id, r);
    Q_EMIT headerDataChanged(Qt::Horizontal, EffectColumn, EffectColumn);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BulkDecisionModel::setCommentsEditable(bool editable)
{
    m_editable = editable;
    Q_EMIT dataChanged(index(0, CommentColumn), index(rowCount() - 1, CommentColumn));
}

void BulkDecisionModel::setAllComments(const QString& comment)
{
    for (int row = 0; row < m_preview.size(); ++row)
        if (m_preview.at(row).willDecide())
            m_comments[row] = comment;
    Q_EMIT dataChanged(index(0, CommentColumn), index(rowCount() - 1, CommentColumn));
}

QList<BulkDecisionItem> BulkDecisionModel::items(const std::optional<QString>& common) const
{
    QList<BulkDecisionItem> out;
    for (int row = 0; row < m_preview.size(); ++row)
        if (m_preview.at(row).willDecide())
            out.append({ m_preview.at(row).id, common.value_or(m_comments.at(row)) });
    return out;
}

int BulkDecisionModel::decidable() const
{
    int n = 0;
    for (const DecisionPreview& p : m_preview)
        n += p.willDecide() ? 1 : 0;
    return n;
}

int BulkDecisionModel::count(BulkDecisionResult::Status status) const
{
    int n = 0;
    for (const BulkDecisionResult& r : m_results)
        n += r.status == status ? 1 : 0;
    return n;
}

int BulkDecisionModel::missingComments() const
{
    int n = 0;
    for (int row = 0; row < m_preview.size(); ++row)
        n += m_preview.at(row).willDecide() && m_comments.at(row).trimmed().isEmpty() ? 1 : 0;
    return n;
}

int BulkDecisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.size());
}

int BulkDecisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkDecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case ActionColumn:
        return tr("Action");
    case TargetsColumn:
        return tr("Targets");
    case EffectColumn:
        return decided() ? tr("Result") : tr("What it will do");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

Qt::ItemFlags BulkDecisionModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == CommentColumn && m_editable && !decided() && m_preview.at(index.row()).willDecide())
        f |= Qt::ItemIsEditable;
    return f;
}

bool BulkDecisionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    m_comments[index.row()] = value.toString();
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant BulkDecisionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.size())
        return {};
    const DecisionPreview& p = m_preview.at(index.row());
    const auto result = m_results.constFind(p.id);
    const bool hasResult = result != m_results.constEnd();
    if (role == RequestIdRole)
        return p.id;
    if (role == Qt::ToolTipRole && index.column() == EffectColumn)
        return data(index, Qt::DisplayRole);
    // Not colour alone: the words say it, an icon marks it, and colour only helps.
    if (role == Qt::DecorationRole && index.column() == EffectColumn) {
        QStyle* style = QApplication::style();
        if (hasResult)
            return style->standardIcon(result->status == BulkDecisionResult::Status::Done ? QStyle::SP_DialogApplyButton
                                           : result->status == BulkDecisionResult::Status::Unknown
                                           ? QStyle::SP_MessageBoxQuestion
                                           : QStyle::SP_MessageBoxWarning);
        return style->standardIcon(p.willDecide() ? QStyle::SP_ArrowRight : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ForegroundRole && index.column() == EffectColumn
        && ((hasResult && result->status != BulkDecisionResult::Status::Done) || (!hasResult && !p.willDecide())))
        return MessageBanner::errorTextColor(QApplication::palette());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case RequestColumn:
        return QStringLiteral("#%1").arg(p.id);
    case ActionColumn:
        return p.action;
    case TargetsColumn:
        return p.targets.join(QStringLiteral(", "));
    case EffectColumn:
        if (hasResult) {
            switch (result->status) {
            case BulkDecisionResult::Status::Done:
                return tr("Done: %1").arg(result->message);
            case BulkDecisionResult::Status::Refused:
                return tr("Refused: %1").arg(result->message);
            case BulkDecisionResult::Status::Unknown:
                return tr("Unknown, check the request: %1").arg(result->message);
            }
        }
        if (decided() && p.willDecide())
            return tr("Not decided.");
        return p.willDecide() ? p.sentence() : tr("Refused: %1").arg(p.sentence());
    case CommentColumn:
        if (!p.willDecide())
            return role == Qt::DisplayRole ? tr("(not decided)") : QVariant();
        return m_comments.at(index.row());
    }
    return {};
}

} // namespace cs::ui
