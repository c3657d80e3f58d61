#pragma once

#include <QLoggingCategory>

namespace fotadesk {

/// Logging category of the GUI layer: "fotadesk.gui".
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace fotadesk
