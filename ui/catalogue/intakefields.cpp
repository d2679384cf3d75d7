#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <ui/catalogue/intakefields.h>

namespace cs::ui {

IntakeFields::IntakeFields(QFormLayout* layout, int beforeRow, QWidget* parent)
    : QObject(parent)
    , m_ticketLabel(new QLabel(parent))
    , m_ticket(new QLineEdit(parent))
    , m_behalfLabel(new QLabel(tr("On behalf of:"), parent))
    , m_behalf(new QComboBox(parent))
{
    m_ticket->setObjectName(QStringLiteral("ticketField"));
    m_ticket->setMaxLength(200);
    m_ticketLabel->setBuddy(m_ticket);
    m_behalf->setObjectName(QStringLiteral("behalfOfPicker"));
    m_behalf->setToolTip(tr("Request this for another person: the approvers see both names, and the manager "
                            "asked is theirs."));
    m_behalfLabel->setBuddy(m_behalf);
    layout->insertRow(beforeRow, m_behalfLabel, m_behalf);
    layout->insertRow(beforeRow + 1, m_ticketLabel, m_ticket);
    for (QWidget* w : { static_cast<QWidget*>(m_ticketLabel), static_cast<QWidget*>(m_ticket),
                        static_cast<QWidget*>(m_behalfLabel), static_cast<QWidget*>(m_behalf) })
        w->setVisible(false);
    connect(m_ticket, &QLineEdit::textChanged, this, &IntakeFields::edited);
    connect(m_behalf, &QComboBox::currentIndexChanged, this, &IntakeFields::edited);
}

void IntakeFields::clear()
{
    const QSignalBlocker ticketBlocker(m_ticket);
    const QSignalBlocker behalfBlocker(m_behalf);
    m_ticket->clear();
    m_behalf->setCurrentIndex(0);
}

void IntakeFields::clearTicket()
{
    m_ticket->clear();
}

bool IntakeFields::asksTicket() const
{
    return !m_ticket->isHidden();
}

void IntakeFields::setPeople(const PlanningSnapshot& snapshot)
{
    const QSignalBlocker behalfBlocker(m_behalf);
    const QString chosen = m_behalf->currentData().toString();
    m_behalf->clear();
    m_behalf->addItem(tr("Myself"), QString());
    for (const QString& login : snapshot.directory.activeLogins()) {
        if (login == snapshot.requester.login)
            continue;
        const User* person = snapshot.directory.user(login);
        const QString name = person ? person->displayName : QString();
        m_behalf->addItem(name.isEmpty() || name == login ? login : tr("%1 (%2)").arg(name, login), login);
    }
    m_behalf->setCurrentIndex(qMax(0, m_behalf->findData(chosen)));
}

void IntakeFields::showFor(const SubmitPlan& plan)
{
    const Intake& intake = plan.intake;
    const QString label = intake.ticketLabel.isEmpty() ? tr("Ticket") : intake.ticketLabel;
    m_ticketLabel->setText(intake.ticketRequired ? tr("%1 *:").arg(label) : tr("%1:").arg(label));
    // The pattern is for admins; a requester reads whether the field may stay empty (the tooltip and
    // core's sentence say what fits).
    m_ticket->setPlaceholderText(intake.ticketRequired ? tr("required") : tr("optional"));
    m_ticket->setToolTip(intake.ticketPattern.isEmpty()
                             ? QString()
                             : tr("The reference must match the pattern %1.").arg(intake.ticketPattern));
    m_ticketLabel->setVisible(intake.asksTicket);
    m_ticket->setVisible(intake.asksTicket);
    m_behalfLabel->setVisible(plan.onBehalfAllowed);
    m_behalf->setVisible(plan.onBehalfAllowed);
}

void IntakeFields::apply(SubmitInput& input) const
{
    if (!m_ticket->isHidden())
        input.ticket = m_ticket->text();
    if (!m_behalf->isHidden())
        input.behalfOf = m_behalf->currentData().toString();
}

void IntakeFields::fill(const SubmitInput& input)
{
    m_ticket->setText(input.ticket);
    if (const int i = m_behalf->findData(input.behalfOf); i >= 0)
        m_behalf->setCurrentIndex(i);
}

} // namespace cs::ui
