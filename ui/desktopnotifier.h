#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace cs::ui {

// Desktop notices ("Request #N waits for your decision") through the freedesktop notification
// service (org.freedesktop.Notifications on the session bus), which every desktop provides
// without a tray; the tray icon's balloon when no such service answers.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject* parent = nullptr);

    // Shown by the tray when the notification service is missing; may be null (no tray either).
    void setFallback(QSystemTrayIcon* tray);
    void notify(const QString& summary, const QString& body);

Q_SIGNALS:
    // The person clicked the notice.
    void activated();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);

private:
    void showInTray(const QString& summary, const QString& body);

    QPointer<QSystemTrayIcon> m_tray;
    QList<uint> m_sent;
};

} // namespace cs::ui
