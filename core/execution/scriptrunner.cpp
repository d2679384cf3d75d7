#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <cerrno>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/execution/scriptrunner.h>
#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

namespace cs {
namespace {

QString envName(const QString& prefix, const QString& name)
{
    QString out = prefix;
    for (const QChar c : name.toUpper())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return out;
}

QString envValue(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QJsonObject targetJson(const Target& t)
{
    return { { QStringLiteral("name"), t.name },
             { QStringLiteral("kind"), t.kind },
             { QStringLiteral("owner"), t.owner },
             { QStringLiteral("agent"), t.agentUrl },
             { QStringLiteral("attributes"), t.attributes } };
}

// Runs in the forked child before exec: async-signal-safe calls only. The script gets its own
// session and process group (the timeout kills the group), and is tied to the agent's life:
//  - the kernel sends it SIGKILL when the agent dies (Linux; checked against the race where the
//    agent died before the prctl took effect);
//  - a watchdog forked into the same group waits on a pipe whose write end only the agent holds;
//    when the agent dies, or this runner goes, the pipe ends and the watchdog kills the whole
//    group, so what the script started in the background goes too (PDEATHSIG reaches only the
//    script itself).
void tieToAgent(pid_t agent, int lifeline)
{
    ::setsid();
#ifdef __linux__
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != agent)
        ::_exit(127); // the agent is already gone: nothing may start
#endif
    if (lifeline < 0)
        return;
    const pid_t watchdog = ::fork();
    if (watchdog != 0)
        return; // the script (or, should fork fail, the script without its watchdog)
    for (int fd = 0; fd < lifeline; ++fd)
        ::close(fd); // the output pipes: the agent sees the script's output end with the script
#if defined(__linux__) && defined(SYS_close_range)
    ::syscall(SYS_close_range, lifeline + 1, ~0U, 0);
#else
    for (int fd = lifeline + 1; fd < 1024; ++fd)
        ::close(fd);
#endif
    char byte;
    while (::read(lifeline, &byte, 1) < 0 && errno == EINTR) { }
    ::kill(-::getpgrp(), SIGKILL); // the agent or this runner is gone: so is the group, with this watchdog
    ::_exit(0);
}

} // namespace

ScriptRunner::ScriptRunner(ExecutionPlan plan, Options options, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_mask(m_plan.secretValues)
    , m_options(std::move(options))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // The lifeline: the agent keeps the write end (and never passes it on: close-on-exec), the
    // script's watchdog reads the other. Without a pipe the script still dies with the agent.
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) == 0) {
        m_lifeline = fds[1];
        m_lifelineRead = fds[0];
    }
    const pid_t agent = ::getpid();
    const int lifeline = m_lifelineRead;
    m_process.setChildProcessModifier([agent, lifeline] { tieToAgent(agent, lifeline); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        killGroup();
    });
    connect(&m_process, &QProcess::started, this, [this] {
        m_pid = m_process.processId();
        m_process.write(standardInputFor(m_plan));
        m_process.closeWriteChannel();
        Q_EMIT started();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readOutput(false); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        // An interpreter that is there and executable failed to start for want of a resource
        // (pipes, fork, memory): not the script's failure.
        const QFileInfo interpreter(m_process.program());
        if (interpreter.isFile() && interpreter.isExecutable()) {
            m_timeout.stop();
            notStartedLater(CoreText::tr("The interpreter could not be started: %1.").arg(m_process.errorString()));
            return;
        }
        done(ExecutionState::Failed, std::nullopt,
             CoreText::tr("The interpreter could not be started: %1.").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readOutput(true);
        killGroup(); // anything the script left running in the background goes too
        if (m_timedOut)
            done(ExecutionState::TimedOut, std::nullopt,
                 CoreText::tr("The script ran longer than %1 s and was stopped together with its child processes.")
                     .arg(m_plan.version.definition.timeoutSeconds));
        else if (status == QProcess::CrashExit)
            done(ExecutionState::Failed, std::nullopt, CoreText::tr("The script was killed by a signal."));
        else
            done(exitCode == 0 ? ExecutionState::Succeeded : ExecutionState::Failed, exitCode, QString());
    });
}

ScriptRunner::~ScriptRunner()
{
    if (m_process.state() != QProcess::NotRunning) {
        killGroup();
        m_process.waitForFinished(2000);
    }
    // Ends the lifeline: a watchdog still waiting kills what is left of the group.
    if (m_lifeline >= 0)
        ::close(m_lifeline);
    if (m_lifelineRead >= 0)
        ::close(m_lifelineRead);
    if (!m_workDir.isEmpty())
        QDir(m_workDir).removeRecursively();
}

QProcessEnvironment ScriptRunner::environmentFor(const ExecutionPlan& plan, const QString& workDir)
{
    // A clean environment: nothing of the agent's own (tokens, database passwords) leaks in.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), workDir);
    env.insert(QStringLiteral("TMPDIR"), workDir);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("CS_REQUEST_ID"), QString::number(plan.request.id));
    env.insert(QStringLiteral("CS_ACTION"), plan.request.action);
    env.insert(QStringLiteral("CS_ACTION_VERSION"), QString::number(plan.request.actionVersion));
    env.insert(QStringLiteral("CS_REQUESTER"), plan.request.requester);
    if (!plan.request.behalfOf.isEmpty()) // issue 17: whom a request on someone's behalf is for
        env.insert(QStringLiteral("CS_BEHALF_OF"), plan.request.behalfOf);
    env.insert(QStringLiteral("CS_DIGEST"), plan.request.digest);
    for (auto it = plan.parameters.begin(); it != plan.parameters.end(); ++it)
        env.insert(envName(QStringLiteral("CS_PARAM_"), it.key()), envValue(it.value()));
    QStringList names;
    for (const Target& t : plan.targets)
        names << t.name;
    env.insert(QStringLiteral("CS_TARGETS"), names.join(QLatin1Char(',')));
    if (plan.targets.size() == 1) {
        const Target& t = plan.targets.first();
        env.insert(QStringLiteral("CS_TARGET_NAME"), t.name);
        env.insert(QStringLiteral("CS_TARGET_KIND"), t.kind);
        env.insert(QStringLiteral("CS_TARGET_OWNER"), t.owner);
        for (auto it = t.attributes.begin(); it != t.attributes.end(); ++it)
            env.insert(envName(QStringLiteral("CS_TARGET_"), it.key()), envValue(it.value()));
    }
    return env;
}

QByteArray ScriptRunner::standardInputFor(const ExecutionPlan& plan)
{
    QJsonArray targets;
    for (const Target& t : plan.targets)
        targets.append(targetJson(t));
    const QJsonObject input { { QStringLiteral("request"), plan.request.id },
                              { QStringLiteral("action"), plan.request.action },
                              { QStringLiteral("actionVersion"), plan.request.actionVersion },
                              { QStringLiteral("requester"), plan.request.requester },
                              { QStringLiteral("digest"), plan.request.digest },
                              { QStringLiteral("parameters"), plan.parameters },
                              { QStringLiteral("targets"), targets } };
    return canonicalJson(input) + '\n';
}

void ScriptRunner::start()
{
    const ActionDefinition& def = m_plan.version.definition;
    m_workDir = QDir(m_options.workRoot)
                    .filePath(QStringLiteral("request-%1-%2")
                                  .arg(m_plan.request.id)
                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    if (!QDir().mkpath(m_workDir)) {
        notStartedLater(CoreText::tr("Cannot create the working directory %1.").arg(m_workDir));
        return;
    }
    const QString scriptPath = QDir(m_workDir).filePath(QStringLiteral("script"));
    QFile script(scriptPath);
    if (!script.open(QIODevice::WriteOnly) || script.write(def.script.toUtf8()) < 0 || !script.flush()) {
        notStartedLater(CoreText::tr("Cannot write the script file: %1.").arg(script.errorString()));
        return;
    }
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString program = def.interpreter.startsWith(QLatin1Char('/'))
        ? def.interpreter
        : QStandardPaths::findExecutable(def.interpreter);
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, def] {
                done(ExecutionState::Failed, std::nullopt,
                     CoreText::tr("The interpreter \"%1\" is not installed on this agent.").arg(def.interpreter));
            },
            Qt::QueuedConnection);
        return;
    }
    m_process.setWorkingDirectory(m_workDir);
    m_process.setProcessEnvironment(environmentFor(m_plan, m_workDir));
    m_process.setProgram(program);
    m_process.setArguments({ scriptPath });
    m_timeout.start(def.timeoutSeconds * 1000);
    m_process.start(QIODevice::ReadWrite);
}

QString ScriptRunner::masked(QString text) const
{
    return m_mask.apply(std::move(text));
}

void ScriptRunner::readOutput(bool flushAll)
{
    m_pending += m_process.readAllStandardOutput();
    // Whole lines only (unless finishing), so a secret is never split across two chunks.
    const int cut = flushAll ? m_pending.size() : m_pending.lastIndexOf('\n') + 1;
    if (cut <= 0)
        return;
    QString chunk = masked(QString::fromUtf8(m_pending.left(cut)));
    m_pending.remove(0, cut);
    if (m_emitted >= m_options.maxOutputChars)
        return;
    if (m_emitted + chunk.size() > m_options.maxOutputChars)
        chunk = chunk.left(m_options.maxOutputChars - m_emitted) + QStringLiteral("\n[output truncated]\n");
    m_emitted += chunk.size();
    Q_EMIT output(chunk);
}

void ScriptRunner::killGroup()
{
    if (m_pid > 0)
        ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
}

void ScriptRunner::notStartedLater(const QString& reason)
{
    // Queued: the caller's connections see it whether start() was called before or after them.
    QMetaObject::invokeMethod(
        this,
        [this, reason] {
            if (m_done)
                return;
            m_done = true;
            Q_EMIT notStarted(reason);
        },
        Qt::QueuedConnection);
}

void ScriptRunner::done(const QString& state, std::optional<int> exitCode, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(state, exitCode, error);
}

} // namespace cs
