#include "widgets/joindialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

// The field most likely to be the key: a code field, else a name field, else the first.
int likelyKey(const FeatureTable &table)
{
    for (const QString &name : {u"code"_s, u"adcode"_s, u"gb2260"_s, u"name_zh"_s, u"name"_s, u"province"_s, u"city"_s})
        if (const int i = table.fieldIndex(name); i >= 0)
            return i;
    return 0;
}

QString listKeys(const QList<JoinKeyRow> &rows, int limit = 30)
{
    QStringList keys;
    for (int i = 0; i < rows.size() && i < limit; ++i)
        keys << (rows[i].period.isEmpty() ? JoinDialog::tr("row %1: %2").arg(rows[i].row + 1).arg(rows[i].key)
                                          : JoinDialog::tr("row %1: %2, %3").arg(rows[i].row + 1).arg(rows[i].key, rows[i].period));
    if (rows.size() > limit)
        keys << JoinDialog::tr("… and %1 more").arg(rows.size() - limit);
    return keys.join(u'\n');
}

} // namespace

JoinDialog::JoinDialog(std::shared_ptr<const FeatureTable> layer, std::shared_ptr<const FeatureTable> table, QWidget *parent)
    : QDialog(parent)
    , m_layer(std::move(layer))
    , m_table(std::move(table))
    , m_layerKey(new QComboBox(this))
    , m_tableKey(new QComboBox(this))
    , m_match(new QComboBox(this))
    , m_pivot(new QComboBox(this))
    , m_periods(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Join %1").arg(QFileInfo(m_table->sourcePath()).fileName()));
    m_layerKey->addItems(m_layer->fieldNames());
    m_tableKey->addItems(m_table->fieldNames());
    m_layerKey->setCurrentIndex(likelyKey(*m_layer));
    m_tableKey->setCurrentIndex(likelyKey(*m_table));
    m_match->addItem(tr("Automatic (codes when the keys look like codes)"), int(JoinMatch::Auto));
    m_match->addItem(tr("GB/T 2260 administrative codes"), int(JoinMatch::Code));
    m_match->addItem(tr("Unit names (Chinese full or short, English, pinyin)"), int(JoinMatch::Name));
    m_pivot->addItem(tr("None (one row per unit)"), QString());
    for (const QString &name : m_table->fieldNames())
        m_pivot->addItem(name, name);
    // A long table: pivot by its year column when it has one.
    for (const QString &name : {u"year"_s, u"年份"_s, u"period"_s})
        if (const int i = m_table->fieldIndex(name); i >= 0 && m_table->fieldCount() > 2)
            m_pivot->setCurrentIndex(m_pivot->findData(m_table->field(i).name));
    m_periods->setPlaceholderText(tr("all, or e.g. 2020, 2022"));
    m_summary->setWordWrap(true);
    m_details->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Join"));

    auto *form = new QFormLayout;
    form->addRow(tr("Layer key:"), m_layerKey);
    form->addRow(tr("Table key:"), m_tableKey);
    form->addRow(tr("Match:"), m_match);
    form->addRow(tr("Pivot by:"), m_pivot);
    form->addRow(tr("Periods:"), m_periods);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(560, 480);

    for (QComboBox *box : {m_layerKey, m_tableKey, m_match})
        connect(box, &QComboBox::currentIndexChanged, this, &JoinDialog::updatePreview);
    connect(m_pivot, &QComboBox::currentIndexChanged, this, &JoinDialog::updatePreview);
    connect(m_periods, &QLineEdit::editingFinished, this, &JoinDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

JoinSpec JoinDialog::spec() const
{
    JoinSpec spec(m_layerKey->currentText(), m_tableKey->currentText(), JoinMatch(m_match->currentData().toInt()));
    spec.pivotField = m_pivot->currentData().toString();
    if (spec.isPivot())
        for (const QString &period : m_periods->text().split(u',', Qt::SkipEmptyParts))
            if (!period.trimmed().isEmpty())
                spec.pivotValues << period.trimmed();
    return spec;
}

void JoinDialog::updatePreview()
{
    m_report = TableJoin::preview(*m_layer, *m_table, spec());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_report.ok());
    m_periods->setEnabled(!m_pivot->currentData().toString().isEmpty());
    m_summary->setText(m_report.ok()
        ? tr("<b>%1 of %2 units matched.</b> %3 table rows matched no unit, %4 units received nothing, %5 table rows are ambiguous.")
              .arg(m_report.matched).arg(m_layer->rowCount()).arg(m_report.unmatchedTableRows.size())
              .arg(m_report.unmatchedLayerRows.size()).arg(m_report.ambiguousTableRows.size())
        : m_report.error.toHtmlEscaped());
    if (m_report.ok() && !m_report.periods.isEmpty())
        m_summary->setText(m_summary->text() + u' '
                           + tr("One field per value and %1: %2.").arg(m_report.pivotField.toHtmlEscaped(),
                                                                        m_report.periods.join(u", "_s).toHtmlEscaped()));
    m_details->setPlainText(reportText());
}

QString JoinDialog::reportText() const
{
    QStringList parts;
    if (!m_report.unmatchedTableRows.isEmpty())
        parts << tr("Table rows that match no unit:") + u'\n' + listKeys(m_report.unmatchedTableRows);
    if (!m_report.ambiguousTableRows.isEmpty())
        parts << (m_report.periods.isEmpty()
                      ? tr("Ambiguous table rows (several units, or a unit already matched):")
                      : tr("Ambiguous table rows (several units, or a unit and %1 already matched; never summed):")
                            .arg(m_report.pivotField))
                     + u'\n' + listKeys(m_report.ambiguousTableRows);
    if (!m_report.noPeriodTableRows.isEmpty())
        parts << tr("Table rows without a %1 (not joined):").arg(m_report.pivotField) + u'\n'
                     + listKeys(m_report.noPeriodTableRows);
    if (!m_report.unmatchedLayerRows.isEmpty())
        parts << tr("Units that receive no values:") + u'\n' + listKeys(m_report.unmatchedLayerRows);
    return parts.join(u"\n\n"_s);
}

} // namespace CityAtlas
