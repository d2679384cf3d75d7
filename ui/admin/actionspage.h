#pragma once

#include <QWidget>

class QListWidget;

namespace cs::ui {

class ActionEditor;
class MessageBanner;
class Prompts;
class Session;

// Lists every action and edits one: saving goes through the same import as the CLI, so a
// changed definition becomes a new version and a changed policy a new policy revision. A new
// version that would strand open requests (the agent refuses them) is saved only once confirmed.
class ActionsPage : public QWidget
{
    Q_OBJECT

public:
    ActionsPage(Session& session, Prompts& prompts, QWidget* parent = nullptr);

    void refresh();
    bool openAction(const QString& name);
    bool save();
    ActionEditor* editor() const { return m_editor; }
    // Asks "Discard changes?" when the editor holds unsaved edits; true when it is fine to move on.
    bool confirmDiscard();
    // Before another page is shown: asks as above, and puts the editor back to what is saved if
    // the admin discards. False: stay here.
    bool leave();
    MessageBanner* banner() const { return m_banner; }

private:
    void newAction();
    void importFile();
    void selectInList(const QString& name);

    Session& m_session;
    Prompts& m_prompts;
    QListWidget* m_list;
    ActionEditor* m_editor;
    MessageBanner* m_banner;
};

} // namespace cs::ui
