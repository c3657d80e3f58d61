// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/StateFile.h"

#include "core/FileWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fotadesk::sim::StateFile", text);
}

QByteArray checksum(const QJsonObject& payload)
{
    return QCryptographicHash::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

StateFile::LoadResult StateFile::load(const QString& path)
{
    LoadResult result;
    QFile file(path);
    if (!file.exists())
        return result;
    const QString fix =
        tr("Move the file away to start from fresh demo data, or restore a backup.");
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::Corrupt;
        result.error = tr("cannot read the state file %1: %2").arg(path, file.errorString());
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    result.status = Status::Corrupt;
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("the state file %1 is corrupt (torn or edited): %2 at byte %3. %4")
                           .arg(path, parseError.errorString())
                           .arg(parseError.offset)
                           .arg(fix);
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"fotasim-state"_s) {
        result.error = tr("%1 is not a fotasim state file (no \"format\": \"fotasim-state\"). %2")
                           .arg(path, fix);
        return result;
    }
    if (root.value(u"version"_s).toInt() != Version) {
        result.error = tr("the state file %1 has version %2; this fotasim reads version %3. %4")
                           .arg(path)
                           .arg(root.value(u"version"_s).toInt())
                           .arg(Version)
                           .arg(fix);
        return result;
    }
    const QJsonObject payload = root.value(u"payload"_s).toObject();
    if (root.value(u"sha256"_s).toString().toLatin1() != checksum(payload)) {
        result.error = tr("the state file %1 is corrupt: its checksum does not match its "
                          "content. %2")
                           .arg(path, fix);
        return result;
    }
    result.status = Status::Loaded;
    result.payload = payload;
    return result;
}

bool StateFile::save(const QString& path, const QJsonObject& payload, QString* error)
{
    const QJsonObject root{{u"format"_s, u"fotasim-state"_s},
                           {u"version"_s, Version},
                           {u"sha256"_s, QString::fromLatin1(checksum(payload))},
                           {u"payload"_s, payload}};
    // FileWriter: the previous state stays whole when the disk is full (issue 23).
    return FileWriter::writeFile(path, QJsonDocument(root).toJson(QJsonDocument::Compact), error);
}

} // namespace fotadesk::sim
