#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <ui/decisiondialog.h>

namespace cs::ui {

DecisionDialog::DecisionDialog(const QString& title, const QString& summary, bool commentRequired, QWidget* parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* summaryView = new QPlainTextEdit(summary, this);
    summaryView->setReadOnly(true);
    summaryView->setObjectName(QStringLiteral("summaryView"));
    summaryView->setMinimumHeight(180);
    layout->addWidget(summaryView);
    auto* label = new QLabel(commentRequired ? tr("Comment (required):") : tr("Comment (optional):"), this);
    label->setBuddy(m_comment);
    layout->addWidget(label);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    layout->addWidget(m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(title);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (commentRequired) {
        m_ok->setEnabled(false);
        connect(m_comment, &QPlainTextEdit::textChanged, this,
                [this] { m_ok->setEnabled(!m_comment->toPlainText().trimmed().isEmpty()); });
    }
    m_comment->setFocus();
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace cs::ui
