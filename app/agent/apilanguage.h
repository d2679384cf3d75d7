#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace cs::agent {

// The agent's own sentences for callers (refusals of the API and the HTTP guard), translated in the
// context "agent": `AgentText::tr("...")`; German in translations/countersign_agent_de.ts.
struct AgentText
{
    Q_DECLARE_TR_FUNCTIONS(agent)
};

// The language an answer's sentences are in: the caller's Accept-Language (de or en), English by default.
enum class ApiLanguage { English, German };

// The preferred of de and en in an Accept-Language value (RFC 9110 12.5.4: highest q, then first listed).
ApiLanguage apiLanguage(const QByteArray& acceptLanguage);
// The same, read from a request head that may be incomplete or too large to parse.
ApiLanguage apiLanguageInRawHead(const QByteArray& head);

// While it lives, tr() -- core's (CoreText) and the agent's (AgentText) -- answers in `language`. The
// agent answers one call at a time on its main thread, so the catalogue in force is the caller's.
// Qt's translators are process-wide: the schedule threads (reminders, directory sync) translate in
// the caller's language meanwhile too. They store no translated text (audit details and criteria
// are untranslated by design); only a log line written in those moments may be in German.
class ApiLanguageScope
{
public:
    explicit ApiLanguageScope(ApiLanguage language);
    ~ApiLanguageScope();
    ApiLanguageScope(const ApiLanguageScope&) = delete;
    ApiLanguageScope& operator=(const ApiLanguageScope&) = delete;

private:
    bool m_installed = false;
};

} // namespace cs::agent
