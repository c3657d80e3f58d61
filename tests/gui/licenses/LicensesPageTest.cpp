// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Licenses page against the embedded fotasim: every licensed device fotasim holds, the IMEI
// filter, the CSV export of what is shown, and removing then assigning licenses through the
// page's dialog — each result checked by asking fotasim (POST /devices: licenseAssigned), not
// the page (issue 21).

#include "gui/licenses/LicensesPage.h"

#include "gui/GuiTestHarness.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListEditor.h"
#include "models/DeviceResultModel.h"
#include "models/LicensedDeviceModel.h"
#include "support/HttpTestClient.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;
using fotadesk::test::HttpTestClient;

namespace {
const QString Account = u"0000123456-00001"_s;
}

class LicensesPageTest : public QObject
{
    Q_OBJECT

    /// What fotasim says of each device: licenseAssigned.
    static QHash<QString, bool> licensed(HttpTestClient& http, const QStringList& ids)
    {
        QJsonArray list;
        for (const QString& id : ids)
            list.append(id);
        const auto r =
            http.post(u"/fota/v3/devices/%1"_s.arg(Account), QJsonObject{{u"deviceList"_s, list}});
        QHash<QString, bool> result;
        for (const QJsonValue& d : r.object().value(u"deviceList"_s).toArray())
            result.insert(d[u"deviceId"_s].toString(), d[u"licenseAssigned"_s].toBool());
        return result;
    }

private Q_SLOTS:
    void listsFiltersExportsRemovesAndAssigns()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        HttpTestClient http(h.baseUrl());
        QVERIFY(http.authenticate());
        const qint64 assigned = static_cast<qint64>(http.get(u"/fota/v3/licenses/%1"_s.arg(Account))
                                                        .object()[u"assignedLicenses"_s]
                                                        .toDouble());
        QVERIFY(assigned > 10);

        LicensesPage page(h.context);
        QSignalSpy loaded(&page, &LicensesPage::loaded);
        page.resize(900, 600);
        page.show(); // read when first shown
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(page.model()->rowCount(), assigned); // every licensed device fotasim holds
        QVERIFY2(page.summaryText().contains(QLocale().toString(assigned)),
                 qPrintable(page.summaryText()));

        // The filter, typed through the focus: only IMEIs containing the digits.
        const QString first = page.model()->deviceAt(0).deviceId;
        const QString digits = first.right(6);
        auto* filter = page.findChild<QLineEdit*>(u"filterEdit"_s);
        QVERIFY(test::typeInto(filter, digits));
        int expected = 0;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            expected += page.model()->deviceAt(row).deviceId.contains(digits) ? 1 : 0;
        QCOMPARE(page.shown()->rowCount(), expected);
        QVERIFY(expected >= 1);

        // Export: what is shown, whole.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page.exportShown(dir.filePath(u"lic.csv"_s), &error), qPrintable(error));
        QFile csv(dir.filePath(u"lic.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), expected + 1);
        QVERIFY(lines.at(0).contains("deviceId,licensedSince"));
        QVERIFY(lines.at(1).startsWith(first.toUtf8()) || lines.join().contains(first.toUtf8()));
        filter->clear();
        QCOMPARE(page.shown()->rowCount(), page.model()->rowCount());

        // Remove the licenses of three selected devices.
        auto* table = page.findChild<QTableView*>(u"table"_s);
        QStringList three;
        for (int row = 0; row < 3; ++row) {
            table->selectionModel()->select(page.shown()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
            three << page.shown()->index(row, 0).data().toString();
        }
        QCOMPARE(page.selectedDevices(), three);
        DeviceChangeDialog* remove = page.removeLicenses();
        QVERIFY(remove);
        QCOMPARE(remove->mode(), DeviceChangeDialog::Mode::RemoveLicenses);
        QTRY_COMPARE(remove->editor()->counts().valid, qint64(3));
        QSignalSpy removed(remove, &DeviceChangeDialog::runFinished);
        remove->start();
        QTRY_VERIFY_WITH_TIMEOUT(removed.count() == 1, 30000);
        QCOMPARE(remove->resultModel()->counts().succeeded, 3);
        for (const QString& id : three)
            QCOMPARE(licensed(http, three).value(id, true), false); // fotasim holds no license
        // The page read the list again.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2, 60000);
        QCOMPARE(page.model()->rowCount(), assigned - 3);
        const QPointer<DeviceChangeDialog> closing(remove);
        remove->close();
        QTRY_VERIFY(closing.isNull()); // one dialog at a time: the buttons wait for it

        // Assign them again from a pasted list.
        DeviceChangeDialog* assign = page.assignLicenses();
        QVERIFY(assign);
        QCOMPARE(assign->mode(), DeviceChangeDialog::Mode::AssignLicenses);
        QVERIFY(assign->editor()->importText(three.join(u'\n'), u"pasted"_s));
        QTRY_COMPARE(assign->editor()->counts().valid, qint64(3));
        QSignalSpy assignedSpy(assign, &DeviceChangeDialog::runFinished);
        assign->start();
        QTRY_VERIFY_WITH_TIMEOUT(assignedSpy.count() == 1, 30000);
        QCOMPARE(assign->resultModel()->counts().succeeded, 3);
        const QHash<QString, bool> now = licensed(http, three);
        for (const QString& id : three)
            QCOMPARE(now.value(id, false), true);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 3, 60000);
        QCOMPARE(page.model()->rowCount(), assigned);
    }
};

QTEST_MAIN(LicensesPageTest)
#include "LicensesPageTest.moc"
