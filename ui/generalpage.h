#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace cs::ui {

class Settings;

// Preferences → General (issue 20): the client's language and the page it opens on. Both belong
// to this machine's client (Settings) and are saved as soon as they change; the language applies
// when the client starts again, the startup page at once (the View menu shows the same choice).
class GeneralPage : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralPage(Settings& settings, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QComboBox* startupCombo() const { return m_startup; }
    QLabel* note() const { return m_note; }

Q_SIGNALS:
    void startupPageChanged(const QString& page);

private:
    Settings& m_settings;
    QComboBox* m_language;
    QComboBox* m_startup;
    QLabel* m_note;
};

} // namespace cs::ui
