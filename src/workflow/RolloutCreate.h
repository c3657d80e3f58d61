// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "core/InventoryCheckReport.h"
#include "core/RolloutPlan.h"
#include "core/RolloutSplit.h"
#include "store/Rollout.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fotadesk {

class FotaClient;
class LocalStore;

/// Creates a rollout (docs/rollouts.md) from a plan and its device list, for fotactl's
/// 'rollout create' and fotadesk's New rollout wizard alike: finds the plan's firmware package
/// in the account, validates the campaign protocol against it, runs the pre-flight check
/// (InventoryCheckRun: refused devices never enter a wave), splits the accepted devices into
/// the plan's waves (RolloutSplit), stores the rollout (RolloutStore) and records the 'created'
/// step in the audit log. Nothing is sent to campaigns: 'advance' starts the first wave.
///
/// Runs every request to its end with a local event loop (as RolloutClientService does): on a
/// thread that may block, never on the GUI thread.
///
///     RolloutCreate create(client, store, user);
///     const auto result = create.create(plan, devices);
///     if (result.error) … else show(*result.record);
class RolloutCreate final
{
public:
    /// Why a rollout was not created. `message` is English (fotactl prints it as is); the app
    /// words its own from `kind` and the details.
    struct Error
    {
        enum class Kind
        {
            NameTaken,  ///< a rollout of the plan's name exists
            NoFirmware, ///< the account has no package of the plan's firmware name
            Protocol,   ///< the plan's protocol does not fit the package
            Service,    ///< a request failed (apiError)
            Split,      ///< the waves cannot be formed (splitErrors)
            Store,      ///< the workspace could not keep the rollout
        };
        Kind kind = Kind::Service;
        QString message;
        ApiError apiError;       ///< Kind::Service
        QStringList splitErrors; ///< Kind::Split
    };

    /// The pre-flight check's outcome and the waves formed from it.
    struct Preflight
    {
        qsizetype checked = 0;
        QList<CheckedDevice> refused; ///< with the reason each was refused
        RolloutSplit split;
    };

    struct Result
    {
        std::optional<RolloutRecord> record; ///< the stored rollout (unless error)
        std::optional<Error> error;
        Preflight preflight; ///< complete once the check ran
    };

    /// `client` has an AuditHook on `store`; `user` is who the 'created' step is recorded for.
    RolloutCreate(FotaClient& client, LocalStore& store, QString user);

    /// Called with the number of devices right before the pre-flight check starts.
    void setCheckStarting(std::function<void(qsizetype devices)> hook)
    {
        m_checkStarting = std::move(hook);
    }

    /// Whether the workspace has a rollout of that name (its waves' campaigns are named after
    /// it, so the name must be new).
    [[nodiscard]] bool nameTaken(const QString& name) const;
    /// The error create() gives for a taken name.
    static Error nameTakenError(const QString& name);

    /// Creates the rollout of `plan` for `devices` (in list order). `plan.devicesFile` is only
    /// stored. A plan with local windows needs every device's zone in `zones` (DeviceZones):
    /// each wave is then sent as one campaign per time-zone band; a device without a zone is a
    /// Split error.
    Result create(const RolloutPlan& plan, const QStringList& devices,
                  const QHash<QString, QString>& zones = {});

private:
    FotaClient& m_client;
    LocalStore& m_store;
    QString m_user;
    std::function<void(qsizetype)> m_checkStarting;
};

} // namespace fotadesk
