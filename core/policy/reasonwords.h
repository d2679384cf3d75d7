#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <core/policy/policy.h>

namespace cs::ReasonWords {

// Why a request needed no approval, as stored in its record.
enum class Bypass { NoPhases, BypassGroup, AutomaticPhases };

// The words stored in the record (a decision's basis, a request's bypass) are English and the
// same for everyone: they are part of what the audit chain hashes. People read them in their own
// language: the stored words are recognised and translated here, the one place that knows both.
// Words this version does not know (written by another one) are shown as stored.

// "member of group approvers": why an approver's vote counted under a criterion of this kind.
QString storedReason(CriterionKind kind, const QString& value);
// A stored reason in the reader's language.
QString reasonForPeople(const QString& stored);
// A decision's basis (its criteria's reasons) in the reader's language, joined with commas.
QString basisForPeople(const QJsonArray& basis);

QString storedBypass(Bypass why);
// A stored bypass reason in the reader's language.
QString bypassForPeople(const QString& stored);
QString bypassForPeople(Bypass why);
// A request's whole bypass ({"reason"} with its "group" or "rule") in the reader's language:
// "member of the no-approval-needed group (night-shift)", "no approval phases (rule default)".
QString bypassForPeople(const QJsonObject& bypass);

} // namespace cs::ReasonWords
