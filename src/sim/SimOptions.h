// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/FaultSpec.h"
#include "sim/HttpLimits.h"
#include "sim/SimAuth.h"

#include <QDateTime>
#include <QString>

namespace fotadesk::sim {

/// How a simulator is set up (the fotasim command line, or EmbeddedSimulator).
struct SimOptions
{
    quint64 seed = 1;
    double timeScale = 1.0; ///< simulated seconds per real second
    QDateTime startTime;    ///< initial simulated time (invalid: now)
    qint64 tokenLifetimeSeconds = 3600;
    FaultSpec faults;
    QString statePath; ///< empty: state lives in memory
    SimCredentials credentials;
    bool pilotGate = false;    ///< limit campaigns to 20 devices until 5 succeeded
    bool admin = true;         ///< serve /admin/* (tests, benchmarks)
    double failureRate = 0.05; ///< share of devices whose upgrade fails
    /// The campaign device report's resultReason is hostile text (a formula, quotes,
    /// line breaks), chosen by IMEI: for tests of what exports make of a server's text.
    bool hostileReasons = false;
    int historyPageSize = 50;  ///< campaigns per campaign-history page
    int devicePageSize = 1000; ///< maxPageSize of device and licence reports
    int saveDelayMs = 200;     ///< debounce of --state writes after a change
    int callbackPollMs = 500;  ///< how often status changes are looked for (CallbackNotifier)
    HttpLimits http;           ///< sizes and deadlines of requests and connections
};

} // namespace fotadesk::sim
