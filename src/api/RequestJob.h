#pragma once

#include "api/HttpJob.h"
#include "api/wire/JsonCodec.h"

#include <functional>
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

protected:
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
