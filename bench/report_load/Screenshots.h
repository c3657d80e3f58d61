#pragma once

#include <QString>

namespace fotadesk::bench {

/// Saves the dashboards' screenshots into `directory` (see Screenshots.cpp); 0 on success.
int takeScreenshots(const QString& directory);

} // namespace fotadesk::bench
