// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// EmbeddedSimulator: a fotasim on its own thread inside the calling process.

#include "sim/EmbeddedSimulator.h"

#include "support/HttpTestClient.h"
#include "support/TestFiles.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using fotadesk::sim::EmbeddedSimulator;
using fotadesk::sim::SimOptions;
using namespace fotadesk::test;
using namespace Qt::StringLiterals;

class EmbeddedSimulatorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesTheApiOnLoopback();
    void stopsCleanly();
    void reportsACorruptStateFile();
    void listensBeforeItsDataExists();
};

void EmbeddedSimulatorTest::servesTheApiOnLoopback()
{
    EmbeddedSimulator sim;
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    QVERIFY(sim.isRunning());
    QVERIFY(sim.baseUrl().startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(sim.baseUrl().endsWith(u"/api"_s));
    HttpTestClient client(sim.baseUrl()); // runs this thread's event loop; the server has its own
    QVERIFY(client.authenticate());
    const HttpResult r = client.get(u"/fota/v3/firmware/0000123456-00001?protocol=all"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.array().size() > 0);
}

void EmbeddedSimulatorTest::stopsCleanly()
{
    quint16 port = 0;
    {
        EmbeddedSimulator sim;
        QVERIFY(sim.start());
        port = sim.port();
        sim.stop();
        QVERIFY(!sim.isRunning());
        sim.stop(); // idempotent
    }
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    QVERIFY(!socket.waitForConnected(2000));
}

void EmbeddedSimulatorTest::reportsACorruptStateFile()
{
    TestFiles files;
    SimOptions options;
    options.statePath = files.write(u"state.json"_s, "not json");
    EmbeddedSimulator sim(options);
    QString error;
    QVERIFY(!sim.start(&error));
    QVERIFY2(error.contains(options.statePath), qPrintable(error));
    QVERIFY(!sim.isRunning());
    QVERIFY(sim.baseUrl().isEmpty());
}

// fotadesk starts listening before the demo data exists (its window maps first): a request
// that comes before prepare() is answered from the data made for it, as is one after; and a
// corrupt state file, found only then, is answered 503 with the reason instead of data.
void EmbeddedSimulatorTest::listensBeforeItsDataExists()
{
    {
        EmbeddedSimulator sim;
        QString error;
        QVERIFY2(sim.startListening(&error), qPrintable(error));
        HttpTestClient client(sim.baseUrl());
        QVERIFY(client.authenticate()); // the first request: the data is made now
        const HttpResult before = client.get(u"/fota/v3/firmware/0000123456-00001?protocol=all"_s);
        QCOMPARE(before.status, 200);
        QVERIFY(before.array().size() > 0);
        sim.prepare(); // already made: nothing changes
        const HttpResult after = client.get(u"/fota/v3/firmware/0000123456-00001?protocol=all"_s);
        QCOMPARE(after.array(), before.array());
    }
    {
        EmbeddedSimulator sim;
        QVERIFY(sim.startListening());
        sim.prepare(); // made on the simulator's thread, before the next request is read
        HttpTestClient client(sim.baseUrl());
        QVERIFY(client.authenticate());
        QCOMPARE(client.get(u"/fota/v3/firmware/0000123456-00001?protocol=all"_s).status, 200);
    }
    TestFiles files;
    SimOptions options;
    options.statePath = files.write(u"state.json"_s, "not json");
    EmbeddedSimulator sim(options);
    QVERIFY(sim.startListening()); // listening does not read the state file
    HttpTestClient client(sim.baseUrl());
    const HttpResult refused = client.get(u"/fota/v3/firmware/0000123456-00001?protocol=all"_s);
    QCOMPARE(refused.status, 503);
    QVERIFY2(refused.body.contains(options.statePath.toUtf8()), refused.body.constData());
}

QTEST_GUILESS_MAIN(EmbeddedSimulatorTest)
#include "EmbeddedSimulatorTest.moc"
