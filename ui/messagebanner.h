#pragma once

#include <QFrame>

class QLabel;

namespace cs::ui {

// An inline message above a view for recoverable problems and outcomes; modal dialogs are kept
// for decisions. Its colours come from the palette, so it reads on light and dark themes alike.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    QString text() const;
    bool isError() const { return m_kind == Kind::Error; }
    QLabel* label() const { return m_label; }

    // Inline error and success text on the palette's window colour (readable on light and dark).
    static QColor errorTextColor(const QPalette& palette);
    static QColor successTextColor(const QPalette& palette);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_label;
    Kind m_kind = Kind::Information;
};

} // namespace cs::ui
