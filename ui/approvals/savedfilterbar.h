#pragma once

#include <QWidget>
#include <core/requests/savedfilters.h>

class QComboBox;
class QToolButton;

namespace cs::ui {

class Prompts;
class RequestQueueView;
class Session;

// Saved filters beside a queue's status and search (issue 20): "Save filter…" names the current
// status and search text, the list picks one again, "Delete" forgets the one picked. Kept per
// person in the workspace (core's SavedFilters), so they follow the person to another machine.
class SavedFilterBar : public QWidget
{
    Q_OBJECT

public:
    // queue: "incoming" or "outgoing"; the bar puts itself into the view's filter row.
    SavedFilterBar(Session& session, Prompts& prompts, RequestQueueView* view, const QString& queue);

    QComboBox* list() const { return m_list; }
    QToolButton* saveButton() const { return m_save; }
    QToolButton* deleteButton() const { return m_delete; }
    // Applies the saved filter of this name (false: none).
    bool pick(const QString& name);
    void reload();

Q_SIGNALS:
    void problem(const QString& message);

private:
    void saveCurrent();
    void deleteCurrent();
    void apply(int index);

    Session& m_session;
    Prompts& m_prompts;
    RequestQueueView* m_view;
    QString m_queue;
    SavedFilters m_filters;
    QList<SavedFilter> m_saved;
    QComboBox* m_list;
    QToolButton* m_save;
    QToolButton* m_delete;
    bool m_applying = false;
};

} // namespace cs::ui
