#include <ui/audit/auditwidget.h>

#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/session.h>
#include <ui/tablestyle.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cs::ui {

AuditWidget::AuditWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SimpleTableModel({ tr("#"), tr("Time"), tr("Who"), tr("Event"), tr("Request"), tr("Details") }, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_event(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_result(new QLabel(this))
    , m_older(new QPushButton(tr("Show older entries"), this))
{
    setObjectName(QStringLiteral("auditWidget"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("auditTable"));
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 50);
    m_table->setColumnWidth(1, 140);
    m_table->setColumnWidth(3, 180);
    m_search->setPlaceholderText(tr("Search who, event, request or details"));
    m_search->setClearButtonEnabled(true);
    m_event->setObjectName(QStringLiteral("auditEventFilter"));
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    auto* verifyButton = new QPushButton(tr("Verify chain"), this);
    verifyButton->setObjectName(QStringLiteral("verifyButton"));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        const QString event = m_event->currentData().toString();
        m_search->clear();
        m_proxy->setFilterKeyColumn(event.isEmpty() ? -1 : 3);
        m_proxy->setFilterFixedString(event);
    });
    connect(verifyButton, &QPushButton::clicked, this, &AuditWidget::verify);
    m_older->setObjectName(QStringLiteral("olderButton"));
    m_older->setEnabled(false);
    connect(m_older, &QPushButton::clicked, this, &AuditWidget::showOlder);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_event);
    filters->addWidget(m_search, 1);
    filters->addWidget(verifyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);
    auto* paging = new QHBoxLayout;
    paging->addStretch(1);
    paging->addWidget(m_older);
    layout->addLayout(paging);
}

void AuditWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        loadNewest();
}

void AuditWidget::refresh()
{
    if (!m_loaded) {
        if (isVisible())
            loadNewest();
        return; // a page nobody has looked at yet loads when it is shown
    }
    auto newer = m_session.workspace().auditService().entries(m_session.actor(), 0, m_pageSize, m_newestSeq);
    if (!newer.ok())
        return showError(newer.error().message);
    if (newer->size() == m_pageSize) // more than a page arrived: start again from the newest
        return loadNewest();
    std::reverse(newer->begin(), newer->end());
    addEntries(0, *newer);
}

void AuditWidget::loadNewest()
{
    auto entries = m_session.workspace().auditService().newest(m_session.actor(), m_pageSize);
    if (!entries.ok())
        return showError(entries.error().message);
    m_loaded = true;
    m_model->setRows({});
    m_events.clear();
    m_newestSeq = 0;
    m_oldestSeq = 0;
    addEntries(0, *entries);
    m_older->setEnabled(entries->size() == m_pageSize);
}

void AuditWidget::showOlder()
{
    auto entries = m_session.workspace().auditService().newest(m_session.actor(), m_pageSize, m_oldestSeq);
    if (!entries.ok())
        return showError(entries.error().message);
    addEntries(m_model->rowCount(), *entries);
    m_older->setEnabled(entries->size() == m_pageSize);
}

void AuditWidget::addEntries(int at, const QList<AuditEntry>& newestFirst)
{
    if (newestFirst.isEmpty())
        return;
    QList<QStringList> rows;
    rows.reserve(newestFirst.size());
    bool newEvent = false;
    for (const AuditEntry& e : newestFirst) {
        if (!m_events.contains(e.event)) {
            m_events.insert(e.event);
            newEvent = true;
        }
        QString details = e.payload;
        if (details.size() > 300)
            details = details.left(297) + QStringLiteral("...");
        rows.append({ QString::number(e.seq), QLocale().toString(fromMs(e.at).toLocalTime(), QLocale::ShortFormat),
                      e.actor, e.event, e.requestId > 0 ? QStringLiteral("#%1").arg(e.requestId) : QString(),
                      details });
    }
    m_model->addRows(at, rows);
    m_newestSeq = qMax(m_newestSeq, newestFirst.first().seq);
    m_oldestSeq = m_oldestSeq == 0 ? newestFirst.last().seq : qMin(m_oldestSeq, newestFirst.last().seq);
    if (!newEvent)
        return;
    QStringList events(m_events.cbegin(), m_events.cend());
    events.sort();
    const QString keep = m_event->currentData().toString();
    const QSignalBlocker blocker(m_event);
    m_event->clear();
    m_event->addItem(tr("All events"), QString());
    for (const QString& e : std::as_const(events))
        m_event->addItem(e, e);
    m_event->setCurrentIndex(qMax(0, m_event->findData(keep)));
}

void AuditWidget::showError(const QString& message)
{
    m_result->setText(message);
    m_result->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
}

void AuditWidget::verify()
{
    auto v = m_session.workspace().audit().verify();
    if (!v.ok())
        return showError(v.error().message);
    if (v->intact) {
        m_result->setText(
            tr("✔ The audit chain is intact: %n entries verified.", nullptr, static_cast<int>(v->entriesChecked)));
        m_result->setStyleSheet(QStringLiteral("color: #1e6b32; font-weight: bold;"));
    } else {
        m_result->setText(tr("✘ The audit chain is broken: %1").arg(v->problem));
        m_result->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
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

} // namespace cs::ui
