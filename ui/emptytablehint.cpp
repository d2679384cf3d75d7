#include <QAbstractItemModel>
#include <QEvent>
#include <QLabel>
#include <QTableView>
#include <ui/emptytablehint.h>

namespace cs::ui {

EmptyTableHint::EmptyTableHint(QTableView* table, const QString& text)
    : QObject(table)
    , m_table(table)
    , m_label(new QLabel(text, table->viewport()))
{
    m_label->setObjectName(table->objectName() + QStringLiteral("Empty"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(24);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    table->viewport()->installEventFilter(this);
    QAbstractItemModel* model = table->model();
    Q_ASSERT(model); // set the model first
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyTableHint::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyTableHint::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyTableHint::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyTableHint::update);
    update();
}

void EmptyTableHint::setText(const QString& text)
{
    m_label->setText(text);
}

QString EmptyTableHint::text() const
{
    return m_label->text();
}

bool EmptyTableHint::isShown() const
{
    return !m_label->isHidden();
}

bool EmptyTableHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_label->setGeometry(m_table->viewport()->rect());
    return QObject::eventFilter(watched, event);
}

void EmptyTableHint::update()
{
    m_label->setGeometry(m_table->viewport()->rect());
    m_label->setVisible(m_table->model()->rowCount() == 0);
}

} // namespace cs::ui
