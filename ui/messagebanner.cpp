#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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
    applyColours();
    show();
}

void MessageBanner::applyColours()
{
    // The surroundings' palette: the banner's own reflects its style sheet, and reading it back
    // would tint the tint on every palette change, without end.
    const QPalette p = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const QColor window = p.color(QPalette::Window);
    const QColor hue = m_kind == Kind::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x1e, 0x6f, 0xd9);
    const double amount = isDark(p) ? 0.28 : 0.12;
    // The style sheet names the text colour too: a banner never inherits a colour meant for another background.
    const QString sheet = QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                         "#messageBannerText { color: %3; }")
                              .arg(tint(window, hue, amount).name(), tint(window, hue, 0.6).name(),
                                   p.color(QPalette::WindowText).name());
    if (sheet != styleSheet()) // a style sheet change is itself a palette change
        setStyleSheet(sheet);
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // The desktop switched between light and dark while the banner was up.
    if (event->type() == QEvent::PaletteChange && !isHidden())
        applyColours();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace cs::ui
