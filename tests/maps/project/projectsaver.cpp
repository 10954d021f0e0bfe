// Saves a project over and over, for tst_projectstore's interrupted-save test: each
// generation g replaces the analysis run (with a few MB of results, so that a save takes a
// while), sets the title and one review record's notes to g, prints "saving g", saves, and
// prints "saved g". The test kills it at some point and checks that the file holds one whole
// generation.
#include "maps/project/projectstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: projectsaver FILE.cityatlas GENERATIONS\n";
        return 2;
    }
    ProjectStore::OpenResult opened = ProjectStore::open(args[1]);
    if (!opened.store) {
        QTextStream(stderr) << opened.issues.value(0).message << "\n";
        return 1;
    }
    ProjectStore &store = *opened.store;
    int generation = store.content().title.section(u' ', 1).toInt();
    const int last = generation + args[2].toInt();
    QTextStream out(stdout);
    while (generation < last) {
        ++generation;
        const QString g = QString::number(generation);
        for (const AnalysisRun &run : store.content().analysisRuns)
            store.removeAnalysisRun(run.id);
        const QString results = u"{\"generation\":"_s + g + u",\"padding\":\""_s + QString(4 * 1024 * 1024, QChar(u'a' + generation % 26)) + u"\"}"_s;
        store.addAnalysisRun({0, u"stress"_s, u"{\"generation\":"_s + g + u'}', results, {}});
        store.setTitle(u"generation "_s + g);
        ReviewRecord record;
        record.unitId = u"110000"_s;
        record.status = ReviewStatus::Preparing;
        record.notes = u"generation "_s + g;
        store.setReviewRecord(record, u"saver"_s);
        out << "saving " << generation << Qt::endl;
        const IssueList issues = store.save();
        if (!issues.isEmpty()) {
            QTextStream(stderr) << issues.first().message << "\n";
            return 1;
        }
        out << "saved " << generation << Qt::endl;
    }
    return 0;
}
