// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/HttpJob.h"
#include "api/wire/JsonCodec.h"

#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace fotadesk {

/// An HttpJob whose 2xx answer decodes into a T — the one job pattern of the
/// FotaClient: `auto* job = client.campaign(id); connect(job, &ApiJob::finished,
/// ctx, [job] { if (job->succeeded()) use(job->result()); else show(job->error()); });`
template <typename T> class RequestJob final : public HttpJob
{
public:
    /// Turns the raw 2xx body into a T (or a DecodeError naming the JSON path).
    using BodyDecoder = std::function<wire::Decoded<T>(const QByteArray& body)>;

    RequestJob(const JobContext& context, ApiRequest request, BodyDecoder decoder,
               QObject* parent = nullptr)
        : HttpJob(context, std::move(request), parent)
        , m_decoder(std::move(decoder))
    {}

    /// The decoded answer; valid only when succeeded().
    [[nodiscard]] const T& result() const { return *m_result; }
    /// Moves the answer out (large pages).
    [[nodiscard]] T takeResult() { return std::move(*m_result); }

    /// Decode the 2xx body on a worker thread (HttpJob::decodePool()) instead of the job's
    /// own: for report pages of up to 1,000 entries (a few ms of CPU each), so that several
    /// answers arriving together do not stall the GUI thread. Before the job starts.
    void setDecodeInBackground(bool background) { m_background = background; }
    [[nodiscard]] bool decodesInBackground() const { return m_background; }
    /// Whether the last body was decoded on another thread than the job's (meaningful once
    /// the job succeeded).
    [[nodiscard]] bool decodedOffThread() const { return m_decodedOffThread; }

protected:
    void beginBody(const QByteArray& body) override
    {
        if (!m_background) {
            HttpJob::beginBody(body);
            return;
        }
        struct Output
        {
            std::optional<wire::Decoded<T>> decoded;
            bool offThread = false;
        };
        auto out = std::make_shared<Output>();
        QThread* jobThread = thread();
        decodeInBackground(
            [out, body, decoder = m_decoder, jobThread] {
                out->decoded.emplace(decoder(body));
                out->offThread = QThread::currentThread() != jobThread;
            },
            [this, out] {
                m_decodedOffThread = out->offThread;
                if (!out->decoded->ok()) {
                    bodyAccepted(out->decoded->error());
                    return;
                }
                m_result = std::move(*out->decoded).value();
                bodyAccepted(std::nullopt);
            });
    }
    std::optional<wire::DecodeError> acceptBody(const QByteArray& body) override
    {
        auto decoded = m_decoder(body);
        if (!decoded.ok())
            return decoded.error();
        m_result = std::move(decoded).value();
        return std::nullopt;
    }

private:
    BodyDecoder m_decoder;
    std::optional<T> m_result;
    bool m_background = false;
    bool m_decodedOffThread = false;
};

/// A BodyDecoder from one of the JSON codecs: parses the body, then decodes.
template <typename T>
typename RequestJob<T>::BodyDecoder jsonDecoder(wire::Decoded<T> (*decode)(const QJsonValue&,
                                                                           const QString&))
{
    return [decode](const QByteArray& body) -> wire::Decoded<T> {
        auto json = wire::parseJson(body);
        if (!json.ok())
            return json.error();
        return decode(json.value(), QStringLiteral("$"));
    };
}

} // namespace fotadesk
