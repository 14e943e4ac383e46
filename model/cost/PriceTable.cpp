#include "PriceTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace pillar {

namespace {

using json = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("PriceTable", text);
}

QString priceKey(const QString &service, const QString &key, const QString &term)
{
    return service + QLatin1Char('\n') + key + QLatin1Char('\n') + term;
}

QString text(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

} // namespace

QString pricingTermKey(PricingTerm term)
{
    return term == PricingTerm::Reserved1y ? QStringLiteral("reserved-1y") : QStringLiteral("on-demand");
}

std::optional<PricingTerm> pricingTermFromKey(const QString &key)
{
    if (key == QLatin1String("on-demand"))
        return PricingTerm::OnDemand;
    if (key == QLatin1String("reserved-1y"))
        return PricingTerm::Reserved1y;
    return std::nullopt;
}

QStringList PriceTable::regions()
{
    QStringList out;
    for (const QString &file : QDir(QStringLiteral(":/pricing")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << file.chopped(5);
    return out;
}

std::optional<PriceTable> PriceTable::forRegion(const QString &region, QString *error)
{
    // Read once per region: the live check and the Cost dock ask often, from
    // more than one thread.
    static QMutex mutex;
    static QHash<QString, std::optional<PriceTable>> cache;
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(region);
        if (it != cache.constEnd() && *it)
            return *it;
    }
    auto table = readRegion(region, error);
    if (table) {
        const QMutexLocker lock(&mutex);
        cache.insert(region, table);
    }
    return table;
}

std::optional<PriceTable> PriceTable::readRegion(const QString &region, QString *error)
{
    QFile file(QStringLiteral(":/pricing/%1.json").arg(region));
    if (region.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("no prices for region '%1' (Pillar has %2)").arg(region, regions().join(QLatin1String(", ")));
        return std::nullopt;
    }
    QString why;
    auto table = fromJson(file.readAll(), &why);
    if (!table && error)
        *error = QStringLiteral("%1: %2").arg(file.fileName(), why);
    return table;
}

std::optional<PriceTable> PriceTable::fromJson(const QByteArray &bytes, QString *error)
{
    const json root = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    auto fail = [error](const QString &why) -> std::optional<PriceTable> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!root.is_object())
        return fail(tr("not a JSON object"));
    PriceTable table;
    table.m_region = root.contains("region") ? text(root["region"]) : QString();
    table.m_regionName = root.contains("regionName") ? text(root["regionName"]) : QString();
    if (table.m_region.isEmpty())
        return fail(tr("/region: a region code is required"));
    if (!root.contains("currency") || text(root["currency"]) != QLatin1String("USD"))
        return fail(tr("/currency: prices must be in USD"));
    if (!root.contains("prices") || !root["prices"].is_array())
        return fail(tr("/prices: a list of prices is required"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    int i = 0;
    for (const json &entry : root["prices"]) {
        const QString at = QStringLiteral("/prices/%1").arg(i++);
        if (!entry.is_object())
            return fail(tr("%1: a price must be an object").arg(at));
        auto field = [&](const char *name) { return entry.contains(name) ? text(entry[name]) : QString(); };
        const QString service = field("service");
        const QString key = field("key");
        const QString term = field("term");
        Price p;
        p.unit = field("unit");
        p.read = field("read");
        p.source = field("source");
        for (const auto &[name, value] : {std::pair{"service", service}, {"key", key}, {"unit", p.unit}, {"source", p.source}}) {
            if (value.isEmpty())
                return fail(tr("%1/%2: required").arg(at, QLatin1String(name)));
        }
        if (!pricingTermFromKey(term))
            return fail(tr("%1/term: '%2' is neither on-demand nor reserved-1y").arg(at, term));
        if (!date.match(p.read).hasMatch())
            return fail(tr("%1/read: the date the price was read, as YYYY-MM-DD").arg(at));
        if (!entry.contains("usd") || !entry["usd"].is_number() || entry["usd"].get<double>() <= 0)
            return fail(tr("%1/usd: a positive number of US dollars").arg(at));
        p.usd = entry["usd"].get<double>();
        const QString k = priceKey(service, key, term);
        if (table.m_prices.contains(k))
            return fail(tr("%1: %2 %3 (%4) is priced twice").arg(at, service, key, term));
        if (table.m_oldest.isEmpty() || p.read < table.m_oldest)
            table.m_oldest = p.read;
        if (p.read > table.m_newest)
            table.m_newest = p.read;
        table.m_prices.insert(k, p);
    }
    return table;
}

std::optional<PriceTable> PriceTable::forRegionOrDefault(const QString &region)
{
    auto table = forRegion(region);
    return table ? table : forRegion(QStringLiteral("us-east-1"));
}

const Price *PriceTable::find(const QString &service, const QString &key, PricingTerm term) const
{
    const auto it = m_prices.constFind(priceKey(service, key, pricingTermKey(term)));
    return it == m_prices.constEnd() ? nullptr : &*it;
}

} // namespace pillar
