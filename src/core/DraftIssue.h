// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace fotadesk {

/// How bad a validation finding is. Errors block a submit (the GUI disables
/// "Schedule", fotactl exits non-zero, fotasim answers 400); warnings are shown
/// and the user may go on.
enum class IssueSeverity : std::uint8_t
{
    Error,
    Warning,
};

/// The field of a campaign draft an issue belongs to. draftFieldId() gives the
/// wire name (CampaignFirmwareUpgrade member), which is also the id fotactl
/// prints and fotasim puts into its error message.
enum class DraftField : std::uint8_t
{
    None, ///< not tied to one field (e.g. a time zone or date range given to a helper)
    CampaignName,
    FirmwareName,
    FirmwareFrom,
    FirmwareTo,
    Protocol,
    StartDate,
    EndDate,
    TimeWindows,
    Devices,
};

/// "campaignName", "firmwareName", ..., "campaignTimeWindowList", "deviceList"; "" for None.
QString draftFieldId(DraftField field);

/// One validation finding, tied to a field and, where it applies, to the
/// element(s) of a list (0-based window or device index).
///
/// `code` is a stable kebab-case identifier (part of fotactl's JSON output and
/// of tests; never reworded). `message` is a translated sentence for people:
/// what is wrong, where, and how to fix it.
struct DraftIssue
{
    DraftField field = DraftField::None;
    IssueSeverity severity = IssueSeverity::Error;
    QString code;
    QString message;
    int index = -1;      ///< the window/device/segment involved, or -1
    int otherIndex = -1; ///< the second one (duplicate, overlap), or -1
    QString detail;      ///< a finer stable code, e.g. the Imei reason for "device-invalid"

    [[nodiscard]] bool isError() const { return severity == IssueSeverity::Error; }
    [[nodiscard]] bool isWarning() const { return severity == IssueSeverity::Warning; }
    /// "firmwareName: The firmware name is missing: ..." — one line for logs and fotactl.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const DraftIssue&, const DraftIssue&) = default;
};

using DraftIssues = QList<DraftIssue>;

/// True when at least one issue is an error.
bool hasErrors(const DraftIssues& issues);
/// The issues of one field, in order.
DraftIssues issuesFor(const DraftIssues& issues, DraftField field);
/// The codes of the issues, in order (handy for tests and logs).
QStringList issueCodes(const DraftIssues& issues);

} // namespace fotadesk
