#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <ui/appicon.h>
#include <ui/messagebanner.h>
#include <ui/startpage.h>

namespace cs::ui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_address(new QLineEdit(this))
    , m_connect(new QPushButton(tr("Co&nnect"), this))
    , m_retry(new QPushButton(this))
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
    // A shared workspace is a database address, not a file.
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://alice@db.example.com/countersign"));
    m_address->setToolTip(tr("The address of a shared workspace on PostgreSQL; the password is asked next."));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setEnabled(false);
    auto* addressRow = new QHBoxLayout;
    auto* addressLabel = new QLabel(tr("Shared &workspace:"), this);
    addressLabel->setBuddy(m_address);
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_connect);
    layout->addLayout(addressRow);
    layout->addWidget(m_banner);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    layout->addWidget(m_retry);
    layout->addStretch(1);

    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_address, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_connect->setEnabled(!text.trimmed().isEmpty()); });
    const auto connectToAddress = [this] {
        if (!m_address->text().trimmed().isEmpty())
            Q_EMIT openRequested(m_address->text().trimmed());
    };
    connect(m_connect, &QPushButton::clicked, this, connectToAddress);
    connect(m_address, &QLineEdit::returnPressed, this, connectToAddress);
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_retryLocation); });
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

void StartPage::showError(const QString& message, const QString& retryLocation)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
    m_retryLocation = retryLocation;
    if (!retryLocation.isEmpty()) {
        const QUrl url(retryLocation);
        m_retry->setText(tr("&Try again: %1 on %2").arg(url.userName(), url.host()));
        m_address->setText(retryLocation);
        m_address->setCursorPosition(0); // the address from its start: postgresql://login@host
    }
    m_retry->setVisible(!retryLocation.isEmpty());
}

} // namespace cs::ui
