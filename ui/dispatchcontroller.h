#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <core/execution/credentialstore.h>
#include <core/execution/dispatcher.h>

namespace cs::ui {

class Prompts;
class Session;

// Sends a request to its agent as soon as it is approved (by the final vote or as a bypass),
// asking once for the agent token and keeping it in the keychain when the person agrees. Tokens
// are also kept for this session (sessionSecrets outlives a Switch user); without a keychain only
// there, and the person is told so in one sentence.
class DispatchController : public QObject
{
    Q_OBJECT

public:
    DispatchController(Session& session, CredentialStore& credentials, Prompts& prompts, QWidget* promptParent,
                       CredentialStore* sessionSecrets = nullptr);

    // Does nothing unless the request is approved and has not run.
    void dispatchIfApproved(qint64 requestId);

Q_SIGNALS:
    void message(const QString& text, bool isError);

private:
    void provideToken(qint64 requestId, const QString& agentUrl, const QString& why);

    Session& m_session;
    CredentialStore& m_credentials;
    Prompts& m_prompts;
    QPointer<QWidget> m_parent;
    MemoryCredentialStore m_ownSecrets; // when nobody gives a session store
    CredentialStore& m_thisSession;
    Dispatcher m_dispatcher;
};

} // namespace cs::ui
