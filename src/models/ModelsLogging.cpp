#include "models/ModelsLogging.h"

namespace fotadesk {

Q_LOGGING_CATEGORY(lcModels, "fotadesk.models")

} // namespace fotadesk
