#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>
#include <core/execution/credentialstore.h>
#include <ui/admin/directorysyncpage.h>
#include <ui/admin/directorysyncrunner.h>
#include <ui/errortext.h>
#include <ui/localtime.h>
#include <ui/logging.h>
#include <ui/messagebanner.h>
#include <ui/prompts.h>
#include <ui/session.h>

namespace cs::ui {

QStringList syncPlanLines(const SyncReport& report)
{
    const SyncPlan& p = report.plan;
    QStringList lines;
    for (const SnapshotPerson& x : p.added)
        lines << DirectorySyncPage::tr("Add person %1 (%2)").arg(x.login, x.displayName);
    const auto field = [](const QString& key) {
        return key == QLatin1String("name")   ? DirectorySyncPage::tr("the name")
            : key == QLatin1String("email")   ? DirectorySyncPage::tr("the e-mail address")
            : key == QLatin1String("manager") ? DirectorySyncPage::tr("the manager")
                                              : key;
    };
    for (const PersonChange& c : p.changed)
        for (auto it = c.changes.begin(); it != c.changes.end(); ++it)
            lines << DirectorySyncPage::tr("Change %1 of %2: \"%3\" → \"%4\"")
                         .arg(field(it.key()), c.login, it.value()[QStringLiteral("from")].toString(),
                              it.value()[QStringLiteral("to")].toString());
    for (const QString& login : p.enabled)
        lines << DirectorySyncPage::tr("Enable %1 again").arg(login);
    for (const QString& login : p.disabled)
        lines << DirectorySyncPage::tr("Disable %1 (gone from the directory)").arg(login);
    for (const SnapshotGroup& g : p.groupsAdded)
        lines << DirectorySyncPage::tr("Add group %1").arg(g.name);
    for (const GroupChange& g : p.groupsChanged)
        lines << DirectorySyncPage::tr("Change the description of group %1 to \"%2\"").arg(g.name, g.description);
    for (const QString& g : p.groupsRemoved)
        lines << DirectorySyncPage::tr("Remove group %1").arg(g);
    for (const Membership& m : p.membershipsAdded)
        lines << DirectorySyncPage::tr("Add %1 to %2").arg(m.second, m.first);
    for (const Membership& m : p.membershipsRemoved)
        lines << DirectorySyncPage::tr("Remove %1 from %2").arg(m.second, m.first);
    for (const QString& w : p.warnings)
        lines << DirectorySyncPage::tr("Warning: %1").arg(w);
    for (qint64 id : report.strandedRequests)
        lines
            << DirectorySyncPage::tr("Request #%1 could only have been approved by people this sync disables").arg(id);
    return lines;
}

namespace {

// Core's summary is stored with the last sync, so it stays untranslated; the banner says it in words.
QString planSummary(const SyncPlan& p)
{
    if (p.isEmpty())
        return DirectorySyncPage::tr("No changes: Countersign matches the directory.");
    return DirectorySyncPage::tr("People: %1 added, %2 changed, %3 enabled, %4 disabled. Groups: %5 added, %6 "
                                 "changed, %7 removed. Memberships: %8 added, %9 removed.")
        .arg(p.added.size())
        .arg(p.changed.size())
        .arg(p.enabled.size())
        .arg(p.disabled.size())
        .arg(p.groupsAdded.size())
        .arg(p.groupsChanged.size())
        .arg(p.groupsRemoved.size())
        .arg(p.membershipsAdded.size())
        .arg(p.membershipsRemoved.size());
}

} // namespace

DirectorySyncPage::DirectorySyncPage(Session& session, Prompts& prompts, CredentialStore& credentials, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_credentials(credentials)
    , m_runner(new DirectorySyncRunner(session, this))
    , m_source(new QLabel(this))
    , m_preview(new QPushButton(tr("Preview changes"), this))
    , m_sync(new QPushButton(tr("Sync now"), this))
    , m_busy(new QLabel(tr("Reading the directory…"), this))
    , m_changes(new QStringListModel(this))
    , m_changeList(new QListView(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("directorySyncPage"));
    m_preview->setObjectName(QStringLiteral("previewDirectorySync"));
    m_sync->setObjectName(QStringLiteral("directorySyncNow"));
    m_source->setObjectName(QStringLiteral("directorySource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setVisible(false);
    m_changeList->setModel(m_changes);
    m_changeList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeList->setObjectName(QStringLiteral("directoryChanges"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_source);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Changes:"), this));
    layout->addWidget(m_changeList, 1);
    connect(m_preview, &QPushButton::clicked, this, &DirectorySyncPage::preview);
    connect(m_sync, &QPushButton::clicked, this, &DirectorySyncPage::syncNow);
    connect(m_runner, &DirectorySyncRunner::finished, this, &DirectorySyncPage::showResult);
    refresh();
}

bool DirectorySyncPage::isBusy() const
{
    return m_runner->isBusy();
}

QStringList DirectorySyncPage::changeLines() const
{
    return m_changes->stringList();
}

void DirectorySyncPage::refresh()
{
    auto source = m_session.workspace().directorySync().source(m_session.actor());
    m_configured = source.ok();
    if (!source.ok()) {
        m_source->setText(source.error().code == Error::Code::NotFound
                              ? tr("No directory source is configured. Set one up with \"countersign-cli directory "
                                   "configure\" (see countersign-cli --help).")
                              : source.error().message);
    } else {
        auto last = m_session.workspace().directorySync().lastSync(m_session.actor());
        const QString lastText = !last.ok() ? last.error().message
            : last->at == 0                 ? tr("Never synced.")
                                            : tr("Last sync %1: %2").arg(ui::localTimeText(last->at), last->summary);
        m_source->setText(tr("Server: %1 (%2)\nPeople from: %3\nGroups from: %4\n%5")
                              .arg(source->url, source->preset, source->peopleBase, source->groupBase, lastText));
    }
    setBusy(m_runner->isBusy());
}

void DirectorySyncPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_preview->setEnabled(!busy && m_configured);
    m_sync->setEnabled(!busy && m_configured);
}

std::optional<QString> DirectorySyncPage::bindPassword(const DirectorySource& source)
{
    // A desktop seldom has it; one set for another server is never sent (core says why, in the log).
    if (auto fromEnvironment = source.environmentPassword(); !fromEnvironment.ok())
        qCWarning(lcUi).noquote() << fromEnvironment.error().message;
    else if (*fromEnvironment)
        return **fromEnvironment;
    if (source.bindDn.isEmpty())
        return QString(); // anonymous bind
    if (!m_asked.isNull() && m_askedKey == source.credentialKey())
        return m_asked;
    if (auto stored = m_credentials.read(source.credentialKey()); stored.ok())
        return *stored;
    const bool canRemember = m_credentials.canRemember();
    const auto answer = m_prompts.directoryPassword(this, source.url, source.bindDn, QString(), canRemember);
    if (!answer)
        return std::nullopt;
    m_asked = answer->value;
    m_askedKey = source.credentialKey();
    m_rememberAsked = answer->remember && canRemember;
    return m_asked;
}

void DirectorySyncPage::start(DirectorySync::Options options)
{
    if (m_runner->isBusy())
        return;
    auto source = m_session.workspace().directorySync().source(m_session.actor());
    if (!source.ok())
        return m_banner->showMessage(source.error().message, MessageBanner::Kind::Error);
    const auto password = bindPassword(*source);
    if (!password)
        return m_banner->showMessage(tr("No bind password was given, so the directory was not read."),
                                     MessageBanner::Kind::Error);
    setBusy(true);
    m_runner->run(*password, options);
}

void DirectorySyncPage::preview()
{
    DirectorySync::Options options;
    options.dryRun = true;
    start(options);
}

void DirectorySyncPage::syncNow()
{
    start({});
}

void DirectorySyncPage::showResult()
{
    setBusy(false);
    const Result<SyncReport>& result = m_runner->result();
    const DirectorySync::Options options = m_runner->lastOptions();
    if (!result.ok()) {
        const Error error = result.error();
        m_banner->showMessage(ErrorText::forWrite(error), MessageBanner::Kind::Error);
        if (error.code == Error::Code::Conflict && !options.dryRun && !options.force) {
            // The removal guard: a broken filter must not empty the approver groups unless meant.
            if (m_prompts.confirm(this, tr("Sync anyway?"),
                                  tr("%1\n\nApply the sync anyway, with all its removals?").arg(error.message))) {
                DirectorySync::Options forced;
                forced.force = true;
                start(forced);
                return;
            }
        } else if (error.code != Error::Code::Invalid) {
            // Perhaps the password asked was wrong: ask again next time rather than repeat it.
            m_asked = QString();
        }
        Q_EMIT finished();
        return;
    }
    QString keychainNote;
    if (m_rememberAsked && !m_asked.isNull()) {
        m_rememberAsked = false; // the directory accepted it: worth keeping
        if (const Status kept = m_credentials.write(m_askedKey, m_asked); !kept.ok())
            keychainNote = QLatin1Char(' ')
                + tr("The system keychain did not keep the bind password; you will be asked again next time.");
    }
    m_changes->setStringList(syncPlanLines(*result));
    QString message = result->applied ? tr("The directory was synced: %1").arg(planSummary(result->plan))
        : result->plan.isEmpty()      ? planSummary(result->plan)
                                      : tr("Preview, nothing changed yet: %1").arg(planSummary(result->plan));
    m_banner->showMessage(message + keychainNote, MessageBanner::Kind::Information);
    if (result->applied)
        m_session.checkForChanges();
    refresh();
    Q_EMIT finished();
}

} // namespace cs::ui
