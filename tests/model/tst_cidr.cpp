#include "Cidr.h"

#include <QtTest>

using pillar::Cidr;

class TestCidr : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("v6");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("v4 /16") << "10.0.0.0/16" << false << 16 << "10.0.0.0/16";
        QTest::newRow("v4 /32") << "203.0.113.7/32" << false << 32 << "203.0.113.7/32";
        QTest::newRow("v4 anywhere") << "0.0.0.0/0" << false << 0 << "0.0.0.0/0";
        QTest::newRow("v4 anywhere odd host") << "192.168.1.0/0" << false << 0 << "192.168.1.0/0";
        QTest::newRow("v6 anywhere") << "::/0" << true << 0 << "0:0:0:0:0:0:0:0/0";
        QTest::newRow("v6 compressed") << "2001:db8::/32" << true << 32 << "2001:db8:0:0:0:0:0:0/32";
        QTest::newRow("v6 full") << "2001:db8:1:2:3:4:5:6/128" << true << 128 << "2001:db8:1:2:3:4:5:6/128";
        QTest::newRow("v6 tail v4") << "::ffff:10.0.0.1/128" << true << 128 << "0:0:0:0:0:ffff:a00:1/128";
        QTest::newRow("whitespace") << "  10.0.0.0/8 " << false << 8 << "10.0.0.0/8";
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(bool, v6);
        QFETCH(int, prefix);
        QFETCH(QString, canonical);
        QString why;
        const auto cidr = Cidr::parse(text, &why);
        QVERIFY2(cidr.has_value(), qPrintable(why));
        QCOMPARE(cidr->isV6(), v6);
        QCOMPARE(cidr->prefixLength(), prefix);
        QCOMPARE(cidr->toString(), canonical);
        QCOMPARE(cidr->isAnywhere(), prefix == 0);
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no prefix") << "10.0.0.0" << "expected an address and a prefix length";
        QTest::newRow("octet too big") << "10.0.0.300/16" << "'10.0.0.300' is not a valid IPv4 address";
        QTest::newRow("three octets") << "10.0.0/16" << "not a valid IPv4 address";
        QTest::newRow("prefix too long") << "0.0.0.0/33" << "'33' is not a prefix length from 0 to 32";
        QTest::newRow("v6 prefix too long") << "::/129" << "from 0 to 128";
        QTest::newRow("negative prefix") << "10.0.0.0/-1" << "not a prefix length";
        QTest::newRow("two gaps") << "1::2::3/64" << "not a valid IPv6 address";
        QTest::newRow("v6 too many groups") << "1:2:3:4:5:6:7:8:9/64" << "not a valid IPv6 address";
        QTest::newRow("letters") << "ten.0.0.0/8" << "not a valid IPv4 address";
        QTest::newRow("empty") << "" << "expected an address";
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!Cidr::parse(text, &why).has_value());
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void containment_data()
    {
        QTest::addColumn<QString>("outer");
        QTest::addColumn<QString>("inner");
        QTest::addColumn<bool>("contains");
        QTest::addColumn<bool>("overlaps");
        QTest::newRow("subnet in vpc") << "10.0.0.0/16" << "10.0.3.0/24" << true << true;
        QTest::newRow("subnet outside vpc") << "10.0.0.0/16" << "10.1.3.0/24" << false << false;
        QTest::newRow("bigger than vpc") << "10.0.0.0/16" << "10.0.0.0/8" << false << true;
        QTest::newRow("odd prefix") << "172.16.0.0/12" << "172.31.255.0/24" << true << true;
        QTest::newRow("odd prefix outside") << "172.16.0.0/12" << "172.32.0.0/24" << false << false;
        QTest::newRow("families differ") << "0.0.0.0/0" << "::/0" << false << false;
        QTest::newRow("anywhere holds all") << "0.0.0.0/0" << "203.0.113.0/24" << true << true;
        QTest::newRow("v6") << "2001:db8::/32" << "2001:db8:ff::/48" << true << true;
    }
    void containment()
    {
        QFETCH(QString, outer);
        QFETCH(QString, inner);
        QFETCH(bool, contains);
        QFETCH(bool, overlaps);
        const Cidr a = *Cidr::parse(outer);
        const Cidr b = *Cidr::parse(inner);
        QCOMPARE(a.contains(b), contains);
        QCOMPARE(a.overlaps(b), overlaps);
        QCOMPARE(b.overlaps(a), overlaps);
    }

    void privateRanges()
    {
        QVERIFY(Cidr::parse("10.20.0.0/16")->isPrivate());
        QVERIFY(Cidr::parse("172.20.0.0/16")->isPrivate());
        QVERIFY(Cidr::parse("192.168.4.0/24")->isPrivate());
        QVERIFY(Cidr::parse("fd00::/8")->isPrivate());
        QVERIFY(!Cidr::parse("172.32.0.0/16")->isPrivate());
        QVERIFY(!Cidr::parse("8.8.8.8/32")->isPrivate());
        QVERIFY(!Cidr::parse("10.0.0.0/7")->isPrivate()); // wider than 10/8
        QVERIFY(!Cidr::parse("192.168.1.0/0")->isPrivate());
    }
};

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
