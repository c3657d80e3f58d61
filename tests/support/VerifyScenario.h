// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace fotadesk::test {

class HttpTestClient;

/// What "Verify firmware" must tell apart, produced for real in a fotasim (with raw HTTP and
/// the admin endpoints, no client code): a campaign whose devices all upgraded, after which
///  - some devices were upgraded further by a second campaign of the next package (they
///    report that package's firmwareTo: a mismatch),
///  - some stopped answering (POST /admin/devices/{imei}/reachability: not reported yet),
///  - the others still run the campaign's firmwareTo (verified).
/// The fotasim clock is frozen and moved on by about ten days.
///
///     const VerifyScenario s = VerifyScenario::create(admin, account, 12);
///     QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
struct VerifyScenario
{
    QString campaignId;    ///< the campaign to verify
    QString firmwareTo;    ///< its target firmware
    QString newerFirmware; ///< what the mismatching devices report
    QStringList succeeded; ///< the campaign's successful devices (its report), in IMEI order
    QStringList mismatch;
    QStringList unreachable;
    QStringList verified;
    QString error; ///< why the scenario could not be set up (empty when it could)

    /// `devices` (at least 4) synthetic Quectel BG96 devices; `mismatches` of them are taken
    /// into the second campaign, `unreachable` stop answering.
    static VerifyScenario create(HttpTestClient& client, const QString& account, int devices,
                                 int mismatches = 2, int unreachable = 1);
    /// A campaign of `devices` synthetic devices that all upgraded (the clock moved on): its id,
    /// empty with *error when fotasim refused.
    static QString upgradedCampaign(HttpTestClient& client, int devices, QString* error);
};

} // namespace fotadesk::test
