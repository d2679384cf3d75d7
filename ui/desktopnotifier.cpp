#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <ui/desktopnotifier.h>
#include <ui/logging.h>

namespace cs::ui {
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        bus.connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
}

void DesktopNotifier::setFallback(QSystemTrayIcon* tray)
{
    m_tray = tray;
}

void DesktopNotifier::notify(const QString& summary, const QString& body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        showInTray(summary, body);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    const QVariantMap hints { { QStringLiteral("desktop-entry"), QStringLiteral("org.countersign.Countersign") } };
    call << QStringLiteral("Countersign") << uint(0) << QStringLiteral("org.countersign.Countersign") << summary << body
         << QStringList { QStringLiteral("default"), tr("Open") } << hints << int(-1);
    // Asynchronous: a slow or missing service never holds up the window.
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcUi).noquote() << "no notification service:" << reply.error().message();
            showInTray(summary, body);
            return;
        }
        m_sent << reply.value();
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    if (m_sent.contains(id) && action == QLatin1String("default"))
        Q_EMIT activated();
}

void DesktopNotifier::showInTray(const QString& summary, const QString& body)
{
    if (m_tray)
        m_tray->showMessage(summary, body, QSystemTrayIcon::Information, 10000);
}

} // namespace cs::ui
