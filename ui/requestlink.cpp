#include <QCoreApplication>
#include <QRegularExpression>
#include <ui/requestlink.h>

namespace cs::ui {

Result<qint64> requestIdFromLink(const QString& link)
{
    // Strict on purpose: digits only, no sign, no padding, nothing after the number.
    static const QRegularExpression form(QStringLiteral("^countersign://request/([1-9][0-9]{0,17})/?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = form.match(link.trimmed());
    if (!match.hasMatch())
        return Error::invalid(QCoreApplication::translate("cs::ui::RequestLink",
                                                          "\"%1\" is not a Countersign link (countersign://request/"
                                                          "NUMBER).")
                                  .arg(link.left(80)));
    return match.captured(1).toLongLong();
}

} // namespace cs::ui
