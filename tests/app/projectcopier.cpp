// Writes a copy of a project as Save As does, for tst_cli_kill: opens SOURCE, makes pending
// changes (the title and one review record), and writes them with ProjectStore::writeCopy to
// TARGET. SOURCE itself is not changed.
#include "maps/project/projectstore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: projectcopier SOURCE.cityatlas TARGET.cityatlas TITLE\n";
        return 2;
    }
    ProjectStore::OpenResult opened = ProjectStore::open(args[1]);
    if (!opened.store) {
        QTextStream(stderr) << opened.issues.value(0).message << "\n";
        return 1;
    }
    opened.store->setTitle(args[3]);
    ReviewRecord record;
    record.unitId = u"110000"_s;
    record.status = ReviewStatus::Approved;
    record.notes = args[3];
    IssueList issues = opened.store->setReviewRecord(record, u"copier"_s);
    if (issues.isEmpty())
        issues = opened.store->writeCopy(args[2]);
    if (!issues.isEmpty()) {
        QTextStream(stderr) << issues.first().message << "\n";
        return 1;
    }
    return 0;
}
