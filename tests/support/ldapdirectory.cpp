#include <QFile>
#include <QProcess>
#include <QUuid>
#include <QtTest>
#include <support/ldapdirectory.h>

namespace {
const QString kSuffix = QStringLiteral("dc=example,dc=org");
}

bool LdapDirectory::available()
{
    return !qEnvironmentVariableIsEmpty("COUNTERSIGN_TEST_LDAP_URL");
}

QString LdapDirectory::password()
{
    return qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_PASSWORD");
}

LdapDirectory::LdapDirectory()
    : m_base(QStringLiteral("ou=t%1,%2").arg(QUuid::createUuid().toString(QUuid::Id128).left(12), kSuffix))
{
    QFile seed(QStringLiteral(CS_TEST_DATA_DIR "/directory.ldif"));
    if (!seed.open(QIODevice::ReadOnly))
        qFatal("cannot read directory.ldif");
    QString ldif = QString::fromUtf8(seed.readAll());
    // Everything below the suffix moves under this copy's own ou; the suffix entry itself is dropped.
    const qsizetype firstEntry = ldif.indexOf(QStringLiteral("dn: ") + kSuffix);
    const qsizetype next = ldif.indexOf(QStringLiteral("\n\n"), firstEntry);
    ldif = ldif.mid(next + 2);
    ldif.replace(QStringLiteral(",") + kSuffix, QStringLiteral(",{base}"));
    const QString ou = m_base.section(QLatin1Char(','), 0, 0).mid(3);
    add(QStringLiteral("dn: {base}\nobjectClass: organizationalUnit\nou: %1\n\n").arg(ou) + ldif);
}

cs::DirectorySource LdapDirectory::source(const QString& preset) const
{
    auto s = cs::DirectorySource::fromPreset(preset);
    if (!s.ok())
        qFatal("no preset %s", qPrintable(preset));
    const QString tree = preset == QLatin1String("openldap") ? QStringLiteral("ldap") : QStringLiteral("ad");
    s->url = qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_URL");
    s->bindDn = qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_BIND_DN");
    s->peopleBase = QStringLiteral("ou=people,ou=%1,%2").arg(tree, m_base);
    s->groupBase = QStringLiteral("ou=groups,ou=%1,%2").arg(tree, m_base);
    if (tree == QLatin1String("ad")) {
        // slapd knows no userAccountControl, nor AD's in-chain matching rule: walk instead.
        s->peopleFilter = QStringLiteral("(objectClass=user)");
        s->groupFilter = QStringLiteral("(&(objectClass=group)(!(cn=ignored*)))");
        s->nesting = cs::DirectorySource::Nesting::Walk;
    }
    return *s;
}

void LdapDirectory::modify(const QString& ldif) const
{
    run(QStringLiteral("ldapmodify"), ldif);
}

void LdapDirectory::add(const QString& ldif) const
{
    run(QStringLiteral("ldapadd"), ldif);
}

void LdapDirectory::run(const QString& tool, const QString& ldif) const
{
    QProcess p;
    p.start(tool,
            { QStringLiteral("-x"), QStringLiteral("-H"), qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_URL"),
              QStringLiteral("-D"), qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_BIND_DN"), QStringLiteral("-w"),
              password() });
    if (!p.waitForStarted())
        qFatal("cannot start %s", qPrintable(tool));
    p.write(QString(ldif).replace(QStringLiteral("{base}"), m_base).toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
}
