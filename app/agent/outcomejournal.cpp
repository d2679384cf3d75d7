#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <agent/outcomejournal.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cs::agent {
namespace {

QString reason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The whole buffer, however many write() calls it takes.
bool writeAll(int fd, const QByteArray& data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// A new or renamed file survives a crash only once its directory entry is on disk too.
void syncDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QByteArray FinishedRun::toJsonLine() const
{
    QJsonObject o { { QStringLiteral("requestId"), requestId },
                    { QStringLiteral("agent"), agent },
                    { QStringLiteral("state"), state },
                    { QStringLiteral("error"), error },
                    { QStringLiteral("finishedAt"), finishedAt } };
    if (exitCode)
        o.insert(QStringLiteral("exitCode"), *exitCode);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<FinishedRun> FinishedRun::fromJsonLine(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    FinishedRun run;
    run.requestId = o.value(QStringLiteral("requestId")).toInteger();
    run.agent = o.value(QStringLiteral("agent")).toString();
    run.state = o.value(QStringLiteral("state")).toString();
    run.error = o.value(QStringLiteral("error")).toString();
    run.finishedAt = o.value(QStringLiteral("finishedAt")).toInteger();
    if (o.value(QStringLiteral("exitCode")).isDouble())
        run.exitCode = o.value(QStringLiteral("exitCode")).toInt();
    if (run.requestId <= 0 || run.agent.isEmpty() || run.state.isEmpty())
        return std::nullopt;
    return run;
}

OutcomeJournal::OutcomeJournal(QString path)
    : m_path(std::move(path))
{ }

Result<QList<FinishedRun>> OutcomeJournal::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<FinishedRun>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QStringLiteral("Cannot read the agent's journal of unrecorded runs %1: %2.")
                                  .arg(m_path, file.errorString()));
    QList<FinishedRun> runs;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (auto run = FinishedRun::fromJsonLine(line)) // a line torn by a crash does not parse
            runs.append(*run);
    return runs;
}

Status OutcomeJournal::append(const FinishedRun& run) const
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::storage(QStringLiteral("Cannot write the agent's journal %1: %2.").arg(m_path, reason()));
    QByteArray line = run.toJsonLine();
    // After a torn line (a crash mid-write), start afresh on a line of its own.
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        char last = '\n';
        if (::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
            line.prepend('\n');
    }
    const bool written = writeAll(fd, line) && ::fsync(fd) == 0;
    const QString why = reason();
    ::close(fd);
    if (!written)
        return Error::storage(QStringLiteral("Cannot write the agent's journal %1: %2.").arg(m_path, why));
    if (st.st_size == 0)
        syncDirectory(m_path);
    return {};
}

Status OutcomeJournal::rewrite(const QList<FinishedRun>& runs) const
{
    if (runs.isEmpty()) {
        if (::unlink(QFile::encodeName(m_path).constData()) != 0 && errno != ENOENT)
            return Error::storage(QStringLiteral("Cannot remove the agent's journal %1: %2.").arg(m_path, reason()));
        syncDirectory(m_path);
        return {};
    }
    const QString temporary = m_path + QStringLiteral(".new");
    const int fd = ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::storage(QStringLiteral("Cannot write the agent's journal %1: %2.").arg(temporary, reason()));
    QByteArray all;
    for (const FinishedRun& run : runs)
        all += run.toJsonLine();
    const bool written = writeAll(fd, all) && ::fsync(fd) == 0;
    const QString why = reason();
    ::close(fd);
    if (!written || ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData()) != 0)
        return Error::storage(
            QStringLiteral("Cannot write the agent's journal %1: %2.").arg(m_path, written ? reason() : why));
    syncDirectory(m_path);
    return {};
}

} // namespace cs::agent
