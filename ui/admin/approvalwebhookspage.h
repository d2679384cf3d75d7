#pragma once

#include <QWidget>
#include <core/common/result.h>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cs::ui {

class MessageBanner;
class Session;
class SimpleTableModel;

// Administration → Approval webhooks (issue 17): the external systems that decide phases naming
// {"webhook": NAME}; add one, queue a test call, disable one, enable one again (also after the agent
// disabled it for failures). Others' changes arrive while it is shown; the form is never touched by
// them. Every rule is core's (ApprovalWebhookService); the page only collects and shows.
class ApprovalWebhooksPage : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalWebhooksPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    bool addFromForm();
    bool testSelected();
    bool enableSelected();
    bool disableSelected();
    QTableView* table() const { return m_table; }
    MessageBanner* banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString selectedName() const;
    void updateButtons();
    void showRefusal(const Status& refused);

    Session& m_session;
    SimpleTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_secretEnv;
    QPlainTextEdit* m_headers;
    QPlainTextEdit* m_fields;
    QPushButton* m_add;
    QPushButton* m_test;
    QPushButton* m_enable;
    QPushButton* m_disable;
    MessageBanner* m_banner;
};

} // namespace cs::ui
