#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <ui/secretdialog.h>

namespace cs::ui {

SecretDialog::SecretDialog(const QString& title, const QString& explanation, const QString& why, bool canRemember,
                           QWidget* parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember it in the system keychain"), this))
{
    setWindowTitle(title);
    setMinimumWidth(480);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto* reason = new QLabel(why, this);
    reason->setWordWrap(true);
    QFont italic = reason->font();
    italic.setItalic(true);
    reason->setFont(italic);
    reason->setVisible(!why.isEmpty());
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_remember->setChecked(canRemember);
    m_remember->setVisible(canRemember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this,
            [buttons](const QString& t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(reason);
    layout->addWidget(m_secret);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString SecretDialog::secret() const
{
    return m_secret->text();
}

bool SecretDialog::remember() const
{
    return m_remember->isVisibleTo(this) && m_remember->isChecked();
}

} // namespace cs::ui
