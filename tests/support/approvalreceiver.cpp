#include <QFile>
#include <QJsonDocument>
#include <QtTest>
#include <support/approvalreceiver.h>

ApprovalReceiver::ApprovalReceiver(const QByteArray& secret, const QString& mode)
{
    m_process.start(QStringLiteral("python3"),
                    { QStringLiteral(CS_TEST_SUPPORT_DIR "/approvalreceiver.py"),
                      m_dir.filePath(QStringLiteral("port")), m_dir.filePath(QStringLiteral("log")),
                      QString::fromLatin1(secret), mode });
    QFile f(m_dir.filePath(QStringLiteral("port")));
    if (!QTest::qWaitFor([&] { return f.exists(); }, 10000) || !f.open(QIODevice::ReadOnly))
        qFatal("the approval receiver did not start");
    m_url = QStringLiteral("http://127.0.0.1:%1/approve").arg(QString::fromLatin1(f.readAll()));
}

ApprovalReceiver::~ApprovalReceiver()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QList<QJsonObject> ApprovalReceiver::lines() const
{
    QList<QJsonObject> out;
    QFile f(m_dir.filePath(QStringLiteral("log")));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
    return out;
}

QStringList ApprovalReceiver::tokens() const
{
    QStringList out;
    for (const QJsonObject& line : lines()) {
        const QJsonObject body = line.value(QStringLiteral("body")).toObject();
        if (body.value(QStringLiteral("event")).toString() == QLatin1String("approval_requested"))
            out << body.value(QStringLiteral("token")).toString();
    }
    return out;
}
