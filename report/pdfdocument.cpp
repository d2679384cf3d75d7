#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <report/pdfdocument.h>

namespace cs::report {
namespace {

const QString kStyle = QStringLiteral(
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; "
    "margin-top: 14px; } table { border-collapse: collapse; } td, th { padding: 2px 6px; vertical-align: top; } "
    "th { text-align: left; background: #e8e8e8; } .mono { font-family: 'DejaVu Sans Mono'; font-size: 7pt; } "
    ".bad { color: #b00020; font-weight: bold; } .good { color: #1b5e20; font-weight: bold; }");

} // namespace

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

Status writePdf(const QString& path, const QString& title, const QString& body)
{
    return writePdf(path, title, QStringList { body });
}

Status writePdf(const QString& path, const QString& title, const QStringList& sections)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Countersign"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter painter(&writer);
    if (!painter.isActive())
        return Error::storage(QStringLiteral("The PDF %1 could not be written.").arg(path));
    // Each section is laid out on its own and starts a page: one document of thousands of pages
    // would be laid out again on every insertion (QTextDocument::setHtml grows quadratically).
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() / 4.0; // a quarter inch for the page number
    const QSizeF body(page.width(), page.height() - footer);
    int number = 0;
    for (const QString& section : sections) {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultStyleSheet(kStyle);
        document.setPageSize(body);
        document.setHtml(section);
        const int pages = qMax(1, document.pageCount());
        for (int i = 0; i < pages; ++i) {
            if (number > 0)
                writer.newPage();
            ++number;
            painter.save();
            painter.translate(0, -i * body.height());
            document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
            painter.restore();
            painter.drawText(QRectF(0, body.height(), page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                             QString::number(number));
        }
    }
    painter.end();
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Error::storage(QStringLiteral("The PDF %1 could not be written.").arg(path));
    return {};
}

} // namespace cs::report
