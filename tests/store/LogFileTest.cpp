// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/LogFile.h"

#include "core/SecretRedactor.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLogTest, "fotadesk.logtest")

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class LogFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        LogFile::uninstall();
        SecretRedactor::clearSecrets();
    }
    void writesRedactedLines();
    void rotatesAndKeepsN();
    void reportsUnwritableFile();
    void defaultPathIsInAppData();
};

void LogFileTest::writesRedactedLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logs/app.log"_s);
    QString error;
    QVERIFY2(LogFile::install({path, 1 << 20, 3, false}, &error), qPrintable(error));
    QVERIFY(LogFile::isInstalled());
    QCOMPARE(LogFile::currentPath(), path);
    SecretRedactor::addSecret(u"my-client-secret"_s);
    qCWarning(lcLogTest) << "token request with Authorization: Basic ZGVtbzpkZW1vc2VjcmV0";
    qCInfo(lcLogTest).noquote() << "leaked my-client-secret by mistake\nsecond line";
    qInfo("plain message");
    LogFile::uninstall();
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY2(!text.contains(u"ZGVtbzpkZW1vc2VjcmV0"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"my-client-secret"_s), qPrintable(text));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the newline inside a message stays inside its line
    QVERIFY2(lines.at(0).contains(u" W fotadesk.logtest: "_s), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).contains(u"\\nsecond line"_s));
    QVERIFY(lines.at(2).contains(u" I default: plain message"_s));
    QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOwner));
    QVERIFY(!QFile::permissions(path).testFlag(QFileDevice::ReadOther));
}

void LogFileTest::rotatesAndKeepsN()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"app.log"_s);
    QVERIFY(LogFile::install({path, 2048, 2, false}));
    for (int i = 0; i < 200; ++i)
        qCInfo(lcLogTest) << "line" << i << QString(40, u'x');
    LogFile::uninstall();
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + u".1"_s));
    QVERIFY(QFile::exists(path + u".2"_s));
    QVERIFY(!QFile::exists(path + u".3"_s));
    for (const QString& p : QStringList{path, path + u".1"_s, path + u".2"_s})
        QVERIFY2(QFileInfo(p).size() <= 2048, qPrintable(p));
    // The newest lines are in the current file, the older ones in .1.
    QVERIFY(readAll(path).contains("line 199"));
    QVERIFY(!readAll(path + u".1"_s).contains("line 199"));
}

void LogFileTest::reportsUnwritableFile()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!LogFile::install({dir.filePath(u"file/app.log"_s), 1 << 20, 1, false}, &error));
    QVERIFY2(error.contains(u"cannot be written"_s), qPrintable(error));
    QVERIFY(!LogFile::isInstalled());
}

void LogFileTest::defaultPathIsInAppData()
{
    QCoreApplication::setOrganizationName(u"FotaDesk"_s);
    QCoreApplication::setApplicationName(u"FotaDesk"_s);
    const QString path = LogFile::defaultPath();
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       u"/logs/fotadesk.log"_s);
}

QTEST_GUILESS_MAIN(LogFileTest)
#include "LogFileTest.moc"
