// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Icons: every SVG under resources/icons loads and draws, in the normal mode in its own
// colours and in the selected mode in the palette's highlighted-text colour (so that it
// shows on a selection highlight), sharp at device pixel ratio 2, and unknown names
// give a null icon.

#include "gui/common/Icons.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class IconsTest final : public QObject
{
    Q_OBJECT

    /// The colours of the opaque pixels of an image.
    static QSet<QRgb> opaqueColours(const QImage& image)
    {
        QSet<QRgb> out;
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < argb.height(); ++y) {
            for (int x = 0; x < argb.width(); ++x) {
                const QRgb p = argb.pixel(x, y);
                if (qAlpha(p) == 255)
                    out.insert(p & 0xffffffu);
            }
        }
        return out;
    }

private Q_SLOTS:
    void everyIconDrawsInBothModes()
    {
        const QStringList files = QDir(u":/icons"_s).entryList({u"*.svg"_s});
        QVERIFY2(files.size() >= 20, qPrintable(files.join(u' ')));
        const QRgb highlighted =
            QGuiApplication::palette().color(QPalette::HighlightedText).rgb() & 0xffffffu;
        for (const QString& file : files) {
            const QString name = file.chopped(4);
            const QIcon icon = Icons::get(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            const QImage normal = icon.pixmap(QSize(32, 32), 1.0, QIcon::Normal).toImage();
            const QImage selected = icon.pixmap(QSize(32, 32), 1.0, QIcon::Selected).toImage();
            QCOMPARE(normal.size(), QSize(32, 32));
            const QSet<QRgb> normalColours = opaqueColours(normal);
            const QSet<QRgb> selectedColours = opaqueColours(selected);
            QVERIFY2(!normalColours.isEmpty(), qPrintable(name + u": draws nothing"_s));
            // Selected: only the highlighted-text colour, fully opaque where drawn.
            QVERIFY2(
                selectedColours == QSet<QRgb>{highlighted},
                qPrintable(name + u": %1 colours when selected"_s.arg(selectedColours.size())));
        }
    }

    void sharpAtDevicePixelRatioTwo()
    {
        const QPixmap pixmap = Icons::get(u"workbench"_s).pixmap(QSize(24, 24), 2.0);
        QCOMPARE(pixmap.size(), QSize(48, 48));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }

    void unknownNameIsNull() { QVERIFY(Icons::get(u"no-such-icon"_s).isNull()); }

    void recolouredKeepsNone()
    {
        const QByteArray svg =
            R"(<svg fill="none" stroke="#3b82d6"><rect fill="#fff" stroke="#2e9d57"/></svg>)";
        QCOMPARE(Icons::recoloured(svg, QColor(u"#102030"_s)),
                 QByteArray(R"(<svg fill="none" stroke="#102030"><rect fill="#102030" )"
                            R"(stroke="#102030"/></svg>)"));
    }
};

QTEST_MAIN(IconsTest)
#include "IconsTest.moc"
