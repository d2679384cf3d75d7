#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace cs::ui {

class MessageBanner;
class Session;

// The Notifications page: per event and channel off / immediate / daily digest, saved through
// core's notify preferences as soon as a choice changes. Mandatory ones cannot be switched off and
// say why.
class NotificationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    // The choice for one event and channel ("approval_needed|email"), as the person sees it.
    QComboBox* combo(const QString& event, const QString& channel) const;
    MessageBanner* banner() const { return m_banner; }

private:
    void save(const QString& event, const QString& channel, const QString& mode);

    Session& m_session;
    MessageBanner* m_banner;
    QHash<QString, QComboBox*> m_combos;
    bool m_filling = false;
};

// Preferences…: a list of pages on the left (Notifications now; more pages may follow).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Session& session, QWidget* parent = nullptr);

    void addPage(const QString& title, QWidget* page);
    // Puts a page at this place in the list (General first) and shows it.
    void insertPage(int index, const QString& title, QWidget* page);
    QListWidget* pageList() const { return m_list; }
    NotificationsPage* notifications() const { return m_notifications; }

private:
    QListWidget* m_list;
    QStackedWidget* m_pages;
    NotificationsPage* m_notifications;
};

} // namespace cs::ui
