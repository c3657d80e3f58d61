#include "api/ApiLog.h"

namespace fotadesk {

Q_LOGGING_CATEGORY(lcApi, "fotadesk.api")

} // namespace fotadesk
