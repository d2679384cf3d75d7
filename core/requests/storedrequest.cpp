#include <core/common/canonicaljson.h>
#include <core/common/canonicalwriter.h>
#include <core/requests/storedrequest.h>
#include <openssl/sha.h>

namespace cs {

bool storedTextDigest(const StoredRequestRow& row, std::vector<char>& room, char (&hex)[64])
{
    const qsizetype strings = row.action.size() + row.versionDigest.size() + row.requester.size() + row.comment.size()
        + row.behalfOf.size() + row.ticket.size();
    const qsizetype json = row.parameters.size() + row.targets.size() + row.policy.size() + row.bypass.size();
    CanonicalWriter text(room, size_t(256 + 2 * strings + json + 6 * 22));
    text.key("{\"action\":");
    text.string(row.action);
    text.key(",\"actionVersion\":");
    text.integer(row.actionVersion);
    if (!row.behalfOf.isEmpty()) {
        text.key(",\"behalfOf\":");
        text.string(row.behalfOf);
    }
    text.key(",\"bypass\":");
    text.raw(row.bypass);
    text.key(",\"comment\":");
    text.string(row.comment);
    text.key(",\"deadline\":");
    text.number(row.deadline);
    if (row.durationSeconds > 0) {
        text.key(",\"durationSeconds\":");
        text.number(row.durationSeconds);
    }
    if (row.notBefore > 0) {
        text.key(",\"notBefore\":");
        text.number(row.notBefore);
    }
    text.key(",\"parameters\":");
    text.raw(row.parameters);
    text.key(",\"policy\":");
    text.raw(row.policy);
    if (row.previousRequest > 0) {
        text.key(",\"previousRequest\":");
        text.number(row.previousRequest);
    }
    text.key(",\"requester\":");
    text.string(row.requester);
    text.key(",\"targets\":");
    text.raw(row.targets);
    if (!row.ticket.isEmpty()) {
        text.key(",\"ticket\":");
        text.string(row.ticket);
    }
    text.key(",\"versionDigest\":");
    text.string(row.versionDigest);
    text.key("}");
    unsigned char digest[SHA256_DIGEST_LENGTH];
    if (!text.exact() || !sha256Raw(text.data(), text.size(), digest))
        return false;
    writeHex(digest, sizeof digest, hex);
    return true;
}

bool isOneBracketedValue(QByteArrayView text, char open)
{
    if (text.isEmpty() || text.front() != open)
        return false;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i == text.size() - 1;
        }
    }
    return false;
}

Result<Flow> flowOfStoredPolicy(const QByteArray& policyText)
{
    QJsonObject policy;
    QString problem;
    if (!parseJsonObject(policyText, &policy, &problem))
        return Error::integrity(QStringLiteral("policy: ") + problem);
    return Flow::fromJson(policy);
}

} // namespace cs
