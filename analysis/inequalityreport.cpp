#include "analysis/inequalityreport.h"

#include <QCoreApplication>

namespace CityAtlas {
namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::InequalityReport)
};

// Keeps a measure's value when it could be computed; otherwise one warning with its reason.
template <typename Result, typename Value>
std::optional<Value> keep(const Result &result, const Value &value, const QString &measure, IssueList &issues)
{
    if (result.ok())
        return value;
    for (const Issue &issue : result.issues) {
        if (issue.severity == Issue::Severity::Error) {
            Issue warning = issue;
            warning.severity = Issue::Severity::Warning;
            warning.message = ReportText::tr("%1 not computed: %2").arg(measure, issue.message);
            issues << warning;
            break;
        }
    }
    return std::nullopt;
}

} // namespace

InequalityReport computeInequalityReport(std::span<const double> values, std::span<const double> weights,
                                         std::span<const int> groupLabels)
{
    InequalityReport report;
    report.unitCount = int(values.size());
    report.weighted = !weights.empty();

    const InequalityResult gini = giniCoefficient(values, weights);
    if (!gini.ok()) {
        report.issues = gini.issues; // the values themselves are unusable: report why, as errors
        return report;
    }
    report.gini = gini.value;
    const InequalityResult t = theilT(values, weights);
    report.theilT = keep(t, t.value, ReportText::tr("Theil T"), report.issues);
    const InequalityResult l = theilL(values, weights);
    report.theilL = keep(l, l.value, ReportText::tr("Theil L"), report.issues);
    const InequalityResult cv = coefficientOfVariation(values, weights);
    report.coefficientOfVariation = keep(cv, cv.value, ReportText::tr("Coefficient of variation"), report.issues);
    const InequalityResult ge2 = generalizedEntropy(values, 2.0, weights);
    report.halfSquaredCv = keep(ge2, ge2.value, ReportText::tr("GE(2)"), report.issues);
    report.lorenz = lorenzCurve(values, weights);

    if (!groupLabels.empty()) {
        const TheilDecomposition byT = decomposeTheil(TheilIndex::T, values, groupLabels, weights);
        report.theilTByGroup = keep(byT, byT, ReportText::tr("Theil T decomposition"), report.issues);
        const TheilDecomposition byL = decomposeTheil(TheilIndex::L, values, groupLabels, weights);
        report.theilLByGroup = keep(byL, byL, ReportText::tr("Theil L decomposition"), report.issues);
        const GiniDecomposition byGini = decomposeGini(values, groupLabels, weights);
        report.giniByGroup = keep(byGini, byGini, ReportText::tr("Gini decomposition"), report.issues);
        for (const IssueList &warnings : {byT.issues, byGini.issues})
            for (const Issue &issue : warnings)
                if (issue.severity != Issue::Severity::Error && !report.issues.contains(issue))
                    report.issues << issue;
    }
    return report;
}

} // namespace CityAtlas
