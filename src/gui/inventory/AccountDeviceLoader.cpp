// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/inventory/AccountDeviceLoader.h"

#include "api/AccountDevicePager.h"
#include "api/FotaClient.h"
#include "gui/common/GuiLogging.h"
#include "models/AccountDeviceModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk {

QStringList AccountDeviceLoader::defaultProtocols()
{
    return {wire::protocol::Lwm2m, wire::protocol::OmdDm, wire::protocol::Http};
}

AccountDeviceLoader::AccountDeviceLoader(FotaClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_protocols(defaultProtocols())
{
    m_drain.setSingleShot(true);
    m_drain.setInterval(0);
    connect(&m_drain, &QTimer::timeout, this, &AccountDeviceLoader::drainSlice);
}

AccountDeviceLoader::~AccountDeviceLoader()
{
    if (m_pager)
        m_pager->cancel();
}

QString AccountDeviceLoader::currentProtocol() const
{
    return m_loading && m_protocolIndex < m_protocols.size() ? m_protocols.at(m_protocolIndex)
                                                             : QString();
}

void AccountDeviceLoader::load(AccountDeviceModel* model)
{
    if (m_loading)
        cancel();
    m_model = model;
    m_queue.reset();
    m_error.reset();
    m_pages = 0;
    m_protocolIndex = 0;
    m_pagerDone = false;
    m_loading = true;
    m_elapsed.start();
    startProtocol();
    Q_EMIT progress(0);
}

void AccountDeviceLoader::startProtocol()
{
    if (m_protocolIndex >= m_protocols.size()) {
        m_pagerDone = true;
        maybeFinish();
        return;
    }
    auto* pager = new AccountDevicePager(m_client, m_protocols.at(m_protocolIndex), this);
    m_pager = pager;
    connect(pager, &AccountDevicePager::pageArrived, this,
            [this](const QList<wire::AccountDevice>& page) {
                ++m_pages;
                if (page.isEmpty())
                    return;
                m_queue.push(page);
                if (!m_drain.isActive())
                    m_drain.start();
            });
    connect(pager, &ApiJob::finished, this, [this, pager] {
        if (pager != m_pager)
            return; // an older load
        m_pager = nullptr;
        if (!pager->succeeded()) {
            m_error = pager->error();
            m_queue.clear(); // what arrived before the failure is in the model already
            m_pagerDone = true;
            maybeFinish();
            return;
        }
        ++m_protocolIndex;
        startProtocol();
    });
    pager->start();
}

void AccountDeviceLoader::cancel()
{
    if (!m_loading)
        return;
    // Pages received but not yet in the model are dropped: after cancel() no row follows.
    m_queue.clear();
    m_drain.stop();
    if (m_pager) {
        m_pager->cancel(); // finishes the pager as Cancelled -> maybeFinish()
        return;
    }
    m_error = ApiError::cancelled(u"GET /devices/…"_s);
    m_pagerDone = true;
    maybeFinish();
}

void AccountDeviceLoader::drainSlice()
{
    if (!m_model) {
        m_queue.clear();
        maybeFinish();
        return;
    }
    // One slice per turn: the event loop gets control back (paint, input, the next page)
    // between slices.
    if (!m_queue.isEmpty()) {
        m_queue.appendSlice(
            [this](const QList<wire::AccountDevice>& rows) { m_model->appendDevices(rows); });
        Q_EMIT progress(m_queue.appended());
    }
    if (!m_queue.isEmpty())
        m_drain.start();
    else
        maybeFinish();
}

void AccountDeviceLoader::maybeFinish()
{
    if (!m_loading || !m_pagerDone || !m_queue.isEmpty())
        return;
    m_loading = false;
    const bool ok = !m_error.has_value();
    if (ok)
        qCInfo(lcGui) << "account devices loaded:" << m_queue.appended() << "devices," << m_pages
                      << "pages in" << m_elapsed.elapsed() << "ms";
    else
        qCWarning(lcGui) << "account devices failed:" << m_error->toString();
    Q_EMIT progress(m_queue.appended());
    Q_EMIT finished(ok);
}

} // namespace fotadesk
