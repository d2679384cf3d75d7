#include <QFile>
#include <cli/parameterinput.h>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cs::cli {
namespace {

QString withoutLineEnd(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Status add(QJsonObject* parameters, const QString& name, const QString& value)
{
    if (parameters->contains(name))
        return Error::invalid(QStringLiteral("Parameter \"%1\" is given twice.").arg(name));
    parameters->insert(name, value);
    return {};
}

QFile& standardInput()
{
    static QFile in;
    if (!in.isOpen())
        (void)in.open(stdin, QIODevice::ReadOnly);
    return in;
}

// One line typed on the terminal, not echoed; the terminal is restored whatever happens.
Result<QString> promptWithoutEcho(const QString& name)
{
    QFile err;
    (void)err.open(stderr, QIODevice::WriteOnly);
    err.write(QStringLiteral("Value of secret parameter \"%1\": ").arg(name).toUtf8());
    err.flush();
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // Read unbuffered: a buffered read could take the next prompt's answer with this one.
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err.write("\n");
    err.flush();
    return withoutLineEnd(line);
}

} // namespace

Result<QList<QPair<QString, QString>>> parseParameterLines(const QByteArray& text, const QString& source)
{
    QList<QPair<QString, QString>> out;
    int number = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++number;
        const QString line = withoutLineEnd(raw);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || line.left(eq).trimmed().isEmpty())
            return Error::invalid(QStringLiteral("Line %1 of %2 is not NAME=VALUE.").arg(number).arg(source));
        out.append({ line.left(eq).trimmed(), line.mid(eq + 1) });
    }
    return out;
}

Result<QJsonObject> collectParameters(const CommandLine& line, const QSet<QString>& secretNames,
                                      const ParameterReaders& readers)
{
    QJsonObject parameters;
    const bool forced = line.has(QStringLiteral("allow-secret-on-command-line"));
    for (const QString& p : line.all(QStringLiteral("param"))) {
        const int eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::invalid(QStringLiteral("--param takes name=value, not \"%1\".").arg(p.left(60)));
        const QString name = p.left(eq).trimmed();
        if (secretNames.contains(name) && !forced)
            return Error::invalid(
                QStringLiteral("Parameter \"%1\" is secret and a command line is visible to every account on this "
                               "computer, so give it with --secret %1 or --param-file FILE instead (or force it with "
                               "--allow-secret-on-command-line).")
                    .arg(name));
        CS_TRY(add(&parameters, name, p.mid(eq + 1)));
    }
    for (const QString& path : line.all(QStringLiteral("param-file"))) {
        auto text = readers.file(path);
        CS_TRY(text);
        auto lines = parseParameterLines(
            *text, path == QLatin1String("-") ? QStringLiteral("standard input") : QStringLiteral("\"%1\"").arg(path));
        CS_TRY(lines);
        for (const auto& [name, value] : *lines)
            CS_TRY(add(&parameters, name, value));
    }
    for (const QString& name : line.all(QStringLiteral("secret"))) {
        auto value = readers.secret(name.trimmed());
        CS_TRY(value);
        CS_TRY(add(&parameters, name.trimmed(), *value));
    }
    return parameters;
}

ParameterReaders standardParameterReaders()
{
    ParameterReaders readers;
    readers.file = [](const QString& path) -> Result<QByteArray> {
        if (path == QLatin1String("-"))
            return standardInput().readAll();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(
                QStringLiteral("Cannot read the parameter file %1: %2.").arg(path, file.errorString()));
        return file.readAll();
    };
    readers.secret = [](const QString& name) -> Result<QString> {
        if (::isatty(STDIN_FILENO))
            return promptWithoutEcho(name);
        // Blocks until a line (or the end) comes: atEnd() cannot tell a slow pipe from a closed one.
        const QByteArray line = standardInput().readLine();
        if (line.isEmpty())
            return Error::invalid(
                QStringLiteral("Standard input ended before the value of secret parameter \"%1\".").arg(name));
        return withoutLineEnd(line);
    };
    return readers;
}

} // namespace cs::cli
