// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/ReportExporter.h"

#include "core/CsvWriter.h"
#include "core/DisplayFormat.h"
#include "core/FileWriter.h"
#include "core/StatusGroup.h"
#include "gui/campaign/PdfFlow.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/StatusChart.h"
#include "models/DeviceStatusModel.h"
#include "models/StatusGroupStyle.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// Row indices of the model in device order (IMEIs numerically, other ids after them).
std::vector<int> deviceOrder(const DeviceStatusModel& model)
{
    std::vector<int> order(std::size_t(model.rowCount()));
    std::iota(order.begin(), order.end(), 0);
    bool sorted = true;
    for (std::size_t i = 1; sorted && i < order.size(); ++i) {
        const auto a = model.imeiValueAt(int(i - 1));
        const auto b = model.imeiValueAt(int(i));
        sorted = a != 0 && b != 0 && a < b;
    }
    if (sorted)
        return order;
    std::stable_sort(order.begin(), order.end(), [&model](int l, int r) {
        const auto a = model.imeiValueAt(l);
        const auto b = model.imeiValueAt(r);
        if (a != 0 && b != 0)
            return a < b;
        if ((a != 0) != (b != 0))
            return a != 0;
        return model.deviceIdAt(l) < model.deviceIdAt(r);
    });
    return order;
}

QString fileError(const QString& what, const QString& path, const QString& detail)
{
    return ReportExporter::tr("%1 could not be written to %2: %3. Choose a folder you can write "
                              "to (and check the free space), then export again.")
        .arg(what, QDir::toNativeSeparators(path), detail);
}

/// FileWriter's sentence (the file, the cause, the previous file kept) and what to do.
QString writeError(const FileWriter& file)
{
    return file.errorString() + u' ' +
           ReportExporter::tr("Choose a folder you can write to (and check the free space), then "
                              "export again.");
}

QString siteAndUtc(const QDateTime& utc, const QTimeZone& zone)
{
    if (!utc.isValid())
        return {};
    return DisplayFormat::withUtc(utc, zone);
}

/// The campaign's parameters as the first page shows them.
QList<QPair<QString, QString>> parameterRows(const ReportExporter::Input& input,
                                             const QDateTime& generated, const QString& devicesText)
{
    QList<QPair<QString, QString>> params;
    const auto account = [&] {
        const QString name =
            input.accountName.isEmpty() ? ReportExporter::tr("unknown") : input.accountName;
        return input.environmentLabel.isEmpty()
                   ? name
                   : ReportExporter::tr("%1 (%2)").arg(name, input.environmentLabel);
    };
    if (!input.campaign) {
        params.append({ReportExporter::tr("Campaign id"), input.campaignId});
        params.append({ReportExporter::tr("Parameters"),
                       ReportExporter::tr("The campaign itself could not be loaded; "
                                          "only the device report is included.")});
        params.append({ReportExporter::tr("Devices"), devicesText});
        params.append({ReportExporter::tr("Account"), account()});
        params.append({ReportExporter::tr("Generated"), siteAndUtc(generated, input.siteZone)});
        return params;
    }
    const wire::Campaign& c = *input.campaign;
    QStringList windows;
    for (const TimeWindow& w : c.timeWindows)
        windows.append(w.toDisplayString());
    const auto flag = [](const std::optional<bool>& f) {
        return !f ? ReportExporter::tr("not stated")
                  : (*f ? ReportExporter::tr("yes") : ReportExporter::tr("no"));
    };
    const QString status = StatusClassifier::campaignStatusLabel(c.status);
    params.append({ReportExporter::tr("Name"), c.campaignName});
    params.append({ReportExporter::tr("Campaign id"), input.campaignId});
    params.append({ReportExporter::tr("Status"),
                   status == c.status ? status : u"%1 (%2)"_s.arg(status, c.status)});
    params.append({ReportExporter::tr("Firmware"),
                   ReportExporter::tr("%1 → %2").arg(c.firmwareFrom, c.firmwareTo)});
    params.append({ReportExporter::tr("Firmware package"), c.firmwareName});
    params.append({ReportExporter::tr("Protocol"), c.protocol});
    params.append({ReportExporter::tr("Make / model"),
                   ReportExporter::tr("%1 %2").arg(c.make, c.model).trimmed()});
    params.append({ReportExporter::tr("Start date"), DisplayFormat::date(c.startDate)});
    params.append({ReportExporter::tr("End date"), DisplayFormat::date(c.endDate)});
    params.append({ReportExporter::tr("Time windows"),
                   windows.isEmpty()
                       ? ReportExporter::tr("any hour")
                       : windows.join(u", "_s) +
                             ReportExporter::tr(" (hours in UTC as the service states them)")});
    params.append({ReportExporter::tr("Devices"), devicesText});
    params.append({ReportExporter::tr("Auto-assign licenses"), flag(c.autoAssignLicenseFlag)});
    params.append({ReportExporter::tr("Auto-add devices"), flag(c.autoAddDevicesFlag)});
    params.append({ReportExporter::tr("Account"), account()});
    params.append({ReportExporter::tr("Site time zone"), QString::fromUtf8(input.siteZone.id())});
    params.append({ReportExporter::tr("Generated"), siteAndUtc(generated, input.siteZone)});
    return params;
}

} // namespace

QString ReportExporter::suggestedFileName(const Input& input, const QString& suffix)
{
    // Named after the campaign as people name it ("Depot 7 modem refresh"); its id when it
    // has no name or is not loaded.
    const QString name = input.campaign ? input.campaign->campaignName.trimmed() : QString();
    QString base = name.isEmpty() ? u"campaign-"_s + input.campaignId : name;
    base.replace(QRegularExpression(u"[^\\w.-]+"_s, QRegularExpression::UseUnicodePropertiesOption),
                 u"-"_s);
    base.replace(QRegularExpression(u"-{2,}"_s), u"-"_s);
    base = base.left(80);
    while (base.endsWith(u'-') || base.endsWith(u'.'))
        base.chop(1);
    const QDateTime when =
        (input.generatedUtc.isValid() ? input.generatedUtc : QDateTime::currentDateTimeUtc())
            .toTimeZone(input.siteZone);
    return u"%1-report-%2.%3"_s.arg(base, when.toString(u"yyyyMMdd-HHmm"_s), suffix);
}

bool ReportExporter::writeCsv(const Input& input, const QString& path, QString* error)
{
    if (!input.devices) {
        if (error)
            *error = tr("There is no device report to export yet: load the campaign's device "
                        "status first.");
        return false;
    }
    const DeviceStatusModel& model = *input.devices;
    FileWriter file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = writeError(file);
        return false;
    }
    CsvWriter csv;
    DeviceStatusModel::writeCsvHeader(csv);
    std::vector<int> order = deviceOrder(model);
    if (!input.rows.empty()) {
        // What the view shows: the chosen rows, in the same (IMEI) order as a whole export.
        std::vector<char> wanted(std::size_t(model.rowCount()), 0);
        for (const int r : input.rows) {
            if (r >= 0 && r < model.rowCount())
                wanted[std::size_t(r)] = 1;
        }
        std::erase_if(order, [&wanted](int r) { return !wanted[std::size_t(r)]; });
    }
    for (int row : order) {
        model.writeCsvRow(csv, row);
        if (csv.size() > (1 << 20) && !file.write(csv.take()))
            break;
    }
    if (!file.write(csv.take()) || !file.commit()) {
        if (error)
            *error = writeError(file);
        return false;
    }
    qCInfo(lcGui) << "CSV report of campaign" << input.campaignId << "written:" << order.size()
                  << "devices";
    return true;
}

bool ReportExporter::writePdf(const Input& input, const QString& path, QString* error, int* pages)
{
    const QString what = tr("The PDF report");
    if (!input.devices) {
        if (error)
            *error = tr("There is no device report to export yet: load the campaign's device "
                        "status first.");
        return false;
    }
    const DeviceStatusModel& model = *input.devices;
    const QLocale locale;
    const QDateTime generated =
        input.generatedUtc.isValid() ? input.generatedUtc : QDateTime::currentDateTimeUtc();
    const QString name = input.campaign && !input.campaign->campaignName.isEmpty()
                             ? input.campaign->campaignName
                             : input.campaignId;

    // --- figures -------------------------------------------------------------------------
    const int rows = model.rowCount();
    const auto groupCounts = model.countsByGroup();
    QHash<std::uint32_t, qint64> byStatus; // interned status id -> devices
    QHash<QString, qint64> failureReasons; // reason (or status) -> devices
    std::vector<int> failures;
    for (int row = 0; row < rows; ++row) {
        ++byStatus[model.statusIdAt(row)];
        if (model.groupAt(row) == StatusGroup::Failed) {
            const QString& reason = model.strings().at(model.reasonIdAt(row));
            ++failureReasons[reason.isEmpty() ? model.strings().at(model.statusIdAt(row)) : reason];
            failures.push_back(row);
        }
    }

    const qint64 succeeded =
        groupCounts[std::size_t(StatusGroupStyle::slot(StatusGroup::Succeeded))];
    const qint64 failed = groupCounts[std::size_t(StatusGroupStyle::slot(StatusGroup::Failed))];
    const auto pct = [&](qint64 n) {
        return rows > 0 ? locale.toString(100.0 * double(n) / double(rows), 'f', 1) : u"0"_s;
    };
    QString devicesText =
        tr("%Ln device(s) in the report: %1 succeeded (%2%), %3 failed (%4%), %5 not finished "
           "yet.",
           nullptr, int(rows))
            .arg(locale.toString(succeeded), pct(succeeded), locale.toString(failed), pct(failed),
                 locale.toString(qint64(rows) - succeeded - failed));
    if (input.serverTotal && *input.serverTotal != rows)
        devicesText += u' ' + tr("Note: the service said the campaign has %Ln device(s); the "
                                 "report read holds %1.",
                                 nullptr, int(*input.serverTotal))
                                  .arg(locale.toString(rows));

    // --- the file --------------------------------------------------------------------------
    // QPdfWriter does not report a failed write: FileWriter remembers it, and commit() refuses.
    FileWriter file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = writeError(file);
        return false;
    }
    int pageCount = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(tr("Campaign report — %1").arg(name));
        writer.setCreator(u"FotaDesk "_s + QStringLiteral(FOTADESK_VERSION));
        QPainter painter(&writer);
        if (!painter.isActive()) {
            if (error)
                *error = fileError(what, path, tr("the PDF writer could not start"));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        PdfFlow flow(writer, painter,
                     tr("FotaDesk · campaign %1 · generated %2 UTC")
                         .arg(input.campaignId, DisplayFormat::dateTime(generated.toUTC())));

        flow.title(tr("Campaign report — %1").arg(name));
        // The campaign's parameters first: what the report is about, before its figures.
        flow.heading(tr("Campaign parameters"));
        flow.keyValues(parameterRows(input, generated, devicesText));

        // Chart.
        {
            StatusChart chart(StatusChart::Style::Donut);
            chart.setTitle(tr("Devices by status group"));
            chart.setEntries(StatusChart::groupEntries(groupCounts));
            chart.resize(640, 300);
            const QRectF area = flow.block(flow.mm(80));
            chart.renderTo(&painter, area);
        }

        // Status breakdown.
        flow.heading(tr("Status breakdown"));
        QList<std::pair<std::uint32_t, qint64>> statuses;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            statuses.append({it.key(), it.value()});
        std::sort(statuses.begin(), statuses.end(), [&](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second
                                        : model.strings().at(a.first) < model.strings().at(b.first);
        });
        QList<QStringList> statusRows;
        QList<QColor> swatches;
        for (const auto& [id, n] : std::as_const(statuses)) {
            const QString& raw = model.strings().at(id);
            const StatusGroup g = StatusClassifier::deviceStatusGroup(raw);
            statusRows.append({StatusClassifier::deviceStatusLabel(raw), raw,
                               StatusClassifier::groupLabel(g), locale.toString(n), pct(n) + u'%'});
            swatches.append(StatusGroupStyle::color(g));
        }
        flow.table({{tr("Status")},
                    {tr("As sent by the server")},
                    {tr("Group")},
                    {tr("Devices"), Qt::AlignRight},
                    {tr("Share"), Qt::AlignRight}},
                   statusRows, swatches);

        // Failures.
        flow.heading(tr("Failures"));
        if (failures.empty()) {
            flow.paragraph(tr("No device failed."));
        } else {
            QList<std::pair<QString, qint64>> reasons;
            for (auto it = failureReasons.cbegin(); it != failureReasons.cend(); ++it)
                reasons.append({it.key(), it.value()});
            std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
            QList<QStringList> reasonRows;
            for (const auto& [reason, n] : std::as_const(reasons))
                reasonRows.append({reason, locale.toString(n)});
            flow.table({{tr("Reason")}, {tr("Devices"), Qt::AlignRight}}, reasonRows);

            std::stable_sort(failures.begin(), failures.end(), [&model](int l, int r) {
                return model.imeiValueAt(l) < model.imeiValueAt(r);
            });
            const int listed = std::min<int>(int(failures.size()), input.maxListedFailures);
            QList<QStringList> deviceRows;
            deviceRows.reserve(listed);
            for (int i = 0; i < listed; ++i) {
                const int row = failures[std::size_t(i)];
                const qint64 recent = model.timeAt(row, DeviceStatusModel::Time::RecentAttempt);
                deviceRows.append(
                    {model.deviceIdAt(row),
                     StatusClassifier::deviceStatusLabel(model.strings().at(model.statusIdAt(row))),
                     model.strings().at(model.reasonIdAt(row)),
                     recent == DeviceStatusModel::NoTime
                         ? QString()
                         : siteAndUtc(QDateTime::fromMSecsSinceEpoch(recent, QTimeZone::utc()),
                                      input.siteZone)});
            }
            flow.ensure(flow.mm(25)); // the sentence stays with the table it introduces
            flow.paragraph(
                int(failures.size()) > listed
                    ? tr("The first %1 of %Ln failed device(s) (all of them are in the CSV "
                         "report):",
                         nullptr, int(failures.size()))
                          .arg(locale.toString(listed))
                    : tr("Failed devices:"));
            flow.table({{tr("IMEI")}, {tr("Status")}, {tr("Reason")}, {tr("Last attempt")}},
                       deviceRows);
        }

        // Firmware verification.
        flow.heading(tr("Firmware verification"));
        if (!input.verification) {
            flow.paragraph(tr("Not verified: use Verify firmware on the device status to ask "
                              "the successful devices which firmware they run."));
        } else {
            const FirmwareVerificationResult& v = *input.verification;
            const FirmwareCheckCounts& n = v.counts;
            flow.paragraph(tr("Checked %1: the devices the report called successful were "
                              "asked which firmware they run (firmware sync) and compared with "
                              "%2.")
                               .arg(siteAndUtc(v.checkedUtc, input.siteZone), v.firmwareTo));
            const auto share = [&](qint64 k) {
                return n.total() > 0
                           ? locale.toString(100.0 * double(k) / double(n.total()), 'f', 1) + u'%'
                           : QString();
            };
            QList<QStringList> verdictRows;
            QList<FirmwareCheck> unverified;
            for (int i = 0; i < FirmwareVerification::VerdictCount; ++i) {
                const auto verdict = FirmwareVerdict(i);
                verdictRows.append({FirmwareVerification::label(verdict),
                                    locale.toString(n.of(verdict)), share(n.of(verdict))});
            }
            flow.table({{tr("Firmware check")},
                        {tr("Devices"), Qt::AlignRight},
                        {tr("Share"), Qt::AlignRight}},
                       verdictRows);
            for (const FirmwareCheck& c : v.devices) {
                if (c.verdict != FirmwareVerdict::Verified)
                    unverified.append(c);
            }
            if (!unverified.isEmpty()) {
                const int listed = std::min<int>(int(unverified.size()), input.maxListedFailures);
                QList<QStringList> deviceRows;
                for (int i = 0; i < listed; ++i)
                    deviceRows.append(
                        {unverified.at(i).deviceId,
                         FirmwareVerification::label(unverified.at(i).verdict),
                         FirmwareVerification::explain(unverified.at(i), v.firmwareTo)});
                flow.ensure(flow.mm(25));
                flow.paragraph(int(unverified.size()) > listed
                                   ? tr("The first %1 of %Ln device(s) that did not verify (all of "
                                        "them are in the CSV report):",
                                        nullptr, int(unverified.size()))
                                         .arg(locale.toString(listed))
                                   : tr("Devices that did not verify:"));
                flow.table({{tr("IMEI")}, {tr("Firmware check")}, {tr("Detail")}}, deviceRows);
            }
        }

        flow.finish();
        pageCount = flow.pages();
    }
    if (!file.commit()) {
        if (error)
            *error = writeError(file);
        return false;
    }
    if (pages)
        *pages = pageCount;
    qCInfo(lcGui) << "PDF report of campaign" << input.campaignId << "written:" << pageCount
                  << "pages";
    return true;
}

} // namespace fotadesk
