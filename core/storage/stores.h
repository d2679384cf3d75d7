#pragma once

namespace cs {

class ActionStore;
class AuditLog;
class Clock;
class Database;
class Directory;
class RequestStore;

// What the services work through: one connection, its clock and the stores over it. Workspace
// wires it once; each service keeps a copy (references only).
struct Stores
{
    Database& db;
    const Clock& clock;
    AuditLog& audit;
    Directory& directory;
    ActionStore& actions;
    RequestStore& requests;
};

} // namespace cs
