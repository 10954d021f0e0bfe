#pragma once

#include <QCoreApplication>

class QWidget;

namespace CityAtlas {

class ProjectStore;

// What a project's layer sources look like now, told to the user when the project opens:
// moved or changed files in one message, then for each missing one Relocate…, Extract
// Embedded Copy… (when the project holds one) or Skip.
class SourcesPrompt
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::SourcesPrompt)

public:
    static void ask(QWidget *parent, ProjectStore &store);
};

} // namespace CityAtlas
