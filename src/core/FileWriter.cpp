// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/FileWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::FileWriter)
};

// Large enough that a streamed writer (QTextStream flushes 16 KiB) costs few system calls,
// small enough to stay out of the way of memory use.
constexpr qsizetype BufferSize = 256 * 1024;

} // namespace

FileWriter::FileWriter(const QString& path)
    : m_path(path)
    , m_file(path)
{}

FileWriter::~FileWriter()
{
    if (!m_committed)
        discard();
}

bool FileWriter::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly) || (mode & Append))
        return fail(QFileDevice::OpenError,
                    Tr::tr("a file is written only whole, never read or appended"));
    // Unbuffered: this class buffers itself, so that a short write reaches writeThrough() with
    // its errno instead of being hidden in QFileDevice's buffer as an "Unknown error".
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(m_file.error(), m_file.errorString());
    m_buffer.reserve(BufferSize);
    return QIODevice::open(WriteOnly | Unbuffered);
}

bool FileWriter::write(QByteArrayView bytes)
{
    return writeData(bytes.data(), bytes.size()) == bytes.size();
}

qint64 FileWriter::readData(char*, qint64)
{
    return -1;
}

qint64 FileWriter::writeData(const char* data, qint64 size)
{
    if (failed() || !m_file.isOpen())
        return -1;
    if (m_buffer.size() + size > BufferSize && !flushBuffer())
        return -1;
    if (size >= BufferSize)
        return writeThrough(data, size) ? size : -1;
    m_buffer.append(data, size);
    return size;
}

bool FileWriter::flushBuffer()
{
    if (m_buffer.isEmpty())
        return true;
    const bool ok = writeThrough(m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    return ok;
}

bool FileWriter::writeThrough(const char* data, qint64 size)
{
    qint64 done = 0;
    int emptyWrites = 0;
    while (done < size) {
        // A short count is not an error by itself (the kernel wrote what fitted); asking again
        // for the rest makes it say why (ENOSPC, EDQUOT, EIO, ...).
        const qint64 n = m_file.write(data + done, size - done);
        if (n < 0)
            return fail(m_file.error() == QFileDevice::NoError ? QFileDevice::WriteError
                                                               : m_file.error(),
                        m_file.errorString());
        if (n == 0 && ++emptyWrites > 1)
            return fail(QFileDevice::WriteError, QString::fromLocal8Bit(std::strerror(EIO)));
        done += n;
    }
    return true;
}

bool FileWriter::commit()
{
    if (m_committed)
        return true;
    if (failed() || !m_file.isOpen()) {
        fail(QFileDevice::OpenError, {}); // not opened: never report success without a cause
        discard();
        return false;
    }
    if (!flushBuffer()) {
        discard();
        return false;
    }
#ifdef Q_OS_UNIX
    // QSaveFile ignores a failed sync; on file systems with delayed allocation a full disk
    // may first show here, and a file that is not on the disk is not written.
    if (::fsync(m_file.handle()) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP) {
        fail(QFileDevice::WriteError, QString::fromLocal8Bit(std::strerror(errno)));
        discard();
        return false;
    }
#endif
    if (!m_file.commit()) {
        fail(m_file.error() == QFileDevice::NoError ? QFileDevice::WriteError : m_file.error(),
             m_file.errorString());
        discard();
        return false;
    }
    m_committed = true;
    QIODevice::close();
    return true;
}

void FileWriter::discard()
{
    if (m_file.isOpen()) {
        // cancelWriting() makes commit() remove the temporary file instead of renaming it.
        m_file.cancelWriting();
        (void)m_file.commit();
    }
    m_buffer.clear();
    if (isOpen())
        QIODevice::close();
}

bool FileWriter::fail(QFileDevice::FileError error, const QString& cause)
{
    if (failed())
        return false; // the first cause is the one worth naming
    m_error = error;
    m_cause = cause.isEmpty() ? Tr::tr("unknown error") : cause;
    // Nothing is renamed before the whole file is there: what exists now is the previous file.
    setErrorString(
        QFileInfo::exists(m_path)
            ? Tr::tr("Could not write %1: %2. The previous file is unchanged.").arg(m_path, m_cause)
            : Tr::tr("Could not write %1: %2. No file was created.").arg(m_path, m_cause));
    return false;
}

bool FileWriter::writeFile(const QString& path, QByteArrayView bytes, QString* error)
{
    FileWriter file(path);
    if (file.open(WriteOnly) && file.write(bytes) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace fotadesk
