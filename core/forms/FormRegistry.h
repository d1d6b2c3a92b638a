#pragma once

#include "FormDefinition.h"
#include "ReferenceData.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace prihvat {

// The forms and reference data a data folder works with, loaded once at start.
class FormRegistry
{
public:
    static constexpr const char16_t* builtInForms = u":/forms";
    static constexpr const char16_t* builtInReference = u":/reference";

    // Loads every *.json in `formsFolder` and the reference data in `referenceFolder`.
    // Any malformed definition fails the whole load with its message. Definitions from any
    // folder but the built-in one must have the built-in forms and fields with the built-in
    // types and sensitivities (sameSensitivityAs); only texts, choices, constraints and
    // relevance may differ.
    static Result<std::shared_ptr<const FormRegistry>> load(const QString& formsFolder = QString::fromUtf16(builtInForms),
                                                            const QString& referenceFolder = QString::fromUtf16(builtInReference));

    const FormDefinition* form(const QString& id) const;
    QStringList formIds() const;
    const ReferenceData& reference() const { return m_reference; }
    // The same forms with other reference data (what headquarters sent replaces the
    // built-in copy: see ReferenceData::withSet).
    std::shared_ptr<const FormRegistry> withReference(ReferenceData reference) const;

private:
    Status sameSensitivityAs(const FormRegistry& builtIn) const;

    std::map<QString, FormDefinition> m_forms;
    ReferenceData m_reference;
};

} // namespace prihvat
