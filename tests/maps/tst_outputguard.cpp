// OutputGuard: an output is refused when it is an input (by any spelling, link or hard link),
// a file read together with one (.csvt, Shapefile parts, SQLite's -wal), or a SQLite database.
#include "maps/data/outputguard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestOutputGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool touch(const QString &name, const QByteArray &bytes = "x\n") const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"sub"_s));
        QVERIFY(touch(u"t.csv"_s));
        QVERIFY(touch(u"t.csvt"_s));
        QVERIFY(touch(u"roads.shp"_s));
        QVERIFY(touch(u"other.png"_s));
        QVERIFY(touch(u"project.cityatlas"_s, QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0')));
        QVERIFY(QFile::link(path(u"t.csv"_s), path(u"link.csv"_s)));
        QVERIFY(::link(path(u"t.csv"_s).toLocal8Bit().constData(), path(u"hard.csv"_s).toLocal8Bit().constData()) == 0);
        QVERIFY(QFile::link(path(u"not-yet.csv"_s), path(u"dangling.csv"_s)));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QString>("expected"); // a part of the message
        const QString csv = path(u"t.csv"_s);
        QTest::newRow("same path") << csv << QStringList{csv} << u"is the input"_s;
        QTest::newRow("through ..") << path(u"sub/../t.csv"_s) << QStringList{csv} << u"the input"_s;
        QTest::newRow("symbolic link") << path(u"link.csv"_s) << QStringList{csv} << u"same file as the input"_s;
        QTest::newRow("input is the link") << csv << QStringList{path(u"link.csv"_s)} << u"same file as the input"_s;
        QTest::newRow("hard link") << path(u"hard.csv"_s) << QStringList{csv} << u"same file as the input"_s;
        QTest::newRow("relative") << QDir::current().relativeFilePath(csv) << QStringList{csv} << u"the input"_s;
        QTest::newRow("PATH:LAYER input") << csv << QStringList{csv + u":t"_s} << u"is the input"_s;
        QTest::newRow(".csvt of a CSV") << path(u"t.csvt"_s) << QStringList{csv} << u"read together with the input"_s;
        QTest::newRow(".CSVT spelt upper-case") << path(u"T.CSVT"_s) << QStringList{csv} << u"read together with the input"_s;
        QTest::newRow(".dbf of a Shapefile") << path(u"roads.dbf"_s) << QStringList{path(u"roads.shp"_s)} << u"read together with the input"_s;
        QTest::newRow("-wal of a project") << path(u"project.cityatlas-wal"_s) << QStringList{path(u"project.cityatlas"_s)}
                                            << u"read together with the input"_s;
        QTest::newRow("the project itself") << path(u"project.cityatlas"_s) << QStringList{path(u"project.cityatlas"_s)}
                                            << u"is the input"_s;
        QTest::newRow("a SQLite file not among the inputs") << path(u"project.cityatlas"_s) << QStringList{csv}
                                                            << u"is a SQLite database"_s;
        QTest::newRow("a folder") << path(u"sub"_s) << QStringList{csv} << u"is a folder"_s;
        QTest::newRow("dangling link to an input's place") << path(u"dangling.csv"_s) << QStringList{path(u"not-yet.csv"_s)}
                                                           << u"same file as the input"_s;
    }

    void refused()
    {
        QFETCH(QString, output);
        QFETCH(QStringList, inputs);
        QFETCH(QString, expected);
        const QString message = OutputGuard::check(output, inputs);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(output), qPrintable(message)); // names the file
    }

    void allowed_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("inputs");
        const QString csv = path(u"t.csv"_s);
        QTest::newRow("another file") << path(u"result.csv"_s) << QStringList{csv};
        QTest::newRow("an existing image") << path(u"other.png"_s) << QStringList{csv};
        QTest::newRow("a new folder") << path(u"new/dir/out.csv"_s) << QStringList{csv};
        QTest::newRow("no inputs") << path(u"out.svg"_s) << QStringList{};
        QTest::newRow("empty input") << path(u"out.svg"_s) << QStringList{QString()};
        QTest::newRow("same name elsewhere") << path(u"sub/t.csv"_s) << QStringList{csv};
        QTest::newRow(".csvt of a PNG") << path(u"other.prj"_s) << QStringList{path(u"other.png"_s)};
    }

    void allowed()
    {
        QFETCH(QString, output);
        QFETCH(QStringList, inputs);
        const QString message = OutputGuard::check(output, inputs);
        QVERIFY2(message.isEmpty(), qPrintable(message));
    }

    void twoOutputsAreOneFile()
    {
        const QString message = OutputGuard::check(QStringList{path(u"a.csv"_s), path(u"sub/../a.csv"_s)}, {path(u"t.csv"_s)});
        QVERIFY2(message.contains(u"are the same file"_s), qPrintable(message));
        QVERIFY(OutputGuard::check(QStringList{path(u"a.csv"_s), path(u"b.png"_s), QString()}, {path(u"t.csv"_s)}).isEmpty());
    }

    void resolved()
    {
        QCOMPARE(OutputGuard::resolved(path(u"sub/../t.csv"_s)), QFileInfo(path(u"t.csv"_s)).canonicalFilePath());
        QCOMPARE(OutputGuard::resolved(path(u"link.csv"_s)), QFileInfo(path(u"t.csv"_s)).canonicalFilePath());
        const QString canonicalDir = QFileInfo(m_dir.path()).canonicalFilePath();
        QCOMPARE(OutputGuard::resolved(path(u"new/../x.csv"_s)), canonicalDir + u"/x.csv"_s);
        QCOMPARE(OutputGuard::fileOf(u"/vsizip/a/b.gpkg.zip/b.gpkg"_s), u"a/b.gpkg.zip"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
