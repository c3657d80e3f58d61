#include "gui/common/GuiLogging.h"

namespace fotadesk {

Q_LOGGING_CATEGORY(lcGui, "fotadesk.gui")

} // namespace fotadesk
