#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <core/common/result.h>
#include <core/policy/policy.h>
#include <vector>

namespace cs {

// A request row's columns as stored, text as its UTF-8 bytes read in place (from a binary COPY's
// row, or from values the reader holds): what the integrity check reads of every request.
struct StoredRequestRow
{
    qint64 id = 0;
    // What the digest covers (Request::digestInput), JSON columns as their stored text.
    QByteArrayView action;
    qint64 actionVersion = 0;
    QByteArrayView versionDigest;
    QByteArrayView requester;
    QByteArrayView comment;
    QByteArrayView parameters;
    QByteArrayView targets;
    QByteArrayView policy;
    QByteArrayView bypass;
    qint64 deadline = 0;
    qint64 durationSeconds = 0;
    qint64 notBefore = 0;
    qint64 previousRequest = 0;
    QByteArrayView behalfOf;
    QByteArrayView ticket;
    // Beside the digest.
    QByteArrayView state;
    qint64 phase = 0;
    qint64 phaseCount = 0;
    QByteArrayView digest;
};

// The request digest (Request::computeDigest) written from the row's stored bytes, its keys in
// digestInput()'s sorted order and the JSON columns' text as they are: nothing parsed or decoded.
// Into `hex` (64 lower-case digits); false when a value needs the general writer (a control
// character) or libcrypto cannot hash. Equal to the stored digest only if the stored JSON texts
// are canonical, as Countersign writes them.
bool storedTextDigest(const StoredRequestRow& row, std::vector<char>& room, char (&hex)[64]);

// Whether `text` is one bracketed JSON value opening with `open` and nothing after it, judged by
// its brackets and strings alone. Beside a digest equal to the one recorded at submission, it pins
// each JSON column to the bytes written then: bytes moved from one column into the next leave one
// of them unclosed or with something after its end (the policy's parse catches most such moves
// too; this catches them in every column, whatever the policy).
bool isOneBracketedValue(QByteArrayView text, char open);

// Whether a request's phase and its stored phase count fit a policy of `phases` phases (the phase
// after the last: approved, and beyond).
inline bool phaseFitsPolicy(qint64 phase, qint64 phaseCount, qsizetype phases)
{
    return phase >= 0 && phase <= phases && phaseCount == phases;
}

// A stored policy snapshot's flow (RequestStore reads it; the integrity screen counts its phases).
Result<Flow> flowOfStoredPolicy(const QByteArray& policyText);

} // namespace cs
