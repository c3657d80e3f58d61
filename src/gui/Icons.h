#pragma once

#include <QIcon>
#include <QString>

namespace fotadesk {

/// The app's SVG icons (resources/icons/<name>.svg, compiled into fotadesk_gui).
class Icons
{
public:
    Icons() = delete;
    /// The icon ":/icons/<name>.svg" (a null icon when there is none).
    static QIcon get(const QString& name);
};

} // namespace fotadesk
