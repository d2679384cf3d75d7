// audit verify, audit checkpoint: the checks an auditor runs, and signed checkpoints.
#include <QFile>
#include <QJsonDocument>
#include <cli/auditcommands.h>
#include <cli/commands.h>
#include <core/admin/integritycheck.h>
#include <core/audit/checkpointkeyfile.h>
#include <core/common/canonicaljson.h>

namespace cs::cli {
namespace {

// The key a person's machine signs with: in its keychain, made on first use.
Result<SigningKey> keychainKey(CliContext& ctx)
{
    const QString name = QStringLiteral("checkpoint-key:") + ctx.ws().database().location();
    auto stored = ctx.credentials().read(name);
    if (stored.ok())
        return SigningKey::fromPrivatePem(stored->toLatin1());
    if (stored.error().code != Error::Code::NotFound)
        return stored.error();
    auto key = SigningKey::generate();
    CS_TRY(key);
    CS_TRY(ctx.credentials().write(name, QString::fromLatin1(key->privatePem())));
    return key;
}

QJsonObject verificationJson(const AuditVerification& v)
{
    return { { QStringLiteral("intact"), v.intact },
             { QStringLiteral("entriesChecked"), v.entriesChecked },
             { QStringLiteral("requestsChecked"), v.requestsChecked },
             { QStringLiteral("checkpointsChecked"), v.checkpointsChecked },
             { QStringLiteral("lastCheckpoint"), v.lastCheckpoint },
             { QStringLiteral("lastCheckpointEntry"), v.lastCheckpointSeq },
             { QStringLiteral("firstBrokenEntry"), v.firstBrokenSeq },
             { QStringLiteral("problem"), v.problem } };
}

} // namespace

Result<SigningKey> checkpointKey(CliContext& ctx, const QString& keyFile)
{
    auto key = keyFile.isEmpty() ? keychainKey(ctx) : loadOrCreateKeyFile(keyFile);
    CS_TRY(key);
    auto listed = ctx.ws().auditService().isCheckpointKeyRegistered(key->keyId());
    CS_TRY(listed);
    if (!*listed)
        CS_TRY(ctx.ws().auditService().registerCheckpointKey(ctx.actor(), key->publicKey()));
    return key;
}

Result<AuditCheckpoint> makeCheckpoint(CliContext& ctx, const QString& keyFile)
{
    auto key = checkpointKey(ctx, keyFile);
    CS_TRY(key);
    return ctx.ws().auditService().checkpoint(ctx.actor(), *key);
}

int auditCheckpoint(CliContext& ctx)
{
    auto made = makeCheckpoint(ctx, ctx.line.option(QStringLiteral("key-file")));
    if (!made.ok())
        return ctx.fail(made.error());
    const QString exportTo = ctx.line.option(QStringLiteral("export"));
    if (!exportTo.isEmpty()) {
        auto exported = ctx.ws().auditService().exportCheckpoint(ctx.actor());
        if (!exported.ok())
            return ctx.fail(exported.error());
        QFile file(exportTo);
        const QByteArray text = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return ctx.fail(
                QStringLiteral("The checkpoint could not be written to %1: %2.").arg(exportTo, file.errorString()),
                Failure);
    }
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("checkpoint"), made->number },
                                    { QStringLiteral("entry"), made->seq },
                                    { QStringLiteral("chains"), made->chains },
                                    { QStringLiteral("headsRecorded"), made->changed },
                                    { QStringLiteral("key"), made->keyId } });
    else
        ctx.print(QStringLiteral("Checkpoint %1 (audit entry #%2) signed with key %3: %4 chains, %5 heads recorded.")
                      .arg(made->number)
                      .arg(made->seq)
                      .arg(made->keyId)
                      .arg(made->chains)
                      .arg(made->changed));
    return Ok;
}

int auditKeyAdd(CliContext& ctx)
{
    const QByteArray publicKey = QByteArray::fromBase64(ctx.line.positionals.at(0).toLatin1());
    if (publicKey.size() != 32)
        return ctx.fail(QStringLiteral("An Ed25519 public key is 32 bytes in Base64 (44 characters)."), Usage);
    const Status listed = ctx.ws().auditService().registerCheckpointKey(ctx.actor(), publicKey);
    if (!listed.ok())
        return ctx.fail(listed.error());
    const QString message = QStringLiteral("Checkpoint key %1 listed.").arg(SigningKey::keyIdOf(publicKey));
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("key"), SigningKey::keyIdOf(publicKey) } });
    else
        ctx.print(message);
    return Ok;
}

int auditVerify(CliContext& ctx)
{
    if (auto actor = ctx.ws().directory().activeUser(ctx.actor()); !actor.ok())
        return ctx.fail(actor.error());
    const bool since = ctx.line.has(QStringLiteral("since-checkpoint"));
    const QString against = ctx.line.option(QStringLiteral("against"));
    Result<AuditVerification> v = since ? verifySinceCheckpoint(ctx.ws().database(), ctx.ws().clock())
                                        : verifyIntegrity(ctx.ws().database(), ctx.ws().clock());
    if (v.ok() && v->intact && !against.isEmpty()) {
        QFile file(against);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(
                QStringLiteral("The checkpoint file %1 could not be read: %2.").arg(against, file.errorString()),
                Failure);
        QJsonObject exported;
        QString error;
        if (!parseJsonObject(file.readAll(), &exported, &error))
            return ctx.fail(QStringLiteral("The checkpoint file %1 is not JSON: %2").arg(against, error), Usage);
        AuditCheckpoints checkpoints(ctx.ws().database(), ctx.ws().audit(), ctx.ws().clock());
        auto kept = checkpoints.verifyAgainst(exported);
        if (!kept.ok())
            return ctx.fail(kept.error());
        if (!kept->intact) {
            v->intact = false;
            v->firstBrokenSeq = kept->firstBrokenSeq;
            v->problem = kept->problem;
        }
    }
    if (!v.ok())
        return ctx.fail(v.error());
    if (ctx.json())
        ctx.printJson(verificationJson(*v));
    if (!v->intact)
        return ctx.fail(v->problem, Integrity);
    if (!ctx.json()) {
        QString text = since
            ? QStringLiteral("Audit chain intact since the last checkpoint: %1 entries verified.")
                  .arg(v->entriesChecked)
            : QStringLiteral("Audit chain intact: %1 entries verified, %2 requests match their submission.")
                  .arg(v->entriesChecked)
                  .arg(v->requestsChecked);
        if (v->lastCheckpoint > 0)
            text += QStringLiteral("\n%1 signed checkpoints hold; the newest is checkpoint %2 (audit entry #%3).")
                        .arg(v->checkpointsChecked)
                        .arg(v->lastCheckpoint)
                        .arg(v->lastCheckpointSeq);
        if (!against.isEmpty())
            text += QStringLiteral("\nThe checkpoint in %1 is part of this audit log.").arg(against);
        ctx.print(text);
    }
    return Ok;
}

} // namespace cs::cli
