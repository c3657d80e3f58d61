// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/FirmwareModel.h"

#include "models/FirmwareFilterModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using fotadesk::FirmwareFilterModel;
using fotadesk::FirmwareModel;
using fotadesk::Timestamp;
using fotadesk::wire::FirmwarePackage;
using namespace Qt::StringLiterals;

namespace {

FirmwarePackage package(const QString& name, const QString& make, const QString& model,
                        const QString& protocol, const QString& launch, const QString& note = {})
{
    FirmwarePackage p;
    p.firmwareName = name;
    p.firmwareFrom = u"R1.0"_s;
    p.firmwareTo = u"R2.0"_s;
    p.make = make;
    p.model = model;
    p.protocol = protocol;
    p.launchDate = Timestamp::parse(launch);
    p.releaseNote = note;
    return p;
}

} // namespace

class FirmwareModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void columnsAndRoles();
    void search_data();
    void search();
    void sortByLaunchDate();
    void controlCharactersFromTheServerAreShownEscaped();

private:
    std::unique_ptr<FirmwareModel> m_model;
    std::unique_ptr<FirmwareFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void FirmwareModelTest::init()
{
    m_model = std::make_unique<FirmwareModel>();
    m_proxy = std::make_unique<FirmwareFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPackages({
        package(u"ACME_AX100_R1_R2"_s, u"ACME"_s, u"AX100"_s, u"LWM2M"_s, u"2024-05-01T10:00:00Z"_s,
                u"Fixes modem resets"_s),
        package(u"Globex_G7"_s, u"Globex"_s, u"G7"_s, u"OMD-DM"_s, u"2023-01-15T00:00:00Z"_s),
        package(u"ACME_AX200"_s, u"ACME"_s, u"AX200"_s, u"LWM2M"_s, u"not a date"_s,
                u"Security update"_s),
    });
}

void FirmwareModelTest::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void FirmwareModelTest::columnsAndRoles()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, FirmwareModel::VersionsColumn).data().toString(), u"R1.0 → R2.0"_s);
    QCOMPARE(m_model->index(0, FirmwareModel::ReleaseNoteColumn).data().toString(),
             u"Fixes modem resets"_s);
    QCOMPARE(m_model->index(0, 0).data(Qt::ToolTipRole).toString(), u"Fixes modem resets"_s);
    QCOMPARE(m_model->index(0, FirmwareModel::LaunchDateColumn)
                 .data(FirmwareModel::RawValueRole)
                 .toDateTime(),
             QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    // An unreadable timestamp is shown as it came.
    QCOMPARE(m_model->index(2, FirmwareModel::LaunchDateColumn).data().toString(), u"not a date"_s);
    QCOMPARE(m_model->index(1, 0).data(FirmwareModel::PackageRole).value<FirmwarePackage>().make,
             u"Globex"_s);
    QCOMPARE(m_model->rowOf(u"Globex_G7"_s), 1);
    QCOMPARE(m_model->rowOf(u"Globex_G7"_s, u"R9"_s), -1);
    QCOMPARE(m_model->headerData(FirmwareModel::MakeColumn, Qt::Horizontal).toString(), u"Make"_s);
}

void FirmwareModelTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("all") << QString() << QString()
                         << QStringList{u"ACME_AX100_R1_R2"_s, u"Globex_G7"_s, u"ACME_AX200"_s};
    QTest::newRow("make, any case")
        << u"acme"_s << QString() << QStringList{u"ACME_AX100_R1_R2"_s, u"ACME_AX200"_s};
    QTest::newRow("two words") << u"acme security"_s << QString() << QStringList{u"ACME_AX200"_s};
    QTest::newRow("protocol") << QString() << u"omd-dm"_s << QStringList{u"Globex_G7"_s};
    QTest::newRow("version") << u"R2.0"_s << u"LWM2M"_s
                             << QStringList{u"ACME_AX100_R1_R2"_s, u"ACME_AX200"_s};
    QTest::newRow("nothing") << u"zzz"_s << QString() << QStringList{};
}

void FirmwareModelTest::search()
{
    QFETCH(QString, text);
    QFETCH(QString, protocol);
    QFETCH(QStringList, names);
    m_proxy->setSearchText(text);
    m_proxy->setProtocol(protocol);
    QStringList got;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        got.append(m_proxy->index(r, FirmwareModel::NameColumn).data().toString());
    QCOMPARE(got, names);
}

void FirmwareModelTest::sortByLaunchDate()
{
    m_proxy->sort(FirmwareModel::LaunchDateColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), u"ACME_AX100_R1_R2"_s);
    QCOMPARE(m_proxy->index(1, 0).data().toString(), u"Globex_G7"_s);
}

void FirmwareModelTest::controlCharactersFromTheServerAreShownEscaped()
{
    // A hostile name would retitle a terminal and reverse the cell's text (issue 23): the cell
    // shows the escapes, the package keeps the name as it came (it is sent back as it was).
    const QString hostile = u"FW\x1B]0;x\x07\u202Eexe.txt"_s;
    m_model->setPackages(
        {package(hostile, u"ACME"_s, u"AX\n100"_s, u"LWM2M"_s, u"2024-05-01T10:00:00Z"_s)});
    QCOMPARE(m_model->index(0, FirmwareModel::NameColumn).data().toString(),
             u"FW\\x1B]0;x\\x07\\u202Eexe.txt"_s);
    QCOMPARE(m_model->index(0, FirmwareModel::ModelColumn).data().toString(), u"AX\\n100"_s);
    QCOMPARE(
        m_model->index(0, 0).data(FirmwareModel::PackageRole).value<FirmwarePackage>().firmwareName,
        hostile);
}

QTEST_GUILESS_MAIN(FirmwareModelTest)
#include "FirmwareModelTest.moc"
