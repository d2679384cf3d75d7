#include <QtTest>
#include <core/execution/outputmask.h>

using namespace cs;

class TestOutputMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactValueIsMasked();
    void wholeEncodingsAreMasked_data();
    void wholeEncodingsAreMasked();
    void base64InsideLongerTextAtEveryAlignment_data();
    void base64InsideLongerTextAtEveryAlignment();
    void ordinaryOutputIsLeftAlone();
};

namespace {

const QString kSecret = QStringLiteral("s3cr3t p@ss/wörd+?");

// What stays readable once the mask is applied: the pieces between the masks.
QStringList leftOver(const QString& masked)
{
    QStringList pieces = masked.split(OutputMask::Mask);
    pieces.removeAll(QString());
    return pieces;
}

} // namespace

void TestOutputMask::exactValueIsMasked()
{
    const OutputMask mask({ kSecret, QString() });
    QCOMPARE(mask.apply(QStringLiteral("password is ") + kSecret + QStringLiteral("\n")),
             QStringLiteral("password is ********\n"));
}

void TestOutputMask::wholeEncodingsAreMasked_data()
{
    const QByteArray bytes = kSecret.toUtf8();
    QTest::addColumn<QString>("encoded");
    QTest::newRow("base64") << QString::fromLatin1(bytes.toBase64());
    QTest::newRow("base64 unpadded") << QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
    QTest::newRow("base64url") << QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("base64url unpadded") << QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("percent") << QString::fromLatin1(QUrl::toPercentEncoding(kSecret));
    QTest::newRow("percent lower") << QString::fromLatin1(QUrl::toPercentEncoding(kSecret)).toLower();
    QTest::newRow("form")
        << QString::fromLatin1(QUrl::toPercentEncoding(kSecret)).replace(QLatin1String("%20"), QLatin1String("+"));
    QTest::newRow("hex") << QString::fromLatin1(bytes.toHex());
    QTest::newRow("HEX") << QString::fromLatin1(bytes.toHex()).toUpper();
}

void TestOutputMask::wholeEncodingsAreMasked()
{
    QFETCH(QString, encoded);
    QVERIFY(encoded != kSecret);
    const OutputMask mask({ kSecret });
    const QString line = QStringLiteral("value=") + encoded + QStringLiteral(" done\n");
    QCOMPARE(mask.apply(line), QStringLiteral("value=********").append(QStringLiteral(" done\n")));
}

void TestOutputMask::base64InsideLongerTextAtEveryAlignment_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("urlSafe");
    for (const bool urlSafe : { false, true })
        for (const char* before : { "", "u", "us", "usr", "user:" })
            for (const char* after : { "", "@", "@db01.example.com" })
                QTest::addRow("%s'%s' + secret + '%s'", urlSafe ? "url-safe " : "", before, after)
                    << QByteArray(before) << QByteArray(after) << urlSafe;
}

// A script that prints base64 of "user:" + password (an HTTP Basic header) must not show it.
void TestOutputMask::base64InsideLongerTextAtEveryAlignment()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, urlSafe);
    const QByteArray whole = before + kSecret.toUtf8() + after;
    const QString encoded
        = QString::fromLatin1(whole.toBase64(urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding));
    const QString masked = OutputMask({ kSecret }).apply(QStringLiteral("Authorization: Basic ") + encoded);
    QVERIFY2(masked.contains(OutputMask::Mask), qPrintable(masked));
    // Only the characters that mix the secret's first or last bits with other bytes stay: at most
    // those of the bytes around it plus one character on each side.
    const QString rest = QString(masked).remove(QStringLiteral("Authorization: Basic "));
    const int encodedAround = int((before.size() + after.size()) * 4 / 3) + 4 + 2;
    QVERIFY2(rest.size() - OutputMask::Mask.size() <= encodedAround, qPrintable(masked));
    for (const QString& piece : leftOver(rest)) {
        const QByteArray decoded = QByteArray::fromBase64(
            piece.toLatin1(), urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
        QVERIFY2(!decoded.contains("cr3t") && !decoded.contains("p@ss"), qPrintable(masked));
    }
}

void TestOutputMask::ordinaryOutputIsLeftAlone()
{
    const QString text = QStringLiteral("Restarted nginx on web01 (pid 4242) at 2026-01-05T09:00Z; "
                                        "token c2VjcmV0IHRva2Vu, digest 5f4dcc3b5aa765d61d8327deb882cf99\n");
    QCOMPARE(OutputMask({ kSecret, QStringLiteral("hunter22") }).apply(text), text);
}

QTEST_GUILESS_MAIN(TestOutputMask)
#include "tst_outputmask.moc"
