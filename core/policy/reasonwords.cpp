#include <QJsonObject>
#include <core/common/coretext.h>
#include <core/policy/reasonwords.h>

namespace cs::ReasonWords {
namespace {

// The stored words and what people read; %1 is the group, role or webhook.
struct Words
{
    const char* stored;
    const char* forPeople;
};

Words basisWords(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::User:
        return { "named approver", QT_TRANSLATE_NOOP("core", "named approver") };
    case CriterionKind::Group:
        return { "member of group %1", QT_TRANSLATE_NOOP("core", "member of group %1") };
    case CriterionKind::Role:
        return { "has role %1", QT_TRANSLATE_NOOP("core", "has role %1") };
    case CriterionKind::Manager:
        return { "manager of the requester", QT_TRANSLATE_NOOP("core", "manager of the requester") };
    case CriterionKind::TargetOwner:
        return { "owner of a target", QT_TRANSLATE_NOOP("core", "owner of a target") };
    case CriterionKind::TeamMember:
        return { "shares the requester's manager", QT_TRANSLATE_NOOP("core", "shares the requester's manager") };
    case CriterionKind::Webhook:
        return { "answered by webhook %1", QT_TRANSLATE_NOOP("core", "answered by webhook %1") };
    case CriterionKind::Automatic:
        break;
    }
    return { "", "" };
}

constexpr CriterionKind kKinds[]
    = { CriterionKind::User,        CriterionKind::Group,      CriterionKind::Role,   CriterionKind::Manager,
        CriterionKind::TargetOwner, CriterionKind::TeamMember, CriterionKind::Webhook };

Words bypassWords(Bypass why)
{
    switch (why) {
    case Bypass::NoPhases:
        return { "approval not required by the policy",
                 QT_TRANSLATE_NOOP("core", "approval not required by the policy") };
    case Bypass::BypassGroup:
        return { "member of the no-approval-needed group",
                 QT_TRANSLATE_NOOP("core", "member of the no-approval-needed group") };
    case Bypass::AutomaticPhases:
        return { "approved automatically by the policy",
                 QT_TRANSLATE_NOOP("core", "approved automatically by the policy") };
    }
    return { "", "" };
}

constexpr Bypass kBypasses[] = { Bypass::NoPhases, Bypass::BypassGroup, Bypass::AutomaticPhases };

// `stored` in the reader's language if it is these words (with any value in place of %1).
std::optional<QString> translated(const Words& words, const QString& stored)
{
    const QString pattern = QString::fromLatin1(words.stored);
    const qsizetype hole = pattern.indexOf(QLatin1String("%1"));
    if (hole < 0)
        return stored == pattern ? std::optional(CoreText::tr(words.forPeople)) : std::nullopt;
    const QStringView before = QStringView(pattern).left(hole);
    const QStringView after = QStringView(pattern).mid(hole + 2);
    if (stored.size() <= before.size() + after.size() || !stored.startsWith(before) || !stored.endsWith(after))
        return std::nullopt;
    const QString value = stored.mid(before.size(), stored.size() - before.size() - after.size());
    return CoreText::tr(words.forPeople).arg(value);
}

} // namespace

QString storedReason(CriterionKind kind, const QString& value)
{
    const QString pattern = QString::fromLatin1(basisWords(kind).stored);
    return pattern.contains(QLatin1String("%1")) ? pattern.arg(value) : pattern;
}

QString reasonForPeople(const QString& stored)
{
    for (CriterionKind kind : kKinds)
        if (auto text = translated(basisWords(kind), stored))
            return *text;
    return stored;
}

QString basisForPeople(const QJsonArray& basis)
{
    QStringList reasons;
    for (const QJsonValue& b : basis)
        reasons << reasonForPeople(b.toObject().value(QStringLiteral("reason")).toString());
    return reasons.join(QStringLiteral(", "));
}

QString storedBypass(Bypass why)
{
    return QString::fromLatin1(bypassWords(why).stored);
}

QString bypassForPeople(Bypass why)
{
    return CoreText::tr(bypassWords(why).forPeople);
}

QString bypassForPeople(const QString& stored)
{
    for (Bypass why : kBypasses)
        if (auto text = translated(bypassWords(why), stored))
            return *text;
    return stored;
}

QString bypassForPeople(const QJsonObject& bypass)
{
    QString reason = bypassForPeople(bypass.value(QStringLiteral("reason")).toString());
    const QString group = bypass.value(QStringLiteral("group")).toString();
    const QString rule = bypass.value(QStringLiteral("rule")).toString();
    if (!group.isEmpty())
        return QStringLiteral("%1 (%2)").arg(reason, group);
    if (!rule.isEmpty())
        return CoreText::tr("%1 (rule %2)").arg(reason, rule);
    return reason;
}

} // namespace cs::ReasonWords
