#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <support/smtpsink.h>

namespace {

QByteArray decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 1 < in.size() && (in.at(i + 1) == '\r' || in.at(i + 1) == '\n')) {
            i += in.at(i + 1) == '\r' && i + 2 < in.size() && in.at(i + 2) == '\n' ? 2 : 1; // soft line break
        } else if (in.at(i) == '=' && i + 2 < in.size()) {
            out.append(char(QByteArray::fromHex(in.mid(i + 1, 2)).at(0)));
            i += 2;
        } else {
            out.append(in.at(i));
        }
    }
    return out;
}

QString header(const QByteArray& head, const char* name)
{
    const QRegularExpression re(QStringLiteral("^%1:[ \\t]*(.*)$").arg(QLatin1String(name)),
                                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(head).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

SmtpSink::SmtpSink()
{
    const QString shared = qEnvironmentVariable("COUNTERSIGN_TEST_SMTP");
    if (!shared.isEmpty() && !qEnvironmentVariable("COUNTERSIGN_TEST_MAILDIR").isEmpty()) {
        m_url = QStringLiteral("smtp://") + shared;
        m_maildir = qEnvironmentVariable("COUNTERSIGN_TEST_MAILDIR");
        return;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return;
    const quint16 port = probe.serverPort();
    probe.close();
    m_maildir = m_dir.filePath(QStringLiteral("maildir"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Debian's python3, which python3-aiosmtpd installs into (another python3 may come first on PATH).
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    { QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                      QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-c"),
                      QStringLiteral("aiosmtpd.handlers.Mailbox"), m_maildir });
    if (!m_process.waitForStarted(10000))
        return;
    for (int i = 0; i < 200; ++i) { // until it accepts connections (at most 10 s)
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(50)) {
            m_url = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
            return;
        }
        QThread::msleep(50);
    }
}

SmtpSink::~SmtpSink()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<SmtpSink::Mail> SmtpSink::mails(const QString& from) const
{
    QList<QPair<qint64, Mail>> found;
    const QDir dir(m_maildir + QStringLiteral("/new"));
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files)) {
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = f.readAll();
        const qsizetype end = raw.indexOf("\n\n") >= 0 ? raw.indexOf("\n\n") : raw.size();
        const QByteArray head = raw.left(end);
        Mail m;
        m.from = header(head, "X-MailFrom");
        if (m.from != from)
            continue;
        m.to = header(head, "X-RcptTo").split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        m.subject = header(head, "Subject");
        m.messageId = header(head, "Message-ID");
        m.text = QString::fromUtf8(decodeQuotedPrintable(raw.mid(end)));
        found.append({ info.lastModified().toMSecsSinceEpoch(), m });
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Mail> out;
    for (const auto& [at, m] : found)
        out.append(m);
    return out;
}
