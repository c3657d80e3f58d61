#pragma once

#include <QLoggingCategory>

namespace fotadesk {

/// Logging category of the models layer: "fotadesk.models".
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace fotadesk
