#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <core/common/clock.h>
#include <core/common/identity.h>
#include <core/common/visibletext.h>
#include <ui/approvals/feedbackpanel.h>
#include <ui/errortext.h>
#include <ui/localtime.h>
#include <ui/messagebanner.h>
#include <ui/models/simpletablemodel.h>
#include <ui/session.h>
#include <ui/tablestyle.h>
#include <ui/workspaceworker.h>

namespace cs::ui {

FeedbackPanel::FeedbackPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
    , m_model(new SimpleTableModel({ tr("Person"), tr("Vote"), tr("Comment"), tr("When") }, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_up(new QPushButton(tr("▲ Vote up"), this))
    , m_down(new QPushButton(tr("▼ Vote down"), this))
    , m_comment(new QLineEdit(this))
    , m_counter(new QLabel(this))
    , m_save(new QPushButton(tr("Save comment"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackPanel"));
    m_summary->setObjectName(QStringLiteral("feedbackSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("feedbackView"));
    m_view->setModel(m_model);
    applyTableStyle(m_view);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    for (int column : { 0, 1, 3 })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_up->setObjectName(QStringLiteral("feedbackUp"));
    m_down->setObjectName(QStringLiteral("feedbackDown"));
    for (QPushButton* b : { m_up, m_down })
        b->setCheckable(true);
    m_up->setToolTip(tr("Say you are for it; this is no approval (click again to take it back)"));
    m_down->setToolTip(tr("Say you have doubts; this is no rejection (click again to take it back)"));
    m_comment->setObjectName(QStringLiteral("feedbackComment"));
    m_comment->setMaxLength(kFeedbackMaxLength);
    m_comment->setPlaceholderText(tr("A remark for the requester and the approvers (decides nothing)"));
    m_counter->setObjectName(QStringLiteral("feedbackCounter"));
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("280/280")) + 4);
    m_save->setObjectName(QStringLiteral("feedbackSave"));
    m_message->setObjectName(QStringLiteral("feedbackMessage"));
    m_message->setWordWrap(true);

    auto* mine = new QHBoxLayout;
    mine->addWidget(m_up);
    mine->addWidget(m_down);
    mine->addWidget(m_comment, 1);
    mine->addWidget(m_counter);
    mine->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(mine);
    layout->addWidget(m_message);

    connect(m_up, &QPushButton::clicked, this, &FeedbackPanel::voteUp);
    connect(m_down, &QPushButton::clicked, this, &FeedbackPanel::voteDown);
    connect(m_save, &QPushButton::clicked, this, &FeedbackPanel::saveComment);
    connect(m_comment, &QLineEdit::returnPressed, this, &FeedbackPanel::saveComment);
    connect(m_comment, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_comment, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_counter->setText(QStringLiteral("%1/%2").arg(text.size()).arg(kFeedbackMaxLength));
    });
    fill({});
    updateEnabled();
}

QString FeedbackPanel::title() const
{
    return m_count > 0 ? tr("Feedback (%1)").arg(m_count) : tr("Feedback");
}

bool FeedbackPanel::isIdle() const
{
    return m_shownId == m_id && !m_worker->isBusy();
}

void FeedbackPanel::showRequest(qint64 id)
{
    if (id != m_id) {
        // Another request: its own stored comment will show, not what was typed for this one.
        m_message->clear();
        m_edited = false;
        m_id = id;
        m_shownId = 0;
        fill({});
    }
    const int generation = ++m_generation;
    updateEnabled();
    if (id <= 0) {
        m_shownId = 0;
        return;
    }
    const QString actor = m_session.actor();
    m_worker->run<QList<Feedback>>([actor, id](Workspace& ws) { return ws.requests().feedback(actor, id); },
                                   [this, generation, id](const Result<QList<Feedback>>& read) {
                                       if (generation != m_generation)
                                           return; // another request, or a newer read
                                       if (!read.ok())
                                           m_message->setText(ErrorText::forRead(read.error()));
                                       m_shownId = id;
                                       fill(read.ok() ? *read : QList<Feedback>());
                                       updateEnabled();
                                   });
}

void FeedbackPanel::updateEnabled()
{
    const bool ready = m_id > 0 && m_shownId == m_id && !m_saving;
    for (QWidget* w : std::initializer_list<QWidget*> { m_up, m_down, m_save })
        w->setEnabled(ready);
    // The comment stays open for typing while a save or a reload is under way.
    m_comment->setEnabled(m_id > 0);
}

void FeedbackPanel::fill(const QList<Feedback>& feedback)
{
    const QString me = normalizeLogin(m_session.actor());
    QList<QStringList> rows;
    int up = 0;
    int down = 0;
    m_myVote = 0;
    QString myComment;
    for (const Feedback& f : feedback) {
        up += f.vote > 0 ? 1 : 0;
        down += f.vote < 0 ? 1 : 0;
        if (f.login == me) {
            m_myVote = f.vote;
            myComment = f.comment;
        }
        const QString vote = f.vote > 0 ? tr("▲ up") : f.vote < 0 ? tr("▼ down") : tr("no vote");
        QString comment = escapeInvisibleCharacters(f.comment);
        if (f.versions.size() > 1)
            comment += QLatin1Char(' ') + tr("(edited; earlier wordings kept: %1)").arg(f.versions.size() - 1);
        rows.append({ f.login, vote, comment, ui::localTimeText(f.updatedAt) });
    }
    m_model->setRows(rows);
    m_view->resizeRowsToContents();
    m_count = int(feedback.size());
    m_summary->setText(m_id <= 0 || m_shownId != m_id ? QString()
                           : feedback.isEmpty()
                           ? tr("No feedback yet. Feedback is a vote or a remark; it never approves or rejects.")
                           : tr("%1 up · %2 down. Feedback never counts toward a phase.").arg(up).arg(down));
    m_up->setChecked(m_myVote > 0);
    m_down->setChecked(m_myVote < 0);
    if (!m_edited && m_comment->text() != myComment) // never what the person is typing
        m_comment->setText(myComment);
    m_counter->setText(QStringLiteral("%1/%2").arg(m_comment->text().size()).arg(kFeedbackMaxLength));
    Q_EMIT changed();
}

void FeedbackPanel::voteUp()
{
    give({ m_myVote > 0 ? 0 : 1, std::nullopt }); // clicked again: the vote is taken back
}

void FeedbackPanel::voteDown()
{
    give({ m_myVote < 0 ? 0 : -1, std::nullopt });
}

void FeedbackPanel::saveComment()
{
    give({ std::nullopt, m_comment->text() });
}

void FeedbackPanel::give(const FeedbackInput& input)
{
    if (m_id <= 0 || m_saving)
        return;
    struct Saved
    {
        std::optional<Error> refused;
        QList<Feedback> feedback;
    };
    const QString actor = m_session.actor();
    const qint64 id = m_id;
    const int generation = ++m_generation; // reads under way may predate the save
    m_saving = true;
    updateEnabled();
    m_worker->run<Saved>(
        [actor, id, input](Workspace& ws) -> Result<Saved> {
            Saved saved;
            auto given = ws.requests().giveFeedback(actor, id, input);
            if (!given.ok())
                saved.refused = given.error();
            auto read = ws.requests().feedback(actor, id);
            if (!read.ok())
                return read.error();
            saved.feedback = *read;
            return saved;
        },
        [this, generation, id, input](const Result<Saved>& saved) {
            m_saving = false;
            if (id != m_id) {
                updateEnabled();
                return; // the person moved on to another request
            }
            const std::optional<Error> refused = saved.ok() ? saved->refused : saved.error();
            if (refused) {
                m_message->setText(ErrorText::forWrite(*refused));
            } else {
                m_message->setText(tr("Your feedback is saved. It decides nothing."));
                if (input.comment && m_comment->text() == *input.comment)
                    m_edited = false; // what is in the box is what is stored
            }
            // The buttons show what is stored, not what was clicked.
            if (saved.ok() && generation == m_generation) {
                m_shownId = id;
                fill(saved->feedback);
            } else if (!saved.ok()) {
                showRequest(id);
            }
            updateEnabled();
        });
}

} // namespace cs::ui
