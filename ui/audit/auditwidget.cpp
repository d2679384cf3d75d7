#include "auditwidget.h"

#include "../models/itemroles.h"
#include "../models/simpletablemodel.h"
#include "../session.h"
#include "../tablestyle.h"

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

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_event);
    filters->addWidget(m_search, 1);
    filters->addWidget(verifyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);
    refresh();
}

void AuditWidget::refresh()
{
    auto entries = m_session.workspace().audit().entries(0, 100000);
    if (!entries.ok()) {
        m_result->setText(entries.error().message);
        return;
    }
    QList<QStringList> rows;
    QStringList events;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const AuditEntry& e = *it;
        if (!events.contains(e.event))
            events << e.event;
        QString details = e.payload;
        if (details.size() > 300)
            details = details.left(297) + QStringLiteral("...");
        rows.append({ QString::number(e.seq), QLocale().toString(fromMs(e.at).toLocalTime(), QLocale::ShortFormat),
                      e.actor, e.event, e.requestId > 0 ? QStringLiteral("#%1").arg(e.requestId) : QString(),
                      details });
    }
    m_model->setRows(rows);
    events.sort();
    const QString keep = m_event->currentData().toString();
    const QSignalBlocker blocker(m_event);
    m_event->clear();
    m_event->addItem(tr("All events"), QString());
    for (const QString& e : std::as_const(events))
        m_event->addItem(e, e);
    m_event->setCurrentIndex(qMax(0, m_event->findData(keep)));
}

void AuditWidget::verify()
{
    auto v = m_session.workspace().audit().verify();
    if (!v.ok()) {
        m_result->setText(v.error().message);
        m_result->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        return;
    }
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

} // namespace cs::ui
