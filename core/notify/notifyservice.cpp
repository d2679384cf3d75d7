#include <QRegularExpression>
#include <QUrl>
#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/notify/notifier.h>
#include <core/notify/notifyservice.h>
#include <core/requests/requeststore.h>

namespace cs {
namespace {

const QStringList kChannels { NoticeChannel::Email };
const QStringList kFormats { QStringLiteral("json"), QStringLiteral("slack"), QStringLiteral("teams") };

Status checkEventAndChannel(const QString& event, const QString& channel)
{
    if (!Notice::events().contains(event))
        return Error::invalid(CoreText::tr("There is no notice \"%1\"; choose one of: %2.")
                                  .arg(event, Notice::events().join(QStringLiteral(", "))));
    if (!kChannels.contains(channel))
        return Error::invalid(CoreText::tr("There is no channel \"%1\" for people's notices; choose one of: %2.")
                                  .arg(channel, kChannels.join(QStringLiteral(", "))));
    return {};
}

Result<NoticeMode> parsedMode(const QString& mode)
{
    NoticeMode m;
    if (!parseMode(mode, &m))
        return Error::invalid(CoreText::tr("\"%1\" is not a notice mode; choose off, immediate or digest.").arg(mode));
    return m;
}

} // namespace

NotifyService::NotifyService(const Stores& stores, NotifyStore& store, Notifier& notifier)
    : m_stores(stores)
    , m_store(store)
    , m_notifier(notifier)
{ }

Result<int> NotifyService::expandEvents(int limit)
{
    return m_notifier.expand(limit);
}

Status NotifyService::requireAdmin(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->roles.contains(Role::Admin))
        return Error::forbidden(CoreText::tr("Only admins can change notification defaults and webhooks."));
    return {};
}

Result<QList<NoticePreference>> NotifyService::preferences(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    auto choices = m_store.choicesOf(user->login);
    CS_TRY(choices);
    QList<NoticePreference> out;
    for (const QString& event : Notice::events())
        for (const QString& channel : kChannels)
            out.append(
                Notifier::resolve(event, channel, choices->value(event + QLatin1Char('|') + channel), user->login));
    return out;
}

Status NotifyService::setPreference(const QString& actor, const QString& event, const QString& channel,
                                    const QString& mode)
{
    CS_TRY(checkEventAndChannel(event, channel));
    auto m = parsedMode(mode);
    CS_TRY(m);
    return m_stores.db.transaction([&]() -> Status {
        auto user = m_stores.directory.activeUser(actor);
        CS_TRY(user);
        auto choices = m_store.choices(event, channel);
        CS_TRY(choices);
        const NoticePreference now = Notifier::resolve(event, channel, *choices, QString());
        if (now.mandatory && *m == NoticeMode::Off)
            return Error::forbidden(CoreText::tr("An admin made \"%1\" mandatory: it cannot be switched off "
                                                 "(choose immediate or digest).")
                                        .arg(event));
        return m_store.setChoice(user->login, event, channel, { *m, false });
    });
}

Status NotifyService::setDefault(const QString& actor, const QString& event, const QString& channel,
                                 const QString& mode, bool mandatory)
{
    CS_TRY(checkEventAndChannel(event, channel));
    auto m = parsedMode(mode);
    CS_TRY(m);
    if (mandatory && *m == NoticeMode::Off)
        return Error::invalid(CoreText::tr("A mandatory notice cannot default to off."));
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        CS_TRY(m_store.setChoice(QString(), event, channel, { *m, mandatory }));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::NotifyDefaultChanged, 0,
                                     { { QStringLiteral("event"), event },
                                       { QStringLiteral("channel"), channel },
                                       { QStringLiteral("mode"), modeName(*m) },
                                       { QStringLiteral("mandatory"), mandatory } });
    });
}

Status NotifyService::addWebhook(const QString& actor, const QString& name, const QString& url, const QString& format)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    if (!validName.match(name).hasMatch())
        return Error::invalid(CoreText::tr("A webhook name is 1 to 63 lower-case letters, digits, '-' or '_' "
                                           "(\"%1\" is not).")
                                  .arg(name));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QStringLiteral("https") && parsed.scheme() != QStringLiteral("http"))
        || parsed.host().isEmpty())
        return Error::invalid(CoreText::tr("\"%1\" is not an http:// or https:// address.").arg(url));
    if (!kFormats.contains(format))
        return Error::invalid(CoreText::tr("There is no webhook format \"%1\"; choose one of: %2.")
                                  .arg(format, kFormats.join(QStringLiteral(", "))));
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto existing = found(m_store.webhook(name));
        CS_TRY(existing);
        if (*existing)
            return Error::conflict(CoreText::tr("There is already a webhook \"%1\".").arg(name));
        CS_TRY(m_store.insertWebhook({ name, url, format, true, 0, {}, m_stores.clock.nowMs() }));
        // The address is not audited: incoming-webhook addresses carry their own secret.
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::NotifyWebhookAdded, 0,
                                     { { QStringLiteral("name"), name },
                                       { QStringLiteral("host"), parsed.host() },
                                       { QStringLiteral("format"), format } });
    });
}

Result<QList<Webhook>> NotifyService::webhooks(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->readsEverything())
        return Error::forbidden(CoreText::tr("Only admins and auditors can list webhooks."));
    return m_store.webhooks();
}

Status NotifyService::enableWebhook(const QString& actor, const QString& name)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        CS_TRY(m_store.setWebhookEnabled(name, true));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::NotifyWebhookEnabled, 0,
                                     { { QStringLiteral("name"), name } });
    });
}

Status NotifyService::testWebhook(const QString& actor, const QString& name)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        CS_TRY(m_store.webhook(name));
        // The notifier queues the test notice for this entry.
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::NotifyWebhookTested, 0,
                                     { { QStringLiteral("name"), name } });
    });
}

Result<QList<OutboxRow>> NotifyService::outbox(const QString& actor, int limit, qint64 afterId)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->readsEverything())
        return Error::forbidden(CoreText::tr("Only admins and auditors can read the notification outbox."));
    return m_store.rows(limit, afterId);
}

Result<QList<OutboxRow>> NotifyService::claim(const QString& claimer, int limit, const Settings& settings)
{
    const qint64 now = m_stores.clock.nowMs();
    return m_store.claim(claimer, now, now - settings.claimLeaseMs, limit);
}

Status NotifyService::releaseClaims(const QString& claimer)
{
    return m_store.releaseClaims(claimer);
}

Result<std::optional<RequestDetails>> NotifyService::requestFor(const OutboxRow& row)
{
    if (row.requestId <= 0)
        return std::optional<RequestDetails>();
    RequestDetails d;
    auto r = m_stores.requests.load(row.requestId);
    CS_TRY(r);
    d.request = *r;
    auto decisions = m_stores.requests.decisions(row.requestId);
    CS_TRY(decisions);
    d.decisions = *decisions;
    auto version = m_stores.actions.version(r->action, r->actionVersion);
    CS_TRY(version);
    d.version = *version;
    return std::optional<RequestDetails>(d);
}

Result<NoticeMessage> NotifyService::render(const OutboxRow& row)
{
    auto d = requestFor(row);
    CS_TRY(d);
    return renderNotice(row, *d ? &**d : nullptr);
}

Status NotifyService::delivered(const OutboxRow& row)
{
    return m_store.markSent(row.id, m_stores.clock.nowMs());
}

Status NotifyService::deliveryFailed(const OutboxRow& row, const QString& error, const Settings& settings)
{
    if (row.attempts >= settings.maxAttempts)
        return m_store.markFailed(row.id, error);
    qint64 wait = settings.firstRetryMs;
    for (int i = 1; i < row.attempts && wait < settings.maxRetryMs; ++i)
        wait *= 2;
    return m_store.markRetry(row.id, m_stores.clock.nowMs() + qMin(wait, settings.maxRetryMs), error);
}

Status NotifyService::toAdmins(const OutboxRow& about, const QString& event, const QString& note)
{
    auto users = m_stores.directory.users();
    CS_TRY(users);
    for (const User& u : std::as_const(*users)) {
        if (!u.active || !u.roles.contains(Role::Admin) || u.email.trimmed().isEmpty())
            continue;
        OutboxRow row = about;
        row.id = 0;
        row.createdAt = m_stores.clock.nowMs();
        row.event = event;
        row.channel = NoticeChannel::Email;
        row.recipient = u.login;
        row.address = u.email.trimmed();
        row.note = note;
        row.digest = false;
        row.dueAt = row.createdAt;
        CS_TRY(m_store.insert(row));
    }
    return {};
}

Status NotifyService::fanOut(const OutboxRow& row)
{
    return m_stores.db.transaction([&]() -> Status {
        auto hooks = m_store.webhooks();
        CS_TRY(hooks);
        for (const Webhook& w : std::as_const(*hooks)) {
            OutboxRow one = row;
            one.recipient = w.name;
            if (w.enabled) {
                CS_TRY(m_store.insert(one));
            } else {
                one.via = w.name;
                CS_TRY(toAdmins(
                    one, row.event,
                    QStringLiteral("(Meant for webhook \"%1\", which is disabled.) %2").arg(w.name, row.note)));
            }
        }
        return m_store.markSent(row.id, m_stores.clock.nowMs());
    });
}

Result<std::optional<Webhook>> NotifyService::webhookFor(const OutboxRow& row)
{
    std::optional<Webhook> out;
    const Status s = m_stores.db.transaction([&]() -> Status {
        auto hook = found(m_store.webhook(row.recipient));
        CS_TRY(hook);
        if (!*hook)
            return m_store.markFailed(row.id, QStringLiteral("the webhook no longer exists"));
        auto w = m_store.webhook(row.recipient);
        CS_TRY(w);
        if (w->enabled) {
            out = *w;
            return {};
        }
        OutboxRow rerouted = row;
        rerouted.via = row.recipient;
        CS_TRY(
            toAdmins(rerouted, row.event,
                     QStringLiteral("(Meant for webhook \"%1\", which is disabled.) %2").arg(row.recipient, row.note)));
        return m_store.markSent(row.id, m_stores.clock.nowMs());
    });
    if (!s.ok())
        return s.error();
    return out;
}

Status NotifyService::webhookResult(const OutboxRow& row, bool ok, const QString& error, const QString& actor,
                                    const Settings& settings)
{
    return m_stores.db.transaction([&]() -> Status {
        auto failures = m_store.recordWebhookResult(row.recipient, ok, error);
        CS_TRY(failures);
        if (ok)
            return m_store.markSent(row.id, m_stores.clock.nowMs());
        auto hook = m_store.webhook(row.recipient);
        CS_TRY(hook);
        if (!hook->enabled || *failures < settings.webhookFailureLimit)
            return deliveryFailed(row, error, settings);
        CS_TRY(m_store.setWebhookEnabled(row.recipient, false));
        CS_TRY(m_stores.audit.append(actor, AuditEvent::NotifyWebhookDisabled, 0,
                                     { { QStringLiteral("name"), row.recipient },
                                       { QStringLiteral("failures"), *failures },
                                       { QStringLiteral("error"), error } }));
        // The admins are told, and get this notice instead (and every later one, until re-enabled).
        OutboxRow rerouted = row;
        rerouted.via = row.recipient;
        CS_TRY(toAdmins(rerouted, Notice::WebhookDisabled,
                        QStringLiteral("Webhook \"%1\" failed %2 times in a row and is disabled (last error: %3). "
                                       "Re-enable it with: countersign-cli notify webhook enable %1")
                            .arg(row.recipient)
                            .arg(*failures)
                            .arg(error)));
        CS_TRY(
            toAdmins(rerouted, row.event,
                     QStringLiteral("(Meant for webhook \"%1\", which is disabled.) %2").arg(row.recipient, row.note)));
        return m_store.markFailed(row.id,
                                  QStringLiteral("webhook disabled; sent to the admins instead: %1").arg(error));
    });
}

} // namespace cs
