#include <QPainter>
#include <QPalette>
#include <cmath>
#include <ui/desk/statusbadge.h>
#include <ui/models/itemroles.h>

namespace cs::ui {
namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The hue family of each state: waiting amber, good green, refused red, neutral grey, active blue.
QColor hueOf(RequestState state)
{
    switch (state) {
    case RequestState::Pending:
        return QColor(0xb2, 0x6a, 0x00);
    case RequestState::Approved:
    case RequestState::Active:
        return QColor(0x1e, 0x6f, 0xd9);
    case RequestState::Running:
        return QColor(0x6a, 0x3d, 0xc8);
    case RequestState::Succeeded:
        return QColor(0x1e, 0x8b, 0x3a);
    case RequestState::Rejected:
    case RequestState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case RequestState::Expired:
    case RequestState::Cancelled:
    case RequestState::Revoked:
        return QColor(0x75, 0x75, 0x75);
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

QString badgeSymbol(RequestState state)
{
    switch (state) {
    case RequestState::Pending:
        return QStringLiteral("…");
    case RequestState::Approved:
    case RequestState::Succeeded:
        return QStringLiteral("✓");
    case RequestState::Running:
        return QStringLiteral("▶");
    case RequestState::Active:
        return QStringLiteral("●");
    case RequestState::Rejected:
    case RequestState::Failed:
        return QStringLiteral("✕");
    case RequestState::Expired:
        return QStringLiteral("⌛");
    case RequestState::Cancelled:
    case RequestState::Revoked:
        return QStringLiteral("–");
    }
    return QStringLiteral("?");
}

namespace {

// Mixed towards white (dark theme) or black (light theme) until it reads on every background a
// table row or the detail pane may have.
QColor readable(QColor colour, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor towards = dark ? QColor(Qt::white) : QColor(Qt::black);
    const auto readsOnAll = [&palette](const QColor& c) {
        for (QPalette::ColorRole role : { QPalette::Base, QPalette::AlternateBase, QPalette::Window })
            if (contrastRatio(c, palette.color(role)) < 4.6)
                return false;
        return true;
    };
    for (int step = 0; step < 20; ++step) {
        if (readsOnAll(colour))
            return colour;
        colour = QColor::fromRgbF(colour.redF() + (towards.redF() - colour.redF()) * 0.15,
                                  colour.greenF() + (towards.greenF() - colour.greenF()) * 0.15,
                                  colour.blueF() + (towards.blueF() - colour.blueF()) * 0.15);
    }
    return colour;
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor badgeColor(RequestState state, const QPalette& palette)
{
    return readable(hueOf(state), palette);
}

QIcon badgeIcon(RequestState state, const QPalette& palette)
{
    QIcon icon;
    for (int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = badgeColor(state, palette);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        // The symbol in the base colour on the disc: the disc's colour reads against base, so does the symbol.
        p.setPen(palette.color(QPalette::Base));
        QFont font = p.font();
        font.setPixelSize(int(size * 0.62));
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, badgeSymbol(state));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void StatusBadgeDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = stateFromName(index.data(StateRole).toString());
    if (!state)
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = badgeIcon(*state, option->palette);
    option->decorationSize = QSize(16, 16);
    // Selected rows keep the selection's own text colour: it is what reads on the highlight.
    option->palette.setColor(QPalette::Text, badgeColor(*state, option->palette));
    option->font.setBold(true);
}

} // namespace cs::ui
