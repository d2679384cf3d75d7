#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <core/common/clock.h>
#include <ui/grants/startreviewdialog.h>
#include <ui/messagebanner.h>

namespace cs::ui {
namespace {

constexpr qint64 kDefaultDueMs = 14LL * 24 * 3600 * 1000; // two weeks

} // namespace

StartReviewDialog::StartReviewDialog(qint64 now, QWidget* parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_due(new QDateTimeEdit(fromMs(now + kDefaultDueMs).toLocalTime(), this))
    , m_action(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_reviewers(new QLineEdit(this))
{
    setObjectName(QStringLiteral("startReviewDialog"));
    setWindowTitle(tr("Start access review"));
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_due->setObjectName(QStringLiteral("reviewDue"));
    m_due->setCalendarPopup(true);
    m_action->setObjectName(QStringLiteral("reviewAction"));
    m_target->setObjectName(QStringLiteral("reviewTarget"));
    m_group->setObjectName(QStringLiteral("reviewGroup"));
    m_reviewers->setObjectName(QStringLiteral("reviewReviewers"));
    for (QLineEdit* edit : { m_action, m_target, m_group })
        edit->setPlaceholderText(tr("any"));
    m_reviewers->setPlaceholderText(tr("each grant's approvers"));
    m_reviewers->setToolTip(tr("Logins separated by commas; every grant is then assigned to them."));
    auto* intro = new QLabel(tr("Reviewers keep or revoke each active grant assigned to them, with a comment."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Requester's group:"), m_group);
    form->addRow(tr("Reviewers:"), m_reviewers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start review"));
    m_error->setObjectName(QStringLiteral("startReviewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &StartReviewDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void StartReviewDialog::submit()
{
    const Status s = m_submit ? m_submit(input()) : Status();
    if (s.ok()) {
        accept();
        return;
    }
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, MessageBanner::errorTextColor(this->palette()));
    m_error->setPalette(palette);
    m_error->setText(s.error().message);
    m_error->show();
}

ReviewStart StartReviewDialog::input() const
{
    ReviewStart in;
    in.title = m_title->text();
    in.dueAt = m_due->dateTime().toMSecsSinceEpoch();
    in.filter = { m_action->text().trimmed(), m_target->text().trimmed(), m_group->text().trimmed() };
    in.reviewers = m_reviewers->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    return in;
}

} // namespace cs::ui
