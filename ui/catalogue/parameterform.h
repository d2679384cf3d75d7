#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <core/actions/parametervalidator.h>

class QFormLayout;
class QLabel;

namespace cs::ui {

// An input form generated from an action's parameter definitions: one editor per parameter
// (line edit, spin box, check box, combo box, date edit, multi-line edit, password field),
// required markers, defaults, help as tooltips, and core's validation messages shown inline.
class ParameterForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterForm(QWidget* parent = nullptr);

    void setDefinitions(const ParameterList& definitions);
    // No action: no editors and no "takes no parameters" line.
    void clear();
    // Whether the person changed any editor since the definitions were set.
    bool isTouched() const { return !m_touched.isEmpty(); }
    // The type of a parameter of the definitions shown (String when unknown).
    ParameterType typeOf(const QString& parameter) const;
    QJsonObject values() const;
    // Fills the editors from values as core stored them (a request to make again); secrets stay empty.
    void setValues(const QJsonObject& values);
    QWidget* editor(const QString& parameter) const { return m_editors.value(parameter); }
    QString issueText(const QString& parameter) const;

    // Shows these issues beside their editors; parameters not listed are cleared.
    void showIssues(const QList<ParameterIssue>& issues, bool onlyTouched);

Q_SIGNALS:
    void edited();

private:
    QWidget* createEditor(const ParameterDefinition& definition);
    void markTouched(const QString& name);

    QFormLayout* m_layout;
    ParameterList m_definitions;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_issueLabels;
    QSet<QString> m_touched;
};

} // namespace cs::ui
