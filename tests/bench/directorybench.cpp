// The directory sync at scale: 10,000 people in 500 groups in a private OpenLDAP slapd (the one the
// tests use, packaging/ldap-server.sh), synced into a fresh workspace: the first sync, then an
// incremental one after 1% of the people changed (e-mails, memberships, some leaving).
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <bench/benchmark.h>
#include <core/directorysync/ldapclient.h>

namespace {

constexpr int kPeople = 10000;
constexpr int kGroups = 500;
const QString kBase = QStringLiteral("ou=bench,dc=example,dc=org");

struct Server
{
    QString dir, url, bindDn, password;
    bool own = false;

    void start()
    {
        url = qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_URL");
        bindDn = qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_BIND_DN");
        password = qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_PASSWORD");
        if (!url.isEmpty())
            return;
        QProcess script;
        script.start(QStringLiteral("bash"),
                     { QStringLiteral(CS_SOURCE_DIR "/packaging/ldap-server.sh"), QStringLiteral("start") });
        script.waitForFinished(120000);
        const QString out = QString::fromUtf8(script.readAllStandardOutput());
        const auto value = [&out](const char* name) {
            return QRegularExpression(QStringLiteral("%1='([^']*)'").arg(QLatin1String(name))).match(out).captured(1);
        };
        dir = value("COUNTERSIGN_TEST_LDAP_DIR");
        url = value("COUNTERSIGN_TEST_LDAP_URL");
        bindDn = value("COUNTERSIGN_TEST_LDAP_BIND_DN");
        password = value("COUNTERSIGN_TEST_LDAP_PASSWORD");
        own = true;
        if (url.isEmpty())
            fail(QStringLiteral("cannot start a private slapd: ") + out
                 + QString::fromUtf8(script.readAllStandardError()));
    }
    ~Server()
    {
        if (own)
            QProcess::execute(
                QStringLiteral("bash"),
                { QStringLiteral(CS_SOURCE_DIR "/packaging/ldap-server.sh"), QStringLiteral("stop"), dir });
    }

    void run(const QString& tool, const QString& ldif) const
    {
        QProcess p;
        p.start(tool,
                { QStringLiteral("-x"), QStringLiteral("-c"), QStringLiteral("-H"), url, QStringLiteral("-D"), bindDn,
                  QStringLiteral("-w"), password });
        p.waitForStarted();
        p.write(ldif.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            fail(tool + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError().left(400)));
    }
};

QString personDn(int i)
{
    return QStringLiteral("uid=p%1,ou=people,%2").arg(i, 5, 10, QLatin1Char('0')).arg(kBase);
}

QString groupDn(int g)
{
    return QStringLiteral("cn=g%1,ou=groups,%2").arg(g, 3, 10, QLatin1Char('0')).arg(kBase);
}

// Everyone is in two groups (40 members each), managed by the first of their ten.
QString seedLdif()
{
    QString ldif = QStringLiteral("dn: %1\nobjectClass: organizationalUnit\nou: bench\n\n"
                                  "dn: ou=people,%1\nobjectClass: organizationalUnit\nou: people\n\n"
                                  "dn: ou=groups,%1\nobjectClass: organizationalUnit\nou: groups\n\n")
                       .arg(kBase);
    for (int i = 0; i < kPeople; ++i) {
        ldif += QStringLiteral(
                    "dn: %1\nobjectClass: inetOrgPerson\nuid: p%2\ncn: Person %2\nsn: %2\nmail: p%2@example.org\n")
                    .arg(personDn(i))
                    .arg(i, 5, 10, QLatin1Char('0'));
        if (i % 10 != 0)
            ldif += QStringLiteral("manager: %1\n").arg(personDn(i - i % 10));
        ldif += QLatin1Char('\n');
    }
    for (int g = 0; g < kGroups; ++g) {
        ldif += QStringLiteral("dn: %1\nobjectClass: groupOfNames\ncn: g%2\ndescription: Group %2\n")
                    .arg(groupDn(g))
                    .arg(g, 3, 10, QLatin1Char('0'));
        for (int i = 0; i < kPeople; ++i)
            if (i % kGroups == g || (i * 7 + 3) % kGroups == g)
                ldif += QStringLiteral("member: %1\n").arg(personDn(i));
        ldif += QLatin1Char('\n');
    }
    return ldif;
}

// 1% of the people change: 40 new e-mails, 30 move groups, 30 leave.
QString changeLdif()
{
    QString ldif;
    for (int i = 0; i < 40; ++i)
        ldif += QStringLiteral("dn: %1\nchangetype: modify\nreplace: mail\nmail: changed%2@example.org\n\n")
                    .arg(personDn(i * 97 + 1))
                    .arg(i);
    for (int i = 0; i < 30; ++i) {
        const int person = i * 131 + 5;
        ldif += QStringLiteral("dn: %1\nchangetype: modify\ndelete: member\nmember: %2\n\n")
                    .arg(groupDn(person % kGroups), personDn(person));
        ldif += QStringLiteral("dn: %1\nchangetype: modify\nadd: member\nmember: %2\n\n")
                    .arg(groupDn((person + 1) % kGroups), personDn(person));
    }
    for (int i = 0; i < 30; ++i)
        ldif += QStringLiteral("dn: %1\nchangetype: delete\n\n").arg(personDn(i * 307 + 9));
    return ldif;
}

} // namespace

QJsonObject measureDirectory(const QString& location, const QString& password)
{
    Server server;
    server.start();
    progress(QStringLiteral("loading %1 people and %2 groups into slapd").arg(kPeople).arg(kGroups));
    QElapsedTimer loading;
    loading.start();
    server.run(QStringLiteral("ldapadd"), seedLdif());
    const qint64 loadMs = loading.elapsed();

    cs::ManualClock clock;
    auto opened = cs::Workspace::open(location, clock, password);
    mustOk(opened, QStringLiteral("directory workspace"));
    std::unique_ptr<cs::Workspace> ws = std::move(opened).value();
    must(ws->admin().bootstrap(QStringLiteral("root"), {}), QStringLiteral("bootstrap"));
    auto source = cs::DirectorySource::fromPreset(QStringLiteral("openldap"));
    mustOk(source, QStringLiteral("preset"));
    source->url = server.url;
    source->bindDn = server.bindDn;
    source->peopleBase = QStringLiteral("ou=people,") + kBase;
    source->groupBase = QStringLiteral("ou=groups,") + kBase;
    must(ws->directorySync().configure(QStringLiteral("root"), *source), QStringLiteral("configure"));

    QElapsedTimer reading;
    reading.start();
    auto snapshot = cs::LdapClient::read(*source, server.password);
    mustOk(snapshot, QStringLiteral("read the directory"));
    const qint64 readMs = reading.elapsed();
    qint64 memberships = 0;
    for (const cs::SnapshotGroup& g : std::as_const(snapshot->groups))
        memberships += g.members.size();

    const auto sync = [&](const char* what) {
        QElapsedTimer t;
        t.start();
        auto report = ws->directorySync().sync(QStringLiteral("root"), server.password, {});
        mustOk(report, QLatin1String(what));
        return QJsonObject { { QStringLiteral("ms"), t.elapsed() },
                             { QStringLiteral("changes"), report->plan.changeCount() },
                             { QStringLiteral("summary"), report->summary() } };
    };
    progress(QStringLiteral("first directory sync"));
    const QJsonObject first = sync("first sync");
    server.run(QStringLiteral("ldapmodify"), changeLdif());
    progress(QStringLiteral("incremental directory sync (1% changed)"));
    const QJsonObject incremental = sync("incremental sync");
    const QJsonObject unchanged = sync("sync without changes");
    return { { QStringLiteral("people"), kPeople },          { QStringLiteral("groups"), kGroups },
             { QStringLiteral("memberships"), memberships }, { QStringLiteral("pageSize"), source->pageSize },
             { QStringLiteral("ldapaddMs"), loadMs },        { QStringLiteral("readOnlyMs"), readMs },
             { QStringLiteral("firstSync"), first },         { QStringLiteral("incrementalSync1Percent"), incremental },
             { QStringLiteral("unchangedSync"), unchanged } };
}
