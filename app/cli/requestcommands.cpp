// request, run, list, show, approve, reject (one or many), cancel and expire.
#include <QJsonArray>
#include <cli/commands.h>
#include <cli/parameterinput.h>
#include <core/views/feedbackview.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>

namespace cs::cli {
namespace {

Result<qint64> requestId(const QString& text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(QStringLiteral("\"%1\" is not a request number.").arg(text.left(40)));
    return id;
}

int submit(CliContext& ctx, SubmitMode mode)
{
    SubmitInput input;
    input.action = ctx.line.positionals.at(0);
    input.targets = ctx.line.all(QStringLiteral("target"));
    input.comment = ctx.line.option(QStringLiteral("comment"));
    input.key = ctx.line.option(QStringLiteral("key"));
    if (ctx.line.has(QStringLiteral("key")) && input.key.isEmpty())
        return ctx.fail(QStringLiteral("--key takes a key of your choosing."), Usage);
    if (const Status grant = readGrantOptions(ctx.line, input); !grant.ok())
        return ctx.fail(grant.error().message, Usage);
    // Issues 17 and 19: the person the request is for, and the ticket the policy's intake asks for.
    input.behalfOf = ctx.line.option(QStringLiteral("behalf-of"));
    input.ticket = ctx.line.option(QStringLiteral("ticket"));
    if (ctx.line.has(QStringLiteral("behalf-of")) && input.behalfOf.trimmed().isEmpty())
        return ctx.fail(QStringLiteral("--behalf-of takes the login of the person the request is for."), Usage);
    // Which parameters are secret decides where their values may come from.
    auto version = ctx.ws().actions().currentVersion(input.action);
    if (!version.ok())
        return ctx.fail(version.error());
    QSet<QString> secretNames;
    for (const ParameterDefinition& d : version->definition.parameters)
        if (d.type == ParameterType::Secret)
            secretNames.insert(d.name);
    auto parameters = collectParameters(ctx.line, secretNames, standardParameterReaders());
    if (!parameters.ok())
        return ctx.fail(parameters.error().message, Usage);
    input.parameters = *parameters;
    auto r = ctx.ws().requests().submit(ctx.actor(), input, mode);
    if (!r.ok() && r.error().code == Error::Code::OutcomeUnknown)
        return ctx.fail(
            r.error().message
                + (input.key.isEmpty()
                       ? QStringLiteral(" Look for it with \"countersign-cli list outgoing\" before submitting again.")
                       : QStringLiteral(" Submit again with the same --key: that finds the request if it was saved.")),
            OutcomeUnknown);
    if (!r.ok())
        return ctx.fail(r.error());
    if (ctx.json()) {
        ctx.printJson(Json::request(*r));
    } else if (r->state == RequestState::Pending) {
        ctx.print(QStringLiteral("Request #%1 submitted: %2. Track it with \"countersign-cli list outgoing\".")
                      .arg(r->id)
                      .arg(r->phaseLabel()));
    } else {
        ctx.print(QStringLiteral("Request #%1 approved without a vote (%2); it is ready to run.")
                      .arg(r->id)
                      .arg(r->bypass.value(QStringLiteral("reason")).toString()));
    }
    return Ok;
}

enum class Verdict { Approve, Reject, Cancel };

int decideOrCancel(CliContext& ctx, Verdict verdict)
{
    auto id = requestId(ctx.line.positionals.at(0));
    if (!id.ok())
        return ctx.fail(id.error().message, Usage);
    const QString comment = ctx.line.option(QStringLiteral("comment"));
    RequestService& service = ctx.ws().requests();
    Result<Request> r = verdict == Verdict::Cancel
        ? service.cancel(ctx.actor(), *id, comment)
        : service.decide(ctx.actor(), *id, verdict == Verdict::Approve, comment);
    if (!r.ok() && r.error().code == Error::Code::OutcomeUnknown)
        return ctx.fail(r.error().message + QStringLiteral(" Check with \"countersign-cli show %1\".").arg(*id),
                        OutcomeUnknown);
    if (!r.ok())
        return ctx.fail(r.error());
    if (ctx.json()) {
        ctx.printJson(Json::request(*r));
        return Ok;
    }
    QString message = QStringLiteral("Request #%1 is now %2").arg(r->id).arg(stateName(r->state));
    if (r->state == RequestState::Pending)
        message += QStringLiteral(" (") + r->phaseLabel() + QLatin1Char(')');
    ctx.print(message + QLatin1Char('.'));
    return Ok;
}

const char* bulkStatusName(BulkDecisionResult::Status status)
{
    switch (status) {
    case BulkDecisionResult::Status::Done:
        return "done";
    case BulkDecisionResult::Status::Refused:
        return "refused";
    case BulkDecisionResult::Status::Unknown:
        return "unknown";
    }
    return "unknown";
}

// approve/reject ID...: core's pre-flight preview (--preview), or each request decided in its own
// transaction with a line per request and a summary; exit 0 only if every one was decided.
int decideMany(CliContext& ctx, bool approve)
{
    QList<qint64> ids;
    for (const QString& word : std::as_const(ctx.line.positionals)) {
        auto id = requestId(word);
        if (!id.ok())
            return ctx.fail(id.error().message, Usage); // nothing is decided on a mistyped list
        ids.append(*id);
    }
    RequestService& service = ctx.ws().requests();
    if (ctx.line.has(QStringLiteral("preview"))) {
        auto preview = service.previewDecisions(ctx.actor(), ids, approve);
        if (!preview.ok())
            return ctx.fail(preview.error());
        int refused = 0;
        QJsonArray items;
        QString text;
        for (const DecisionPreview& p : std::as_const(*preview)) {
            refused += p.willDecide() ? 0 : 1;
            items.append(QJsonObject { { QStringLiteral("id"), p.id },
                                       { QStringLiteral("willDecide"), p.willDecide() },
                                       { QStringLiteral("action"), p.action },
                                       { QStringLiteral("targets"), QJsonArray::fromStringList(p.targets) },
                                       { QStringLiteral("agents"), QJsonArray::fromStringList(p.agents) },
                                       { QStringLiteral("effect"), p.sentence() } });
            text += QStringLiteral("#%1 %2: %3\n")
                        .arg(p.id)
                        .arg(p.willDecide() ? QStringLiteral("would be decided") : QStringLiteral("refused"),
                             p.sentence());
        }
        if (ctx.json())
            ctx.printJson(QJsonObject { { QStringLiteral("preview"), items } });
        else
            ctx.print(text
                      + QStringLiteral("Nothing was decided: %1 of %2 would be %3, %4 refused.")
                            .arg(preview->size() - refused)
                            .arg(preview->size())
                            .arg(approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
                            .arg(refused));
        return Ok;
    }

    QList<BulkDecisionItem> items;
    const QString comment = ctx.line.option(QStringLiteral("comment"));
    for (qint64 id : std::as_const(ids))
        items.append({ id, comment });
    const QList<BulkDecisionResult> results = service.decideMany(ctx.actor(), items, approve);
    int done = 0;
    int exit = Ok;
    QJsonArray report;
    QString text;
    for (const BulkDecisionResult& r : results) {
        if (r.status == BulkDecisionResult::Status::Done)
            ++done;
        else if (exit == Ok || r.status == BulkDecisionResult::Status::Unknown)
            exit = r.status == BulkDecisionResult::Status::Unknown ? OutcomeUnknown : exitCodeFor(r.code);
        QJsonObject line { { QStringLiteral("id"), r.id },
                           { QStringLiteral("status"), QLatin1String(bulkStatusName(r.status)) },
                           { QStringLiteral("message"), r.message } };
        if (r.status == BulkDecisionResult::Status::Done)
            line.insert(QStringLiteral("request"), Json::request(r.request));
        report.append(line);
        text += QStringLiteral("#%1 %2: %3\n").arg(r.id).arg(QLatin1String(bulkStatusName(r.status)), r.message);
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("results"), report },
                                    { QStringLiteral("decided"), done },
                                    { QStringLiteral("notDecided"), int(results.size()) - done } });
    } else {
        text += QStringLiteral("%1 of %2 %3; %4 not.")
                    .arg(done)
                    .arg(results.size())
                    .arg(approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
                    .arg(results.size() - done);
        ctx.print(text);
    }
    return exit;
}

} // namespace

int requestApproval(CliContext& ctx)
{
    return submit(ctx, SubmitMode::RequestApproval);
}

int runDirect(CliContext& ctx)
{
    return submit(ctx, SubmitMode::RunDirect);
}

int approveRequest(CliContext& ctx)
{
    if (ctx.line.positionals.size() > 1 || ctx.line.has(QStringLiteral("preview")))
        return decideMany(ctx, true);
    return decideOrCancel(ctx, Verdict::Approve);
}

int rejectRequest(CliContext& ctx)
{
    if (ctx.line.positionals.size() > 1 || ctx.line.has(QStringLiteral("preview")))
        return decideMany(ctx, false);
    return decideOrCancel(ctx, Verdict::Reject);
}

int cancelRequest(CliContext& ctx)
{
    return decideOrCancel(ctx, Verdict::Cancel);
}

int listRequests(CliContext& ctx)
{
    const QString which = ctx.line.positionals.at(0);
    if (which == QLatin1String("active"))
        return listActive(ctx); // time-bound access: the grants still in force
    QList<RequestState> states;
    const QString statusOption = ctx.line.option(QStringLiteral("status"));
    if (statusOption.isEmpty() && which == QLatin1String("incoming"))
        states = { RequestState::Pending };
    else if (!statusOption.isEmpty() && statusOption != QLatin1String("any")) {
        for (const QString& name : statusOption.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = stateFromName(name.trimmed());
            if (!state)
                return ctx.fail(QStringLiteral("Unknown status \"%1\"; use %2 or any.")
                                    .arg(name, allStateNames().join(QStringLiteral(", "))),
                                Usage);
            states.append(*state);
        }
    }
    const int limit = ctx.line.has(QStringLiteral("limit")) ? ctx.line.option(QStringLiteral("limit")).toInt() : 200;
    const qint64 before = QString(ctx.line.option(QStringLiteral("before"))).remove(QLatin1Char('#')).toLongLong();
    if (limit < 1 || limit > 10000 || (ctx.line.has(QStringLiteral("before")) && before <= 0))
        return ctx.fail(QStringLiteral("--limit takes 1 to 10000, and --before a request number."), Usage);
    RequestService& service = ctx.ws().requests();
    const QString search = ctx.line.option(QStringLiteral("search"));
    Result<RequestPage> page = which == QLatin1String("incoming")
        ? service.incoming(ctx.actor(), states, before, limit, search)
        : which == QLatin1String("outgoing") ? service.outgoing(ctx.actor(), states, before, limit, search)
        : which == QLatin1String("all")
        ? service.all(ctx.actor(), states, before, limit, search)
        : Result<RequestPage>(
            Error::invalid(QStringLiteral("List incoming, outgoing, all or active, not \"%1\".").arg(which)));
    if (!page.ok())
        return ctx.fail(page.error().message,
                        page.error().code == Error::Code::Invalid ? Usage : exitCodeFor(page.error().code));
    for (const QString& problem : std::as_const(page->integrityProblems))
        ctx.fail(QStringLiteral("warning: ") + problem, Integrity); // reported, listing goes on
    if (ctx.json()) {
        QJsonArray a;
        for (const Request& r : std::as_const(page->requests))
            a.append(Json::request(r));
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const Request& r : std::as_const(page->requests))
        text += requestSummaryLine(r) + QLatin1Char('\n');
    if (page->nextBeforeId > 0)
        text += QStringLiteral("(more: --before %1)\n").arg(page->nextBeforeId);
    ctx.print(text.isEmpty() ? QStringLiteral("No requests.") : text);
    return Ok;
}

int showRequest(CliContext& ctx)
{
    auto id = requestId(ctx.line.positionals.at(0));
    if (!id.ok())
        return ctx.fail(id.error().message, Usage);
    auto details = ctx.ws().requests().details(ctx.actor(), *id);
    if (!details.ok())
        return ctx.fail(details.error());
    auto execution = ctx.ws().executions().execution(*id);
    auto dispatch = ctx.ws().executions().lastDispatch(*id);
    if (!execution.ok() || !dispatch.ok())
        return ctx.fail(!execution.ok() ? execution.error() : dispatch.error());
    // Feedback decides nothing: shown after the decisions, apart from them.
    auto feedback = ctx.ws().requests().feedback(ctx.actor(), *id);
    if (!feedback.ok())
        return ctx.fail(feedback.error());
    if (ctx.json()) {
        QJsonObject json = Json::details(*details, *execution, *dispatch);
        json.insert(QStringLiteral("feedback"), Json::feedback(*feedback));
        ctx.printJson(json);
    } else
        ctx.print(requestAsText(*details, *execution, *dispatch) + feedbackAsText(*feedback)
                  + (!details->eligibility.canDecide ? QString()
                         : details->eligibility.onBehalfOf.isEmpty()
                         ? QStringLiteral("You can approve or reject this request.\n")
                         : QStringLiteral("You can approve or reject this request for %1, whose approvals you hold.\n")
                               .arg(details->eligibility.onBehalfOf)));
    return Ok;
}

int expireRequests(CliContext& ctx)
{
    auto expired = ctx.ws().requests().expireDue(ctx.actor());
    if (!expired.ok())
        return ctx.fail(expired.error());
    if (ctx.json()) {
        QJsonArray a;
        for (qint64 id : *expired)
            a.append(id);
        ctx.printJson(QJsonObject { { QStringLiteral("expired"), a } });
    } else {
        QStringList ids;
        for (qint64 id : *expired)
            ids << QStringLiteral("#%1").arg(id);
        ctx.print(ids.isEmpty() ? QStringLiteral("No request has passed its deadline.")
                                : QStringLiteral("Expired: %1.").arg(ids.join(QStringLiteral(", "))));
    }
    return Ok;
}

} // namespace cs::cli
