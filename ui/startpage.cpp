#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <ui/appicon.h>
#include <ui/messagebanner.h>
#include <ui/startpage.h>

namespace cs::ui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("startPage"));
    setWindowTitle(tr("Countersign"));
    setWindowIcon(appIcon());
    setMinimumSize(560, 420);
    auto* logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("<h2>Welcome to Countersign</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Sensitive automation runs only with exactly what the right people approved. "
                               "Choose a workspace to start."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto* demo = new QPushButton(tr("Try the &demo workspace"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    demo->setToolTip(tr("Sample people, groups, targets and actions; switch between people with File → Switch user."));
    auto* create = new QPushButton(tr("&Create a workspace…"), this);
    auto* open = new QPushButton(tr("&Open a workspace…"), this);
    for (QPushButton* b : { demo, create, open })
        b->setMinimumHeight(36);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addWidget(demo);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(m_banner);
    layout->addStretch(1);

    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    demo->setDefault(true);
    connect(create, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Create workspace"), QStringLiteral("countersign.db"), tr("Countersign workspaces (*.db)"));
        if (!path.isEmpty())
            Q_EMIT createRequested(path);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), tr("Countersign workspaces (*.db)"));
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
}

void StartPage::showError(const QString& message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

} // namespace cs::ui
