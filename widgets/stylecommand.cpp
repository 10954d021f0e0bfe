#include "widgets/stylecommand.h"

#include "maps/data/bundleddata.h"
#include "widgets/methodcombo.h"

namespace CityAtlas {

StyleCommand::StyleCommand(ChoroplethSpec before, ChoroplethSpec after, Apply apply)
    : m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
{
    setText(tr("Style %1: %2").arg(BundledData::fieldCaption(m_after.field), MethodCombo::methodName(m_after.method)));
}

} // namespace CityAtlas
