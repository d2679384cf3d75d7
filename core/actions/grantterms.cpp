#include <QRegularExpression>
#include <core/actions/grantterms.h>
#include <core/common/coretext.h>

namespace cs::GrantTerms {

Result<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,7})([smhd])$"));
    const auto m = re.match(text.trimmed());
    const auto invalid = [&] {
        return Error::invalid(CoreText::tr("\"%1\" is not a duration: write a whole number and a unit (s, m, h or d), "
                                           "for example 8h, up to 366d.")
                                  .arg(text.left(40)));
    };
    if (!m.hasMatch())
        return invalid();
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
    if (n > kMaxDurationSeconds / factor)
        return invalid();
    return n * factor;
}

QString formatDuration(qint64 seconds)
{
    if (seconds > 0 && seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds > 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

} // namespace cs::GrantTerms
