// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/DeviceBatcher.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fotadesk {
class BatchRunner;
}

namespace fotadesk::ctl {

/// What 'fotactl licenses assign|remove' says after its batch: every device's result in
/// device-list order (its journaled answer, earlier runs of a resumed batch included, or the
/// error of the chunk that carried it), as a text table, JSON or CSV (deviceId,status,reason),
/// the licenses left before and after, and the exit code.
class LicenseChangeReport final
{
public:
    /// What became of one device.
    enum class Result
    {
        Done,        ///< assigned / removed
        AlreadyDone, ///< already licensed (assign) / had no license (remove)
        Failed,      ///< the service refused it
        NoAnswer     ///< its request failed as a whole (status "RequestFailed"/"OutcomeUnknown")
    };
    struct Row
    {
        QString deviceId;
        Result result = Result::Failed;
        QString status; ///< verbatim from the service, or RequestFailed / OutcomeUnknown
        QString reason;
    };

    /// Reads the rows from a runner whose batch has finished.
    LicenseChangeReport(DeviceBatcher::Operation operation, const BatchRunner& runner);

    void setLicensesBefore(qint64 count, qint64 used) { m_before = Counts{count, used}; }
    void setLicensesAfter(qint64 count, qint64 used) { m_after = Counts{count, used}; }

    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }
    [[nodiscard]] qsizetype count(Result result) const;
    /// 0 every device done, 1 some refused, 3 a request failed without a definite answer or
    /// for a network reason (a definite refusal of a whole request: 1).
    [[nodiscard]] int exitCode() const;

    [[nodiscard]] QString text() const;
    [[nodiscard]] QJsonObject json() const;
    /// deviceId,status,reason (core CsvWriter: UTF-8 with BOM, CRLF).
    [[nodiscard]] QByteArray csv() const;

    /// The JSON/text name of a result: "assigned", "already-licensed", "removed",
    /// "had-no-license", "failed", "no-answer".
    [[nodiscard]] QString resultCode(Result result) const;

    /// Rows the text output shows before it points at --csv/--json.
    static constexpr int ShownRows = 100;

private:
    struct Counts
    {
        qint64 count = 0;
        qint64 used = 0;
        [[nodiscard]] qint64 left() const { return count - used; }
    };
    [[nodiscard]] QString resultLabel(Result result) const;

    bool m_assign;
    QList<Row> m_rows;
    int m_chunkExitCode = 0; ///< the worst exit code of a failed chunk
    std::optional<Counts> m_before;
    std::optional<Counts> m_after;
};

} // namespace fotadesk::ctl
