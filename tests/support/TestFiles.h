// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace fotadesk::test {

/// A private temporary directory for one test function, removed afterwards.
class TestFiles final
{
public:
    TestFiles();
    /// Writes bytes to a new file inside the directory and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;
    QString path(const QString& name) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

} // namespace fotadesk::test
