#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <core/actions/workflowstore.h>
#include <ui/admin/actioneditor.h>
#include <ui/admin/actionspage.h>
#include <ui/messagebanner.h>
#include <ui/prompts.h>
#include <ui/session.h>

namespace cs::ui {

ActionsPage::ActionsPage(Session& session, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_list(new QListWidget(this))
    , m_editor(new ActionEditor(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("actionsPage"));
    m_list->setObjectName(QStringLiteral("adminActionList"));
    auto* newButton = new QPushButton(tr("New action"), this);
    auto* importButton = new QPushButton(tr("Import file…"), this);
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveAction"));
    saveButton->setDefault(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(newButton);
    leftLayout->addWidget(importButton);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(saveButton);
    rightLayout->addLayout(saveRow);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (name.isEmpty())
            return;
        if (!confirmDiscard()) {
            // After the click's own selection update, which follows this signal.
            QTimer::singleShot(0, this, [this] { selectInList(m_editor->loadedName()); });
            return;
        }
        openAction(name);
    });
    connect(newButton, &QPushButton::clicked, this, &ActionsPage::newAction);
    connect(importButton, &QPushButton::clicked, this, &ActionsPage::importFile);
    connect(saveButton, &QPushButton::clicked, this, &ActionsPage::save);
    refresh();
}

void ActionsPage::refresh()
{
    Workspace& ws = m_session.workspace();
    QStringList groups;
    QStringList targets;
    if (auto g = ws.directory().groups(); g.ok())
        for (const Group& group : *g)
            groups << group.name;
    if (auto t = ws.directory().targets(); t.ok())
        for (const Target& target : *t)
            targets << target.name;
    m_editor->setChoices(groups, targets);
    { // workflows an action may refer to (issue 19)
        QStringList workflows;
        WorkflowStore store(ws.database());
        if (auto names = store.names(); names.ok())
            for (const QString& n : *names)
                if (auto w = store.workflow(n); w.ok() && !w->archived)
                    workflows << n;
        m_editor->setWorkflows(workflows);
    }

    auto names = ws.actions().names();
    if (!names.ok()) {
        m_banner->showMessage(names.error().message, MessageBanner::Kind::Error);
        return;
    }
    const QString keep = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(*names);
    const auto found = m_list->findItems(keep, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

bool ActionsPage::openAction(const QString& name)
{
    auto version = m_session.workspace().actions().currentVersion(name);
    auto policy = m_session.workspace().actions().currentPolicy(name);
    if (!version.ok() || !policy.ok()) {
        m_banner->showMessage(!version.ok() ? version.error().message : policy.error().message,
                              MessageBanner::Kind::Error);
        return false;
    }
    m_editor->load(version->definition, policy->policy);
    selectInList(name);
    auto warnings = m_session.workspace().admin().policyWarnings(name);
    if (warnings.ok() && !warnings->isEmpty())
        m_banner->showMessage(warnings->join(QLatin1Char('\n')), MessageBanner::Kind::Error);
    else
        m_banner->hide();
    return true;
}

bool ActionsPage::save()
{
    auto file = m_editor->file();
    if (!file.ok()) {
        m_banner->showMessage(file.error().message, MessageBanner::Kind::Error);
        return false;
    }
    auto stranded = m_session.workspace().admin().requestsStrandedBy(*file);
    if (!stranded.ok()) {
        m_banner->showMessage(stranded.error().message, MessageBanner::Kind::Error);
        return false;
    }
    if (*stranded > 0
        && !m_prompts.confirm(this, tr("Save a new version?"),
                              tr("This change makes a new version of %1. %n open request(s) made for the current "
                                 "version will then be refused by the agent and must be requested again.\n\n"
                                 "Save anyway?",
                                 nullptr, *stranded)
                                  .arg(file->definition.name))) {
        m_banner->showMessage(tr("Not saved."), MessageBanner::Kind::Information);
        return false;
    }
    auto outcome = m_session.workspace().admin().importAction(m_session.actor(), *file);
    if (!outcome.ok()) {
        m_banner->showMessage(outcome.error().message, MessageBanner::Kind::Error);
        return false;
    }
    QStringList parts;
    if (outcome->created)
        parts << tr("Action %1 was created.").arg(outcome->action);
    else if (!outcome->newVersion && !outcome->policyChanged)
        parts << tr("Nothing changed.");
    if (outcome->newVersion && !outcome->created)
        parts << tr("Version %1 was saved; approved requests keep the version they were approved for.")
                     .arg(outcome->version);
    if (outcome->policyChanged && !outcome->created)
        parts << tr("Policy revision %1 was saved; it applies to new requests only.").arg(outcome->policyRevision);
    parts += outcome->warnings;
    m_session.checkForChanges();
    refresh();
    openAction(outcome->action); // reloads what core stored; its banner is replaced by the outcome
    m_banner->showMessage(parts.join(QLatin1Char('\n')),
                          outcome->warnings.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    return true;
}

void ActionsPage::selectInList(const QString& name)
{
    const QSignalBlocker blocker(m_list);
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (found.isEmpty()) {
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    } else {
        m_list->setCurrentItem(found.first(), QItemSelectionModel::ClearAndSelect);
    }
}

bool ActionsPage::confirmDiscard()
{
    if (!m_editor->isModified())
        return true;
    const QString name = m_editor->loadedName();
    return m_prompts.confirm(this, tr("Discard changes?"),
                             name.isEmpty() ? tr("The new action is not saved. Discard it?")
                                            : tr("Your changes to %1 are not saved. Discard them?").arg(name));
}

bool ActionsPage::leave()
{
    if (!m_editor->isModified())
        return true;
    if (!confirmDiscard())
        return false;
    const QString name = m_editor->loadedName();
    if (name.isEmpty() || !openAction(name)) {
        m_editor->clear();
        selectInList({});
    }
    return true;
}

void ActionsPage::newAction()
{
    if (!confirmDiscard())
        return;
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    m_editor->clear();
    m_banner->hide();
}

void ActionsPage::importFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import action"), QString(), tr("Action files (*.json)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > ActionFile::kMaxFileBytes) {
        m_banner->showMessage(tr("Cannot read %1.").arg(path), MessageBanner::Kind::Error);
        return;
    }
    if (!confirmDiscard())
        return;
    auto file = ActionFile::parse(f.readAll());
    if (!file.ok()) {
        m_banner->showMessage(file.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_editor->load(file->definition, file->policy);
    m_editor->markUnsaved();
    m_banner->showMessage(tr("Loaded %1; review it and press Save.").arg(path), MessageBanner::Kind::Information);
}

} // namespace cs::ui
