#include <ui/admin/actioneditor.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs::ui {
namespace {

enum ParameterColumn {
    NameCol,
    LabelCol,
    TypeCol,
    RequiredCol,
    DefaultCol,
    PatternCol,
    MinCol,
    MaxCol,
    ChoicesCol,
    HelpCol,
    ParameterColumns
};

const QStringList& typeNames()
{
    static const QStringList names { QStringLiteral("string"),  QStringLiteral("multiline"), QStringLiteral("integer"),
                                     QStringLiteral("boolean"), QStringLiteral("choice"),    QStringLiteral("email"),
                                     QStringLiteral("date"),    QStringLiteral("secret") };
    return names;
}

void fillChecklist(QListWidget* list, const QStringList& names)
{
    QSet<QString> checked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            checked.insert(list->item(i)->text());
    list->clear();
    for (const QString& n : names) {
        auto* item = new QListWidgetItem(n, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(n) ? Qt::Checked : Qt::Unchecked);
    }
}

void check(QListWidget* list, const QStringList& names)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(names.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

QStringList checked(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->text();
    return out;
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ActionEditor::ActionEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_interpreter(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_requesterGroups(new QListWidget(this))
    , m_targets(new QListWidget(this))
    , m_targetKind(new QLineEdit(this))
    , m_script(new QPlainTextEdit(this))
    , m_parameters(new QTableWidget(0, ParameterColumns, this))
    , m_requireApproval(new QCheckBox(tr("Require approval"), this))
    , m_approverGroups(new QListWidget(this))
    , m_bypassGroup(new QComboBox(this))
    , m_deadline(new QSpinBox(this))
    , m_advanced(new QCheckBox(tr("Advanced flow (rules and phases as JSON)"), this))
    , m_policyJson(new QPlainTextEdit(this))
    , m_policyHint(new QLabel(this))
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("actionEditorTabs"));
    tabs->addTab(buildGeneral(), tr("General"));
    tabs->addTab(buildParameters(), tr("Parameters"));
    m_approvalTab = buildApproval();
    tabs->addTab(m_approvalTab, tr("Approval"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    clear();
}

QWidget* ActionEditor::buildGeneral()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_name->setObjectName(QStringLiteral("actionName"));
    m_timeout->setRange(1, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_requesterGroups->setMaximumHeight(90);
    m_targets->setMaximumHeight(90);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setObjectName(QStringLiteral("actionScript"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Interpreter:"), m_interpreter);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("Requested by:"), m_requesterGroups);
    form->addRow(tr("Targets:"), m_targets);
    form->addRow(tr("…or any target of &kind:"), m_targetKind);
    form->addRow(tr("&Script:"), m_script);
    return page;
}

QWidget* ActionEditor::buildParameters()
{
    auto* page = new QWidget(this);
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_parameters->setHorizontalHeaderLabels({ tr("Name"), tr("Label"), tr("Type"), tr("Required"), tr("Default"),
                                              tr("Pattern"), tr("Min"), tr("Max"), tr("Choices (comma-separated)"),
                                              tr("Help") });
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->horizontalHeader()->setMaximumSectionSize(260);
    m_parameters->verticalHeader()->hide();
    m_parameters->setWordWrap(false);
    auto* add = new QPushButton(tr("Add parameter"), page);
    auto* remove = new QPushButton(tr("Remove parameter"), page);
    connect(add, &QPushButton::clicked, this, [this] { addParameterRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_parameters->currentRow() >= 0)
            m_parameters->removeRow(m_parameters->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_parameters, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* ActionEditor::buildApproval()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("approvalTab"));
    m_requireApproval->setObjectName(QStringLiteral("requireApproval"));
    m_approverGroups->setObjectName(QStringLiteral("approverGroups"));
    m_bypassGroup->setObjectName(QStringLiteral("bypassGroup"));
    m_advanced->setObjectName(QStringLiteral("advancedPolicy"));
    m_policyJson->setObjectName(QStringLiteral("policyJson"));
    m_policyJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_approverGroups->setMaximumHeight(120);
    m_deadline->setRange(1, 8760);
    m_deadline->setSuffix(tr(" hours"));
    m_policyHint->setWordWrap(true);
    m_policyHint->setText(
        tr("Any one member of a checked approver group can approve. Members of the no-approval-needed group run "
           "the action directly; that is recorded as a bypass. Nobody ever approves their own request."));
    auto* form = new QFormLayout;
    form->addRow(QString(), m_requireApproval);
    form->addRow(tr("Approver groups:"), m_approverGroups);
    form->addRow(tr("No-approval-needed group:"), m_bypassGroup);
    form->addRow(tr("Deadline:"), m_deadline);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_policyHint);
    layout->addWidget(m_advanced);
    layout->addWidget(m_policyJson, 10);
    layout->addStretch(1);
    connect(m_requireApproval, &QCheckBox::toggled, this, &ActionEditor::updateApprovalControls);
    connect(m_advanced, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_policyJson->toPlainText().trimmed().isEmpty())
            m_policyJson->setPlainText(
                QString::fromUtf8(QJsonDocument(simplePolicy()).toJson(QJsonDocument::Indented)));
        updateApprovalControls();
    });
    return page;
}

void ActionEditor::updateApprovalControls()
{
    const bool advanced = m_advanced->isChecked();
    m_requireApproval->setEnabled(!advanced);
    m_approverGroups->setEnabled(!advanced && m_requireApproval->isChecked());
    m_bypassGroup->setEnabled(!advanced);
    m_deadline->setEnabled(!advanced);
    m_policyJson->setVisible(advanced);
}

void ActionEditor::setChoices(const QStringList& groups, const QStringList& targets)
{
    fillChecklist(m_requesterGroups, groups);
    fillChecklist(m_approverGroups, groups);
    fillChecklist(m_targets, targets);
    const QString keep = m_bypassGroup->currentData().toString();
    m_bypassGroup->clear();
    m_bypassGroup->addItem(tr("(none)"), QString());
    for (const QString& g : groups)
        m_bypassGroup->addItem(g, g);
    m_bypassGroup->setCurrentIndex(qMax(0, m_bypassGroup->findData(keep)));
}

void ActionEditor::addParameterRow(const ParameterDefinition& d)
{
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    auto* type = new QComboBox(m_parameters);
    type->addItems(typeNames());
    type->setCurrentText(parameterTypeName(d.type));
    m_parameters->setCellWidget(row, TypeCol, type);
    auto* required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    required->setCheckState(d.required ? Qt::Checked : Qt::Unchecked);
    m_parameters->setItem(row, RequiredCol, required);
    const auto text
        = [&](int column, const QString& value) { m_parameters->setItem(row, column, new QTableWidgetItem(value)); };
    text(NameCol, d.name);
    text(LabelCol, d.label);
    const QJsonValue def = d.defaultValue;
    text(DefaultCol,
         def.isUndefined()    ? QString()
             : def.isBool()   ? (def.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
             : def.isDouble() ? QString::number(def.toInteger())
                              : def.toString());
    text(PatternCol, d.pattern);
    text(MinCol, d.minimum ? QString::number(*d.minimum) : QString());
    text(MaxCol, d.maximum ? QString::number(*d.maximum) : QString());
    text(ChoicesCol, d.choices.join(QStringLiteral(", ")));
    text(HelpCol, d.help);
}

void ActionEditor::clear()
{
    m_name->clear();
    m_name->setReadOnly(false);
    m_description->clear();
    m_interpreter->setText(QStringLiteral("/bin/sh"));
    m_timeout->setValue(300);
    check(m_requesterGroups, {});
    check(m_targets, {});
    m_targetKind->clear();
    m_script->clear();
    m_parameters->setRowCount(0);
    m_requireApproval->setChecked(true);
    check(m_approverGroups, {});
    m_bypassGroup->setCurrentIndex(0);
    m_deadline->setValue(72);
    m_advanced->setChecked(false);
    m_policyJson->clear();
    updateApprovalControls();
}

void ActionEditor::load(const ActionDefinition& d, const Policy& policy)
{
    clear();
    m_name->setText(d.name);
    m_name->setReadOnly(true); // the name is the action's identity; a new name is a new action
    m_description->setText(d.description);
    m_interpreter->setText(d.interpreter);
    m_timeout->setValue(d.timeoutSeconds);
    check(m_requesterGroups, d.requesterGroups);
    check(m_targets, d.targets);
    m_targetKind->setText(d.targetKind);
    m_script->setPlainText(d.script);
    for (const ParameterDefinition& p : d.parameters)
        addParameterRow(p);
    m_parameters->resizeColumnsToContents();
    m_deadline->setValue(policy.deadlineHours);
    if (policy.simpleMode) {
        m_requireApproval->setChecked(policy.approvalRequired());
        check(m_approverGroups, policy.approverGroups());
        m_bypassGroup->setCurrentIndex(qMax(0, m_bypassGroup->findData(policy.bypassGroups.value(0))));
    } else {
        m_advanced->setChecked(true);
        m_policyJson->setPlainText(QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented)));
    }
    updateApprovalControls();
}

QJsonObject ActionEditor::simplePolicy() const
{
    const QString bypass = m_bypassGroup->currentData().toString();
    return { { QStringLiteral("approvalRequired"), m_requireApproval->isChecked() },
             { QStringLiteral("approverGroups"),
               QJsonArray::fromStringList(m_requireApproval->isChecked() ? checked(m_approverGroups) : QStringList()) },
             { QStringLiteral("bypassGroups"),
               QJsonArray::fromStringList(bypass.isEmpty() ? QStringList() : QStringList { bypass }) },
             { QStringLiteral("deadlineHours"), m_deadline->value() } };
}

QJsonObject ActionEditor::toJson() const
{
    QJsonArray parameters;
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        QJsonObject p { { QStringLiteral("name"), cell(m_parameters, row, NameCol) } };
        const QString type = qobject_cast<QComboBox*>(m_parameters->cellWidget(row, TypeCol))->currentText();
        p.insert(QStringLiteral("type"), type);
        if (m_parameters->item(row, RequiredCol)->checkState() == Qt::Checked)
            p.insert(QStringLiteral("required"), true);
        const auto optional = [&](const char* key, int column) {
            const QString v = cell(m_parameters, row, column);
            if (!v.isEmpty())
                p.insert(QLatin1String(key), v);
        };
        optional("label", LabelCol);
        optional("pattern", PatternCol);
        optional("help", HelpCol);
        // Typed fields go in as numbers/booleans when they read as such; core reports anything else.
        const QString def = cell(m_parameters, row, DefaultCol);
        if (!def.isEmpty()) {
            bool isNumber = false;
            const qint64 n = def.toLongLong(&isNumber);
            if (type == QLatin1String("integer") && isNumber)
                p.insert(QStringLiteral("default"), static_cast<double>(n));
            else if (type == QLatin1String("boolean"))
                p.insert(QStringLiteral("default"), def == QLatin1String("true"));
            else
                p.insert(QStringLiteral("default"), def);
        }
        for (const auto& [key, column] : { std::pair { "min", MinCol }, std::pair { "max", MaxCol } }) {
            const QString v = cell(m_parameters, row, column);
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!v.isEmpty())
                p.insert(QLatin1String(key), ok ? QJsonValue(static_cast<double>(n)) : QJsonValue(v));
        }
        const QString choices = cell(m_parameters, row, ChoicesCol);
        if (!choices.isEmpty()) {
            QStringList list;
            for (const QString& c : choices.split(QLatin1Char(','), Qt::SkipEmptyParts))
                list << c.trimmed();
            p.insert(QStringLiteral("choices"), QJsonArray::fromStringList(list));
        }
        parameters.append(p);
    }

    QJsonObject action { { QStringLiteral("name"), m_name->text().trimmed() },
                         { QStringLiteral("description"), m_description->text() },
                         { QStringLiteral("interpreter"), m_interpreter->text().trimmed() },
                         { QStringLiteral("script"), m_script->toPlainText() },
                         { QStringLiteral("timeoutSeconds"), m_timeout->value() },
                         { QStringLiteral("requesterGroups"), QJsonArray::fromStringList(checked(m_requesterGroups)) },
                         { QStringLiteral("targets"), QJsonArray::fromStringList(checked(m_targets)) },
                         { QStringLiteral("parameters"), parameters } };
    if (!m_targetKind->text().trimmed().isEmpty())
        action.insert(QStringLiteral("targetKind"), m_targetKind->text().trimmed());
    if (m_advanced->isChecked()) {
        // Unparsable JSON is passed on as text so that core's message explains it.
        const QJsonDocument doc = QJsonDocument::fromJson(m_policyJson->toPlainText().toUtf8());
        action.insert(QStringLiteral("policy"),
                      doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(m_policyJson->toPlainText()));
    } else {
        action.insert(QStringLiteral("policy"), simplePolicy());
    }
    return action;
}

} // namespace cs::ui
