#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>
#include <core/actions/grantterms.h>
#include <core/common/clock.h>
#include <core/common/visibletext.h>
#include <core/views/audittext.h>
#include <core/views/requestjson.h>
#include <ui/decisiondialog.h>
#include <ui/localtime.h>
#include <ui/models/requesttablemodel.h>

namespace cs::ui {
namespace {

QString valueText(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? DecisionDialog::tr("yes") : DecisionDialog::tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

} // namespace

DecisionDialog::DecisionDialog(const QString& title, const RequestDetails& d, bool commentRequired, QWidget* parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_digest(new QLineEdit(this))
{
    const Request& r = d.request;
    setWindowTitle(tr("%1 request #%2").arg(title).arg(r.id));
    setMinimumWidth(560);

    m_rows.append({ tr("Action:"), tr("%1, version %2").arg(r.action).arg(r.actionVersion) });
    m_rows.append({ tr("Status:"), RequestTableModel::statusText(r) });
    m_rows.append({ tr("Requested by:"), r.requester });
    m_rows.append({ tr("Created:"), ui::localTimeText(r.createdAt) });
    m_rows.append({ tr("Deadline:"), ui::localTimeText(r.deadline) });
    // Time-bound access: what the approver grants, for how long, from when, extending what.
    if (r.durationSeconds > 0)
        m_rows.append({ tr("Duration:"), GrantTerms::formatDuration(r.durationSeconds) });
    if (r.notBefore > 0)
        m_rows.append({ tr("Runs at:"), ui::localTimeText(r.notBefore) });
    if (r.previousRequest > 0)
        m_rows.append({ tr("Extends:"), tr("request #%1").arg(r.previousRequest) });
    m_rows.append({ tr("Targets:"), r.targets.join(QStringLiteral(", ")) });
    m_rows.append({ tr("Their comment:"), escapeInvisibleCharacters(r.comment) });
    // Parameters under the labels people filled in, secrets masked, invisible characters spelled out.
    const QJsonObject visible = Json::visibleParameters(r.parameters);
    for (const ParameterDefinition& p : d.version.definition.parameters)
        if (visible.contains(p.name))
            m_rows.append(
                { p.displayLabel() + QLatin1Char(':'), escapeInvisibleCharacters(valueText(visible.value(p.name))) });
    if (r.state == RequestState::Pending && r.phase < r.phaseCount())
        m_rows.append({ tr("Phase:"), r.phaseLabel() });
    if (!d.eligibility.onBehalfOf.isEmpty()) // a delegate: the vote is the delegator's
        m_rows.append({ tr("Deciding for:"), tr("%1, whose approvals you hold").arg(d.eligibility.onBehalfOf) });

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& [label, value] : std::as_const(m_rows)) {
        auto* text = new QLabel(value, this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto* name = new QLabel(label, this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        form->addRow(name, text);
    }
    m_digest->setObjectName(QStringLiteral("digestField"));
    m_digest->setReadOnly(true);
    m_digest->setText(r.digest);
    m_digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_digest->setToolTip(tr("The SHA-256 digest of exactly what you decide; the agent checks it before running."));
    m_digest->setCursorPosition(0);
    m_digest->setMinimumWidth(m_digest->fontMetrics().horizontalAdvance(r.digest) + 16);
    auto* digestLabel = new QLabel(tr("Digest:"), this);
    QFont bold = digestLabel->font();
    bold.setBold(true);
    digestLabel->setFont(bold);
    form->addRow(digestLabel, m_digest);

    auto* formHost = new QWidget(this);
    formHost->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formHost);
    scroll->setObjectName(QStringLiteral("summaryView"));

    // Wide enough for the whole digest, tall enough for the form (up to a point, then it scrolls).
    setMinimumWidth(qMax(560, formHost->sizeHint().width() + 48));
    scroll->setMinimumHeight(qMin(formHost->sizeHint().height() + 8, 420));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    auto* label = new QLabel(commentRequired ? tr("Your &comment (required):") : tr("Your &comment (optional):"), this);
    label->setBuddy(m_comment);
    layout->addWidget(label);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    layout->addWidget(m_comment);
    m_hint->setObjectName(QStringLiteral("requirementHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(title);
    m_ok->setToolTip(tr("Ctrl+Enter"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, commentRequired] {
        const bool missing = commentRequired && m_comment->toPlainText().trimmed().isEmpty();
        m_ok->setEnabled(!missing);
        m_hint->setText(missing ? tr("A rejection needs a comment that tells the requester why.")
                                : tr("Press Ctrl+Enter to confirm."));
    };
    update();
    connect(m_comment, &QPlainTextEdit::textChanged, this, update);
    // Ctrl+Enter submits, from the comment field too (which keeps plain Enter for new lines).
    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_ok->isEnabled())
                accept();
        });
    m_comment->setFocus();
}

QString DecisionDialog::valueOf(const QString& label) const
{
    for (const auto& [name, value] : m_rows)
        if (name == label)
            return value;
    return {};
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace cs::ui
