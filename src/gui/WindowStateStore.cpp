#include "gui/WindowStateStore.h"

#include "gui/GuiLogging.h"

#include <QAbstractItemView>
#include <QHash>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr auto kGeometry = "geometry";
constexpr auto kState = "state";
constexpr auto kSplitterPrefix = "splitter/";
constexpr auto kHeaderPrefix = "header/";

QHeaderView* headerOf(QWidget* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

/// Splitters and item views under root with a unique, complete object-name path.
template <typename Visit>
void forEachRemembered(const QWidget& window, const QWidget& root, Visit visit)
{
    QHash<QString, int> seen;
    QList<QPair<QString, QWidget*>> found;
    const QList<QWidget*> candidates = root.findChildren<QWidget*>();
    for (QWidget* w : candidates) {
        QString prefix;
        if (qobject_cast<QSplitter*>(w))
            prefix = QLatin1String(kSplitterPrefix);
        else if (headerOf(w))
            prefix = QLatin1String(kHeaderPrefix);
        else
            continue;
        const QString path = WindowStateStore::pathOf(window, *w);
        if (path.isEmpty())
            continue;
        const QString key = prefix + path;
        ++seen[key];
        found.append({key, w});
    }
    for (const auto& [key, w] : std::as_const(found)) {
        if (seen.value(key) == 1)
            visit(key, w);
    }
}

} // namespace

WindowStateStore::WindowStateStore(QSettings* settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

WindowStateStore::~WindowStateStore() = default;

QString WindowStateStore::pathOf(const QWidget& window, const QWidget& widget)
{
    QStringList parts;
    for (const QWidget* w = &widget; w && w != &window; w = w->parentWidget()) {
        if (w->objectName().isEmpty())
            return {};
        // Qt's internal containers (a QStackedWidget's or QScrollArea's viewport) carry "qt_"
        // names.
        if (!w->objectName().startsWith(QLatin1String("qt_")))
            parts.prepend(w->objectName());
    }
    return parts.join(u'/');
}

QString WindowStateStore::groupOf(const QWidget& window, const QString& name) const
{
    const QString n = name.isEmpty() ? window.objectName() : name;
    return u"window/"_s + (n.isEmpty() ? u"main"_s : n);
}

void WindowStateStore::save(const QWidget& window, const QString& name)
{
    m_settings->beginGroup(groupOf(window, name));
    m_settings->remove(QString());
    m_settings->setValue(QLatin1String(kGeometry), window.saveGeometry());
    if (const auto* main = qobject_cast<const QMainWindow*>(&window))
        m_settings->setValue(QLatin1String(kState), main->saveState());
    forEachRemembered(window, window, [this](const QString& key, QWidget* w) {
        if (auto* splitter = qobject_cast<QSplitter*>(w))
            m_settings->setValue(key, splitter->saveState());
        else if (QHeaderView* header = headerOf(w); header && header->count() > 0)
            m_settings->setValue(key, header->saveState());
    });
    m_settings->endGroup();
    m_settings->sync();
}

bool WindowStateStore::restore(QWidget& window, const QString& name)
{
    m_settings->beginGroup(groupOf(window, name));
    const QByteArray geometry = m_settings->value(QLatin1String(kGeometry)).toByteArray();
    const QByteArray state = m_settings->value(QLatin1String(kState)).toByteArray();
    m_settings->endGroup();
    if (geometry.isEmpty())
        return false;
    if (!window.restoreGeometry(geometry))
        qCInfo(lcGui) << "window state: the saved geometry of" << groupOf(window, name)
                      << "does not fit this screen; keeping the default";
    if (auto* main = qobject_cast<QMainWindow*>(&window); main && !state.isEmpty())
        main->restoreState(state);
    restoreChildren(window, window, name);
    return true;
}

void WindowStateStore::restoreChildren(const QWidget& window, const QWidget& root,
                                       const QString& name)
{
    m_settings->beginGroup(groupOf(window, name));
    forEachRemembered(window, root, [this](const QString& key, QWidget* w) {
        const QByteArray saved = m_settings->value(key).toByteArray();
        if (saved.isEmpty())
            return;
        if (auto* splitter = qobject_cast<QSplitter*>(w))
            splitter->restoreState(saved);
        else if (QHeaderView* header = headerOf(w))
            header->restoreState(saved);
    });
    m_settings->endGroup();
}

QStringList WindowStateStore::keys(const QString& name) const
{
    m_settings->beginGroup(u"window/"_s + name);
    QStringList out = m_settings->allKeys();
    m_settings->endGroup();
    out.sort();
    return out;
}

} // namespace fotadesk
