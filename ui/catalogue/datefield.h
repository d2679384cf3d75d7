#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace cs::ui {

// A date typed as ISO text (2026-12-07) or picked from a calendar that opens on the date shown,
// or today. Optional dates may be empty (the field's clear button). What is typed is kept as
// typed; core says whether it is a date.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(bool optional, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& isoDate);
    // The date shown, or invalid when there is none (or the text is not a date).
    QDate date() const;

    QLineEdit* lineEdit() const { return m_text; }
    QToolButton* pickButton() const { return m_pick; }
    // The calendar the pick button opens (built on first use).
    QCalendarWidget* calendar();

Q_SIGNALS:
    void edited();

private:
    void openCalendar();

    QLineEdit* m_text;
    QToolButton* m_pick;
    QMenu* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace cs::ui
