#pragma once

#include "analysis/evaluation/indicatorsystem.h"
#include "analysis/issue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace CityAtlas {

struct IndicatorSystemLoad
{
    // Null only when the file cannot be read or is not a readable system (bad JSON, no
    // "indicators" array, an entry without an id, ...). A system that reads but has errors in
    // its weights (siblings not summing to 1, a negative weight) is returned so that an editor
    // can show and fix it: check ok() before evaluating with it.
    std::unique_ptr<IndicatorSystem> system;
    IssueList issues; // each names the file and the JSON path of the entry, e.g. "indicators[0].children[2].weight"
    bool ok() const { return system && !hasErrors(issues); }
};

// Indicator-system templates as JSON files (datasets/indicators/*.json; the format is
// described in datasets/indicators/README.md):
//
//   { "format": "cityatlas-indicator-system", "format_version": 1,
//     "id": ..., "name_zh": ..., "name_en": ...,
//     "weight_notation": "relative" | "percent_of_total",
//     "provenance": { "source": ..., "confidence": ..., "notes": [ ... ] },
//     "indicators": [ { "id": "L1", "name_zh": ..., "name_en": ..., "unit": ...,
//                       "direction": "benefit" | "cost", "weight": 37 | null,
//                       "sourced": true, "source": ..., "children_complete": true,
//                       "column": ..., "description": ..., "children": [ ... ] }, ... ] }
//
// Reading: "weight" null or absent means "not known" (never 0 or equal). With
// "percent_of_total" a weight is the indicator's percent of the whole index and its relative
// weight is percent / parent's percent (first level: / 100); a child with a weight under a
// parent without one gets no relative weight (Warning). "direction" defaults to benefit,
// "sourced" and "children_complete" to true. Unknown keys are reported (Warning: a misspelt
// "wieght" would otherwise leave a weight unknown). More than three levels is an Error.
// After reading, IndicatorSystem::validate() runs and its issues are added, prefixed with the
// file name.
//
// Writing keeps the key order above, with two-space indentation, through QSaveFile (the old
// file stays intact on any error). Weights are written in the system's weightNotation,
// percentages rounded to 9 decimals so that 0.37 · (8/37) · 100 is written as 8; when a relative
// weight sits under a parent with an unknown weight (not expressible in percent), the file is
// written in relative notation.
class IndicatorSystemFile
{
public:
    static IndicatorSystemLoad read(const QString &path);
    // fileName is only used in messages.
    static IndicatorSystemLoad fromJson(const QByteArray &json, const QString &fileName);

    static QByteArray toJson(const IndicatorSystem &system);
    // Empty on success, else a message naming the file.
    static QString write(const IndicatorSystem &system, const QString &path);

    // The bundled templates by short name: "gbt33356" (also "gbt33356-2016"), "giffinger"
    // (also "giffinger-2007") and "sample"; empty for other names.
    static QString bundledTemplatePath(const QString &name);
    static QStringList bundledTemplateNames();
    // The bundled SAMPLE indicator table (synthetic values for the 31 mainland provinces)
    // whose columns are the leaves of the "sample" system.
    static QString sampleTablePath();
};

} // namespace CityAtlas
