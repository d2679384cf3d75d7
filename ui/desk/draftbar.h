#pragma once

#include <QWidget>
#include <ui/desk/drafts.h>

class QPushButton;
class QToolButton;

namespace cs::ui {

class CatalogueWidget;
class Session;
class Settings;

// "Save draft" and "Drafts" beside the Catalogue's submit button: the form as it is (secrets left
// out) is kept per workspace and person, and a draft resumed and then submitted is removed.
class DraftBar : public QWidget
{
    Q_OBJECT

public:
    DraftBar(CatalogueWidget& catalogue, Session& session, Settings& settings, QWidget* parent = nullptr);

    Drafts& drafts() { return m_drafts; }
    QPushButton* saveButton() const { return m_save; }
    QToolButton* draftsButton() const { return m_list; }

public Q_SLOTS:
    void saveDraft();
    bool resume(const QString& id);

private:
    void updateList();

    CatalogueWidget& m_catalogue;
    Session& m_session;
    Drafts m_drafts;
    QString m_resumed; // the draft the form came from: replaced on save, removed on submit
    QPushButton* m_save;
    QToolButton* m_list;
};

} // namespace cs::ui
