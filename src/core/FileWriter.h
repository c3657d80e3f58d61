// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFileDevice>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

namespace fotadesk {

/// The one way FotaDesk writes a file (issue 23, item 3): every export (CSV, PDF, valid-IMEI
/// list, refused devices, audit), in fotactl and the app alike, and fotasim's state file.
///
/// The bytes go to a temporary file beside the target (QSaveFile underneath); commit() flushes,
/// syncs and renames it over the target only when every byte was written. Anything else — a
/// full disk, a missing directory, no permission — discards the temporary file, leaves the
/// previous file exactly as it was, and errorString() is one sentence naming the file and the
/// cause: "Could not write /x/report.csv: No space left on device. The previous file is
/// unchanged."
///
/// Why not QSaveFile alone: when the disk fills in the middle of a write, write(2) first
/// returns a short count; QSaveFile passes that on without an error and commits the truncated
/// file (a 30,000-row report became 5,700 rows, issue 23). Here every short write is retried
/// until it is complete or the kernel names the error, and the first failure is sticky: a
/// streamed writer on top (QTextStream, QPdfWriter) that ignores a write result cannot get a
/// half file committed either.
///
///     FileWriter out(path);
///     if (!out.open(QIODevice::WriteOnly) || !out.write(bytes) || !out.commit())
///         fail(out.errorString());
class FileWriter final : public QIODevice
{
public:
    explicit FileWriter(const QString& path);
    /// Discards the temporary file unless commit() succeeded.
    ~FileWriter() override;
    FileWriter(const FileWriter&) = delete;
    FileWriter& operator=(const FileWriter&) = delete;

    /// Creates the temporary file beside the target; mode must be WriteOnly (Text is ignored:
    /// the bytes are written as given).
    bool open(OpenMode mode) override;
    /// Writes all of bytes or fails (sticky: every later write and commit() fail too).
    bool write(QByteArrayView bytes);
    /// Flushes, syncs and renames the temporary file over the target; false (temporary file
    /// removed, previous file untouched, errorString() set) unless every byte got there.
    bool commit();
    /// Gives up: removes the temporary file, leaves the target as it was.
    void discard();

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] QString fileName() const { return m_path; }
    [[nodiscard]] bool failed() const { return m_error != QFileDevice::NoError; }
    [[nodiscard]] QFileDevice::FileError error() const { return m_error; }
    /// The cause alone, e.g. "No space left on device" (errorString() is the whole sentence).
    [[nodiscard]] QString cause() const { return m_cause; }

    /// One-shot form: writes bytes to path; on failure sets *error to the sentence.
    static bool writeFile(const QString& path, QByteArrayView bytes, QString* error);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool flushBuffer();
    bool writeThrough(const char* data, qint64 size);
    bool fail(QFileDevice::FileError error, const QString& cause);

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    QString m_cause;
    QFileDevice::FileError m_error = QFileDevice::NoError;
    bool m_committed = false;
};

} // namespace fotadesk
