// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/TmpfsMount.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

TmpfsMount::TmpfsMount(qint64 sizeBytes)
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a mount point: %1"_s.arg(m_dir.errorString());
        return;
    }
    const QByteArray target = QFile::encodeName(m_dir.path());
    // mode=0777: the directory stays writable for child processes whatever their umask.
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0777";
    if (::mount("tmpfs", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) !=
        0) {
        const int err = errno;
        m_error = u"cannot mount a %1-byte tmpfs at %2: %3 (full-disk tests need root / "
                  u"CAP_SYS_ADMIN; they fail rather than skip without it)"_s.arg(
                      QString::number(sizeBytes), m_dir.path(), errnoText(err));
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (!m_mounted)
        return;
    // MNT_DETACH: a lingering child process holding a file open must not leave the mount
    // behind; QTemporaryDir then removes the (now empty) mount point.
    ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

qint64 TmpfsMount::freeBytes() const
{
    struct statvfs st
    {};
    if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &st) != 0)
        return -1;
    return static_cast<qint64>(st.f_bavail) * static_cast<qint64>(st.f_frsize);
}

bool TmpfsMount::fillLeaving(qint64 freeBytes)
{
    if (!m_mounted) {
        m_error = u"fillLeaving: nothing is mounted"_s;
        return false;
    }
    const QByteArray file = QFile::encodeName(m_dir.path() + u"/.fill"_s);
    const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = u"cannot create %1: %2"_s.arg(QFile::decodeName(file), errnoText(errno));
        return false;
    }
    const QByteArray chunk(64 * 1024, 'F');
    bool done = false;
    while (!done) {
        const qint64 available = this->freeBytes();
        if (available < 0) {
            m_error = u"statvfs %1: %2"_s.arg(m_dir.path(), errnoText(errno));
            break;
        }
        const qint64 excess = available - freeBytes;
        if (excess <= 0) {
            done = true;
            break;
        }
        const auto n = static_cast<size_t>(std::min<qint64>(excess, chunk.size()));
        const ssize_t written = ::write(fd, chunk.constData(), n);
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && errno == ENOSPC) {
            // Full before reaching the target: fine when the caller asked for (almost) nothing.
            done = true;
            break;
        }
        if (written <= 0) {
            m_error = u"cannot fill %1: %2"_s.arg(QFile::decodeName(file), errnoText(errno));
            break;
        }
    }
    ::close(fd);
    return done;
}

} // namespace fotadesk::test
