#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <core/requests/requeststate.h>
#include <ui/reports/periodreportdialog.h>

namespace cs::ui {

PeriodReportDialog::PeriodReportDialog(QWidget* parent)
    : QDialog(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_action(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_requester(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_format(new QComboBox(this))
{
    setWindowTitle(tr("Export report"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_action->setPlaceholderText(tr("any"));
    m_target->setPlaceholderText(tr("any"));
    m_requester->setPlaceholderText(tr("anyone"));
    m_state->addItem(tr("any"), QString());
    for (RequestState s : allStates())
        m_state->addItem(stateName(s), stateName(s));
    m_format->addItem(tr("PDF (printable)"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV (spreadsheet)"), QStringLiteral("csv"));
    m_format->setObjectName(QStringLiteral("formatBox"));

    auto* form = new QFormLayout;
    form->addRow(tr("&From (UTC):"), m_from);
    form->addRow(tr("&To (UTC, included):"), m_to);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("T&arget:"), m_target);
    form->addRow(tr("&Requester:"), m_requester);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("F&ormat:"), m_format);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PeriodFilter PeriodReportDialog::filter() const
{
    PeriodFilter f;
    f.from = m_from->date().startOfDay(Qt::UTC).toMSecsSinceEpoch();
    f.to = m_to->date().addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    f.action = m_action->text().trimmed();
    f.target = m_target->text().trimmed();
    f.requester = m_requester->text().trimmed();
    f.state = m_state->currentData().toString();
    return f;
}

QString PeriodReportDialog::format() const
{
    return m_format->currentData().toString();
}

} // namespace cs::ui
