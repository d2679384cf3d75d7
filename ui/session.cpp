#include <core/common/identity.h>
#include <ui/session.h>

namespace cs::ui {

Session::Session(std::unique_ptr<Workspace> workspace, const QString& actor, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_actor(normalizeLogin(actor))
{
    auto seq = m_workspace->audit().headSeq();
    m_lastSeq = seq.ok() ? *seq : -1;
    connect(&m_poll, &QTimer::timeout, this, &Session::checkForChanges);
    const bool notified = m_workspace->database().subscribeToChanges(this, [this] { checkForChanges(); });
    m_poll.start(notified ? 3000 : 1000);
}

Session::~Session() = default;

bool Session::isAdmin()
{
    auto user = me();
    return user.ok() && user->roles.contains(Role::Admin);
}

bool Session::readsEverything()
{
    auto reads = m_workspace->auditService().readsEverything(m_actor);
    return reads.ok() && *reads;
}

void Session::setPollInterval(int milliseconds)
{
    m_poll.start(milliseconds);
}

void Session::checkForChanges()
{
    auto seq = m_workspace->audit().headSeq();
    if (!seq.ok()) {
        if (!m_away) {
            m_away = true;
            Q_EMIT connectionLost(seq.error().message);
        }
        return;
    }
    if (m_away) {
        m_away = false;
        Q_EMIT connectionRestored();
    }
    if (*seq == m_lastSeq)
        return;
    m_lastSeq = *seq;
    Q_EMIT changed();
}

} // namespace cs::ui
