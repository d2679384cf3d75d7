#pragma once

#include <QString>
#include <core/common/result.h>

namespace cs::agent {

// The demo's local agent (countersign-agent --demo DIR): one place that prepares it for
// packaging/demo.sh and for the desktop client's demo. Its configuration keeps only the hash of a
// token made for this run; the token itself is left, readable by this account only, in
// DIR/demo-agent.token while the agent listens, for the demo's clients to find.
struct DemoAgent
{
    static QString configPath(const QString& dir);
    static QString tokenPath(const QString& dir);

    // Writes DIR/demo-agent.json for the workspace DIR/demo.db on 127.0.0.1:port; returns the new token.
    static Result<QString> prepare(const QString& dir, quint16 port);
    // Once listening: hands the token to the demo's clients (mode 0600).
    static Status publishToken(const QString& dir, const QString& token);
    static void withdrawToken(const QString& dir);
};

} // namespace cs::agent
