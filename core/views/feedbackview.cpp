#include <QJsonObject>
#include <core/common/clock.h>
#include <core/common/visibletext.h>
#include <core/views/feedbackview.h>

namespace cs {

QJsonArray Json::feedback(const QList<Feedback>& feedback)
{
    QJsonArray out;
    for (const Feedback& f : feedback) {
        QJsonArray versions;
        for (const FeedbackVersion& v : f.versions)
            versions.append(QJsonObject { { QStringLiteral("comment"), v.comment },
                                          { QStringLiteral("writtenAt"), isoTime(v.writtenAt) } });
        out.append(QJsonObject { { QStringLiteral("login"), f.login },
                                 { QStringLiteral("vote"), voteName(f.vote) },
                                 { QStringLiteral("comment"), f.comment },
                                 { QStringLiteral("updatedAt"), isoTime(f.updatedAt) },
                                 { QStringLiteral("versions"), versions } });
    }
    return out;
}

QString feedbackAsText(const QList<Feedback>& feedback)
{
    if (feedback.isEmpty())
        return {};
    int up = 0;
    int down = 0;
    for (const Feedback& f : feedback) {
        up += f.vote > 0 ? 1 : 0;
        down += f.vote < 0 ? 1 : 0;
    }
    QString text = QStringLiteral("Feedback (decides nothing): %1 up, %2 down\n").arg(up).arg(down);
    for (const Feedback& f : feedback) {
        text += QStringLiteral("  %1 %2").arg(f.login, voteName(f.vote));
        if (!f.comment.isEmpty())
            text += QStringLiteral(": \"%1\"").arg(escapeInvisibleCharacters(f.comment));
        if (f.versions.size() > 1)
            text += QStringLiteral(" (edited; %1 versions kept)").arg(f.versions.size());
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace cs
