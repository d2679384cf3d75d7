#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <ui/catalogue/datefield.h>
#include <ui/catalogue/parameterform.h>
#include <ui/messagebanner.h>

namespace cs::ui {
namespace {

// Spin boxes are int; wider bounds fall back to a line edit (core validates either way).
bool fitsSpinBox(const ParameterDefinition& d)
{
    const qint64 lo = d.minimum.value_or(-1000000000);
    const qint64 hi = d.maximum.value_or(1000000000);
    return lo >= std::numeric_limits<int>::min() && hi <= std::numeric_limits<int>::max();
}

} // namespace

ParameterForm::ParameterForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void ParameterForm::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_issueLabels.clear();
    m_touched.clear();
    m_definitions.clear();
}

ParameterType ParameterForm::typeOf(const QString& parameter) const
{
    for (const ParameterDefinition& d : m_definitions)
        if (d.name == parameter)
            return d.type;
    return ParameterType::String;
}

void ParameterForm::setDefinitions(const ParameterList& definitions)
{
    clear();
    m_definitions = definitions;

    for (const ParameterDefinition& d : definitions) {
        QWidget* editor = createEditor(d);
        editor->setObjectName(QStringLiteral("param_") + d.name);
        editor->setToolTip(d.help);
        editor->setAccessibleName(d.displayLabel());
        m_editors.insert(d.name, editor);

        auto* label
            = new QLabel(d.displayLabel() + (d.required ? QStringLiteral(" *") : QString()) + QLatin1Char(':'), this);
        label->setBuddy(editor);
        label->setToolTip(d.help);
        auto* issue = new QLabel(this);
        issue->setObjectName(QStringLiteral("issue_") + d.name);
        issue->setStyleSheet(QStringLiteral("color: %1;").arg(MessageBanner::errorTextColor(palette()).name()));
        issue->setWordWrap(true);
        issue->hide();
        m_issueLabels.insert(d.name, issue);

        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(issue);
        m_layout->addRow(label, cell);
    }
    if (definitions.isEmpty())
        m_layout->addRow(new QLabel(tr("This action takes no parameters."), this));
}

QWidget* ParameterForm::createEditor(const ParameterDefinition& d)
{
    const auto changed = [this, name = d.name] {
        markTouched(name);
        Q_EMIT edited();
    };
    switch (d.type) {
    case ParameterType::Integer:
        if (fitsSpinBox(d)) {
            auto* spin = new QSpinBox(this);
            spin->setRange(static_cast<int>(d.minimum.value_or(-1000000000)),
                           static_cast<int>(d.maximum.value_or(1000000000)));
            spin->setValue(d.defaultValue.isUndefined() ? qMax(0, spin->minimum()) : d.defaultValue.toInt());
            connect(spin, &QSpinBox::valueChanged, this, changed);
            return spin;
        }
        break;
    case ParameterType::Boolean: {
        auto* check = new QCheckBox(this);
        check->setChecked(d.defaultValue.toBool(false));
        connect(check, &QCheckBox::toggled, this, changed);
        return check;
    }
    case ParameterType::Choice: {
        auto* combo = new QComboBox(this);
        if (!d.required || d.defaultValue.isUndefined())
            combo->addItem(d.required ? tr("(choose)") : tr("(none)"), QString());
        for (const QString& c : d.choices)
            combo->addItem(c, c);
        if (!d.defaultValue.isUndefined())
            combo->setCurrentIndex(combo->findData(d.defaultValue.toString()));
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        return combo;
    }
    case ParameterType::Date: {
        // Text, so a typed ISO date is taken as typed and an optional date can be empty.
        auto* date = new DateField(!d.required, this);
        if (d.defaultValue.isString())
            date->setText(d.defaultValue.toString());
        else if (d.required)
            date->setText(QDate::currentDate().toString(Qt::ISODate));
        connect(date, &DateField::edited, this, changed);
        return date;
    }
    case ParameterType::Multiline: {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(110);
        text->setPlainText(d.defaultValue.toString());
        connect(text, &QPlainTextEdit::textChanged, this, changed);
        return text;
    }
    default:
        break;
    }
    auto* line = new QLineEdit(this);
    if (d.type == ParameterType::Secret)
        line->setEchoMode(QLineEdit::Password);
    if (d.type == ParameterType::Email)
        line->setPlaceholderText(QStringLiteral("name@example.com"));
    if (!d.defaultValue.isUndefined())
        line->setText(d.defaultValue.isDouble() ? QString::number(d.defaultValue.toInteger())
                                                : d.defaultValue.toString());
    connect(line, &QLineEdit::textEdited, this, changed);
    return line;
}

void ParameterForm::markTouched(const QString& name)
{
    m_touched.insert(name);
}

QJsonObject ParameterForm::values() const
{
    QJsonObject out;
    for (const ParameterDefinition& d : m_definitions) {
        QWidget* w = m_editors.value(d.name);
        if (auto* spin = qobject_cast<QSpinBox*>(w))
            out.insert(d.name, spin->value());
        else if (auto* check = qobject_cast<QCheckBox*>(w))
            out.insert(d.name, check->isChecked());
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            out.insert(d.name, combo->currentData().toString());
        else if (auto* date = qobject_cast<DateField*>(w))
            out.insert(d.name, date->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            out.insert(d.name, text->toPlainText());
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            out.insert(d.name, line->text());
    }
    return out;
}

void ParameterForm::setValues(const QJsonObject& values)
{
    for (const ParameterDefinition& d : std::as_const(m_definitions)) {
        // A secret is stored only as its commitment: the person types it again.
        if (!values.contains(d.name) || d.type == ParameterType::Secret)
            continue;
        const QJsonValue v = values.value(d.name);
        QWidget* w = m_editors.value(d.name);
        if (auto* spin = qobject_cast<QSpinBox*>(w))
            spin->setValue(v.toInt());
        else if (auto* check = qobject_cast<QCheckBox*>(w))
            check->setChecked(v.toBool());
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            combo->setCurrentIndex(qMax(0, combo->findData(v.toString())));
        else if (auto* date = qobject_cast<DateField*>(w))
            date->setText(v.toString());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            text->setPlainText(v.toString());
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setText(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    }
}

QString ParameterForm::issueText(const QString& parameter) const
{
    QLabel* label = m_issueLabels.value(parameter);
    return label && !label->isHidden() ? label->text() : QString();
}

void ParameterForm::showIssues(const QList<ParameterIssue>& issues, bool onlyTouched)
{
    for (QLabel* label : std::as_const(m_issueLabels))
        label->hide();
    for (const ParameterIssue& issue : issues) {
        QLabel* label = m_issueLabels.value(issue.parameter);
        if (!label || (onlyTouched && !m_touched.contains(issue.parameter)))
            continue;
        label->setText(issue.message);
        label->show();
    }
}

} // namespace cs::ui
