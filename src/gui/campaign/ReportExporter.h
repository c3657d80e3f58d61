// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/FirmwareVerification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class QPainter;

namespace fotadesk {

class DeviceStatusModel;

/// The handover report of one campaign, for an engineer to give to a customer:
///
/// - CSV: one row per device, in IMEI order, header
///   `imei,status,group,reason,updatedTime,recentAttemptTime,nextAttemptTime,firmwareCheck,
///   reportedFirmware,firmwareCheckReason` (DeviceStatusModel's CSV rows; times ISO 8601 UTC,
///   or verbatim when the server sent something unparseable; the firmware check empty for a
///   device not verified), written by CsvWriter: UTF-8 with BOM,
///   CRLF, RFC 4180 quoting, cells a spreadsheet would run as a formula
///   neutralised with a leading apostrophe.
/// - PDF (A4, through QPdfWriter + QPainter, laid out by PdfFlow): on the first page the title
///   and the campaign's parameters (name, id, status, firmware from → to, protocol, dates and
///   time windows, device counts, account, site time zone, generated-at in site time and
///   UTC); then the devices-by-status-group chart, the status breakdown, the failures grouped
///   by reason and listed per device, the firmware verification (counts, and the devices that
///   did not verify), a footer with page numbers on every page. Tables size their columns to
///   what they hold, wrap long text instead of cutting it, and leave out a column that is
///   empty in every row (PdfTableLayout). Dates and times in DisplayFormat's form.
///
/// Files are written through FileWriter: a failed export (a full disk too) never leaves half a
/// file, keeps the previous one, and its message names the file and the cause.
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    struct Input
    {
        QString campaignId;
        std::optional<wire::Campaign> campaign; ///< parameters; nullopt: "not loaded"
        QString accountName;
        QString environmentLabel; ///< "Demo", "Production", ...
        const DeviceStatusModel* devices = nullptr;
        std::optional<qint64> serverTotal; ///< totalDevice as the server stated it
        QDateTime generatedUtc;
        QTimeZone siteZone = QTimeZone::systemTimeZone();
        /// Failing devices listed one by one in the PDF (the rest are counted; the CSV
        /// has them all).
        int maxListedFailures = 500;
        /// The CSV: only these rows of `devices` (what a filtered view shows); empty: all.
        std::vector<int> rows;
        /// The last "Verify firmware" (the PDF's section; the CSV's column is in `devices`);
        /// null: not verified.
        const FirmwareVerificationResult* verification = nullptr;
    };

    ReportExporter() = delete;

    /// Writes the CSV; false with *error (what, where, what to do) when it cannot.
    static bool writeCsv(const Input& input, const QString& path, QString* error);
    /// Writes the PDF; false with *error when it cannot. Returns the page count in *pages.
    static bool writePdf(const Input& input, const QString& path, QString* error,
                         int* pages = nullptr);

    /// A file name suggestion: "campaign-<id>-report-<yyyyMMdd-HHmm>.<suffix>".
    static QString suggestedFileName(const Input& input, const QString& suffix);
};

} // namespace fotadesk
