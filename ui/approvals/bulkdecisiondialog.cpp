#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <ui/approvals/bulkdecisiondialog.h>
#include <ui/approvals/bulkdecisionmodel.h>
#include <ui/approvals/bulkdecisionrunner.h>
#include <ui/tablestyle.h>

namespace cs::ui {

BulkDecisionDialog::BulkDecisionDialog(Session& session, const QList<qint64>& ids, bool approve, QWidget* parent)
    : QDialog(parent)
    , m_approve(approve)
    , m_model(new BulkDecisionModel(this))
    , m_runner(new BulkDecisionRunner(session, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_forAll(new QRadioButton(tr("One comment for all"), this))
    , m_perRequest(new QRadioButton(tr("A comment for each request (in the table)"), this))
    , m_comment(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    // Laid out with its longest text ("Approve 5 requests"): it only gets shorter once the preview is in.
    , m_confirm(m_buttons->addButton(approve ? tr("Approve %1 requests").arg(ids.size())
                                             : tr("Reject %1 requests").arg(ids.size()),
                                     QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("bulkDecisionDialog"));
    setWindowTitle(approve ? tr("Approve %1 requests").arg(ids.size()) : tr("Reject %1 requests").arg(ids.size()));
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    // Room for the two sentences as they wrap: a label whose text changes after the first layout
    // would otherwise keep the height of "Asking…".
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setText(tr("Asking what each decision would do…"));
    m_table->setObjectName(QStringLiteral("bulkTable"));
    m_table->setModel(m_model);
    applyTableStyle(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column :
         { BulkDecisionModel::RequestColumn, BulkDecisionModel::ActionColumn, BulkDecisionModel::TargetsColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BulkDecisionModel::EffectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BulkDecisionModel::CommentColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(BulkDecisionModel::CommentColumn, 200);
    m_forAll->setObjectName(QStringLiteral("bulkCommentForAll"));
    m_perRequest->setObjectName(QStringLiteral("bulkCommentPerRequest"));
    m_forAll->setChecked(true);
    m_comment->setObjectName(QStringLiteral("bulkComment"));
    m_comment->setPlaceholderText(approve ? tr("Comment for every request (optional)")
                                          : tr("Why these requests are rejected (required)"));
    m_comment->setMaximumHeight(70);
    m_hint->setObjectName(QStringLiteral("bulkHint"));
    m_hint->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("bulkConfirm"));
    m_confirm->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_forAll);
    layout->addWidget(m_comment);
    layout->addWidget(m_perRequest);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(980, 460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkDecisionDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forAll, &QRadioButton::toggled, this, [this](bool forAll) {
        m_comment->setEnabled(forAll);
        m_model->setCommentsEditable(!forAll);
        updateConfirm();
    });
    connect(m_comment, &QPlainTextEdit::textChanged, this, &BulkDecisionDialog::updateConfirm);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BulkDecisionDialog::updateConfirm);
    connect(m_runner, &BulkDecisionRunner::previewed, this, &BulkDecisionDialog::showPreview);
    connect(m_runner, &BulkDecisionRunner::decided, this, &BulkDecisionDialog::showResults);
    m_runner->preview(ids, approve);
}

bool BulkDecisionDialog::isBusy() const
{
    return m_runner->isBusy();
}

void BulkDecisionDialog::showPreview(const QList<DecisionPreview>& preview, const QString& error)
{
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    m_model->setPreview(preview);
    m_table->resizeRowsToContents();
    const int n = int(preview.size());
    const int will = m_model->decidable();
    m_summary->setText(
        (m_approve ? tr("Approving these %1 requests: %2 will be approved as shown, %3 are refused (see why below).")
                   : tr("Rejecting these %1 requests: %2 will be rejected, %3 are refused (see why below)."))
            .arg(n)
            .arg(will)
            .arg(n - will)
        + QLatin1Char(' ') + tr("Nothing is decided until you confirm; each request is decided on its own."));
    updateConfirm();
}

void BulkDecisionDialog::updateConfirm()
{
    if (m_started || m_runner->isBusy() || m_model->rowCount() == 0) {
        m_confirm->setEnabled(false);
        return;
    }
    const int will = m_model->decidable();
    m_confirm->setText(m_approve ? (will == 1 ? tr("Approve 1 request") : tr("Approve %1 requests").arg(will))
                                 : (will == 1 ? tr("Reject 1 request") : tr("Reject %1 requests").arg(will)));
    QString hint;
    if (will == 0)
        hint = tr("None of the selected requests can be decided by you now.");
    else if (!m_approve && m_forAll->isChecked() && m_comment->toPlainText().trimmed().isEmpty())
        hint = tr("A rejection needs a comment.");
    else if (!m_approve && m_perRequest->isChecked() && m_model->missingComments() > 0)
        hint
            = tr("A rejection needs a comment on each request; still without one: %1.").arg(m_model->missingComments());
    m_hint->setText(hint);
    m_confirm->setEnabled(hint.isEmpty());
}

void BulkDecisionDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    const std::optional<QString> common
        = m_forAll->isChecked() ? std::optional<QString>(m_comment->toPlainText()) : std::nullopt;
    m_started = true;
    m_confirm->setEnabled(false);
    m_forAll->setEnabled(false);
    m_perRequest->setEnabled(false);
    m_comment->setEnabled(false);
    m_model->setCommentsEditable(false);
    m_summary->setText(tr("Deciding…"));
    m_runner->decide(m_model->items(common), m_approve);
    if (common) // the result list shows what each request was sent
        m_model->setAllComments(*common);
}

void BulkDecisionDialog::showResults(const QList<BulkDecisionResult>& results)
{
    m_model->setResults(results);
    m_table->resizeRowsToContents();
    const int done = m_model->count(BulkDecisionResult::Status::Done);
    const int unknown = m_model->count(BulkDecisionResult::Status::Unknown);
    const int notDecided = m_model->rowCount() - done;
    QString text = m_approve ? tr("%1 approved, %2 not (see why below).").arg(done).arg(notDecided)
                             : tr("%1 rejected, %2 not (see why below).").arg(done).arg(notDecided);
    if (unknown > 0)
        text += QLatin1Char(' ')
            + tr("The outcome is unknown for %1 of them: look at those requests before deciding again.").arg(unknown);
    m_summary->setText(text);
    m_hint->clear();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_confirm->hide();
    if (done > 0)
        Q_EMIT decided();
}

} // namespace cs::ui
