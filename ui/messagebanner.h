#pragma once

#include <QFrame>

class QLabel;

namespace cs::ui {

// An inline message above a view for recoverable problems and outcomes; modal dialogs are kept
// for decisions.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    QString text() const;
    bool isError() const { return m_kind == Kind::Error; }

private:
    QLabel* m_label;
    Kind m_kind = Kind::Information;
};

} // namespace cs::ui
