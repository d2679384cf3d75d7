#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <report/pdfdocument.h>

namespace cs::report {

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

Status writePdf(const QString& path, const QString& title, const QString& body)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Countersign"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 9pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; "
        "margin-top: 14px; } table { border-collapse: collapse; } td, th { padding: 2px 6px; vertical-align: top; } "
        "th { text-align: left; background: #e8e8e8; } .mono { font-family: 'DejaVu Sans Mono'; font-size: 7pt; } "
        ".bad { color: #b00020; font-weight: bold; } .good { color: #1b5e20; font-weight: bold; }"));
    document.setHtml(body);
    // No page size of its own: print() lays it out for the writer's pages and numbers them.
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Error::storage(QStringLiteral("The PDF %1 could not be written.").arg(path));
    return {};
}

} // namespace cs::report
