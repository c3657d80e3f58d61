// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/DeviceBatcher.h"
#include "api/wire/WireTypes.h"
#include "core/TimeWindow.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk::ctl {

class CommandOutput;

/// The campaign commands' shared input and output.

/// "01–05 UTC, 22–24 UTC" ("any hour" when empty).
QString windowsText(const QList<TimeWindow>& windows);
/// A campaign as the text output shows it.
QString campaignText(const wire::Campaign& c);
/// "1-5" -> {1, 5}; validated by the caller through TimeWindow::validationError().
std::optional<TimeWindow> parseWindow(const QString& text);
/// Every --window value; nullopt with *error naming the bad one.
std::optional<QList<TimeWindow>> parseWindows(const QStringList& values, QString* error);
/// YYYY-MM-DD for --start/--end (`option`); nullopt with *error.
std::optional<QDate> parseDate(const QString& text, const QString& option, QString* error);
/// Reads the IMEIs of a device file through the importer (CSV/TSV/TXT). Rejected lines are
/// an input error unless skipInvalid.
std::optional<QStringList> readDevices(const QString& path, bool skipInvalid,
                                       const CommandOutput& out, QString* error);
/// A batch's result for --json.
QJsonObject batchJson(const DeviceBatcher& batcher);
/// {done, alreadyApplied, refused, noAnswer, unclear}: every device of the batch counted under
/// one BatchVerdict outcome.
QJsonObject outcomesJson(const DeviceBatcher& batcher);
/// The same counts as one indented text line.
QString outcomesText(const DeviceBatcher& batcher);
/// Text summary of a batch; returns the exit code (a failed chunk's, else 1 when a device failed).
int reportBatch(const DeviceBatcher& batcher, const CommandOutput& out, const QString& verb,
                QJsonObject json);

} // namespace fotadesk::ctl
