#pragma once

#include <QString>
#include <QStringList>

namespace cs {

// Hides secret parameter values in a script's output: the value itself and the encodings a
// script is likely to print it in -- base64 (standard and URL-safe, padded or not, and inside a
// longer base64 text at any of the three byte alignments), percent-encoding (as URLs and forms
// write it) and hex (lower and upper case). A best effort against accidents, not against a
// script that means to leak: any other transformation of the value passes (see README).
class OutputMask
{
public:
    static inline const QString Mask = QStringLiteral("********");

    explicit OutputMask(const QStringList& secrets);

    QString apply(QString text) const;
    // What is searched for, longest first (for tests).
    const QStringList& patterns() const { return m_patterns; }

private:
    QStringList m_patterns;
};

} // namespace cs
