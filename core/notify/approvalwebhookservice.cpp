#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <core/audit/auditevents.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/notify/approvalwebhookservice.h>
#include <core/notify/notifystore.h>
#include <core/views/requestjson.h>

namespace cs {
namespace {

// Header names a webhook's configuration may not set: the transport and the signature own these.
const QStringList kReservedHeaders { QStringLiteral("content-type"),
                                     QStringLiteral("content-length"),
                                     QStringLiteral("host"),
                                     QStringLiteral("x-countersign-signature"),
                                     QStringLiteral("x-countersign-event"),
                                     QStringLiteral("x-countersign-delivery") };

// Body keys Countersign writes; extra fields may not replace them.
const QStringList kBodyKeys { QStringLiteral("event"),    QStringLiteral("webhook"), QStringLiteral("request"),
                              QStringLiteral("phase"),    QStringLiteral("token"),   QStringLiteral("replyUrl"),
                              QStringLiteral("deadline"), QStringLiteral("note") };

} // namespace

Result<QJsonObject> parseWebhookPairs(const QStringList& items, QChar separator)
{
    QJsonObject out;
    for (const QString& item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const qsizetype at = item.indexOf(separator);
        if (at <= 0)
            return Error::invalid(CoreText::tr("\"%1\" is not written NAME%2VALUE.").arg(item, QString(separator)));
        out.insert(item.left(at).trimmed(),
                   separator == QLatin1Char(':') ? item.mid(at + 1).trimmed() : item.mid(at + 1));
    }
    return out;
}

ApprovalWebhookService::ApprovalWebhookService(const Stores& stores, NotifyService& notify, RequestService& requests)
    : m_stores(stores)
    , m_notify(notify)
    , m_requests(requests)
    , m_store(stores.db)
{ }

bool ApprovalWebhookService::isApprovalRow(const OutboxRow& row)
{
    return row.channel == NoticeChannel::Webhook && row.recipient.startsWith(RecipientPrefix);
}

Status ApprovalWebhookService::requireAdmin(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->roles.contains(Role::Admin))
        return Error::forbidden(CoreText::tr("Only admins can change approval webhooks."));
    return {};
}

Status ApprovalWebhookService::add(const QString& actor, const ApprovalWebhookInput& in)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    static const QRegularExpression validHeader(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    static const QRegularExpression validEnv(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    if (in.name.isEmpty())
        return Error::invalid(CoreText::tr("Give the approval webhook a name: 1 to 63 lower-case letters, digits, "
                                           "'-' or '_', as its phases name it."));
    if (!validName.match(in.name).hasMatch())
        return Error::invalid(CoreText::tr("An approval webhook name is 1 to 63 lower-case letters, digits, '-' or "
                                           "'_' (\"%1\" is not).")
                                  .arg(in.name));
    if (in.url.isEmpty())
        return Error::invalid(CoreText::tr("Give the approval webhook's address (http:// or https://)."));
    const QUrl parsed(in.url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QStringLiteral("https") && parsed.scheme() != QStringLiteral("http"))
        || parsed.host().isEmpty())
        return Error::invalid(CoreText::tr("\"%1\" is not an http:// or https:// address.").arg(in.url));
    for (auto it = in.headers.constBegin(); it != in.headers.constEnd(); ++it) {
        if (!validHeader.match(it.key()).hasMatch() || kReservedHeaders.contains(it.key().toLower()))
            return Error::invalid(
                CoreText::tr("\"%1\" cannot be set as a header of an approval webhook.").arg(it.key()));
        if (!it.value().isString() || it.value().toString().contains(QLatin1Char('\n'))
            || it.value().toString().contains(QLatin1Char('\r')))
            return Error::invalid(CoreText::tr("The value of header \"%1\" must be one line of text.").arg(it.key()));
    }
    for (auto it = in.fields.constBegin(); it != in.fields.constEnd(); ++it)
        if (kBodyKeys.contains(it.key()))
            return Error::invalid(
                CoreText::tr("\"%1\" is a field Countersign writes; choose another name.").arg(it.key()));
    if (!in.secretEnv.isEmpty() && !validEnv.match(in.secretEnv).hasMatch())
        return Error::invalid(CoreText::tr("\"%1\" is not an environment variable name.").arg(in.secretEnv));
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto existing = found(m_store.webhook(in.name));
        CS_TRY(existing);
        if (*existing)
            return Error::conflict(CoreText::tr("There is already an approval webhook \"%1\".").arg(in.name));
        ApprovalWebhook w;
        w.name = in.name;
        w.url = in.url;
        w.headers = in.headers;
        w.fields = in.fields;
        w.secretEnv = in.secretEnv;
        w.createdAt = m_stores.clock.nowMs();
        CS_TRY(m_store.insert(w));
        // Neither the address nor the headers are audited: either may carry a credential.
        return m_stores.audit.append(
            normalizeLogin(actor), AuditEvent::ApprovalWebhookAdded, 0,
            { { QStringLiteral("name"), in.name }, { QStringLiteral("host"), parsed.host() } });
    });
}

Result<QList<ApprovalWebhook>> ApprovalWebhookService::webhooks(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->readsEverything())
        return Error::forbidden(CoreText::tr("Only admins and auditors can list approval webhooks."));
    return m_store.webhooks();
}

Status ApprovalWebhookService::enable(const QString& actor, const QString& name)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        CS_TRY(m_store.setEnabled(name, true));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::ApprovalWebhookEnabled, 0,
                                     { { QStringLiteral("name"), name } });
    });
}

Status ApprovalWebhookService::disable(const QString& actor, const QString& name)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto hook = m_store.webhook(name);
        CS_TRY(hook);
        if (!hook->enabled)
            return Error::conflict(CoreText::tr("Approval webhook \"%1\" is already disabled.").arg(name));
        CS_TRY(m_store.setEnabled(name, false, normalizeLogin(actor)));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::ApprovalWebhookDisabled, 0,
                                     { { QStringLiteral("name"), name } });
    });
}

Status ApprovalWebhookService::test(const QString& actor, const QString& name)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        CS_TRY(m_store.webhook(name));
        // The notifier queues the test call for this entry.
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::ApprovalWebhookTested, 0,
                                     { { QStringLiteral("name"), name } });
    });
}

Status ApprovalWebhookService::toAdmins(const OutboxRow& row, const QString& name, const QString& why)
{
    OutboxRow about = row;
    about.via = RecipientPrefix + name;
    const QString note = row.requestId > 0
        ? QStringLiteral("Approval webhook \"%1\" %2; request #%3 waits for a decision in its open phase.")
              .arg(name, why)
              .arg(row.requestId)
        : QStringLiteral("Approval webhook \"%1\" %2.").arg(name, why);
    return m_notify.toAdmins(about, Notice::WebhookDisabled, note);
}

Result<std::optional<ApprovalWebhookCall>> ApprovalWebhookService::prepare(const OutboxRow& row,
                                                                           const QString& replyUrl)
{
    NotifyStore outbox(m_stores.db);
    const QString name = row.recipient.mid(RecipientPrefix.size());
    auto hook = found(m_store.webhook(name));
    CS_TRY(hook);
    if (!*hook) {
        CS_TRY(outbox.markFailed(row.id, QStringLiteral("the approval webhook no longer exists")));
        return std::optional<ApprovalWebhookCall>();
    }
    auto w = m_store.webhook(name);
    CS_TRY(w);
    if (!w->enabled) {
        CS_TRY(m_stores.db.transaction([&]() -> Status {
            CS_TRY(toAdmins(row, name, QStringLiteral("is disabled")));
            return outbox.markSent(row.id, m_stores.clock.nowMs());
        }));
        return std::optional<ApprovalWebhookCall>();
    }
    QJsonObject body = w->fields;
    body.insert(QStringLiteral("webhook"), name);
    if (row.event == Notice::Test) {
        body.insert(QStringLiteral("event"), QStringLiteral("test"));
        body.insert(QStringLiteral("note"), row.note);
        return std::optional<ApprovalWebhookCall>(
            ApprovalWebhookCall { *w, QJsonDocument(body).toJson(QJsonDocument::Compact) });
    }
    auto r = m_stores.requests.load(row.requestId);
    CS_TRY(r);
    const int phase = row.note.toInt();
    auto token = m_requests.issueWebhookToken(r->id, phase, name);
    if (!token.ok() && token.error().code == Error::Code::Conflict) {
        // The phase closed (or was answered) before the call went out: nothing to ask any more.
        CS_TRY(outbox.markSent(row.id, m_stores.clock.nowMs()));
        return std::optional<ApprovalWebhookCall>();
    }
    CS_TRY(token);
    QJsonArray targets;
    for (const QString& t : std::as_const(r->targets))
        targets.append(t);
    // The request as the webhook needs it; secrets appear only as their mask. The beneficiary is the
    // requester unless the request was made on someone's behalf.
    body.insert(QStringLiteral("event"), QStringLiteral("approval_requested"));
    body.insert(QStringLiteral("request"),
                QJsonObject { { QStringLiteral("id"), r->id },
                              { QStringLiteral("action"), r->action },
                              { QStringLiteral("parameters"), Json::visibleParameters(r->parameters) },
                              { QStringLiteral("targets"), targets },
                              { QStringLiteral("requester"), r->requester },
                              { QStringLiteral("beneficiary"), r->subject() },
                              { QStringLiteral("ticket"), r->ticket },
                              { QStringLiteral("comment"), r->comment },
                              { QStringLiteral("digest"), r->digest } });
    body.insert(QStringLiteral("phase"),
                QJsonObject { { QStringLiteral("number"), phase + 1 },
                              { QStringLiteral("count"), r->phaseCount() },
                              { QStringLiteral("name"),
                                phase < r->flow.phases.size() ? r->flow.phases.at(phase).name : QString() } });
    body.insert(QStringLiteral("deadline"), isoTime(r->effectiveDeadline()));
    body.insert(QStringLiteral("token"), *token);
    body.insert(QStringLiteral("replyUrl"), replyUrl);
    return std::optional<ApprovalWebhookCall>(
        ApprovalWebhookCall { *w, QJsonDocument(body).toJson(QJsonDocument::Compact) });
}

Status ApprovalWebhookService::result(const OutboxRow& row, bool ok, const QString& error, const QString& actor,
                                      const NotifyService::Settings& settings)
{
    NotifyStore outbox(m_stores.db);
    const QString name = row.recipient.mid(RecipientPrefix.size());
    return m_stores.db.transaction([&]() -> Status {
        auto failures = m_store.recordResult(name, ok, error);
        CS_TRY(failures);
        if (ok)
            return outbox.markSent(row.id, m_stores.clock.nowMs());
        auto hook = m_store.webhook(name);
        CS_TRY(hook);
        if (!hook->enabled || *failures < settings.webhookFailureLimit)
            return m_notify.deliveryFailed(row, error, settings);
        CS_TRY(m_store.setEnabled(name, false)); // by the rule: no admin's name
        CS_TRY(m_stores.audit.append(actor, AuditEvent::ApprovalWebhookDisabled, 0,
                                     { { QStringLiteral("name"), name },
                                       { QStringLiteral("failures"), *failures },
                                       { QStringLiteral("error"), error } }));
        CS_TRY(toAdmins(row, name,
                        QStringLiteral("failed %1 times in a row and is disabled (last error: %2; re-enable it with: "
                                       "countersign-cli webhook enable %3)")
                            .arg(*failures)
                            .arg(error, name)));
        return outbox.markFailed(row.id,
                                 QStringLiteral("approval webhook disabled; the admins were told: %1").arg(error));
    });
}

} // namespace cs
