#include <ui/appicon.h>

static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace cs::ui {

QIcon appIcon()
{
    initUiResources();
    QIcon icon;
    for (int size : { 32, 64, 256 })
        icon.addFile(QStringLiteral(":/countersign/icons/countersign-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace cs::ui
