#include "gui/Icons.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace fotadesk {

QIcon Icons::get(const QString& name)
{
    const QString path = u":/icons/"_s + name + u".svg"_s;
    if (!QFile::exists(path))
        return {};
    return QIcon(path);
}

} // namespace fotadesk
