// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The campaign commands' shared input (dates, windows, device files) and output (a campaign,
// a batch's summary).

#include "CampaignIo.h"

#include "Command.h"
#include "CommandOutput.h"
#include "core/DeviceTable.h"
#include "core/DisplayText.h"
#include "core/ImeiImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::campaign)
};

} // namespace

QString windowsText(const QList<TimeWindow>& windows)
{
    if (windows.isEmpty())
        return Tr::tr("any hour");
    QStringList parts;
    for (const TimeWindow& w : windows)
        parts << w.toDisplayString();
    return parts.join(QStringLiteral(", "));
}

QString campaignText(const wire::Campaign& c)
{
    QString text;
    const auto line = [&text](const QString& key, const QString& value) {
        if (!value.isEmpty())
            text += key.leftJustified(16, QLatin1Char(' ')) + DisplayText::escapeControls(value) +
                    QLatin1Char('\n');
    };
    line(Tr::tr("id"), c.id);
    line(Tr::tr("name"), c.campaignName);
    line(Tr::tr("status"), c.status);
    line(Tr::tr("account"), c.accountName);
    line(Tr::tr("firmware"), c.firmwareName);
    line(Tr::tr("upgrade"), c.firmwareFrom + QStringLiteral(" → ") + c.firmwareTo);
    line(Tr::tr("device model"), c.make + u' ' + c.model);
    line(Tr::tr("protocol"), c.protocol);
    line(Tr::tr("dates"),
         wire::formatDate(c.startDate) + QStringLiteral(" … ") + wire::formatDate(c.endDate));
    line(Tr::tr("time windows"), windowsText(c.timeWindows));
    if (c.autoAssignLicenseFlag)
        line(Tr::tr("auto license"), *c.autoAssignLicenseFlag ? Tr::tr("yes") : Tr::tr("no"));
    if (c.autoAddDevicesFlag)
        line(Tr::tr("auto add"), *c.autoAddDevicesFlag ? Tr::tr("yes") : Tr::tr("no"));
    return text;
}

/// "1-5" -> {1, 5}; validated by the caller through TimeWindow::validationError().
std::optional<TimeWindow> parseWindow(const QString& text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    TimeWindow w{parts.at(0).trimmed().toInt(&ok1), parts.at(1).trimmed().toInt(&ok2)};
    if (!ok1 || !ok2)
        return std::nullopt;
    return w;
}

std::optional<QList<TimeWindow>> parseWindows(const QStringList& values, QString* error)
{
    QList<TimeWindow> windows;
    for (const QString& v : values) {
        const auto w = parseWindow(v);
        if (!w) {
            *error = Tr::tr("--window '%1' must be START-END in whole UTC hours, e.g. 1-5.").arg(v);
            return std::nullopt;
        }
        if (const QString problem = w->validationError(); !problem.isEmpty()) {
            *error = Tr::tr("--window '%1': %2").arg(v, problem);
            return std::nullopt;
        }
        windows.append(*w);
    }
    return windows;
}

std::optional<QDate> parseDate(const QString& text, const QString& option, QString* error)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        *error = Tr::tr("--%1 '%2' must be a date YYYY-MM-DD.").arg(option, text);
        return std::nullopt;
    }
    return date;
}

/// Reads the IMEIs of a device file through the importer (CSV/TSV/TXT). Rejected lines are
/// an input error unless skipInvalid.
std::optional<QStringList> readDevices(const QString& path, bool skipInvalid,
                                       const CommandOutput& out, QString* error)
{
    const ImeiImportResult result = ImeiImporter().importFile(path);
    if (!result.ok()) {
        *error = result.errorMessage;
        return std::nullopt;
    }
    if (result.rejectedCount > 0) {
        QString list;
        for (qsizetype i = 0; i < result.rejected.size() && i < 10; ++i)
            list += QStringLiteral("\n  line %1: %2")
                        .arg(result.rejected.at(i).line)
                        .arg(result.rejected.at(i).message());
        if (!skipInvalid) {
            *error = Tr::tr("%1: %n line(s) hold no valid IMEI (fix them, or pass --skip-invalid):",
                            nullptr, static_cast<int>(result.rejectedCount))
                         .arg(path) +
                     list;
            return std::nullopt;
        }
        out.note(Tr::tr("%1: skipping %n line(s) without a valid IMEI.", nullptr,
                        static_cast<int>(result.rejectedCount))
                     .arg(path) +
                 list + QLatin1Char('\n'));
    }
    if (result.duplicateCount > 0)
        out.note(Tr::tr("%1: %n repeated IMEI(s) sent once.\n", nullptr,
                        static_cast<int>(result.duplicateCount))
                     .arg(path));
    const QStringList ids = DeviceTable::deviceIds(
        std::span<const Imei>(result.imeis.constData(), std::size_t(result.imeis.size())));
    if (ids.isEmpty()) {
        *error = Tr::tr("%1 holds no valid IMEI.").arg(path);
        return std::nullopt;
    }
    return ids;
}

QJsonObject batchJson(const DeviceBatcher& batcher)
{
    QJsonArray failed;
    for (const auto& o : batcher.failedDevices())
        failed.append(QJsonObject{{QStringLiteral("deviceId"), o.deviceId},
                                  {QStringLiteral("status"), o.status},
                                  {QStringLiteral("reason"), o.reason},
                                  {QStringLiteral("outcome"), BatchVerdict::name(o.outcome)}});
    QJsonArray chunks;
    for (const auto& c : batcher.chunks()) {
        if (c.state != DeviceBatcher::Chunk::State::Failed || !c.error)
            continue;
        chunks.append(QJsonObject{{QStringLiteral("index"), c.index},
                                  {QStringLiteral("first"), c.first},
                                  {QStringLiteral("count"), c.count},
                                  {QStringLiteral("outcomeUnknown"), c.outcomeUnknown},
                                  {QStringLiteral("error"), CommandOutput::toJson(*c.error)}});
    }
    const qint64 succeeded = batcher.devicesTotal() - failed.size();
    return QJsonObject{
        {QStringLiteral("devices"), batcher.devicesTotal()},
        {QStringLiteral("succeeded"), succeeded},
        // Of those: an answer was lost, a confirming send found them done.
        {QStringLiteral("confirmedAfterUnknown"), batcher.devicesConfirmedAfterUnknown()},
        {QStringLiteral("unknown"), batcher.devicesStillUnknown()},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("failedChunks"), chunks},
        // Every device in exactly one of these (BatchVerdict): "succeeded" above is done +
        // alreadyApplied, "failed" lists refused + noAnswer + unclear.
        {QStringLiteral("outcomes"), outcomesJson(batcher)}};
}

QJsonObject outcomesJson(const DeviceBatcher& batcher)
{
    const DeviceBatcher::OutcomeCounts c = batcher.outcomeCounts();
    return QJsonObject{{QStringLiteral("done"), c.done},
                       {QStringLiteral("alreadyApplied"), c.alreadyApplied},
                       {QStringLiteral("refused"), c.refused},
                       {QStringLiteral("noAnswer"), c.noAnswer},
                       {QStringLiteral("unclear"), c.unclear}};
}

QString outcomesText(const DeviceBatcher& batcher)
{
    const DeviceBatcher::OutcomeCounts c = batcher.outcomeCounts();
    QString already;
    switch (batcher.operation()) {
    case DeviceBatcher::Operation::AddToCampaign:
        already = Tr::tr("already in the campaign");
        break;
    case DeviceBatcher::Operation::RemoveFromCampaign:
        already = Tr::tr("not in the campaign");
        break;
    case DeviceBatcher::Operation::AssignLicenses:
        already = Tr::tr("already licensed");
        break;
    case DeviceBatcher::Operation::RemoveLicenses:
        already = Tr::tr("had no license");
        break;
    case DeviceBatcher::Operation::SyncFirmware:
        already = Tr::tr("already done");
        break;
    }
    QString text = Tr::tr("  done: %1 · %2: %3 · refused by the server: %4 · no answer: %5")
                       .arg(c.done)
                       .arg(already)
                       .arg(c.alreadyApplied)
                       .arg(c.refused)
                       .arg(c.noAnswer);
    if (c.unclear > 0)
        text += Tr::tr(" · unknown status: %1").arg(c.unclear);
    return text + QLatin1Char('\n');
}

/// Text summary of a batch; returns the exit code (a failed chunk's, else 1 when a device failed).
int reportBatch(const DeviceBatcher& batcher, const CommandOutput& out, const QString& verb,
                QJsonObject json)
{
    const auto failed = batcher.failedDevices();
    int code = failed.isEmpty() ? ExitOk : ExitRefused;
    for (const auto& c : batcher.chunks()) {
        if (c.state == DeviceBatcher::Chunk::State::Failed && c.error) {
            code = c.outcomeUnknown ? int(ExitNetwork) : CommandOutput::exitCodeFor(*c.error);
            if (out.isJson())
                continue;
            if (c.outcomeUnknown)
                out.note(Tr::tr("chunk %1 (devices %2–%3): outcome unknown — no definite answer "
                                "after %4 sends (%5); 'fotactl campaign resume' sends it again "
                                "(devices already done count as done)\n")
                             .arg(c.index + 1)
                             .arg(c.first + 1)
                             .arg(c.first + c.count)
                             .arg(c.requests)
                             .arg(c.error->message()));
            else
                out.note(Tr::tr("chunk %1 (devices %2–%3) failed: %4\n")
                             .arg(c.index + 1)
                             .arg(c.first + 1)
                             .arg(c.first + c.count)
                             .arg(c.error->message()));
        }
    }
    if (out.isJson()) {
        const QJsonObject b = batchJson(batcher);
        for (auto it = b.begin(); it != b.end(); ++it)
            json.insert(it.key(), it.value());
        out.json(json);
        return code;
    }
    out.text(Tr::tr("%1 %2 of %3 device(s).\n")
                 .arg(verb)
                 .arg(batcher.devicesTotal() - failed.size())
                 .arg(batcher.devicesTotal()));
    out.text(outcomesText(batcher));
    if (const qint64 confirmed = batcher.devicesConfirmedAfterUnknown(); confirmed > 0)
        out.text(Tr::tr("  %1 of them: outcome unknown at first (an answer was lost), then "
                        "confirmed — the service already had them.\n")
                     .arg(confirmed));
    if (const qint64 unknown = batcher.devicesStillUnknown(); unknown > 0)
        out.text(Tr::tr("  %1 device(s): outcome still unknown (see above).\n").arg(unknown));
    for (qsizetype i = 0; i < failed.size() && i < 50; ++i)
        out.text(QStringLiteral("  %1  %2  %3  %4\n")
                     .arg(DisplayText::escapeControls(failed.at(i).deviceId),
                          BatchVerdict::name(failed.at(i).outcome),
                          DisplayText::escapeControls(failed.at(i).status),
                          DisplayText::escapeControls(failed.at(i).reason)));
    if (failed.size() > 50)
        out.text(Tr::tr("  … and %1 more (use --json for all)\n").arg(failed.size() - 50));
    return code;
}

} // namespace fotadesk::ctl
