// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/RetryPolicy.h"

#include "api/ApiError.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace fotadesk {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{})
{}

RetryPolicy::RetryPolicy(const Settings& settings)
    : m_settings(settings)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
    m_settings.jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
}

RetryPolicy RetryPolicy::none()
{
    Settings s;
    s.maxAttempts = 1;
    return RetryPolicy(s);
}

void RetryPolicy::setSeed(quint32 seed)
{
    auto generator = std::make_shared<QRandomGenerator>(seed);
    m_random = [generator] { return generator->generateDouble(); };
}

void RetryPolicy::setRandomSource(std::function<double()> random)
{
    m_random = std::move(random);
}

qint64 RetryPolicy::backoffMs(int attemptsMade) const
{
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double raw =
        static_cast<double>(m_settings.baseDelayMs) * static_cast<double>(1LL << exponent);
    const double capped = std::min(raw, static_cast<double>(m_settings.maxDelayMs));
    const double r = std::clamp(m_random ? m_random() : 0.5, 0.0, 1.0);
    // "Equal jitter": a fixed part and a random part, so that concurrent clients spread out
    // while no client retries immediately.
    const double delay = capped * (1.0 - m_settings.jitter) + capped * m_settings.jitter * r;
    return std::max<qint64>(0, static_cast<qint64>(delay));
}

std::optional<qint64> RetryPolicy::nextDelayMs(const ApiError& error, Idempotency idempotency,
                                               int attemptsMade, qint64 elapsedMs) const
{
    if (idempotency == Idempotency::NotRepeatable)
        return std::nullopt;
    if (!error.isRetryable())
        return std::nullopt;
    if (attemptsMade >= m_settings.maxAttempts)
        return std::nullopt;

    qint64 delay = backoffMs(attemptsMade);
    if (const auto retryAfter = error.retryAfterMs()) {
        if (*retryAfter > m_settings.maxRetryAfterMs)
            return std::nullopt;
        // The server said "not before": never earlier, and never sooner than our own backoff
        // (Retry-After: 0 or a past date must not turn the retries into a burst).
        delay = std::max(*retryAfter, delay);
    }
    if (elapsedMs + delay > m_settings.maxTotalMs)
        return std::nullopt;
    return delay;
}

ApiError RetryPolicy::explainGiveUp(const ApiError& error, Idempotency idempotency,
                                    int attemptsMade, qint64 elapsedMs,
                                    const QDateTime& nowUtc) const
{
    const auto retryAfter = error.retryAfterMs();
    if (!retryAfter || idempotency == Idempotency::NotRepeatable || !error.isRetryable() ||
        attemptsMade >= m_settings.maxAttempts)
        return error;
    const bool tooLong =
        *retryAfter > m_settings.maxRetryAfterMs || elapsedMs + *retryAfter > m_settings.maxTotalMs;
    return tooLong ? error.withComeBackAt(nowUtc.addMSecs(*retryAfter), *retryAfter) : error;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime& nowUtc)
{
    const QString text = QString::fromLatin1(value.data(), value.size()).simplified();
    if (text.isEmpty())
        return std::nullopt;

    bool allDigits = true;
    for (const QChar c : text)
        allDigits = allDigits && c.isDigit();
    if (allDigits) {
        if (text.size() > 9) // more than ~30 years: not a usable delay
            return std::nullopt;
        return text.toLongLong() * 1000;
    }

    // HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, obsolete RFC 850 and asctime forms. The
    // weekday is redundant (and Qt would check it against a two-digit year): drop it.
    const qsizetype space = text.indexOf(u' ');
    const QString rest = space > 0 ? text.mid(space + 1) : text;
    static const char* const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // Sun, 06 Nov 1994 08:49:37 GMT
        "dd-MMM-yy HH:mm:ss 'GMT'",   // Sunday, 06-Nov-94 08:49:37 GMT
        "MMM d HH:mm:ss yyyy",        // Sun Nov  6 08:49:37 1994 (spaces simplified)
    };
    const QLocale c = QLocale::c();
    for (const char* format : formats) {
        QDateTime when = c.toDateTime(rest, QLatin1String(format));
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970) // RFC 850 two-digit years: Qt reads 19xx
            when = when.addYears(100);
        when = QDateTime(when.date(), when.time(), QTimeZone::utc());
        return std::max<qint64>(0, nowUtc.msecsTo(when));
    }
    return std::nullopt;
}

} // namespace fotadesk
