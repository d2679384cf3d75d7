#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <ui/generalpage.h>
#include <ui/settings.h>

namespace cs::ui {

GeneralPage::GeneralPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_startup(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("generalPage"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString system = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_language->addItem(system.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(system), QString());
    // Each language in its own words: someone who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_startup->setObjectName(QStringLiteral("startupPageCombo"));
    m_startup->addItem(tr("The page shown last"), QString());
    m_startup->addItem(tr("My work"), QStringLiteral("home"));
    m_startup->setCurrentIndex(qMax(0, m_startup->findData(settings.startupPage())));
    m_note->setObjectName(QStringLiteral("generalNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setLanguage(m_language->currentData().toString());
        m_note->setText(tr("The language changes when Countersign starts again."));
    });
    connect(m_startup, &QComboBox::currentIndexChanged, this, [this] {
        const QString page = m_startup->currentData().toString();
        m_settings.setStartupPage(page);
        Q_EMIT startupPageChanged(page);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Open on:"), m_startup);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

} // namespace cs::ui
