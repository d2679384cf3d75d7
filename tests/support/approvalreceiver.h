#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// tests/support/approvalreceiver.py, started on a free port: verifies each call's signature with
// `secret`, logs it, and answers according to `mode` ("approve", "decline", "none", ...). Stopped
// when destroyed. Aborts the test binary when it does not start.
class ApprovalReceiver
{
public:
    ApprovalReceiver(const QByteArray& secret, const QString& mode);
    ~ApprovalReceiver();
    ApprovalReceiver(const ApprovalReceiver&) = delete;
    ApprovalReceiver& operator=(const ApprovalReceiver&) = delete;

    QString url() const { return m_url; }
    // Every call received so far, as logged, in order.
    QList<QJsonObject> lines() const;
    // The tokens of the approval calls received so far, in order.
    QStringList tokens() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};
