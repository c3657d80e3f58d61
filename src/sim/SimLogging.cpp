#include "sim/SimLogging.h"

namespace fotadesk::sim {

Q_LOGGING_CATEGORY(lcSim, "fotadesk.sim", QtInfoMsg)

} // namespace fotadesk::sim
