#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace cs {

// Feedback on a request (Zenable's model): a vote and a comment that decide nothing. One per
// person and request; the comment's wordings are kept, the newest kFeedbackVersionsKept.
constexpr int kFeedbackMaxLength = 280;
constexpr int kFeedbackVersionsKept = 12;

struct FeedbackVersion
{
    QString comment;
    qint64 writtenAt = 0;
};

struct Feedback
{
    qint64 requestId = 0;
    QString login;
    int vote = 0; // 1 up, -1 down, 0 none
    QString comment; // as it reads now
    qint64 updatedAt = 0;
    QList<FeedbackVersion> versions; // newest first (versions[0] is comment's wording)
};

// What a person changes: the vote, the comment, or both (unset: left as it is).
struct FeedbackInput
{
    std::optional<int> vote;
    std::optional<QString> comment;
};

// "up", "down", "none" and back.
QString voteName(int vote);
std::optional<int> voteFromName(const QString& name);

} // namespace cs
