#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <ui/messagebanner.h>

namespace cs::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
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

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    setStyleSheet(
        kind == Kind::Error
            ? QStringLiteral("#messageBanner { background: #fdecea; border: 1px solid #e0a19c; border-radius: 4px; }")
            : QStringLiteral("#messageBanner { background: #e8f1fb; border: 1px solid #9dbbe0; border-radius: 4px; }"));
    show();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace cs::ui
