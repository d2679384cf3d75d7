#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QTableView;

namespace cs::ui {

// A sentence over a table while it has no rows, saying what belongs there (a blank grid says
// nothing). The headings stay visible; the sentence follows the model's resets, inserts and removals.
class EmptyTableHint : public QObject
{
    Q_OBJECT

public:
    EmptyTableHint(QTableView* table, const QString& text);

    void setText(const QString& text);
    QString text() const;
    bool isShown() const; // the table is empty and the sentence visible with it

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QTableView* m_table;
    QLabel* m_label;
};

} // namespace cs::ui
