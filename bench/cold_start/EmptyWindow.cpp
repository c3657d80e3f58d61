// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The yardstick of bench_cold_start: the least a Qt 6 Widgets program does to show a window.

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1024, 700);
    window.show();
    return QApplication::exec();
}
