#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <core/notify/notice.h>
#include <ui/messagebanner.h>
#include <ui/preferencesdialog.h>
#include <ui/session.h>

namespace cs::ui {
namespace {

QString key(const QString& event, const QString& channel)
{
    return event + QLatin1Char('|') + channel;
}

} // namespace

NotificationsPage::NotificationsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("notificationsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto* intro = new QLabel(tr("Choose how you hear about each event: off, at once, or in one daily digest "
                                "(07:00 UTC). Changes are saved at once."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Event")), this), 0, 0);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("E-mail")), this), 0, 1);
    const QHash<QString, QString> labels {
        { Notice::ApprovalNeeded, tr("A request waits for my approval") },
        { Notice::Decision, tr("Someone decided on my request") },
        { Notice::Approved, tr("My request was approved") },
        { Notice::Rejected, tr("My request was rejected") },
        { Notice::Expired, tr("My request expired") },
        { Notice::Cancelled, tr("My request was cancelled") },
        { Notice::Executed, tr("My request ran and succeeded") },
        { Notice::Failed, tr("A request I asked for or approved failed") },
        { Notice::WebhookDisabled, tr("A webhook was disabled after failures (admins)") },
        { Notice::Reminder, tr("A reminder of a request waiting for my approval") },
        { Notice::Escalated, tr("A request was escalated to me, or my request was escalated") },
        { Notice::Feedback, tr("Someone left feedback on my request") },
        { Notice::Revoked, tr("A grant I asked for or approved was revoked") },
    };
    int row = 1;
    for (const QString& event : Notice::events()) {
        grid->addWidget(new QLabel(labels.value(event, event), this), row, 0);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("notice_%1_%2").arg(event, NoticeChannel::Email));
        combo->addItem(tr("Off"), QStringLiteral("off"));
        combo->addItem(tr("Immediately"), QStringLiteral("immediate"));
        combo->addItem(tr("Daily digest"), QStringLiteral("digest"));
        grid->addWidget(combo, row, 1);
        auto* lock = new QLabel(this);
        lock->setObjectName(QStringLiteral("lock_%1").arg(event));
        grid->addWidget(lock, row, 2);
        m_combos.insert(key(event, NoticeChannel::Email), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, event] {
            if (!m_filling)
                save(event, NoticeChannel::Email, combo->currentData().toString());
        });
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    refresh();
}

QComboBox* NotificationsPage::combo(const QString& event, const QString& channel) const
{
    return m_combos.value(key(event, channel));
}

void NotificationsPage::refresh()
{
    auto prefs = m_session.workspace().notify().preferences(m_session.actor());
    if (!prefs.ok()) {
        m_banner->showMessage(prefs.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_filling = true;
    for (const NoticePreference& p : *prefs) {
        QComboBox* c = combo(p.event, p.channel);
        if (!c)
            continue;
        c->setCurrentIndex(c->findData(modeName(p.mode)));
        // Mandatory: "off" cannot be chosen (core refuses it too); the row says why.
        if (auto* model = qobject_cast<QStandardItemModel*>(c->model()))
            model->item(0)->setEnabled(!p.mandatory);
        auto* lock = findChild<QLabel*>(QStringLiteral("lock_%1").arg(p.event));
        if (lock) {
            lock->setText(p.mandatory ? tr("Mandatory: required by your administrator, it cannot be switched off.")
                                      : QString());
        }
        c->setToolTip(p.mandatory ? tr("Mandatory: an administrator requires this notice.") : QString());
    }
    m_filling = false;
}

void NotificationsPage::save(const QString& event, const QString& channel, const QString& mode)
{
    const Status saved = m_session.workspace().notify().setPreference(m_session.actor(), event, channel, mode);
    if (!saved.ok()) {
        m_banner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        refresh(); // back to what is stored
        return;
    }
    m_banner->showMessage(tr("Saved."), MessageBanner::Kind::Information);
}

PreferencesDialog::PreferencesDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_notifications(new NotificationsPage(session, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_list->setObjectName(QStringLiteral("preferencePages"));
    m_list->setFixedWidth(170); // room for a page name in German too, no scroll bar
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_pages, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    addPage(tr("Notifications"), m_notifications);
    m_list->setCurrentRow(0);
    resize(720, 480);
}

void PreferencesDialog::addPage(const QString& title, QWidget* page)
{
    m_list->addItem(title);
    m_pages->addWidget(page);
}

void PreferencesDialog::insertPage(int index, const QString& title, QWidget* page)
{
    m_list->insertItem(index, title);
    m_pages->insertWidget(index, page);
    m_list->setCurrentRow(index);
}

} // namespace cs::ui
