// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/FileWriter.h"

#include "support/TestFiles.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTextStream>

using fotadesk::FileWriter;
using fotadesk::test::TestFiles;
using fotadesk::test::TmpfsMount;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

/// Every entry of a directory but the filler of TmpfsMount: what a writer left behind.
QStringList entries(const QString& dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(u".fill"_s);
    return names;
}

QByteArray rows(int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes += "490154203237518,UpgradeSucceeded,,2026-12-01T10:00:00Z\r\n";
    return bytes;
}

} // namespace

class FileWriterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheWholeFileAndReplacesTheOld();
    void createsANewFile();
    void fullDiskKeepsThePreviousFile();
    void fullDiskInTheMiddleOfAStreamIsSticky();
    void fullDiskWithoutAPreviousFile();
    void missingDirectoryIsNamed();
    void discardLeavesNothing();
    void refusesToRead();
    void commitWithoutOpenFails();
};

void FileWriterTest::writesTheWholeFileAndReplacesTheOld()
{
    TestFiles files;
    const QString path = files.write(u"r.csv"_s, "old\r\n");
    const QByteArray content = rows(20000); // > the writer's buffer: written through in parts
    FileWriter out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write(content.left(100)));
    QVERIFY(out.write(content.mid(100)));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QCOMPARE(readAll(path), content);
    QCOMPARE(entries(QFileInfo(path).path()), QStringList{u"r.csv"_s});
}

void FileWriterTest::createsANewFile()
{
    TestFiles files;
    QString error;
    QVERIFY(FileWriter::writeFile(files.path(u"new.txt"_s), "hello\n", &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(files.path(u"new.txt"_s)), "hello\n"_ba);
}

void FileWriterTest::fullDiskKeepsThePreviousFile()
{
    TmpfsMount disk(256 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    const QString path = disk.path() + u"/r.csv"_s;
    const QByteArray old = rows(100);
    QVERIFY(FileWriter::writeFile(path, old, nullptr));
    // Room for part of the new file: the kernel first writes what fits (a short count), which
    // is the case QSaveFile alone commits as if it were the whole file.
    QVERIFY2(disk.fillLeaving(16 * 1024), qPrintable(disk.error()));

    QString error;
    QVERIFY(!FileWriter::writeFile(path, rows(3000), &error));
    QCOMPARE(error,
             u"Could not write %1: No space left on device. The previous file is unchanged."_s.arg(
                 path));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(disk.path()), QStringList{u"r.csv"_s});
}

void FileWriterTest::fullDiskInTheMiddleOfAStreamIsSticky()
{
    TmpfsMount disk(256 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    const QString path = disk.path() + u"/valid.txt"_s;
    QVERIFY(FileWriter::writeFile(path, "490154203237518\n", nullptr));
    QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));

    FileWriter out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    {
        // A streamed writer that never looks at a write result.
        QTextStream stream(&out);
        for (int i = 0; i < 50000; ++i)
            stream << "490154203237518\n";
        stream.flush();
        QCOMPARE(stream.status(), QTextStream::WriteFailed);
    }
    QVERIFY(out.failed());
    QCOMPARE(out.error(), QFileDevice::ResourceError);
    QVERIFY(!out.write("more"));
    QVERIFY(!out.commit());
    QCOMPARE(out.cause(), u"No space left on device"_s);
    QCOMPARE(readAll(path), "490154203237518\n"_ba);
    QCOMPARE(entries(disk.path()), QStringList{u"valid.txt"_s});
}

void FileWriterTest::fullDiskWithoutAPreviousFile()
{
    TmpfsMount disk(128 * 1024);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    QVERIFY2(disk.fillLeaving(0), qPrintable(disk.error()));
    const QString path = disk.path() + u"/audit.csv"_s;
    QString error;
    QVERIFY(!FileWriter::writeFile(path, rows(10), &error));
    QCOMPARE(error,
             u"Could not write %1: No space left on device. No file was created."_s.arg(path));
    QVERIFY(entries(disk.path()).isEmpty());
}

void FileWriterTest::missingDirectoryIsNamed()
{
    TestFiles files;
    const QString path = files.path(u"no-such-dir/r.csv"_s);
    QString error;
    QVERIFY(!FileWriter::writeFile(path, "x", &error));
    QCOMPARE(error,
             u"Could not write %1: No such file or directory. No file was created."_s.arg(path));
    QVERIFY(!QFileInfo::exists(files.path(u"no-such-dir"_s)));
}

void FileWriterTest::discardLeavesNothing()
{
    TestFiles files;
    const QString path = files.write(u"r.csv"_s, "old\r\n");
    {
        FileWriter out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(rows(10)));
        // Destroyed without commit: an export that was cancelled or failed elsewhere.
    }
    QCOMPARE(readAll(path), "old\r\n"_ba);
    QCOMPARE(entries(QFileInfo(path).path()), QStringList{u"r.csv"_s});
}

void FileWriterTest::refusesToRead()
{
    TestFiles files;
    FileWriter out(files.path(u"x"_s));
    QVERIFY(!out.open(QIODevice::ReadWrite));
    QVERIFY(!out.errorString().isEmpty());
    QVERIFY(!QFileInfo::exists(files.path(u"x"_s)));
}

void FileWriterTest::commitWithoutOpenFails()
{
    TestFiles files;
    FileWriter out(files.path(u"x"_s));
    QVERIFY(!out.write("bytes"));
    QVERIFY(!out.commit());
    QCOMPARE(out.errorString(),
             u"Could not write %1: unknown error. No file was created."_s.arg(files.path(u"x"_s)));
    QVERIFY(!QFileInfo::exists(files.path(u"x"_s)));
}

QTEST_GUILESS_MAIN(FileWriterTest)
#include "FileWriterTest.moc"
