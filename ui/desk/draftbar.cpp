#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/parameterform.h>
#include <ui/desk/draftbar.h>
#include <ui/localtime.h>
#include <ui/messagebanner.h>
#include <ui/session.h>

namespace cs::ui {

DraftBar::DraftBar(CatalogueWidget& catalogue, Session& session, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_drafts(settings, session.workspace().database().location(), session.actor())
    , m_save(new QPushButton(tr("Save draft"), this))
    , m_list(new QToolButton(this))
{
    setObjectName(QStringLiteral("draftBar"));
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_save->setToolTip(tr("Keep this form to finish later (secrets are not kept)"));
    m_list->setObjectName(QStringLiteral("draftsButton"));
    m_list->setPopupMode(QToolButton::InstantPopup);
    m_list->setMenu(new QMenu(m_list));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, &DraftBar::saveDraft);
    connect(m_list->menu(), &QMenu::aboutToShow, this, &DraftBar::updateList);
    connect(&m_catalogue, &CatalogueWidget::submitted, this, [this] {
        if (!m_resumed.isEmpty())
            m_drafts.remove(m_resumed);
        m_resumed.clear();
        updateList();
    });
    updateList();
}

void DraftBar::saveDraft()
{
    const SubmitInput in = m_catalogue.input();
    if (in.action.isEmpty())
        return;
    Draft draft { m_resumed, in.action, {}, in.targets, in.comment, 0 };
    for (auto it = in.parameters.begin(); it != in.parameters.end(); ++it)
        if (m_catalogue.form()->typeOf(it.key()) != ParameterType::Secret)
            draft.parameters.insert(it.key(), it.value());
    m_resumed = m_drafts.save(draft, m_session.workspace().clock().nowMs());
    updateList();
    m_catalogue.banner()->showMessage(tr("Draft saved: it is under Drafts until you submit it (secrets are typed "
                                         "again)."),
                                      MessageBanner::Kind::Information);
}

bool DraftBar::resume(const QString& id)
{
    for (const Draft& d : m_drafts.list()) {
        if (d.id != id)
            continue;
        if (!m_catalogue.prefill({ d.action, d.parameters, d.targets, d.comment, {} }))
            return false;
        m_resumed = id;
        return true;
    }
    return false;
}

void DraftBar::updateList()
{
    const QList<Draft> drafts = m_drafts.list();
    m_list->setText(tr("Drafts (%1)").arg(drafts.size()));
    m_list->setEnabled(!drafts.isEmpty());
    QMenu* menu = m_list->menu();
    menu->clear();
    for (const Draft& d : drafts) {
        const QString when = ui::localTimeText(d.savedAt);
        const QString comment = d.comment.simplified().left(40);
        menu->addAction(comment.isEmpty() ? tr("%1 — saved %2").arg(d.action, when)
                                          : tr("%1: %2 — saved %3").arg(d.action, comment, when),
                        this, [this, id = d.id] { resume(id); });
    }
    if (!drafts.isEmpty()) {
        menu->addSeparator();
        QMenu* discard = menu->addMenu(tr("Discard"));
        for (const Draft& d : drafts)
            discard->addAction(d.action + QStringLiteral(" — ") + d.comment.simplified().left(40), this,
                               [this, id = d.id] {
                                   m_drafts.remove(id);
                                   if (m_resumed == id)
                                       m_resumed.clear();
                                   updateList();
                               });
    }
}

} // namespace cs::ui
