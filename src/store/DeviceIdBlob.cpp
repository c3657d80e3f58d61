// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/DeviceIdBlob.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

bool asNumber(const QString& id, quint64* value)
{
    if (id.size() != 15 || id.front() == u'0')
        return false;
    quint64 v = 0;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + quint64(c.unicode() - u'0');
    }
    *value = v;
    return true;
}

} // namespace

DeviceIdBlob::Encoded DeviceIdBlob::encode(const QStringList& deviceIds)
{
    QByteArray bytes(deviceIds.size() * 8, Qt::Uninitialized);
    char* out = bytes.data();
    for (const QString& id : deviceIds) {
        quint64 value = 0;
        if (!asNumber(id, &value)) {
            const QString text = deviceIds.join(u'\n');
            return {text.toUtf8(), u"text"_s};
        }
        qToLittleEndian<quint64>(value, out);
        out += 8;
    }
    return {bytes, u"u64"_s};
}

std::optional<QStringList> DeviceIdBlob::decode(const QByteArray& bytes, const QString& format)
{
    if (format == u"text") {
        if (bytes.isEmpty())
            return QStringList{};
        return QString::fromUtf8(bytes).split(u'\n');
    }
    if (format != u"u64" || bytes.size() % 8 != 0)
        return std::nullopt;
    QStringList ids;
    ids.reserve(bytes.size() / 8);
    for (qsizetype i = 0; i < bytes.size(); i += 8) {
        const quint64 v = qFromLittleEndian<quint64>(bytes.constData() + i);
        if (v < 100'000'000'000'000ULL || v > 999'999'999'999'999ULL)
            return std::nullopt;
        ids.append(QString::number(v));
    }
    return ids;
}

} // namespace fotadesk
