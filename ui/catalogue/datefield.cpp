#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>
#include <ui/catalogue/datefield.h>

namespace cs::ui {

DateField::DateField(bool optional, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_pick(new QToolButton(this))
{
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->setPlaceholderText(optional ? tr("YYYY-MM-DD (optional)") : tr("YYYY-MM-DD"));
    m_text->setClearButtonEnabled(optional);
    m_text->setMaxLength(32);
    m_pick->setObjectName(QStringLiteral("datePick"));
    m_pick->setText(tr("Calendar…"));
    m_pick->setToolTip(tr("Pick a date from a calendar"));
    setFocusProxy(m_text);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_pick);
    connect(m_text, &QLineEdit::textChanged, this, &DateField::edited);
    connect(m_pick, &QToolButton::clicked, this, &DateField::openCalendar);
}

QString DateField::text() const
{
    return m_text->text().trimmed();
}

void DateField::setText(const QString& isoDate)
{
    m_text->setText(isoDate);
}

QDate DateField::date() const
{
    return QDate::fromString(text(), Qt::ISODate);
}

QCalendarWidget* DateField::calendar()
{
    if (!m_calendar) {
        m_popup = new QMenu(this);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        m_calendar->setGridVisible(true);
        auto* action = new QWidgetAction(m_popup);
        action->setDefaultWidget(m_calendar);
        m_popup->addAction(action);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate picked) {
            m_text->setText(picked.toString(Qt::ISODate));
            m_popup->close();
            m_text->setFocus();
        });
    }
    // Opens on the date in the field, or today: never on the calendar's first year.
    const QDate shown = date().isValid() ? date() : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    return m_calendar;
}

void DateField::openCalendar()
{
    calendar();
    m_popup->popup(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
    m_calendar->setFocus();
}

} // namespace cs::ui
