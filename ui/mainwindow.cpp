#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <core/storage/database.h>
#include <ui/admin/adminwidget.h>
#include <ui/appicon.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/audit/auditwidget.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/delegationdialog.h>
#include <ui/desk/draftbar.h>
#include <ui/desk/feedbackwatcher.h>
#include <ui/desk/homewidget.h>
#include <ui/desk/shortcutsdialog.h>
#include <ui/desktopnotifier.h>
#include <ui/dispatchcontroller.h>
#include <ui/generalpage.h>
#include <ui/grants/activegrantswidget.h>
#include <ui/grants/reviewswidget.h>
#include <ui/logging.h>
#include <ui/mainwindow.h>
#include <ui/messagebanner.h>
#include <ui/preferencesdialog.h>
#include <ui/session.h>
#include <ui/settings.h>

namespace cs::ui {
namespace {

// Status bar notices stay long enough to be read after looking away.
constexpr int kNoticeMs = 30000;

} // namespace

MainWindow::MainWindow(Session& session, Prompts& prompts, Settings& settings, CredentialStore& credentials,
                       CredentialStore* sessionSecrets, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_pages(new QTabWidget(this))
    , m_catalogue(new CatalogueWidget(session, prompts, this))
    , m_approvals(new ApprovalsWidget(session, prompts, this))
    , m_notifier(new DesktopNotifier(this))
    , m_dispatch(new DispatchController(session, credentials, prompts, this, sessionSecrets))
    , m_home(new HomeWidget(session, this))
    , m_drafts(new DraftBar(*m_catalogue, session, settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    setMinimumSize(820, 560);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_home, tr("My work"));
    m_pages->addTab(m_catalogue, tr("Catalogue"));
    m_pages->addTab(m_approvals, tr("Approvals"));
    // Time-bound access (issue 15): what is still granted, to keep or revoke.
    m_pages->addTab(new ActiveGrantsWidget(session, this), tr("Active grants"));
    // Access reviews as campaigns (issue 15), next to the grants they review.
    m_pages->addTab(new ReviewsWidget(session, prompts, this), tr("Access reviews"));
    if (session.isAdmin()) {
        m_admin = new AdminWidget(session, prompts, credentials, this);
        m_pages->addTab(m_admin, tr("Administration"));
    }
    if (session.readsEverything()) {
        m_audit = new AuditWidget(session, this);
        m_pages->addTab(m_audit, tr("Audit"));
    }
    setCentralWidget(m_pages);
    // Leaving Administration with unsaved action edits asks first.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_admin && m_pages->widget(m_lastPage) == m_admin && m_pages->widget(index) != m_admin
            && !m_admin->leave()) {
            const QSignalBlocker stay(m_pages);
            m_pages->setCurrentWidget(m_admin);
            return;
        }
        m_lastPage = index;
    });

    const Database& db = session.workspace().database();
    auto me = session.me();
    const QString who = !me.ok() ? session.actor()
        : me->displayName.isEmpty() || me->displayName == me->login
        ? me->login
        : QStringLiteral("%1 (%2)").arg(me->displayName, me->login);
    // The desktop adds the application's name ("… — Countersign"): the title names only the person.
    setWindowTitle(who);
    // Short, on the right: the messages on the left ("Request #N waits for your decision") keep their room.
    auto* identity = new QLabel(this);
    identity->setObjectName(QStringLiteral("identityLabel"));
    identity->setText(db.engine() == Database::Engine::Sqlite ? tr("%1 · SQLite workspace").arg(who)
                                                              : tr("%1 · shared workspace").arg(who));
    identity->setToolTip(db.engine() == Database::Engine::Sqlite
                             ? tr("Signed in as %1 on the SQLite workspace %2 (identity is not enforced on SQLite).")
                                   .arg(who, db.location())
                             : tr("Signed in as %1 on %2.").arg(who, db.location()));
    statusBar()->addPermanentWidget(identity);
    // What the open went on despite (a workspace file others can read): shown until the next message.
    if (!db.warnings().isEmpty())
        statusBar()->showMessage(db.warnings().join(QLatin1Char(' ')));

    connect(&session, &Session::changed, this, &MainWindow::refreshAll);
    connect(&session, &Session::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, kNoticeMs); });
    auto* away = new QLabel(this);
    away->setObjectName(QStringLiteral("connectionLabel"));
    away->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(MessageBanner::errorTextColor(palette()).name()));
    away->hide();
    statusBar()->addPermanentWidget(away);
    connect(&session, &Session::connectionLost, this, [this, away](const QString& message) {
        qCWarning(lcUi).noquote() << "database unreachable:" << message; // the driver's words, for the log
        away->setText(tr("Database unreachable, reconnecting…"));
        away->setToolTip(tr("The database does not answer; Countersign keeps trying. Nothing can be decided or "
                            "saved until it is back."));
        away->show();
        setDatabaseAway(tr("The database cannot be reached, so nothing can be decided or saved now; this is possible "
                           "again once it is back."));
    });
    connect(&session, &Session::connectionRestored, this, [this, away] {
        away->hide();
        setDatabaseAway(QString());
        statusBar()->showMessage(tr("Reconnected to the database."), kNoticeMs);
        refreshAll();
    });
    connect(m_catalogue, &CatalogueWidget::submitted, this, [this](qint64 id) {
        m_approvals->showOutgoing();
        m_approvals->selectRequest(id);
    });
    // The desk (issue 20): My work opens requests; Request again remembers which request it came
    // from (the hook for SubmitInput::previousRequest); drafts sit beside the submit button.
    connect(m_home, &HomeWidget::loaded, this, [this](int toDecide, int total) {
        m_pages->setTabText(m_pages->indexOf(m_home),
                            toDecide > 0    ? tr("My work (%1 to decide)").arg(toDecide)
                                : total > 0 ? tr("My work (%1)").arg(total)
                                            : tr("My work"));
    });
    connect(m_home, &HomeWidget::openRequested, this, &MainWindow::openRequest);
    m_catalogue->addFormButtons(m_drafts);
    connect(m_approvals->detail(), &RequestDetailWidget::requestAgainWanted, this, [this](const SubmitInput& input) {
        showCatalogue();
        if (m_catalogue->prefill(input))
            m_catalogue->setPreviousRequest(m_approvals->detail()->requestId());
    });
    connect(m_catalogue, &CatalogueWidget::submitted, this, [this] { m_catalogue->setPreviousRequest(0); });
    connect(m_approvals, &ApprovalsWidget::newIncoming, this, &MainWindow::notifyIncoming);
    // New feedback on this person's requests (issue 20): told like new work is.
    auto* feedback = new FeedbackWatcher(m_session, this);
    connect(&m_session, &Session::changed, feedback, &FeedbackWatcher::check);
    connect(feedback, &FeedbackWatcher::newFeedback, this, [this](const QList<AuditEntry>& entries) {
        const QString text = FeedbackWatcher::noticeText(entries);
        statusBar()->showMessage(text, kNoticeMs);
        m_notifier->notify(tr("Countersign"), text);
    });
    // Approved by the final vote or as a bypass: hand it to its agent at once.
    connect(m_approvals->detail(), &RequestDetailWidget::approved, m_dispatch, &DispatchController::dispatchIfApproved);
    connect(m_catalogue, &CatalogueWidget::submitted, m_dispatch, &DispatchController::dispatchIfApproved);
    connect(m_dispatch, &DispatchController::message, this,
            [this](const QString& text, bool) { statusBar()->showMessage(text, kNoticeMs); });
    const auto bringIncoming = [this] {
        showApprovals();
        m_approvals->showIncoming();
        showNormal();
        raise();
        activateWindow();
    };
    // Notices go to the desktop's notification service; the tray only where none answers.
    connect(m_notifier, &DesktopNotifier::activated, this, bringIncoming);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("Countersign"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, bringIncoming);
        m_notifier->setFallback(m_tray);
    }
    buildMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceRequested);
    QAction* switchUser = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUserRequested);
    switchUser->setEnabled(m_session.workspace().database().engine() == Database::Engine::Sqlite);
    file->addSeparator();
    // Delegation and preferences: dialogs over core's DelegationService and notify preferences.
    file->addAction(tr("Out of &office…"), this, [this] {
        DelegationDialog dialog(m_session, this);
        dialog.exec();
    });
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Ctrl+1, Ctrl+2... go by tab position: an auditor's third tab is Ctrl+3, whatever it is.
    const QList<std::pair<QWidget*, QString>> pages { { m_home, tr("&My work") },
                                                      { m_catalogue, tr("&Catalogue") },
                                                      { m_approvals, tr("&Approvals") },
                                                      { m_admin, tr("A&dministration") },
                                                      { m_audit, tr("A&udit") } };
    for (const auto& [page, title] : pages) {
        const int position = page ? m_pages->indexOf(page) : -1;
        if (position < 0)
            continue;
        view->addAction(title, QKeySequence(Qt::CTRL | (Qt::Key_1 + position)), this,
                        [this, page = page] { m_pages->setCurrentWidget(page); });
    }
    view->addSeparator();
    view->addAction(tr("&Find"), QKeySequence::Find, this, &MainWindow::focusSearch);
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshAll);

    RequestDetailWidget* detail = m_approvals->detail();
    QMenu* request = menuBar()->addMenu(tr("&Request"));
    QAction* approve = request->addAction(tr("&Approve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), detail,
                                          &RequestDetailWidget::approve);
    QAction* reject = request->addAction(tr("&Reject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), detail,
                                         &RequestDetailWidget::reject);
    request->addSeparator();
    request->addAction(tr("&Copy as text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), detail,
                       &RequestDetailWidget::copyToClipboard);
    request->addAction(tr("Share by &e-mail"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), detail,
                       &RequestDetailWidget::shareByEmail);
    // Menu entries and their shortcuts follow the buttons, which follow what core says this person may do.
    const auto follow = [approve, reject](bool canDecide) {
        approve->setEnabled(canDecide);
        reject->setEnabled(canDecide);
    };
    follow(detail->approveButton()->isEnabled());
    connect(detail, &RequestDetailWidget::decisionAvailabilityChanged, this, follow);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    buildDeskMenus(view, help);
    help->addAction(tr("&About Countersign"), this, [this] {
        QMessageBox::about(
            this, tr("About Countersign"),
            tr("<b>Countersign %1</b><p>An approval gate for IT automation: sensitive actions run only with "
               "exactly what the right people approved, and every step is in a tamper-evident audit log.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildDeskMenus(QMenu* view, QMenu* help)
{
    view->addSeparator();
    QAction* startHome = view->addAction(tr("Open on &My work"));
    startHome->setObjectName(QStringLiteral("startOnHomeAction"));
    startHome->setCheckable(true);
    startHome->setChecked(m_settings.startupPage() == QLatin1String("home"));
    connect(startHome, &QAction::toggled, this,
            [this](bool on) { m_settings.setStartupPage(on ? QStringLiteral("home") : QString()); });
    // "?" reaches the window only when no text field takes the key (they accept it as text first).
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::Key_Question));
    keys->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showHome()
{
    m_pages->setCurrentWidget(m_home);
}

void MainWindow::showCatalogue()
{
    m_pages->setCurrentWidget(m_catalogue);
}

bool MainWindow::openRequest(qint64 id)
{
    showApprovals();
    m_approvals->showIncoming();
    if (m_approvals->selectRequest(id))
        return true;
    m_approvals->showOutgoing();
    return m_approvals->selectRequest(id);
}

void MainWindow::showApprovals()
{
    m_pages->setCurrentWidget(m_approvals);
}

void MainWindow::showAdmin()
{
    if (m_admin)
        m_pages->setCurrentWidget(m_admin);
}

void MainWindow::showAudit()
{
    if (m_audit)
        m_pages->setCurrentWidget(m_audit);
}

void MainWindow::focusSearch()
{
    QWidget* page = m_pages->currentWidget();
    QLineEdit* search = page == m_catalogue ? m_catalogue->searchEdit()
        : page == m_approvals               ? m_approvals->currentQueue()->searchEdit()
                                            : page->findChild<QLineEdit*>();
    if (search) {
        search->setFocus();
        search->selectAll();
    }
}

void MainWindow::refreshAll()
{
    m_home->refresh();
    m_catalogue->refresh();
    m_approvals->refresh();
    if (m_admin)
        m_admin->refresh();
    if (m_audit)
        m_audit->refresh();
}

void MainWindow::notifyIncoming(const QList<qint64>& ids)
{
    const QString text = ids.size() == 1 ? tr("Request #%1 waits for your decision.").arg(ids.first())
                                         : tr("%1 new requests wait for your decision.").arg(ids.size());
    statusBar()->showMessage(text, kNoticeMs);
    m_notifier->notify(tr("Countersign"), text);
}

void MainWindow::setDatabaseAway(const QString& reason)
{
    m_approvals->detail()->setDatabaseAway(reason);
    m_catalogue->setDatabaseAway(reason);
}

void MainWindow::showWaitingWork()
{
    showApprovals();
    m_approvals->showIncoming();
    QTableView* table = m_approvals->incoming()->table();
    if (table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, 0));
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.layout(QStringLiteral("window/geometry"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 760);
    else
        m_restored = true;
    fitToScreen();
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(m_settings.layout(QStringLiteral("splitter/") + splitter->objectName()));
    for (QTableView* table : findChildren<QTableView*>())
        if (!table->objectName().isEmpty())
            table->horizontalHeader()->restoreState(m_settings.layout(QStringLiteral("table/") + table->objectName()));
    m_pages->setCurrentIndex(m_settings.layout(QStringLiteral("window/page")).toInt());
    if (m_settings.startupPage() == QLatin1String("home"))
        m_pages->setCurrentWidget(m_home);
}

void MainWindow::showPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        return;
    }
    m_preferences = new PreferencesDialog(m_session, this);
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    auto* general = new GeneralPage(m_settings, m_preferences);
    m_preferences->insertPage(0, tr("General"), general);
    // The View menu's "Open on My work" is the same choice: both show what was chosen last.
    connect(general, &GeneralPage::startupPageChanged, this, [this](const QString& page) {
        if (auto* action = findChild<QAction*>(QStringLiteral("startOnHomeAction")))
            action->setChecked(page == QLatin1String("home"));
    });
    m_preferences->open();
}

void MainWindow::fitToScreen()
{
    // Saved on another screen or at another scale, the window could reach past this screen and
    // hide Approve / Reject: keep all of it on the available area.
    const QScreen* current = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!current)
        return;
    const QRect available = current->availableGeometry();
    const QMargins frame(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(), frameGeometry().bottom() - geometry().bottom());
    setMinimumSize(minimumSize().boundedTo(available.size().shrunkBy(frame)));
    if (isMaximized() || isFullScreen())
        return;
    const QRect fitted = fitInto(frameGeometry(), available);
    if (fitted == frameGeometry())
        return;
    resize(fitted.size().shrunkBy(frame));
    move(fitted.topLeft());
}

QRect MainWindow::fitInto(const QRect& window, const QRect& available)
{
    QRect fitted(window.topLeft(), window.size().boundedTo(available.size()));
    fitted.moveLeft(qBound(available.left(), fitted.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(qBound(available.top(), fitted.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

void MainWindow::saveLayout()
{
    m_settings.setLayout(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setLayout(QStringLiteral("window/page"), QByteArray::number(m_pages->currentIndex()));
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            m_settings.setLayout(QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    for (QTableView* table : findChildren<QTableView*>())
        if (!table->objectName().isEmpty())
            m_settings.setLayout(QStringLiteral("table/") + table->objectName(),
                                 table->horizontalHeader()->saveState());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The frame is known once shown: fit the restored geometry again, the frame included.
    if (m_restored) {
        m_restored = false;
        fitToScreen();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace cs::ui
