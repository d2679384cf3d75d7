#include <ui/dispatchcontroller.h>
#include <ui/logging.h>
#include <ui/prompts.h>
#include <ui/session.h>

namespace cs::ui {

DispatchController::DispatchController(Session& session, CredentialStore& credentials, Prompts& prompts,
                                       QWidget* promptParent, CredentialStore* sessionSecrets)
    : QObject(promptParent)
    , m_session(session)
    , m_credentials(credentials)
    , m_prompts(prompts)
    , m_parent(promptParent)
    , m_thisSession(sessionSecrets ? *sessionSecrets : m_ownSecrets)
    , m_dispatcher(session.workspace().executions(), session.workspace().requestStore(), credentials)
{
    connect(&m_dispatcher, &Dispatcher::tokenMissing, this, &DispatchController::provideToken);
    connect(&m_dispatcher, &Dispatcher::dispatched, this, [this](qint64 id, const QString& error) {
        m_session.checkForChanges();
        if (error.isEmpty())
            Q_EMIT message(tr("Request #%1 was handed to its agent.").arg(id), false);
        else
            Q_EMIT message(tr("Request #%1 waits for its agent: %2 It runs when the agent is back.").arg(id).arg(error),
                           true);
    });
}

void DispatchController::dispatchIfApproved(qint64 requestId)
{
    // Called after every decision: a request that cannot run yet (or already runs) is left alone.
    auto request = m_session.workspace().requestStore().load(requestId);
    if (!request.ok())
        return;
    auto needed = m_session.workspace().executions().needsDispatch(*request);
    if (!needed.ok() || !*needed)
        return;
    // A token given in this session (or made for the demo) first: no keychain round trip.
    if (auto url = m_session.workspace().executions().agentUrlFor(*request);
        url.ok() && qEnvironmentVariableIsEmpty("COUNTERSIGN_AGENT_TOKEN"))
        if (auto token = m_thisSession.read(agentTokenKey(*url)); token.ok()) {
            m_dispatcher.dispatchWithToken(requestId, *url, *token);
            return;
        }
    m_dispatcher.dispatch(requestId);
}

void DispatchController::provideToken(qint64 requestId, const QString& agentUrl, const QString& why)
{
    const QString key = agentTokenKey(agentUrl);
    if (auto remembered = m_thisSession.read(key); remembered.ok()) {
        m_dispatcher.dispatchWithToken(requestId, agentUrl, *remembered);
        return;
    }
    // The keychain's own words (a D-Bus error) go to the log; the person reads one sentence.
    qCInfo(lcUi).noquote() << "no stored token for" << agentUrl << ':' << why;
    const bool canRemember = m_credentials.canRemember();
    const QString reason = canRemember
        ? QString()
        : tr("No system keychain is available, so the token is kept only until Countersign closes.");
    const auto answer = m_prompts.agentToken(m_parent, agentUrl, reason, canRemember);
    if (!answer) {
        Q_EMIT message(tr("Request #%1 is approved and waits for its agent; no token was given, so the agent will pick "
                          "it up on its own.")
                           .arg(requestId),
                       false);
        return;
    }
    static_cast<void>(m_thisSession.write(key, answer->value));
    if (answer->remember && canRemember) {
        if (const Status stored = m_credentials.write(key, answer->value); !stored.ok())
            Q_EMIT message(tr("%1 The token is kept until Countersign closes.").arg(stored.error().message), true);
    }
    m_dispatcher.dispatchWithToken(requestId, agentUrl, answer->value);
}

} // namespace cs::ui
