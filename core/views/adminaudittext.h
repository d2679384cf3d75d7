#pragma once

#include <QJsonObject>
#include <core/views/audittext.h>
#include <optional>

namespace cs {

// The audit sentences of administration: people and groups (by hand or from the directory), service
// accounts, targets, workflows, checkpoints, delegations and webhooks; none for an event of another area.
std::optional<QString> adminEventSentence(const QString& event, const QJsonObject& p, const TimeText& when);

} // namespace cs
