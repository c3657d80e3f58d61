// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTemporaryDir>

namespace fotadesk::test {

/// A real, small file system for full-disk tests (issue 23, items 3-5): mounts a tmpfs of
/// sizeBytes at a fresh temporary directory and unmounts it (lazily, so an open file in a
/// child process cannot keep it busy) when destroyed.
///
///     TmpfsMount disk(256 * 1024);
///     QVERIFY2(disk.ok(), qPrintable(disk.error()));   // never skip: a refused mount fails
///     ... write the "old" files ...
///     QVERIFY(disk.fillLeaving(0));                      // now every write gets ENOSPC
///
/// Mounting needs CAP_SYS_ADMIN (the tests run as root in CI). When the mount is refused,
/// ok() is false and error() says why: the test must fail with that message rather than skip,
/// so that "full disk proven" can never silently become "full disk not tested".
class TmpfsMount final
{
public:
    /// Mounts a tmpfs of sizeBytes (rounded up to whole pages by the kernel).
    explicit TmpfsMount(qint64 sizeBytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    [[nodiscard]] bool ok() const { return m_mounted; }
    /// Why the mount (or the last fillLeaving) failed, naming the directory and errno text.
    [[nodiscard]] QString error() const { return m_error; }
    /// The mount point: an empty directory on the tmpfs, writable by the test.
    [[nodiscard]] QString path() const { return m_dir.path(); }
    /// Bytes a new file could still take on the mount (statvfs f_bavail * f_frsize); -1 on error.
    [[nodiscard]] qint64 freeBytes() const;

    /// Fills the mount with a hidden filler file (".fill") until at most freeBytes remain
    /// (tmpfs counts whole pages, so freeBytes is rounded down to a page); 0 = completely full,
    /// every further write fails with ENOSPC. Returns false (and sets error()) if it could not.
    bool fillLeaving(qint64 freeBytes);

private:
    QTemporaryDir m_dir;
    QString m_error;
    bool m_mounted = false;
};

} // namespace fotadesk::test
