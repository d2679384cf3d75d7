#pragma once

#include <QByteArray>
#include <QString>
#include <agent/httpmessage.h>

namespace cs::agent {

// A request's line and headers, checked before QHttpServer sees them. Qt's parser (6.4) accepts
// spellings that a proxy in front of the agent may read differently (two lengths, a length with
// chunked, folded or space-padded names, bare LF), which is how requests are smuggled; here
// they are refused, with the status to answer.
struct RequestHead
{
    HttpRequest request; // no body
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = true;
    bool expectsContinue = false;

    int refusal = 0; // 0: acceptable; otherwise the status to answer, and close
    QString why;

    static RequestHead parse(const QByteArray& head);
};

} // namespace cs::agent
