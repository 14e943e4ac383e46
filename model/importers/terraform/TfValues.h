#pragma once

#include "TfTranslation.h"

// Value helpers the Terraform translators share, beside emptyMap() and
// nonEmpty() in TfTranslation.h.
namespace pillar::tf {

// {key: v}, or Null when v is.
inline CfnValue wrap(const TfTranslation &t, const QString &key, CfnValue v)
{
    if (v.isNull())
        return v;
    CfnValue m = emptyMap();
    t.set(&m, key, std::move(v));
    return m;
}

// The attribute of the first item of a block, Null without one.
inline CfnValue firstBlockValue(const TfTranslation &t, const TfNode &at, const char *block, const char *key)
{
    const QVector<TfNode> items = t.blocks(at, block);
    return items.isEmpty() ? CfnValue() : nonEmpty(t.value(items.first(), key));
}

} // namespace pillar::tf
