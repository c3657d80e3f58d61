#include "core/Timestamp.h"

namespace fotadesk {

// Placeholder removed by the codec work: see JsonCodec.
Timestamp Timestamp::parse(QStringView text)
{
    Timestamp t;
    t.raw = text.toString();
    t.utc = QDateTime::fromString(t.raw, Qt::ISODateWithMs);
    return t;
}

QString Timestamp::format(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace fotadesk
