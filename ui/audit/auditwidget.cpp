#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <core/admin/auditservice.h>
#include <core/admin/integritycheck.h>
#include <core/views/auditfeed.h>
#include <core/views/audittext.h>
#include <core/workspace.h>
#include <optional>
#include <ui/audit/auditwidget.h>
#include <ui/localtime.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/reports/periodreportdialog.h>
#include <ui/reports/reportexporter.h>
#include <ui/session.h>
#include <ui/tablestyle.h>
#include <ui/workspaceworker.h>

namespace cs::ui {

AuditWidget::AuditWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SimpleTableModel({ tr("#"), tr("Time"), tr("Who"), tr("Event"), tr("Request"), tr("Details") }, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_event(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_actor(new QLineEdit(this))
    , m_request(new QLineEdit(this))
    , m_filterPause(new QTimer(this))
    , m_table(new QTableView(this))
    , m_result(new QLabel(this))
    , m_older(new QPushButton(tr("Show older entries"), this))
    , m_verify(new QPushButton(tr("Verify chain"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export report…"), this))
    , m_exporter(new ReportExporter(session, this))
    , m_verifier(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
    , m_reader(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{
    setObjectName(QStringLiteral("auditWidget"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("auditTable"));
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Number, time, person, event and request keep their whole text; the sentence gets the rest.
    for (int column = 0; column < 5; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_search->setPlaceholderText(tr("Search who, event, request or details"));
    m_search->setClearButtonEnabled(true);
    m_event->setObjectName(QStringLiteral("auditEventFilter"));
    // Wide enough for its longest event as events arrive; "All events" before the first page.
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_event->addItem(tr("All events"), QString());
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelVerifyButton"));
    m_cancel->hide();

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        const QString event = m_event->currentData().toString();
        m_search->clear();
        m_proxy->setFilterKeyColumn(event.isEmpty() ? -1 : 3);
        if (event.isEmpty())
            m_proxy->setFilterFixedString(QString());
        else // the whole label: "Approved" is not "Request approved"
            m_proxy->setFilterRegularExpression(
                QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(event))));
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditWidget::verify);
    connect(m_cancel, &QPushButton::clicked, this, &AuditWidget::cancelVerify);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setToolTip(tr("A period report of requests for auditors, as PDF or CSV"));
    connect(m_export, &QPushButton::clicked, this, &AuditWidget::chooseReport);
    connect(m_exporter, &ReportExporter::finished, this, [this](bool ok, const QString& message) {
        m_export->setEnabled(true);
        m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
        m_result->setText(message);
    });
    m_older->setObjectName(QStringLiteral("olderButton"));
    m_older->setEnabled(false);
    connect(m_older, &QPushButton::clicked, this, &AuditWidget::showOlder);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_event);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_verify);
    filters->addWidget(m_cancel);
    filters->addWidget(m_export);
    // Narrowing the log itself (issue 20): read again from the database, not filtered in the page.
    for (QDateEdit* date : { m_from, m_to }) {
        date->setCalendarPopup(true);
        date->setMinimumDate(QDate(2000, 1, 1));
        date->setSpecialValueText(tr("any day"));
        // Room for the words, not only for a date: the arrow must not cover "any day".
        date->setMinimumWidth(date->fontMetrics().horizontalAdvance(date->specialValueText()) + 48);
        date->setDate(date->minimumDate());
        connect(date, &QDateEdit::dateChanged, this, [this] { m_filterPause->start(); });
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("login"));
    m_actor->setClearButtonEnabled(true);
    m_request->setObjectName(QStringLiteral("auditRequest"));
    m_request->setPlaceholderText(tr("number"));
    m_request->setClearButtonEnabled(true);
    m_request->setMaximumWidth(110);
    for (QLineEdit* edit : { m_actor, m_request })
        connect(edit, &QLineEdit::textChanged, this, [this] { m_filterPause->start(); });
    m_filterPause->setSingleShot(true);
    m_filterPause->setInterval(300);
    connect(m_filterPause, &QTimer::timeout, this, &AuditWidget::applyFilterNow);
    auto* narrow = new QHBoxLayout;
    const auto addField = [this, narrow](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        narrow->addWidget(label);
        narrow->addWidget(field);
    };
    addField(tr("&From:"), m_from);
    addField(tr("&To:"), m_to);
    addField(tr("&Who:"), m_actor);
    addField(tr("Re&quest:"), m_request);
    narrow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(narrow);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);
    auto* paging = new QHBoxLayout;
    paging->addStretch(1);
    paging->addWidget(m_older);
    layout->addLayout(paging);
}

AuditWidget::~AuditWidget()
{
    // The verification reports progress to this page: stop it and wait while the page is whole.
    if (m_cancelled)
        *m_cancelled = true;
    delete m_verifier;
    delete m_reader; // waits for a read under way; its answer is not applied
}

bool AuditWidget::isVerifying() const
{
    return m_verifier->isBusy();
}

void AuditWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_reading != Newest)
        loadNewest();
}

void AuditWidget::refresh()
{
    if (!m_loaded) {
        // A page nobody has looked at yet loads when it is shown; one whose newest page failed
        // to load asks again (a catch-up would start from the log's first entry).
        if (isVisible() && m_reading != Newest)
            loadNewest();
        return;
    }
    m_wanted |= Newer;
    readNext();
}

void AuditWidget::loadNewest()
{
    m_wanted |= Newest;
    readNext();
}

bool AuditWidget::isLoading() const
{
    return m_reading != 0 || m_wanted != 0;
}

// One read at a time, on a worker thread; what it reads from is decided when it starts, so a catch-up
// queued behind a newest page goes on from that page, and a newest page replaces any read queued.
void AuditWidget::readNext()
{
    if (m_reading != 0 || m_wanted == 0)
        return;
    Read read = Newer;
    if (m_wanted & Newest) {
        read = Newest;
        m_wanted = 0;
        m_filter = filter();
        m_older->setEnabled(false);
    } else if (m_wanted & Older) {
        read = Older;
        m_wanted &= ~Older;
    } else {
        m_wanted &= ~Newer;
    }
    m_reading = read;
    m_reader->run<AuditFeedPage>(
        [actor = m_session.actor(), pageSize = m_pageSize, filter = m_filter, read, older = m_oldestSeq,
         cursor = m_cursor](Workspace& ws) {
            AuditFeed feed(ws.auditService(), actor, pageSize, filter);
            const qint64 now = ws.clock().nowMs();
            return read == Newest ? feed.newest(now)
                : read == Older   ? feed.olderThan(older)
                                  : feed.newerThan(cursor, now);
        },
        [this, read](const Result<AuditFeedPage>& page) {
            m_reading = 0;
            if (page.ok()) {
                apply(read, *page);
            } else {
                showError(page.error().message);
                if (read == Older)
                    m_older->setEnabled(true); // the same page can be asked for again
            }
            readNext();
        });
}

void AuditWidget::apply(Read read, const AuditFeedPage& page)
{
    switch (read) {
    case Newest:
        m_loaded = true;
        m_model->setRows({});
        m_events.clear();
        m_oldestSeq = 0;
        addEntries(0, page.entries);
        m_cursor = page.cursor;
        m_older->setEnabled(page.mayHaveOlder);
        break;
    case Newer:
        if (page.startAgain) {
            m_wanted |= Newest;
            break;
        }
        addEntries(0, page.entries);
        for (const AuditEntry& e : page.late) // in their place by number, below newer ones
            addEntries(rowBelow(e.seq), { e });
        m_cursor = page.cursor;
        break;
    case Older:
        addEntries(m_model->rowCount(), page.entries);
        m_older->setEnabled(page.mayHaveOlder);
        break;
    }
}

AuditFilter AuditWidget::filter() const
{
    AuditFilter f;
    if (m_from->date() > m_from->minimumDate())
        f.from = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_to->date() > m_to->minimumDate()) // the whole day chosen
        f.to = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    f.actor = m_actor->text().trimmed();
    f.requestId = QString(m_request->text()).remove(QLatin1Char('#')).trimmed().toLongLong();
    return f;
}

void AuditWidget::applyFilterNow()
{
    m_filterPause->stop();
    loadNewest();
}

int AuditWidget::rowCount() const
{
    return m_proxy->rowCount();
}

void AuditWidget::showOlder()
{
    m_older->setEnabled(false); // until this page is in
    m_wanted |= Older;
    readNext();
}

int AuditWidget::rowBelow(qint64 seq) const
{
    int row = 0;
    while (row < m_model->rowCount() && m_model->index(row, 0).data().toLongLong() > seq)
        ++row;
    return row;
}

void AuditWidget::addEntries(int at, const QList<AuditEntry>& newestFirst)
{
    if (newestFirst.isEmpty())
        return;
    QList<QStringList> rows;
    rows.reserve(newestFirst.size());
    bool newEvent = false;
    for (const AuditEntry& e : newestFirst) {
        const QString label = auditEventLabel(e.event);
        if (!m_events.contains(label)) {
            m_events.insert(label);
            newEvent = true;
        }
        // Core's sentence, times in local time; the codes and JSON stay in the CLI's --json.
        QString details = auditEntrySentence(e, ui::localTimeText);
        if (details.size() > 300)
            details = details.left(297) + QStringLiteral("…");
        rows.append({ QString::number(e.seq), ui::localTimeText(e.at), e.actor, label,
                      e.requestId > 0 ? QStringLiteral("#%1").arg(e.requestId) : QString(), details });
    }
    m_model->addRows(at, rows);
    m_oldestSeq = m_oldestSeq == 0 ? newestFirst.last().seq : qMin(m_oldestSeq, newestFirst.last().seq);
    if (!newEvent)
        return;
    QStringList events(m_events.cbegin(), m_events.cend());
    events.sort();
    const QString keep = m_event->currentData().toString();
    const QSignalBlocker blocker(m_event);
    while (m_event->count() > 1) // "All events" stays first
        m_event->removeItem(1);
    for (const QString& e : std::as_const(events))
        m_event->addItem(e, e);
    m_event->setCurrentIndex(qMax(0, m_event->findData(keep)));
}

void AuditWidget::showError(const QString& message)
{
    m_result->setText(message);
    m_result->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(MessageBanner::errorTextColor(palette()).name()));
}

void AuditWidget::verify()
{
    if (isVerifying())
        return;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    m_verifyRead = 0;
    m_verifier->run<AuditVerification>(
        [this, cancelled](Workspace& ws) {
            return verifyIntegrity(ws.database(), ws.clock(), [this, cancelled](qint64 read) {
                QMetaObject::invokeMethod(
                    this, [this, read] { showVerifyProgress(read); }, Qt::QueuedConnection);
                return !*cancelled;
            });
        },
        [this](const Result<AuditVerification>& result) {
            m_verify->setEnabled(true);
            m_cancel->hide();
            showVerification(result);
        });
    m_verify->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Verifying the audit chain…"));
}

void AuditWidget::cancelVerify()
{
    if (!isVerifying())
        return;
    *m_cancelled = true;
    m_cancel->setEnabled(false);
}

void AuditWidget::showVerifyProgress(qint64 entriesRead)
{
    // Two threads report: show the largest count, and nothing once the answer is in.
    if (!isVerifying() || entriesRead <= m_verifyRead)
        return;
    m_verifyRead = entriesRead;
    m_result->setText(tr("Verifying the audit chain… %1 entries read.").arg(QLocale().toString(entriesRead)));
}

void AuditWidget::showVerification(const Result<AuditVerification>& v)
{
    if (!v.ok())
        return showError(v.error().message);
    if (v->intact) {
        m_result->setText(
            tr("✔ The audit chain is intact: %n entries verified.", nullptr, static_cast<int>(v->entriesChecked)));
        m_result->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(MessageBanner::successTextColor(palette()).name()));
    } else {
        m_result->setText(tr("✘ The audit chain is broken: %1").arg(v->problem));
        m_result->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(MessageBanner::errorTextColor(palette()).name()));
    }
}

int AuditWidget::visibleCount() const
{
    return m_proxy->rowCount();
}

int AuditWidget::loadedCount() const
{
    return m_model->rowCount();
}

void AuditWidget::chooseReport()
{
    PeriodReportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool csv = dialog.format() == QLatin1String("csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      csv ? QStringLiteral("countersign-report.csv")
                                                          : QStringLiteral("countersign-report.pdf"),
                                                      csv ? tr("CSV file (*.csv)") : tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        exportReport(dialog.filter(), dialog.format(), path);
}

void AuditWidget::exportReport(const PeriodFilter& filter, const QString& format, const QString& path)
{
    if (m_exporter->isBusy())
        return;
    m_export->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Writing the report…"));
    m_exporter->exportPeriod(filter, path, format);
}

} // namespace cs::ui
