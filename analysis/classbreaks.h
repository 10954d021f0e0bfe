#pragma once

#include <QList>
#include <QString>

#include <span>

namespace CityAtlas {

// How a numeric field is cut into classes for a choropleth. The exact conventions
// (quantile definition, Jenks sampling, standard-deviation layout) are documented in
// classbreaks.cpp next to each algorithm.
enum class ClassificationMethod {
    EqualInterval, // n classes of equal width between min and max
    Quantile,      // about the same number of values in each class (R type 7 quantiles)
    NaturalBreaks, // Jenks: Fisher's exact optimisation of within-class squared deviations
    StdDev,        // classes one standard deviation wide, centred on the mean
    Manual,        // inner bounds typed by the user: manualBreaks(), not computeBreaks()
    UniqueValues,  // one class per category of a text or integer-code field (maps/style/categorystyle.h);
                   // not numeric, so computeBreaks() gives no classes for it
};

// "equal", "quantile", "jenks", "stddev", "manual", "unique"
QString methodKey(ClassificationMethod method);
// Case-insensitive, surrounding blanks ignored; also accepts "natural" and "equal-interval".
// Returns false for an unknown key (and leaves *method untouched); method may be null.
bool methodFromKey(const QString &key, ClassificationMethod *method);

// Class bounds: classCount + 1 ascending values, first = min, last = max of the finite input.
// Class i holds values in (bounds[i], bounds[i+1]], the first class also holds bounds[0].
// Bounds are strictly ascending except that bounds[0] == bounds[1] is allowed: the first
// class then holds only the minimum (natural breaks can produce this; a constant series
// gives {c, c}, one class). For StdDev the inner bounds are mean + (j + ½)·sd, clipped to
// (min, max).
struct ClassBreaks
{
    QList<double> bounds;
    int classCount() const { return bounds.size() > 1 ? int(bounds.size()) - 1 : 0; }
    // -1 when outside [min, max] (beyond a relative tolerance of 1e-12), for NaN, or when
    // there are no classes.
    int classOf(double value) const;
};

// Computes class bounds over finite values; NaN and infinities are ignored.
// classCount is clamped to [1, number of distinct values]. An empty input gives no classes.
// Fewer classes than asked are returned when quantile bounds tie or when standard-deviation
// bounds fall outside the data range.
// Manual and UniqueValues give no classes here (see manualBreaks()).
ClassBreaks computeBreaks(std::span<const double> values, int classCount, ClassificationMethod method);

// Classes from user-typed inner bounds: bounds = {min, breaks..., max} of the finite values.
// The breaks must be finite, strictly increasing and strictly inside (min, max); otherwise
// problem says what is wrong and index which break (0-based) is at fault, and breaks is empty.
struct ManualBreaks
{
    enum class Problem { None, NoValues, NoBreaks, NotFinite, NotIncreasing, OutsideRange };
    ClassBreaks breaks;
    Problem problem = Problem::None;
    int index = -1;    // the offending break, -1 when the problem is not about one break
    double min = 0.0;  // range of the finite values, for messages
    double max = 0.0;
};
ManualBreaks manualBreaks(std::span<const double> values, std::span<const double> breaks);

} // namespace CityAtlas
