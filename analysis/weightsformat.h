#pragma once

#include "analysis/spatialweights.h"

#include <QString>
#include <QStringList>

// GeoDa's text formats for spatial weights, GAL and GWT: the reading and writing behind
// SpatialWeights::toGal, toGwt, fromGal and fromGwt (the formats are described there).
// Messages use the translation context CityAtlas::SpatialWeights.
namespace CityAtlas::WeightsFormat {

// GeoDa's record numbers "1".."n": the ids of units when a weights file has no key field.
QStringList recordNumberIds(int n);

QString toGal(const SpatialWeights &weights, const QString &layer = {}, const QString &key = {});
QString toGwt(const SpatialWeights &weights, const QString &layer = {}, const QString &key = {});
WeightsResult fromGal(const QString &text, const QStringList &expectedIds = {});
WeightsResult fromGwt(const QString &text, const QStringList &expectedIds = {});

} // namespace CityAtlas::WeightsFormat
