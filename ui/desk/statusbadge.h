#pragma once

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>
#include <core/requests/requeststate.h>

class QPalette;

namespace cs::ui {

// How a request's state looks wherever it is shown: an icon with a symbol (never colour alone) and
// text in a colour from the palette's family for the state, pushed until it reads at WCAG 4.5:1 on
// the palette's base and window colours, light or dark.
QColor badgeColor(RequestState state, const QPalette& palette);
QIcon badgeIcon(RequestState state, const QPalette& palette);
// The symbol the icon carries ("✓", "✕", "…"), for rich text where an icon cannot go.
QString badgeSymbol(RequestState state);
// WCAG 2 contrast ratio of two colours.
double contrastRatio(const QColor& a, const QColor& b);

// Paints a state column (StateRole) as badge: icon and the model's text in badgeColor().
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace cs::ui
