#include "widgets/computedfielddialog.h"

#include "maps/data/bundleddata.h"
#include "maps/data/unitnames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace CityAtlas {

ComputedFieldDialog::ComputedFieldDialog(std::shared_ptr<const FeatureTable> layer, QWidget *parent)
    : QDialog(parent)
    , m_layer(std::move(layer))
    , m_labelColumn(m_layer->fieldIndex(unitNameField(*m_layer)))
    , m_name(new QLineEdit(this))
    , m_nameNote(new QLabel(this))
    , m_expression(new QLineEdit(this))
    , m_functions(new QListWidget(this))
    , m_fields(new QListWidget(this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_issues(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a computed field to %1").arg(m_layer->name()));
    m_name->setObjectName(u"fieldName"_s);
    m_name->setPlaceholderText(tr("for example pop_per_km2"));
    m_nameNote->setObjectName(u"nameNote"_s);
    m_nameNote->setWordWrap(true);
    m_expression->setObjectName(u"expression"_s);
    m_expression->setPlaceholderText(tr("for example density(pop_2022 * 10000, area_km2)"));
    m_functions->setObjectName(u"functions"_s);
    m_fields->setObjectName(u"fields"_s);
    m_preview->setObjectName(u"preview"_s);
    m_summary->setObjectName(u"summary"_s);
    m_issues->setObjectName(u"issues"_s);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::PlainText);
    m_issues->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const QString &signature : expressionFunctions()) {
        auto *item = new QListWidgetItem(signature, m_functions);
        item->setData(Qt::UserRole, signature.section(u'(', 0, 0));
        item->setToolTip(expressionFunctionHelp(signature));
    }
    for (const Field &field : m_layer->fields())
        if (field.isNumeric()) {
            auto *item = new QListWidgetItem(field.name, m_fields);
            item->setToolTip(BundledData::fieldCaption(field.name));
        }
    connect(m_functions, &QListWidget::itemActivated, this, &ComputedFieldDialog::insertFunction);
    connect(m_fields, &QListWidget::itemActivated, this, &ComputedFieldDialog::insertField);
    m_functions->installEventFilter(this);
    m_fields->installEventFilter(this);

    const int rows = std::min(PreviewRows, m_layer->rowCount());
    m_preview->setColumnCount(3);
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels({tr("Row"), m_labelColumn >= 0 ? m_layer->field(m_labelColumn).name : QString(), tr("Value")});
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setColumnHidden(1, m_labelColumn < 0);
    for (int row = 0; row < rows; ++row) {
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(row + 1)));
        m_preview->setItem(row, 1, new QTableWidgetItem(m_labelColumn >= 0 ? m_layer->value(row, m_labelColumn).toString() : QString()));
        auto *value = new QTableWidgetItem;
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_preview->setItem(row, 2, value);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Field name:"), m_name);
    form->addRow(m_nameNote);
    form->addRow(tr("Expression:"), m_expression);
    auto *help = new QLabel(tr("Operators + - * / ^ and parentheses; write other field names in double quotes, as in "
                               "\"人口 2022\". Double-click a function or a field to insert it."), this);
    help->setWordWrap(true);
    form->addRow(help);
    auto *lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Functions"), this), 0, 0);
    lists->addWidget(new QLabel(tr("Numeric fields"), this), 0, 1);
    lists->addWidget(new QLabel(tr("Preview of the first rows"), this), 0, 2);
    lists->addWidget(m_functions, 1, 0);
    lists->addWidget(m_fields, 1, 1);
    lists->addWidget(m_preview, 1, 2);
    lists->setColumnStretch(0, 2);
    lists->setColumnStretch(1, 2);
    lists->setColumnStretch(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);
    resize(820, 520);

    connect(m_expression, &QLineEdit::textChanged, this, &ComputedFieldDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &ComputedFieldDialog::updateAcceptable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComputedFieldDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString ComputedFieldDialog::fieldName() const
{
    return m_name->text().trimmed();
}

void ComputedFieldDialog::setFieldName(const QString &name)
{
    m_name->setText(name);
}

QString ComputedFieldDialog::expression() const
{
    return m_expression->text();
}

void ComputedFieldDialog::setExpression(const QString &expression)
{
    m_expression->setText(expression);
}

void ComputedFieldDialog::insertText(const QString &text)
{
    m_expression->insert(text);
    m_expression->setFocus();
}

// Wraps the selected text in the function's parentheses, or leaves the cursor between them.
void ComputedFieldDialog::insertFunction(const QListWidgetItem *item)
{
    const QString selected = m_expression->selectedText();
    insertText(u"%1(%2)"_s.arg(item->data(Qt::UserRole).toString(), selected));
    if (selected.isEmpty())
        m_expression->cursorBackward(false);
}

void ComputedFieldDialog::insertField(const QListWidgetItem *item)
{
    insertText(expressionFieldReference(item->text()));
}

bool ComputedFieldDialog::eventFilter(QObject *watched, QEvent *event)
{
    auto *list = qobject_cast<QListWidget *>(watched);
    if (list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && list->currentItem()) {
            if (list == m_functions)
                insertFunction(list->currentItem());
            else
                insertField(list->currentItem());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ComputedFieldDialog::updatePreview()
{
    m_result = evaluateExpression(*m_layer, m_expression->text());
    const QLocale locale;
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        QTableWidgetItem *item = m_preview->item(row, 2);
        const std::optional<double> value = row < m_result.values.size() ? m_result.values[row] : std::nullopt;
        item->setText(value ? locale.toString(*value, 'g', 8) : m_result.ok() ? tr("null") : QString());
        item->setForeground(value ? palette().text() : palette().placeholderText());
    }
    if (m_result.ok() && !m_result.values.isEmpty()) {
        QList<double> values;
        for (const std::optional<double> &v : m_result.values)
            if (v)
                values << *v;
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        m_summary->setText(values.isEmpty() ? tr("%1 rows, all null.").arg(m_result.values.size())
                                            : tr("%1 rows: values from %2 to %3; %4 null.")
                                                  .arg(QString::number(m_result.values.size()), locale.toString(*low, 'g', 8),
                                                       locale.toString(*high, 'g', 8), QString::number(m_result.nullCount())));
    } else {
        m_summary->clear();
    }
    QStringList messages;
    for (const Issue &issue : m_result.issues)
        messages << issue.message;
    m_issues->setText(messages.join(u'\n'));
    QPalette colours = palette();
    if (!m_result.ok())
        colours.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_issues->setPalette(colours);
    updateAcceptable();
}

void ComputedFieldDialog::updateAcceptable()
{
    const QString name = fieldName();
    m_nameNote->setText(m_layer->fieldNames().contains(name) ? tr("The layer has a field %1 already; OK replaces its values.").arg(name)
                                                            : QString());
    m_nameNote->setVisible(!m_nameNote->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && m_result.ok());
}

void ComputedFieldDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QList<int> rows(m_layer->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    emit resultColumnsReady(rows, {m_result.resultColumn(fieldName())});
    QDialog::accept();
}

} // namespace CityAtlas
