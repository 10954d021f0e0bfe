#pragma once

#include "maps/data/expression.h"
#include "maps/data/featuretable.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTableWidget;

namespace CityAtlas {

// Adds a field computed by an expression (maps/data/expression.h) to a layer: its name, the
// expression with lists of functions and fields to insert, and a live preview of the first
// rows and of the problems. OK emits the new column for every row of the layer.
class ComputedFieldDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 10;

    explicit ComputedFieldDialog(std::shared_ptr<const FeatureTable> layer, QWidget *parent = nullptr);

    QString fieldName() const;
    void setFieldName(const QString &name);
    QString expression() const;
    void setExpression(const QString &expression);
    void insertText(const QString &text); // at the editor's cursor, replacing its selection
    const ExpressionResult &expressionResult() const { return m_result; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Enter in a list inserts, not OK

signals:
    void resultColumnsReady(const QList<int> &rows, const QList<CityAtlas::ResultColumn> &columns);

private:
    void insertFunction(const QListWidgetItem *item);
    void insertField(const QListWidgetItem *item);
    void updatePreview();
    void updateAcceptable();

    std::shared_ptr<const FeatureTable> m_layer;
    int m_labelColumn;
    ExpressionResult m_result;
    QLineEdit *m_name;
    QLabel *m_nameNote;
    QLineEdit *m_expression;
    QListWidget *m_functions;
    QListWidget *m_fields;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
};

} // namespace CityAtlas
