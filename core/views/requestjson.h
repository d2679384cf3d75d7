#pragma once

#include <core/actions/action.h>
#include <core/audit/auditlog.h>
#include <core/directory/directory.h>
#include <core/execution/execution.h>
#include <core/requests/requestservice.h>

namespace cs {

// Machine-readable views shared by the CLI's --json, the agent API and exports. Secrets only
// ever appear as their mask.
namespace Json {

inline const QString SecretMask = QStringLiteral("********");

QJsonObject request(const Request& r);
QJsonObject decision(const Decision& d);
QJsonObject auditEntry(const AuditEntry& e);
QJsonObject details(const RequestDetails& d, const std::optional<Execution>& execution = std::nullopt,
                    const std::optional<DispatchAttempt>& dispatch = std::nullopt);
// p is the stored policy (a workflow reference stays one); approvalRequired comes from
// RequestService::approvalRequired, which resolves it.
QJsonObject action(const ActionVersion& v, const PolicyRevision& p, bool approvalRequired);
QJsonObject user(const User& u);
QJsonObject group(const Group& g);
QJsonObject target(const Target& t);

// The parameter values a person may see: secret commitments replaced by the mask.
QJsonObject visibleParameters(const QJsonObject& parameters);

} // namespace Json
} // namespace cs
