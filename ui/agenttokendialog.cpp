#include "agenttokendialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

AgentTokenDialog::AgentTokenDialog(const QString& agentUrl, const QString& why, QWidget* parent)
    : QDialog(parent)
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember it in the system keychain"), this))
{
    setWindowTitle(tr("Agent token"));
    setMinimumWidth(480);
    auto* text = new QLabel(tr("The approved request goes to the agent at <b>%1</b>, which needs your token for it. "
                               "Ask the agent's administrator for one (countersign-agent --new-token).")
                                .arg(agentUrl.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto* reason = new QLabel(why, this);
    reason->setWordWrap(true);
    QFont small = reason->font();
    small.setItalic(true);
    reason->setFont(small);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("agentToken"));
    m_remember->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_token, &QLineEdit::textChanged, this,
            [buttons](const QString& t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(reason);
    layout->addWidget(m_token);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString AgentTokenDialog::token() const
{
    return m_token->text().trimmed();
}

bool AgentTokenDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace cs::ui
