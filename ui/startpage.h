#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace cs::ui {

class MessageBanner;

// Shown when no workspace is configured (or the configured one cannot be opened): try the demo,
// create a workspace, open one (a file, or a shared database by its postgresql:// address), or
// try again the one that just failed.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);
    // retryLocation: offered as "Try again" (a shared workspace: the server back, another password).
    void showError(const QString& message, const QString& retryLocation = QString());
    QLineEdit* addressEdit() const { return m_address; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* retryButton() const { return m_retry; }

Q_SIGNALS:
    void demoRequested();
    void createRequested(const QString& path);
    void openRequested(const QString& path);

private:
    MessageBanner* m_banner;
    QLineEdit* m_address;
    QPushButton* m_connect;
    QPushButton* m_retry;
    QString m_retryLocation;
};

} // namespace cs::ui
