#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real SMTP server for tests: the one packaging/test.sh started (COUNTERSIGN_TEST_SMTP=host:port,
// COUNTERSIGN_TEST_MAILDIR), or else Debian's aiosmtpd started here on a free loopback port.
// Messages are read back from its Maildir; a test tells its own apart by the envelope sender.
class SmtpSink
{
public:
    struct Mail
    {
        QString from; // envelope
        QStringList to; // envelope
        QString subject;
        QString messageId;
        QString text; // the decoded bodies, all parts
    };

    SmtpSink();
    ~SmtpSink();

    bool ok() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; } // smtp://127.0.0.1:PORT
    // The mails with this envelope sender, oldest first.
    QList<Mail> mails(const QString& from) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QString m_maildir;
};
