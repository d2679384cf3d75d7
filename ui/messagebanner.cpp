#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <ui/messagebanner.h>

namespace cs::ui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A tint of the window colour: light on a light theme, dark on a dark one, so the palette's text
// colour keeps its contrast on it.
QColor tint(const QColor& base, const QColor& hue, double amount)
{
    return QColor::fromRgbF(base.redF() + (hue.redF() - base.redF()) * amount,
                            base.greenF() + (hue.greenF() - base.greenF()) * amount,
                            base.blueF() + (hue.blueF() - base.blueF()) * amount);
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

QColor MessageBanner::errorTextColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x9e, 0x96) : QColor(0xb3, 0x26, 0x1e);
}

QColor MessageBanner::successTextColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x32);
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    show();
    update();
}

void MessageBanner::paintEvent(QPaintEvent*)
{
    // Painted from the palette at paint time (no style sheet): the text keeps the palette's colour
    // on a tint of the window colour, and a theme switch repaints it right.
    const QPalette& p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor hue = m_kind == Kind::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x1e, 0x6f, 0xd9);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(tint(window, hue, 0.6));
    painter.setBrush(tint(window, hue, isDark(p) ? 0.28 : 0.12));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace cs::ui
