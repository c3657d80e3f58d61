// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/TestFiles.h"

#include <QFile>

namespace fotadesk::test {

TestFiles::TestFiles() = default;

QString TestFiles::write(const QString& name, const QByteArray& bytes) const
{
    const QString file = path(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(file));
    return file;
}

QString TestFiles::path(const QString& name) const
{
    return m_dir.filePath(name);
}

} // namespace fotadesk::test
