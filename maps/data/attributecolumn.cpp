#include "maps/data/attributecolumn.h"

#include <algorithm>
#include <cmath>

namespace CityAtlas {

AttributeColumn::Storage AttributeColumn::storageFor(const QVariant &value)
{
    if (!value.isValid())
        return Storage::Nulls;
    if (value.isNull()) // a typed null: kept as it is
        return Storage::Variants;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
        return Storage::Integers;
    case QMetaType::Double:
        return Storage::Reals;
    case QMetaType::QString:
        return Storage::Texts;
    default:
        return Storage::Variants;
    }
}

QVariant AttributeColumn::value(int row) const
{
    const size_t r = size_t(row);
    if (m_storage == Storage::Variants)
        return m_variants.at(row);
    if (m_null.at(r))
        return {};
    switch (m_storage) {
    case Storage::Integers:
        return QVariant::fromValue(m_integers[r]);
    case Storage::Reals:
        return m_reals[r];
    case Storage::Texts:
        return m_texts[r];
    default:
        return {};
    }
}

std::optional<double> AttributeColumn::number(int row) const
{
    double d = 0.0;
    if (m_storage == Storage::Reals || m_storage == Storage::Integers) {
        if (m_null.at(size_t(row)))
            return std::nullopt;
        d = m_storage == Storage::Reals ? m_reals[size_t(row)] : double(m_integers[size_t(row)]);
    } else {
        const QVariant v = value(row);
        if (v.isNull() || !v.isValid())
            return std::nullopt;
        bool ok = false;
        d = v.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

bool AttributeColumn::accept(Storage storage)
{
    if (storage == Storage::Nulls || storage == m_storage || m_storage == Storage::Variants)
        return true;
    if (m_storage != Storage::Nulls || storage == Storage::Variants)
        return false;
    m_storage = storage; // the first value: the cells so far are nulls of this storage
    reserve(std::max(m_reserved, size()));
    resize(size());
    return true;
}

void AttributeColumn::toVariants()
{
    QList<QVariant> variants;
    variants.reserve(size());
    for (int row = 0; row < size(); ++row)
        variants << value(row);
    m_variants = std::move(variants);
    m_storage = Storage::Variants;
    m_integers = {};
    m_reals = {};
    m_texts = {};
    std::fill(m_null.begin(), m_null.end(), false);
}

void AttributeColumn::append(const QVariant &value)
{
    resize(size() + 1);
    set(size() - 1, value);
}

void AttributeColumn::set(int row, const QVariant &value)
{
    const Storage storage = storageFor(value);
    if (!accept(storage))
        toVariants();
    const size_t r = size_t(row);
    if (m_storage == Storage::Variants) {
        m_variants[row] = value;
        return;
    }
    m_null.at(r) = storage == Storage::Nulls;
    switch (m_storage) {
    case Storage::Integers:
        m_integers[r] = m_null[r] ? 0 : value.toLongLong();
        break;
    case Storage::Reals:
        m_reals[r] = m_null[r] ? 0.0 : value.toDouble();
        break;
    case Storage::Texts:
        m_texts[r] = m_null[r] ? QString() : value.toString();
        break;
    default:
        break;
    }
}

void AttributeColumn::resize(int rows)
{
    const size_t n = size_t(rows);
    m_null.resize(n, m_storage != Storage::Variants);
    switch (m_storage) {
    case Storage::Integers: m_integers.resize(n); break;
    case Storage::Reals: m_reals.resize(n); break;
    case Storage::Texts: m_texts.resize(n); break;
    case Storage::Variants: m_variants.resize(rows); break;
    case Storage::Nulls: break;
    }
}

void AttributeColumn::reserve(int rows)
{
    m_null.reserve(size_t(rows));
    switch (m_storage) {
    case Storage::Integers: m_integers.reserve(size_t(rows)); break;
    case Storage::Reals: m_reals.reserve(size_t(rows)); break;
    case Storage::Texts: m_texts.reserve(size_t(rows)); break;
    case Storage::Variants: m_variants.reserve(rows); break;
    case Storage::Nulls: break;
    }
    m_reserved = rows; // for the storage the first value chooses
}

} // namespace CityAtlas
