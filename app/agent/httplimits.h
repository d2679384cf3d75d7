#pragma once

namespace cs::agent {

// What one client may hold of the agent. The agent answers a handful of small JSON calls, so every
// bound is tight: a client that holds connections open, sends slowly or sends a lot is cut off
// long before it can starve the agent of file descriptors, memory or time.
struct HttpLimits
{
    int maxConnections = 256; // open at once; at the cap the longest-waiting one makes room
    int idleSeconds = 10; // to send a complete request (from connecting, or since the last answer)
    int maxHeaderBytes = 8192; // request line and headers together
    int maxBodyBytes = 4096; // a request body ({"requestId": N} needs a few dozen bytes)
};

} // namespace cs::agent
