#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <cli/clicontext.h>
#include <cli/commandline.h>
#include <cli/commands.h>
#include <core/common/coretranslation.h>
#include <memory>
#include <report/reporttranslation.h>

int main(int argc, char* argv[])
{
    // Scripts read stderr: a failure is one "countersign-cli: ..." line, so debug and info
    // (the CLI's and core's) are off unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("countersign.*.debug=false\ncountersign.*.info=false"));
    // PDFs are laid out with Qt Gui's fonts, which need a QGuiApplication: made (offscreen, no
    // display needed) only for a command that writes one, so every other command starts as fast as before.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    // Core's sentences (errors, refusals, request text) in the person's language; codes and keys stay.
    cs::installCoreTranslation();
    cs::report::installReportTranslation(); // evidence and period reports as PDF
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Decoded from the bytes, not QCoreApplication::arguments(): that replaces invalid UTF-8 unseen.
    QList<QByteArray> bytes;
    for (int i = 1; i < argc; ++i)
        bytes.append(QByteArray(argv[i]));
    QStringList args;
    QString problem;
    if (!cs::cli::decodeArguments(bytes, &args, &problem)) {
        err << "countersign-cli: " << problem << '\n';
        return cs::cli::Usage;
    }
    return cs::cli::run(args, out, err);
}
