#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QToolButton>
#include <ui/approvals/requestqueueview.h>
#include <ui/approvals/savedfilterbar.h>
#include <ui/prompts.h>
#include <ui/session.h>

namespace cs::ui {

SavedFilterBar::SavedFilterBar(Session& session, Prompts& prompts, RequestQueueView* view, const QString& queue)
    : QWidget(view)
    , m_session(session)
    , m_prompts(prompts)
    , m_view(view)
    , m_queue(queue)
    , m_filters(session.workspace().database(), session.workspace().clock())
    , m_list(new QComboBox(this))
    , m_save(new QToolButton(this))
    , m_delete(new QToolButton(this))
{
    setObjectName(view->objectName() + QStringLiteral("SavedFilters"));
    m_list->setObjectName(objectName() + QStringLiteral("List"));
    m_list->setToolTip(tr("Pick a filter you saved"));
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_save->setObjectName(objectName() + QStringLiteral("Save"));
    m_save->setText(tr("Save filter…"));
    m_save->setToolTip(tr("Name the current status and search to pick them again later"));
    m_delete->setObjectName(objectName() + QStringLiteral("Delete"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Forget the saved filter picked in the list"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);
    view->addFilterWidget(this);

    connect(m_list, &QComboBox::activated, this, &SavedFilterBar::apply);
    connect(m_save, &QToolButton::clicked, this, &SavedFilterBar::saveCurrent);
    connect(m_delete, &QToolButton::clicked, this, &SavedFilterBar::deleteCurrent);
    // Changing the filter by hand leaves the saved one: the list no longer names what is shown.
    const auto leave = [this] {
        if (!m_applying && m_list->currentIndex() > 0) {
            const SavedFilter& f = m_saved.at(m_list->currentIndex() - 1);
            if (m_view->statusFilter()->currentData().toString() != f.state
                || m_view->searchEdit()->text().trimmed() != f.search) {
                m_list->setCurrentIndex(0);
                m_delete->setEnabled(false);
            }
        }
    };
    connect(m_view->statusFilter(), &QComboBox::currentIndexChanged, this, leave);
    connect(m_view->searchEdit(), &QLineEdit::textEdited, this, leave);
    reload();
}

void SavedFilterBar::reload()
{
    const QString current = m_list->currentIndex() > 0 ? m_list->currentText() : QString();
    auto saved = m_filters.list(m_session.actor(), m_queue);
    if (!saved.ok()) {
        Q_EMIT problem(saved.error().message);
        return;
    }
    m_saved = *saved;
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_list->addItem(m_saved.isEmpty() ? tr("No saved filters") : tr("Saved filters (%1)").arg(m_saved.size()));
    for (const SavedFilter& f : std::as_const(m_saved))
        m_list->addItem(f.name);
    m_list->setEnabled(!m_saved.isEmpty());
    const int again = current.isEmpty() ? 0 : m_list->findText(current);
    m_list->setCurrentIndex(qMax(0, again));
    m_delete->setEnabled(again > 0);
}

bool SavedFilterBar::pick(const QString& name)
{
    const int index = m_list->findText(name);
    if (index <= 0)
        return false;
    m_list->setCurrentIndex(index);
    apply(index);
    return true;
}

void SavedFilterBar::apply(int index)
{
    m_delete->setEnabled(index > 0);
    if (index <= 0)
        return;
    const SavedFilter& f = m_saved.at(index - 1);
    const QScopedValueRollback applying(m_applying, true);
    const int state = m_view->statusFilter()->findData(f.state);
    m_view->statusFilter()->setCurrentIndex(qMax(0, state));
    m_view->searchEdit()->setText(f.search);
    m_view->applySearchNow();
}

void SavedFilterBar::saveCurrent()
{
    const QString suggested
        = m_list->currentIndex() > 0 ? m_list->currentText() : m_view->searchEdit()->text().trimmed();
    const std::optional<QString> name
        = m_prompts.askText(this, tr("Save filter"), tr("Name for this status and search:"), suggested);
    if (!name)
        return;
    const SavedFilter filter { m_queue, name->simplified(), m_view->statusFilter()->currentData().toString(),
                               m_view->searchEdit()->text().trimmed() };
    const Status saved = m_filters.save(m_session.actor(), filter);
    if (!saved.ok()) {
        Q_EMIT problem(saved.error().message);
        return;
    }
    reload();
    const QSignalBlocker block(m_list);
    m_list->setCurrentIndex(qMax(0, m_list->findText(filter.name)));
    m_delete->setEnabled(m_list->currentIndex() > 0);
}

void SavedFilterBar::deleteCurrent()
{
    if (m_list->currentIndex() <= 0)
        return;
    const Status removed = m_filters.remove(m_session.actor(), m_queue, m_list->currentText());
    if (!removed.ok()) {
        Q_EMIT problem(removed.error().message);
        return;
    }
    const QSignalBlocker block(m_list);
    m_list->setCurrentIndex(0);
    reload();
}

} // namespace cs::ui
