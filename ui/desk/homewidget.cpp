#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <ui/desk/homemodel.h>
#include <ui/desk/homewidget.h>
#include <ui/desk/statusbadge.h>
#include <ui/messagebanner.h>
#include <ui/session.h>
#include <ui/tablestyle.h>
#include <ui/workspaceworker.h>

namespace cs::ui {
namespace {

constexpr int kTickMs = 30000;

QLabel* sectionTitle(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

HomeWidget::HomeWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_toDecide(new HomeModel(this))
    , m_waiting(new HomeModel(this))
    , m_troubled(new HomeModel(this))
    , m_ending(new HomeModel(this))
    , m_toDecideTitle(sectionTitle(this, QStringLiteral("homeDecideTitle")))
    , m_waitingTitle(sectionTitle(this, QStringLiteral("homeWaitingTitle")))
    , m_troubledTitle(sectionTitle(this, QStringLiteral("homeTroubledTitle")))
    , m_endingTitle(sectionTitle(this, QStringLiteral("homeEndingTitle")))
    , m_empty(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{
    setObjectName(QStringLiteral("homePage"));
    m_toDecideView = makeView(m_toDecide, QStringLiteral("homeDecideTable"), {});
    m_waitingView = makeView(m_waiting, QStringLiteral("homeWaitingTable"), { HomeModel::RequesterColumn });
    m_troubledView = makeView(m_troubled, QStringLiteral("homeTroubledTable"), { HomeModel::RequesterColumn });
    m_troubled->setEnded(true);
    m_endingView = makeView(m_ending, QStringLiteral("homeEndingTable"), { HomeModel::RequesterColumn });
    m_ending->setEnding(true);
    m_empty->setObjectName(QStringLiteral("homeEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing needs you now: no request waits for your decision, and none of yours is open."));
    // Like the other empty lists: a quiet sentence in the middle of the page, nothing else.
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty, 1);
    for (auto [title, view] :
         { std::pair { m_toDecideTitle, m_toDecideView }, std::pair { m_waitingTitle, m_waitingView },
           std::pair { m_endingTitle, m_endingView }, std::pair { m_troubledTitle, m_troubledView } }) {
        layout->addWidget(title);
        layout->addWidget(view, 1);
    }
    m_banner->hide();
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const qint64 now = m_session.workspace().clock().nowMs();
        for (HomeModel* model : { m_toDecide, m_waiting, m_ending })
            model->setNow(now);
    });
    m_tick.start(kTickMs);
    refresh();
}

QTableView* HomeWidget::makeView(HomeModel* model, const QString& name, const QList<int>& hidden)
{
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    applyTableStyle(view);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setItemDelegateForColumn(HomeModel::StatusColumn, new StatusBadgeDelegate(view));
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(HomeModel::DetailColumn, QHeaderView::Stretch);
    // The action's name shows whole, whatever the theme's font (a fixed width cut it short).
    for (int column : { HomeModel::IdColumn, HomeModel::ActionColumn, HomeModel::StatusColumn, HomeModel::DueColumn })
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : hidden)
        view->setColumnHidden(column, true);
    connect(view, &QAbstractItemView::activated, this,
            [this, model](const QModelIndex& index) { Q_EMIT openRequested(model->idAt(index.row())); });
    return view;
}

int HomeWidget::decideCount() const
{
    return m_toDecide->rowCount();
}

int HomeWidget::itemCount() const
{
    return m_toDecide->rowCount() + m_waiting->rowCount() + m_troubled->rowCount() + m_ending->rowCount();
}

bool HomeWidget::isLoading() const
{
    return m_worker->isLoading();
}

void HomeWidget::refresh()
{
    const QString actor = m_session.actor();
    m_worker->runLatest<HomeView>(
        [actor](Workspace& ws) {
            return homeView(ws.requests(), ws.requestStore(), ws.directory(), ws.clock(), actor);
        },
        [this](const Result<HomeView>& view) { apply(view); });
}

void HomeWidget::apply(const Result<HomeView>& view)
{
    if (!view.ok()) {
        m_banner->showMessage(view.error().message, MessageBanner::Kind::Error);
        return;
    }
    if (!view->integrityProblems.isEmpty())
        m_banner->showMessage(view->integrityProblems.join(QLatin1Char('\n')), MessageBanner::Kind::Error);
    else
        m_banner->hide();
    // Each list keeps its selected request across the reload, wherever it moved.
    const auto refill = [&view](QTableView* table, HomeModel* model, const QList<HomeItem>& items) {
        const qint64 selected = table->currentIndex().isValid() ? model->idAt(table->currentIndex().row()) : 0;
        model->setItems(items, view->now);
        const int row = selected ? model->rowOf(selected) : -1;
        if (row >= 0)
            table->setCurrentIndex(model->index(row, HomeModel::IdColumn));
    };
    refill(m_toDecideView, m_toDecide, view->toDecide);
    refill(m_waitingView, m_waiting, view->waiting);
    refill(m_troubledView, m_troubled, view->troubled);
    refill(m_endingView, m_ending, view->endingSoon);
    m_toDecideTitle->setText(tr("Needs your decision now (%1)").arg(view->toDecide.size()));
    m_waitingTitle->setText(tr("Your requests waiting on others (%1)").arg(view->waiting.size()));
    m_troubledTitle->setText(tr("Your requests that did not go through, last 14 days (%1)").arg(view->troubled.size()));
    m_endingTitle->setText(tr("Grants about to end, next 24 hours (%1)").arg(view->endingSoon.size()));
    const bool nothing = itemCount() == 0;
    // An empty list takes no room (a requester's page starts with their own requests).
    m_toDecideTitle->setVisible(!view->toDecide.isEmpty());
    m_toDecideView->setVisible(!view->toDecide.isEmpty());
    m_waitingTitle->setVisible(!view->waiting.isEmpty());
    m_waitingView->setVisible(!view->waiting.isEmpty());
    m_troubledTitle->setVisible(!view->troubled.isEmpty());
    m_troubledView->setVisible(!view->troubled.isEmpty());
    m_endingTitle->setVisible(!view->endingSoon.isEmpty());
    m_endingView->setVisible(!view->endingSoon.isEmpty());
    m_loaded = true;
    m_empty->setVisible(nothing);
    Q_EMIT loaded(decideCount(), itemCount());
}

} // namespace cs::ui
