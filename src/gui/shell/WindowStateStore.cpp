// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/WindowStateStore.h"

#include "gui/common/GuiLogging.h"
#include "store/AppSettings.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

constexpr auto kGeometry = "geometry";
constexpr auto kState = "state";
constexpr auto kSplitterPrefix = "splitter/";
constexpr auto kHeaderPrefix = "header/";
constexpr auto kKindProperty = "fotadesk.windowStateKind";

QHeaderView* headerOf(QWidget* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

/// The widgets of one key: one, or several pages of one kind (WindowStateStore::setKindName).
struct Remembered
{
    QString key;
    QList<QWidget*> widgets;
    bool ofKind = false;
};

/// Splitters and item views under root with a complete object-name path that is unique, or
/// shared by pages of one kind. Two unrelated widgets at one path are ambiguous: left out.
QList<Remembered> collect(const QWidget& window, const QWidget& root)
{
    QList<Remembered> found;
    QHash<QString, qsizetype> indexOf;
    const QList<QWidget*> candidates = root.findChildren<QWidget*>();
    for (QWidget* w : candidates) {
        QString prefix;
        if (qobject_cast<QSplitter*>(w))
            prefix = QLatin1String(kSplitterPrefix);
        else if (headerOf(w))
            prefix = QLatin1String(kHeaderPrefix);
        else
            continue;
        bool ofKind = false;
        const QString path = WindowStateStore::pathOf(window, *w, &ofKind);
        if (path.isEmpty())
            continue;
        const QString key = prefix + path;
        const auto it = indexOf.constFind(key);
        if (it == indexOf.constEnd()) {
            indexOf.insert(key, found.size());
            found.append({key, {w}, ofKind});
        } else {
            found[*it].widgets.append(w);
            found[*it].ofKind = found[*it].ofKind || ofKind;
        }
    }
    found.removeIf([](const Remembered& r) { return r.widgets.size() > 1 && !r.ofKind; });
    return found;
}

/// Whether the page of a kind holding `w` is the one shown (`w` itself may sit on a tab that
/// is not).
bool onShownPage(const QWidget* w)
{
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (!p->property(kKindProperty).toString().isEmpty())
            return p->isVisible();
    }
    return w->isVisible();
}

/// Of several widgets, the one on the page the user sees, else the newest.
QWidget* preferred(const QList<QWidget*>& widgets)
{
    const auto visible = std::find_if(widgets.cbegin(), widgets.cend(), onShownPage);
    return visible != widgets.cend() ? *visible : widgets.constLast();
}

QByteArray stateOf(QWidget* w)
{
    if (auto* splitter = qobject_cast<QSplitter*>(w))
        return splitter->saveState();
    if (QHeaderView* header = headerOf(w); header && header->count() > 0)
        return header->saveState();
    return {};
}

void applyState(QWidget* w, const QByteArray& state)
{
    if (auto* splitter = qobject_cast<QSplitter*>(w)) {
        // The page then keeps the user's split instead of laying out its default one.
        if (splitter->restoreState(state))
            splitter->setProperty(WindowStateStore::RestoredProperty, true);
    } else if (QHeaderView* header = headerOf(w))
        header->restoreState(state);
}

/// Saves a followed window when it is closed (a close event, not its destruction).
class SaveOnClose final : public QObject
{
public:
    SaveOnClose(WindowStateStore& store, QWidget& window, QString name)
        : QObject(&window)
        , m_store(store)
        , m_name(std::move(name))
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Close && watched == parent())
            m_store.save(*static_cast<QWidget*>(watched), m_name);
        return false;
    }

private:
    WindowStateStore& m_store;
    QString m_name;
};

} // namespace

WindowStateStore::WindowStateStore(AppSettings& settings)
    : m_settings(settings)
{}

WindowStateStore::~WindowStateStore() = default;

QString WindowStateStore::pathOf(const QWidget& window, const QWidget& widget, bool* ofKind)
{
    QStringList parts;
    bool kind = false;
    for (const QWidget* w = &widget; w && w != &window; w = w->parentWidget()) {
        const QString kindName = w->property(kKindProperty).toString();
        if (!kindName.isEmpty()) {
            parts.prepend(kindName);
            kind = true;
            continue;
        }
        if (w->objectName().isEmpty())
            return {};
        // Qt's internal containers (a QStackedWidget's or QScrollArea's viewport) carry "qt_"
        // names.
        if (!w->objectName().startsWith(QLatin1String("qt_")))
            parts.prepend(w->objectName());
    }
    if (ofKind)
        *ofKind = kind;
    return parts.join(u'/');
}

void WindowStateStore::setKindName(QWidget& page, const QString& kind)
{
    page.setProperty(kKindProperty, kind);
}

QString WindowStateStore::groupOf(const QWidget& window, const QString& name) const
{
    const QString n = name.isEmpty() ? window.objectName() : name;
    return n.isEmpty() ? u"main"_s : n;
}

void WindowStateStore::save(const QWidget& window, const QString& name)
{
    // Keys of pages not open now (a campaign page closed before quitting) stay as they are.
    const QString group = groupOf(window, name) + u'/';
    constexpr auto family = AppSettings::Key::WindowState;
    m_settings.setItemValue(family, group + QLatin1String(kGeometry), window.saveGeometry());
    if (const auto* main = qobject_cast<const QMainWindow*>(&window))
        m_settings.setItemValue(family, group + QLatin1String(kState), main->saveState());
    for (const Remembered& r : collect(window, window)) {
        if (const QByteArray state = stateOf(preferred(r.widgets)); !state.isEmpty())
            m_settings.setItemValue(family, group + r.key, state);
    }
    m_settings.sync();
}

bool WindowStateStore::restore(QWidget& window, const QString& name)
{
    const QString group = groupOf(window, name) + u'/';
    constexpr auto family = AppSettings::Key::WindowState;
    const QByteArray geometry =
        m_settings.itemValue(family, group + QLatin1String(kGeometry)).toByteArray();
    const QByteArray state =
        m_settings.itemValue(family, group + QLatin1String(kState)).toByteArray();
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

void WindowStateStore::follow(QWidget& window, const QString& name)
{
    restore(window, name);
    new SaveOnClose(*this, window, name);
}

void WindowStateStore::restoreChildren(const QWidget& window, const QWidget& root,
                                       const QString& name)
{
    // A page of a kind takes the state of the other open pages of its kind (the one shown,
    // else the newest) as the user has it now; otherwise what was saved.
    QHash<QString, QList<QWidget*>> others;
    if (&root != &window) {
        for (const Remembered& r : collect(window, window)) {
            if (!r.ofKind)
                continue;
            for (QWidget* w : r.widgets) {
                if (!root.isAncestorOf(w))
                    others[r.key].append(w);
            }
        }
    }
    const QString group = groupOf(window, name) + u'/';
    for (const Remembered& r : collect(window, root)) {
        const QList<QWidget*> live = others.value(r.key);
        const QByteArray state =
            live.isEmpty()
                ? m_settings.itemValue(AppSettings::Key::WindowState, group + r.key).toByteArray()
                : stateOf(preferred(live));
        if (state.isEmpty())
            continue;
        for (QWidget* w : r.widgets)
            applyState(w, state);
    }
}

QStringList WindowStateStore::keys(const QString& name) const
{
    return m_settings.items(AppSettings::Key::WindowState, name);
}

} // namespace fotadesk
