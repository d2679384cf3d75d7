// The desktop client's footprint, measured from outside: /usr/bin/time -v on an offscreen start
// with the large workspace open on Incoming (the client quits once its window is up).
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <bench/benchmark.h>

QJsonObject measureFootprint(Bench& b, const QString& desktopBinary)
{
    QList<double> startups;
    qint64 rssKb = 0;
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("COUNTERSIGN_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("PGPASSWORD"), b.password);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/tmp/countersign-bench-config"));
        p.setProcessEnvironment(env);
        QStringList args { QStringLiteral("-v"), desktopBinary, QStringLiteral("--db"), b.location };
        if (b.engine == QLatin1String("sqlite"))
            args << QStringLiteral("--as") << b.approver;
        QElapsedTimer wall;
        wall.start();
        p.start(QStringLiteral("/usr/bin/time"), args);
        p.waitForFinished(120000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const auto shown = QRegularExpression(QStringLiteral("startup-ms ([0-9]+)")).match(out);
        const auto rss
            = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): ([0-9]+)")).match(err);
        if (!shown.hasMatch() || out.contains(QLatin1String("(start page)")))
            fail(QStringLiteral("the client did not open the workspace: ") + out + err.left(400));
        startups << shown.captured(1).toDouble();
        rssKb = qMax(rssKb, rss.captured(1).toLongLong());
    }
    return { { QStringLiteral("coldStartToShownWindowMsP50"), percentile(startups, 50) },
             { QStringLiteral("residentMemoryMB"), qRound(rssKb / 102.4) / 10.0 },
             { QStringLiteral("goal"), QStringLiteral("< 150 MB resident, < 500 ms to a shown window") } };
}
