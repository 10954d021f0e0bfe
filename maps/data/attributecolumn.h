#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace CityAtlas {

// One attribute column of a FeatureTable. Whole numbers (qlonglong), reals (double) and text
// (QString) are kept unboxed: a QVariant per cell costs 32 bytes and a list per row 16 more, most
// of a big layer's attribute memory. A column that meets a value of another type turns into
// QVariants. Every value reads back as it was stored, its type included; an invalid QVariant is
// the null cell.
class AttributeColumn
{
public:
    int size() const { return int(m_null.size()); }
    QVariant value(int row) const;
    // The cell as a finite number; empty when null or not convertible (QVariant::toDouble).
    std::optional<double> number(int row) const;

    void append(const QVariant &value);
    void set(int row, const QVariant &value);
    void resize(int rows); // new cells are null
    void reserve(int rows);

private:
    enum class Storage { Nulls, Integers, Reals, Texts, Variants };
    static Storage storageFor(const QVariant &value);
    // Makes room for values of this storage; false when the column must hold QVariants instead.
    bool accept(Storage storage);
    void toVariants();

    Storage m_storage = Storage::Nulls; // Nulls: no value yet
    int m_reserved = 0;
    std::vector<bool> m_null;           // one per cell (Variants: unused, all false)
    std::vector<qlonglong> m_integers;
    std::vector<double> m_reals;
    std::vector<QString> m_texts;
    QList<QVariant> m_variants;
};

} // namespace CityAtlas
