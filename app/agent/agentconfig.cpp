#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <agent/agentconfig.h>
#include <algorithm>
#include <core/common/canonicaljson.h>

namespace cs::agent {
namespace {

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString resolved(const QString& path, const QString& configDir)
{
    if (path.isEmpty() || path.contains(QLatin1String("://")) || QDir::isAbsolutePath(path))
        return path;
    return QDir(configDir).absoluteFilePath(path);
}

// "limits": { "connections", "idleSeconds", "headerBytes", "bodyBytes" }, each optional.
Status readLimits(const QJsonObject& o, HttpLimits* limits)
{
    struct Field
    {
        QString name;
        int* value;
        int min;
        int max;
    };
    const Field fields[] = { { QStringLiteral("connections"), &limits->maxConnections, 8, 65536 },
                             { QStringLiteral("idleSeconds"), &limits->idleSeconds, 1, 3600 },
                             { QStringLiteral("headerBytes"), &limits->maxHeaderBytes, 1024, 65536 },
                             { QStringLiteral("bodyBytes"), &limits->maxBodyBytes, 256, 1 << 20 } };
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto field
            = std::find_if(std::begin(fields), std::end(fields), [&](const Field& f) { return f.name == it.key(); });
        if (field == std::end(fields))
            return Error::invalid(QStringLiteral("Unknown field \"%1\" in \"limits\".").arg(it.key()));
        const int value = it.value().toInt(-1);
        if (!it.value().isDouble() || value < field->min || value > field->max)
            return Error::invalid(QStringLiteral("\"limits\": \"%1\" must be a whole number from %2 to %3.")
                                      .arg(field->name)
                                      .arg(field->min)
                                      .arg(field->max));
        *field->value = value;
    }
    return {};
}

} // namespace

Result<AgentConfig> AgentConfig::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(
            QStringLiteral("Cannot read the agent configuration %1: %2.").arg(path, file.errorString()));
    QJsonObject o;
    QString problem;
    if (!parseJsonObject(file.readAll(), &o, &problem))
        return Error::invalid(QStringLiteral("The agent configuration %1 is not valid: %2.").arg(path, problem));
    static const QSet<QString> known { QStringLiteral("name"),        QStringLiteral("publicUrl"),
                                       QStringLiteral("listen"),      QStringLiteral("database"),
                                       QStringLiteral("tokens"),      QStringLiteral("interpreters"),
                                       QStringLiteral("workDir"),     QStringLiteral("concurrency"),
                                       QStringLiteral("pollSeconds"), QStringLiteral("tls"),
                                       QStringLiteral("limits"),      QStringLiteral("checkpoint"),
                                       QStringLiteral("api") };
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error::invalid(QStringLiteral("Unknown field \"%1\" in the agent configuration.").arg(it.key()));

    const QString dir = QFileInfo(path).absolutePath();
    AgentConfig c;
    c.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (c.name.isEmpty())
        return Error::invalid(QStringLiteral("The agent configuration needs a \"name\"."));
    const QString listen = o.value(QStringLiteral("listen")).toString(QStringLiteral("127.0.0.1:8765"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535
        || !c.address.setAddress(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))))
        return Error::invalid(
            QStringLiteral("\"listen\" must be ADDRESS:PORT, such as 127.0.0.1:8765 (got \"%1\").").arg(listen));
    c.port = static_cast<quint16>(port);
    c.publicUrl = o.value(QStringLiteral("publicUrl")).toString();
    if (!c.publicUrl.isEmpty() && !QUrl(c.publicUrl, QUrl::StrictMode).isValid())
        return Error::invalid(QStringLiteral("\"publicUrl\" is not a URL."));
    c.database = resolved(o.value(QStringLiteral("database")).toString(), dir);
    if (c.database.isEmpty())
        return Error::invalid(QStringLiteral("The agent configuration needs a \"database\"."));
    c.workDir = resolved(o.value(QStringLiteral("workDir")).toString(), dir);
    if (c.workDir.isEmpty())
        c.workDir = QDir::temp().filePath(QStringLiteral("countersign-agent-") + c.name);
    c.concurrency = o.value(QStringLiteral("concurrency")).toInt(2);
    c.pollSeconds = o.value(QStringLiteral("pollSeconds")).toInt(10);
    if (c.concurrency < 1 || c.concurrency > 64 || c.pollSeconds < 1 || c.pollSeconds > 3600)
        return Error::invalid(QStringLiteral("\"concurrency\" must be 1 to 64 and \"pollSeconds\" 1 to 3600."));
    const QJsonObject checkpoint = o.value(QStringLiteral("checkpoint")).toObject();
    c.checkpointKeyFile = resolved(checkpoint.value(QStringLiteral("keyFile")).toString(), dir);
    c.checkpointMinutes = checkpoint.value(QStringLiteral("minutes")).toInt(60);
    if (c.checkpointMinutes < 1 || c.checkpointMinutes > 10080)
        return Error::invalid(QStringLiteral("\"checkpoint\": \"minutes\" must be 1 to 10080 (a week)."));
    for (const QJsonValue& v : o.value(QStringLiteral("interpreters")).toArray())
        c.interpreters << v.toString();
    for (const QJsonValue& v : o.value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject t = v.toObject();
        const QByteArray hash = QByteArray::fromHex(t.value(QStringLiteral("sha256")).toString().toLatin1());
        if (t.value(QStringLiteral("name")).toString().isEmpty() || hash.size() != 32)
            return Error::invalid(
                QStringLiteral("Each entry of \"tokens\" needs a \"name\" and a 64-digit \"sha256\"."));
        c.tokens.append({ t.value(QStringLiteral("name")).toString(), hash });
    }
    if (c.tokens.isEmpty())
        return Error::invalid(
            QStringLiteral("The agent configuration lists no tokens, so no client could ever call it."));
    CS_TRY(readLimits(o.value(QStringLiteral("limits")).toObject(), &c.limits));
    const QJsonValue api = o.value(QStringLiteral("api"));
    if (!api.isUndefined() && !(api.isObject() && api.toObject().value(QStringLiteral("enabled")).isBool()))
        return Error::invalid(QStringLiteral("\"api\" must be {\"enabled\": true} or {\"enabled\": false}."));
    c.apiEnabled = api.toObject().value(QStringLiteral("enabled")).toBool();
    const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
    c.tlsCertificate = resolved(tls.value(QStringLiteral("certificate")).toString(), dir);
    c.tlsKey = resolved(tls.value(QStringLiteral("key")).toString(), dir);
    if (c.tlsCertificate.isEmpty() != c.tlsKey.isEmpty())
        return Error::invalid(QStringLiteral("\"tls\" needs both \"certificate\" and \"key\"."));
    if (c.publicUrl.isEmpty())
        c.publicUrl = QStringLiteral("%1://%2:%3")
                          .arg(c.tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                               c.address.toString())
                          .arg(c.port);
    return c;
}

QString AgentConfig::authenticate(const QByteArray& bearerToken) const
{
    if (bearerToken.isEmpty())
        return {};
    const QByteArray hash = QCryptographicHash::hash(bearerToken, QCryptographicHash::Sha256);
    QString match;
    for (const Token& t : tokens)
        if (sameBytes(hash, t.sha256))
            match = t.name; // no early exit: the time taken does not tell which token matched
    return match;
}

QPair<QString, QString> AgentConfig::generateToken(const QString& name)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    const QString token
        = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
    return { token, QStringLiteral("{ \"name\": \"%1\", \"sha256\": \"%2\" }").arg(name, hash) };
}

} // namespace cs::agent
