#include <core/common/coretext.h>
#include <core/views/progresstext.h>

namespace cs {

QString phaseProgress(const Request& r)
{
    if (r.state != RequestState::Pending || r.isBypass() || r.phase >= r.phaseCount())
        return {};
    QStringList parts;
    for (int i = 0; i < r.phase; ++i)
        parts << CoreText::tr("%1 done").arg(r.flow.phases.at(i).name);
    parts << CoreText::tr("waiting for %1 (%2 of %3)")
                 .arg(r.flow.phases.at(r.phase).name)
                 .arg(r.phase + 1)
                 .arg(r.phaseCount());
    return parts.join(QStringLiteral(" · "));
}

} // namespace cs
