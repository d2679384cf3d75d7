#pragma once

#include <QWidget>

namespace cs::ui {

class MessageBanner;

// Shown when no workspace is configured (or the configured one cannot be opened): try the demo,
// create a workspace, or open one.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);
    void showError(const QString& message);

Q_SIGNALS:
    void demoRequested();
    void createRequested(const QString& path);
    void openRequested(const QString& path);

private:
    MessageBanner* m_banner;
};

} // namespace cs::ui
