#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace CityAtlas {

// One file a report read, with what its provenance record (datasets/*.md) says about it.
struct DatasetRecord
{
    QString path;       // absolute
    QString fileName;
    QString title;      // the record's heading, else the file name (bundled) or path (other files)
    QString source;
    QString licence;
    QString sha256;     // hex; empty with error set when the file cannot be read
    qint64 sizeBytes = -1;
    bool sample = false; // a synthetic or derived sample, not statistics
    QString error;
};

// The provenance page of a report: every dataset used, every method with its parameters,
// the CityAtlas version and the date. Datasets and methods are listed once each, in the
// order they were first added.
class ReportProvenance
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReportProvenance)

public:
    // A file as it was opened: a path relative to the working directory, or a GDAL
    // /vsizip/ path (the archive is the file). Recorded absolute, listed once.
    void addDataset(const QString &path);
    void addMethod(const QString &method);

    const QList<DatasetRecord> &datasets() const { return m_datasets; }
    const QStringList &methods() const { return m_methods; }
    QString version() const;      // "CityAtlas 0.1"
    QString generatedAt() const { return m_generatedAt; }
    void setGeneratedAt(const QString &isoDateTime) { m_generatedAt = isoDateTime; }

    // The lines of the provenance page, also used for HTML: "name — source; licence; SHA-256 …".
    QString datasetLine(const DatasetRecord &record) const;

    static DatasetRecord describe(const QString &path);

private:
    QList<DatasetRecord> m_datasets;
    QStringList m_methods;
    QString m_generatedAt = currentTime();
    static QString currentTime();
};

} // namespace CityAtlas
