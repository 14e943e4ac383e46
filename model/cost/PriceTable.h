#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace pillar {

// How a design is paid for: on demand, or a 1-year no-upfront reservation /
// savings plan for what can be reserved (EC2, RDS, ElastiCache).
enum class PricingTerm { OnDemand, Reserved1y };
QString pricingTermKey(PricingTerm term); // "on-demand", "reserved-1y"
std::optional<PricingTerm> pricingTermFromKey(const QString &key);

// One price as the table holds it: US dollars per unit, with the date it was
// read and the page it was read from.
struct Price {
    double usd = 0;
    QString unit;   // "hour", "GB-month", "GB", "million requests", ...
    QString read;   // YYYY-MM-DD
    QString source; // URL of the page
};

// The prices of one region (resources/pricing/<region>.json, see FORMAT.md
// there), looked up by service, key and term.
class PriceTable
{
public:
    // The tables compiled into Pillar, by region code, sorted.
    static QStringList regions();
    // The compiled-in table of a region (read once, then kept); nullopt (and
    // *error says why) when Pillar has no table for it. Thread-safe.
    static std::optional<PriceTable> forRegion(const QString &region, QString *error = nullptr);
    // Reads a table from JSON text; nullopt with "place: reason" in *error
    // when it is not a well-formed table.
    static std::optional<PriceTable> fromJson(const QByteArray &text, QString *error);

    QString region() const { return m_region; }
    QString regionName() const { return m_regionName; }
    int size() const { return int(m_prices.size()); }

    // nullptr when the table has no such price.
    const Price *find(const QString &service, const QString &key, PricingTerm term = PricingTerm::OnDemand) const;
    // The table of region, or when Pillar has none for it us-east-1's: for
    // prices that are the same everywhere (a public IPv4 address).
    static std::optional<PriceTable> forRegionOrDefault(const QString &region);

    // The oldest and newest `read` dates of the table.
    QString oldestRead() const { return m_oldest; }
    QString newestRead() const { return m_newest; }

private:
    static std::optional<PriceTable> readRegion(const QString &region, QString *error);

    QString m_region;
    QString m_regionName;
    QString m_oldest;
    QString m_newest;
    QHash<QString, Price> m_prices; // "service\nkey\nterm"
};

} // namespace pillar
