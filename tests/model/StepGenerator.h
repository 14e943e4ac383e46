#pragma once

#include "EditStep.h"

#include <QPointF>
#include <QRectF>

#include <random>

namespace pillar {
class Design;
struct PropertySpec;
}

namespace pillar::test {

class ModelEditor;

// Draws the next gesture for the current design from a seeded generator.
// Most draws aim at something the designer accepts (a kind into a
// container that may hold it, a connection connectProblem() allows, a
// group and its members together for Delete); some aim anywhere, so the
// refusals are exercised too.
class StepGenerator
{
public:
    explicit StepGenerator(quint64 seed)
        : m_rng(seed)
    {
    }

    EditStep next(const Design &design, const ModelEditor &editor);

private:
    int below(int n) { return n <= 0 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    template<typename List>
    auto pick(const List &list) -> decltype(list[0])
    {
        return list[below(int(list.size()))];
    }
    double coordinate(double from, double to);
    QPointF pointIn(const QRectF &rect);
    QPointF delta();

    QStringList someElements(const Design &design, int max);
    QStringList selection(const Design &design);
    QPointF placeFor(const Design &design, const QString &kindKey);
    QPointF outside(const Design &design);
    QVariant valueFor(const Design &design, const QStringList &ids, const PropertySpec &spec);

    std::mt19937_64 m_rng;
};

} // namespace pillar::test
