// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sim/EmbeddedSimulator.h"

#include "sim/SimLogging.h"
#include "sim/SimServer.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

namespace fotadesk::sim {

EmbeddedSimulator::EmbeddedSimulator(SimOptions options)
    : m_options(std::move(options))
{}

EmbeddedSimulator::~EmbeddedSimulator()
{
    stop();
}

bool EmbeddedSimulator::start(QString* error)
{
    return start(true, error);
}

bool EmbeddedSimulator::startListening(QString* error)
{
    return start(false, error);
}

void EmbeddedSimulator::prepare()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            QString why;
            if (m_server && !m_server->isInitialized() && !m_server->initialize(&why))
                qCWarning(lcSim).noquote() << why; // every request then answers it (503)
        },
        Qt::QueuedConnection);
}

bool EmbeddedSimulator::start(bool withData, QString* error)
{
    if (m_port != 0)
        return true;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"fotasim"_s);
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread->start();

    QString why;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, withData, &why, &port] {
            auto server = std::make_unique<SimServer>(m_options);
            port = withData ? server->start(QHostAddress::LocalHost, 0, &why)
                            : server->listen(QHostAddress::LocalHost, 0, &why);
            if (port != 0)
                m_server = server.release();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        if (error)
            *error = why;
        stop();
        return false;
    }
    m_port = port;
    return true;
}

void EmbeddedSimulator::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete std::exchange(m_server, nullptr); },
            Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_anchor = nullptr; // deleted by the thread's finished signal
    m_port = 0;
}

QString EmbeddedSimulator::baseUrl() const
{
    return m_port == 0 ? QString() : u"http://127.0.0.1:%1/api"_s.arg(m_port);
}

} // namespace fotadesk::sim
