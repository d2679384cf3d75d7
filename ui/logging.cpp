#include <ui/logging.h>

namespace cs::ui {

Q_LOGGING_CATEGORY(lcUi, "countersign.ui")

} // namespace cs::ui
