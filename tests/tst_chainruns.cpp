// The join behind the audit check in stored order (core/audit/chainruns), without a database: it
// may clear only chains that link up from their first entry to their head, however the entries
// lie across pages and parts.
#include <QCryptographicHash>
#include <QtTest>
#include <core/audit/chainruns.h>

using namespace cs;
using namespace cs::auditcheck;

namespace {

// Entry n of a chain's hash: a digest's 64 lower-case hex digits (0: the first entry's empty "prev").
QByteArray digest(qint64 chain, qint64 n)
{
    if (n == 0)
        return {};
    return QCryptographicHash::hash(QByteArray::number(chain * 1000 + n), QCryptographicHash::Sha256).toHex();
}

// Entry n of a chain, linked to entry `linkedTo` (by default the one before), its hash matching.
WalkedEntry entry(qint64 chain, qint64 n, qint64 linkedTo = -1)
{
    WalkedEntry e;
    e.seq = chain * 1000 + n;
    e.chain = chain;
    e.chainSeq = n;
    e.prev = StoredHash::unchecked(digest(chain, linkedTo < 0 ? n - 1 : linkedTo));
    e.hash = StoredHash::unchecked(digest(chain, n));
    e.hashMatches = true;
    return e;
}

ChainHead head(qint64 chain, qint64 last)
{
    return { chain, last, StoredHash::checked(QString::fromLatin1(digest(chain, last))) };
}

// Entries fed in order to one part each (a list per part), then joined against the heads.
bool linkUp(const QList<QList<WalkedEntry>>& parts, const std::vector<ChainHead>& heads, qint64 places = 4)
{
    std::vector<ChainRuns> runs;
    for (const QList<WalkedEntry>& part : parts) {
        runs.emplace_back(places);
        for (const WalkedEntry& e : part)
            runs.back().check(e);
        if (runs.back().spoiled())
            return false;
    }
    return chainsLinkUp(heads, places, runs);
}

QList<WalkedEntry> chain(qint64 number, qint64 last)
{
    QList<WalkedEntry> out;
    for (qint64 n = 1; n <= last; ++n)
        out << entry(number, n);
    return out;
}

} // namespace

class TestChainRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainsInOrderLinkUp()
    {
        QVERIFY(linkUp({ chain(0, 5) + chain(1, 3) }, { head(0, 5), head(1, 3) }));
        QVERIFY(linkUp({}, {})); // an empty log
    }

    void entriesOutOfOrderOrAcrossPartsLinkUp()
    {
        const QList<WalkedEntry> c = chain(0, 5);
        QVERIFY(linkUp({ { c[0], c[1], c[3], c[2], c[4] } }, { head(0, 5) }));
        QVERIFY(linkUp({ { c[0], c[1], c[4] }, { c[2], c[3] } }, { head(0, 5) }));
        QVERIFY(linkUp({ { c[4], c[3] }, { c[2], c[1], c[0] } }, { head(0, 5) }));
    }

    void aBrokenLinkIsNotCleared()
    {
        // In the order read, and where the parts join.
        QList<WalkedEntry> c = chain(0, 5);
        c[2] = entry(0, 3, 1);
        QVERIFY(!linkUp({ c }, { head(0, 5) }));
        QVERIFY(!linkUp({ c.mid(0, 2), c.mid(2) }, { head(0, 5) }));
        QVERIFY(!linkUp({ { c[0], c[2], c[1], c[3], c[4] } }, { head(0, 5) }));
    }

    void aMissingOrRepeatedEntryIsNotCleared()
    {
        const QList<WalkedEntry> c = chain(0, 5);
        QVERIFY(!linkUp({ { c[0], c[1], c[3], c[4] } }, { head(0, 5) }));
        QVERIFY(!linkUp({ { c[1], c[2], c[3], c[4] } }, { head(0, 5) })); // its first entries
        QVERIFY(!linkUp({ c, { c[2] } }, { head(0, 5) }));
        QVERIFY(!linkUp({ c + QList<WalkedEntry> { c[2] } }, { head(0, 5) }));
    }

    void theFirstEntryStartsItsChain()
    {
        QList<WalkedEntry> c = chain(0, 3);
        c[0].prev = StoredHash::unchecked(digest(0, 7));
        QVERIFY(!linkUp({ c }, { head(0, 3) }));
    }

    void headsMustAgree()
    {
        const QList<WalkedEntry> c = chain(1, 4);
        QVERIFY(!linkUp({ c }, { head(1, 3) })); // the head is behind
        QVERIFY(!linkUp({ c.mid(0, 3) }, { head(1, 4) })); // the last entry is gone
        QVERIFY(!linkUp({ c }, { { 1, 4, StoredHash::checked(QString::fromLatin1(digest(1, 3))) } }));
        QVERIFY(!linkUp({ c }, { { 1, 4, StoredHash::checked(QString::fromLatin1(digest(1, 4).toUpper())) } }));
        QVERIFY(!linkUp({ c }, {})); // entries without a head
        QVERIFY(!linkUp({ c }, { head(1, 4), head(2, 2) })); // a head without its entries
        QVERIFY(linkUp({ c }, { head(1, 4), { 2, 0, StoredHash() } })); // a chain not yet begun
    }

    void rowsTheWalkWouldNameSpoilThePart()
    {
        const auto spoils = [](WalkedEntry e) {
            ChainRuns runs(4);
            runs.check(e);
            return runs.spoiled();
        };
        QVERIFY(!spoils(entry(1, 1)));
        WalkedEntry altered = entry(1, 1);
        altered.hashMatches = false;
        QVERIFY(spoils(altered));
        WalkedEntry unplaced = entry(0, 1);
        unplaced.placed = false; // a NULL chain or position, read as 0
        QVERIFY(spoils(unplaced));
        QVERIFY(spoils(entry(4, 1))); // numbered past the places kept
        QVERIFY(spoils(entry(-1, 1)));
        WalkedEntry nowhere = entry(1, 1);
        nowhere.chainSeq = 0;
        QVERIFY(spoils(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestChainRuns)
#include "tst_chainruns.moc"
