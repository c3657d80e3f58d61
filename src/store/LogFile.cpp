// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/LogFile.h"

#include "core/SecretRedactor.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

struct State
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    LogFile::Options options;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State& state()
{
    static State s;
    return s;
}

QChar letter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u'D';
    case QtInfoMsg:
        return u'I';
    case QtWarningMsg:
        return u'W';
    case QtCriticalMsg:
        return u'C';
    case QtFatalMsg:
        return u'F';
    }
    return u'?';
}

void rotate(State& s)
{
    s.file->close();
    const QString base = s.options.path;
    QFile::remove(base + u'.' + QString::number(s.options.keep));
    for (int i = s.options.keep - 1; i >= 1; --i) {
        const QString from = base + u'.' + QString::number(i);
        if (QFile::exists(from))
            QFile::rename(from, base + u'.' + QString::number(i + 1));
    }
    if (s.options.keep > 0)
        QFile::rename(base, base + u".1"_s);
    else
        QFile::remove(base);
    s.file->setFileName(base);
    s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

thread_local bool t_inHandler = false;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    const QString clean = SecretRedactor::redact(message);
    if (t_inHandler) { // a message raised while writing one (rotation): stderr only
        if (s.previous)
            s.previous(type, context, clean);
        return;
    }
    t_inHandler = true;
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        previous = s.options.echo ? s.previous : nullptr;
        if (s.file && s.file->isOpen()) {
            const QByteArray line =
                LogFile::formatLine(type, context.category, clean).toUtf8() + '\n';
            if (s.file->size() + line.size() > s.options.maxBytes && s.file->size() > 0)
                rotate(s);
            s.file->write(line);
            s.file->flush();
        }
    }
    t_inHandler = false;
    if (previous)
        previous(type, context, clean);
}

} // namespace

QString LogFile::defaultPath()
{
    QString app = QCoreApplication::applicationName();
    if (app.isEmpty())
        app = u"fotadesk"_s;
    return Workspace::dataDirectory() + u"/logs/"_s + app.toLower() + u".log"_s;
}

QString LogFile::formatLine(QtMsgType type, const char* category, const QString& message)
{
    const QString cat = category && *category ? QString::fromLatin1(category) : u"default"_s;
    QString text = message;
    text.replace(u'\n', u"\\n"_s); // one record, one line
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + letter(type) +
           u' ' + cat + u": "_s + text;
}

bool LogFile::install(const Options& options, QString* error)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.options = options;
    if (s.options.path.isEmpty())
        s.options.path = defaultPath();
    if (s.options.maxBytes < 1024)
        s.options.maxBytes = 1024;
    QDir().mkpath(QFileInfo(s.options.path).absolutePath());
    auto file = std::make_unique<QFile>(s.options.path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = QCoreApplication::translate("fotadesk::LogFile",
                                                 "The log file %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(s.options.path), file->errorString());
        return false;
    }
    // Only the user may read it: even redacted logs name accounts and campaigns.
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    s.file = std::move(file);
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::setLimits(qint64 maxBytes, int keep)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.options.maxBytes = std::max<qint64>(1024, maxBytes);
    s.options.keep = std::max(0, keep);
    if (s.options.path.isEmpty())
        return;
    // Files beyond the new count: .keep+1 on, while they exist.
    for (int i = s.options.keep + 1;; ++i) {
        if (!QFile::remove(s.options.path + u'.' + QString::number(i)))
            break;
    }
}

LogFile::Options LogFile::options()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.options;
}

void LogFile::uninstall()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
        s.previous = nullptr;
    }
    if (s.file)
        s.file->close();
    s.file.reset();
}

bool LogFile::isInstalled()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.installed;
}

QString LogFile::currentPath()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.options.path : QString();
}

} // namespace fotadesk
