#include "store/StoreLog.h"

namespace fotadesk {

Q_LOGGING_CATEGORY(lcStore, "fotadesk.store")

} // namespace fotadesk
