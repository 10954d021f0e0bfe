#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace CityAtlas {

class ProjectStore;
struct SourceCheck;

// What a project's layer sources look like now, told to the user when the project opens:
// moved or changed files in one message, then for each missing one Relocate…, Extract
// Embedded Copy… (when the project holds one) or Skip.
class SourcesPrompt
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::SourcesPrompt)

public:
    // checks: the store's checkSources(). True when a layer was relocated or extracted (the
    // checks are then out of date).
    static bool ask(QWidget *parent, ProjectStore &store, const QList<SourceCheck> &checks);

    // A project opened without remote access that names remote sources (PostGIS connections,
    // URLs): lists them and asks whether to connect. For a database connection without a
    // password kept for this session, offers to type one (kept in memory only; empty: libpq's
    // ~/.pgpass or service file). True when the user chose to connect.
    static bool allowRemote(QWidget *parent, const ProjectStore &store);
};

} // namespace CityAtlas
