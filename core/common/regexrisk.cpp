#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <core/common/regexrisk.h>

namespace cs {
namespace {

// One open group while scanning: whether something inside repeats without bound, the first atom of
// each of its alternatives, and the other atoms inside it (nested groups' included).
struct Group
{
    bool repeatsInside = false;
    QStringList firstAtoms;
    bool atAlternativeStart = true;
    // A literal character the group must start with, like "-" in (-[a-z]+)*: when nothing else in the
    // group can match it, each repetition starts at a place only it can mark, so there is one way to
    // split the text and nothing to backtrack into.
    QString separator;
    QStringList atoms;

    QStringList allAtoms() const { return separator.isEmpty() ? atoms : atoms + QStringList { separator }; }
};

// The literal character an atom stands for ("-", "\." -> "."), or empty for classes, dots, escapes
// like \d and anchors.
QString literalOf(const QString& atom)
{
    if (atom.size() == 1 && !QStringLiteral(".^$").contains(atom))
        return atom;
    if (atom.size() == 2 && atom.at(0) == QLatin1Char('\\') && !atom.at(1).isLetterOrNumber())
        return atom.mid(1);
    return {};
}

bool separatesRepetitions(const Group& g)
{
    if (g.separator.isEmpty() || g.firstAtoms.size() != 1)
        return false;
    const QString literal = literalOf(g.separator);
    for (const QString& atom : g.atoms) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(atom));
        if (!re.isValid() || re.match(literal).hasMatch())
            return false;
    }
    return true;
}

enum class Quantifier { None, Bounded, Unbounded };

// The quantifier starting at i (if any), and where the text after it begins.
Quantifier quantifierAt(const QString& p, qsizetype i, qsizetype* next)
{
    *next = i;
    if (i >= p.size())
        return Quantifier::None;
    Quantifier q = Quantifier::None;
    const QChar c = p.at(i);
    if (c == QLatin1Char('*') || c == QLatin1Char('+')) {
        q = Quantifier::Unbounded;
        *next = i + 1;
    } else if (c == QLatin1Char('?')) {
        q = Quantifier::Bounded;
        *next = i + 1;
    } else if (c == QLatin1Char('{')) {
        const qsizetype close = p.indexOf(QLatin1Char('}'), i);
        if (close < 0)
            return Quantifier::None;
        const QString body = p.mid(i + 1, close - i - 1);
        const qsizetype comma = body.indexOf(QLatin1Char(','));
        bool ok = false;
        if (comma < 0) {
            body.toInt(&ok);
            q = Quantifier::Bounded;
        } else {
            body.left(comma).toInt(&ok);
            const QString upper = body.mid(comma + 1);
            if (upper.isEmpty())
                q = Quantifier::Unbounded;
            else {
                upper.toInt(&ok);
                q = Quantifier::Bounded;
            }
        }
        if (!ok)
            return Quantifier::None; // a literal brace
        *next = close + 1;
    }
    // Lazy (a+?) and possessive (a++) suffixes do not change the shape.
    if (q != Quantifier::None && *next < p.size()
        && (p.at(*next) == QLatin1Char('?') || p.at(*next) == QLatin1Char('+')))
        ++*next;
    return q;
}

// Alternatives that can start with the same text make a repeated group ambiguous.
bool alternativesOverlap(const QStringList& firstAtoms)
{
    if (firstAtoms.size() < 2)
        return false;
    for (qsizetype i = 0; i < firstAtoms.size(); ++i) {
        if (firstAtoms.at(i) == QLatin1String("."))
            return true;
        for (qsizetype j = i + 1; j < firstAtoms.size(); ++j)
            if (!firstAtoms.at(i).isEmpty() && firstAtoms.at(i) == firstAtoms.at(j))
                return true;
    }
    return false;
}

} // namespace

bool mayBacktrackCatastrophically(const QString& p)
{
    QList<Group> open { Group {} };
    qsizetype i = 0;
    while (i < p.size()) {
        const QChar c = p.at(i);
        QString atom;
        bool closedGroup = false;
        Group closed;
        if (c == QLatin1Char('\\')) {
            atom = p.mid(i, 2);
            i += 2;
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            if (j < p.size() && p.at(j) == QLatin1Char('^'))
                ++j;
            if (j < p.size() && p.at(j) == QLatin1Char(']'))
                ++j; // a leading ] is a literal
            while (j < p.size() && p.at(j) != QLatin1Char(']'))
                j += p.at(j) == QLatin1Char('\\') ? 2 : 1;
            atom = p.mid(i, j + 1 - i);
            i = j + 1;
        } else if (c == QLatin1Char('(')) {
            if (open.last().atAlternativeStart) { // a group as first atom: unknown text, never "the same"
                open.last().firstAtoms.append(QString());
                open.last().atAlternativeStart = false;
            }
            open.append(Group {});
            ++i;
            if (i < p.size() && p.at(i) == QLatin1Char('?')) { // (?:  (?=  (?!  (?<name>  (?<=  (?P<name>
                ++i;
                while (i < p.size() && p.at(i) != QLatin1Char(':') && p.at(i) != QLatin1Char('=')
                       && p.at(i) != QLatin1Char('!') && p.at(i) != QLatin1Char('>') && p.at(i) != QLatin1Char(')'))
                    ++i;
                if (i < p.size() && p.at(i) != QLatin1Char(')'))
                    ++i;
            }
            continue;
        } else if (c == QLatin1Char(')')) {
            if (open.size() < 2)
                return false; // unbalanced: not a pattern the engine accepts
            closed = open.takeLast();
            closedGroup = true;
            ++i;
        } else if (c == QLatin1Char('|')) {
            open.last().atAlternativeStart = true;
            ++i;
            continue;
        } else {
            atom = c;
            ++i;
        }

        qsizetype next = i;
        const Quantifier q = quantifierAt(p, i, &next);
        i = next;
        Group& here = open.last();
        if (closedGroup) {
            if (q == Quantifier::Unbounded
                && ((closed.repeatsInside && !separatesRepetitions(closed)) || alternativesOverlap(closed.firstAtoms)))
                return true;
            here.repeatsInside = here.repeatsInside || closed.repeatsInside || q == Quantifier::Unbounded;
            here.atoms += closed.allAtoms();
            continue;
        }
        const bool first = here.atAlternativeStart && atom != QLatin1String("^");
        if (first) {
            here.firstAtoms.append(atom);
            here.atAlternativeStart = false;
        }
        if (first && here.firstAtoms.size() == 1 && q == Quantifier::None && !literalOf(atom).isEmpty())
            here.separator = atom;
        else
            here.atoms.append(atom);
        if (q == Quantifier::Unbounded)
            here.repeatsInside = true;
    }
    return false;
}

} // namespace cs
