#include <QCoreApplication>
#include <ui/models/parametertablemodel.h>

namespace cs::ui {
namespace {

QString defaultText(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// The default as typed, in the JSON type its parameter type takes when it reads as one; anything
// else stays text, so that core's message on save says what is wrong with it.
QJsonValue defaultValue(const QString& text, ParameterType type)
{
    if (text.isEmpty())
        return QJsonValue::Undefined;
    bool isNumber = false;
    const qint64 n = text.toLongLong(&isNumber);
    if (type == ParameterType::Integer && isNumber)
        return static_cast<double>(n);
    // Everything else as typed: core's parser reads it with the validator's own rules (a boolean
    // default "yes" or "1" is true there too), so the editor has no second copy of them.
    return text;
}

} // namespace

ParameterTableModel::ParameterTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString ParameterTableModel::typeLabel(ParameterType type)
{
    for (const ParameterTypeInfo& info : parameterTypes())
        if (info.type == type)
            return QCoreApplication::translate("cs::ParameterType", info.label.toUtf8().constData());
    return {};
}

void ParameterTableModel::setParameters(const ParameterList& parameters)
{
    beginResetModel();
    m_parameters = parameters;
    endResetModel();
}

void ParameterTableModel::addParameter()
{
    beginInsertRows({}, m_parameters.size(), m_parameters.size());
    m_parameters.append(ParameterDefinition {});
    endInsertRows();
}

int ParameterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_parameters.size());
}

int ParameterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParameterDefinition& p = m_parameters.at(index.row());
    if (index.column() == RequiredColumn)
        return role == Qt::CheckStateRole ? QVariant(p.required ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (index.column() == TypeColumn) {
        if (role == Qt::EditRole || role == Qt::ToolTipRole)
            return parameterTypeName(p.type);
        return role == Qt::DisplayRole ? typeLabel(p.type) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case LabelColumn:
        return p.label;
    case DefaultColumn:
        return defaultText(p.defaultValue);
    case PatternColumn:
        return p.pattern;
    case MinColumn:
        return p.minimum ? QString::number(*p.minimum) : QString();
    case MaxColumn:
        return p.maximum ? QString::number(*p.maximum) : QString();
    case ChoicesColumn:
        return p.choices.join(QStringLiteral(", "));
    case HelpColumn:
        return p.help;
    }
    return {};
}

bool ParameterTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ParameterDefinition& p = m_parameters[index.row()];
    if (index.column() == RequiredColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        p.required = value.value<Qt::CheckState>() == Qt::Checked;
        Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        p.name = text;
        break;
    case LabelColumn:
        p.label = text;
        break;
    case TypeColumn: {
        const auto type = parameterTypeFromName(text);
        if (!type)
            return false;
        const QString typedDefault = defaultText(p.defaultValue);
        p.type = *type;
        p.defaultValue = defaultValue(typedDefault, p.type); // "5" is a number for an integer only
        Q_EMIT dataChanged(index, this->index(index.row(), DefaultColumn));
        return true;
    }
    case DefaultColumn:
        p.defaultValue = defaultValue(text, p.type);
        break;
    case PatternColumn:
        p.pattern = text;
        break;
    case MinColumn:
    case MaxColumn: {
        std::optional<qint64> bound;
        if (!text.isEmpty()) {
            bool ok = false;
            bound = text.toLongLong(&ok);
            if (!ok)
                return false; // a bound is a whole number or nothing
        }
        (index.column() == MinColumn ? p.minimum : p.maximum) = bound;
        break;
    }
    case ChoicesColumn:
        p.choices.clear();
        for (const QString& c : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty())
                p.choices << c.trimmed();
        break;
    case HelpColumn:
        p.help = text;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags ParameterTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.column() == RequiredColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LabelColumn:
        return tr("Label");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return tr("Required");
    case DefaultColumn:
        return tr("Default");
    case PatternColumn:
        return tr("Pattern");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    case ChoicesColumn:
        return tr("Choices (comma-separated)");
    case HelpColumn:
        return tr("Help");
    }
    return {};
}

bool ParameterTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_parameters.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_parameters.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace cs::ui
