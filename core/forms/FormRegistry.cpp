#include "FormRegistry.h"

#include "FormLoader.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace prihvat {

Result<std::shared_ptr<const FormRegistry>> FormRegistry::load(const QString& formsFolder,
                                                               const QString& referenceFolder)
{
    auto registry = std::make_shared<FormRegistry>();
    auto reference = ReferenceData::load(referenceFolder);
    if (!reference)
        return reference.error();
    registry->m_reference = std::move(reference.value());

    const QDir dir(formsFolder);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::io(QCoreApplication::translate("FormRegistry", "No form definitions found in %1")
                             .arg(QDir::toNativeSeparators(formsFolder)));
    const FormLoader loader(ReferenceData::setNames());
    for (const QString& file : files) {
        auto form = loader.loadFile(dir.filePath(file));
        if (!form)
            return form.error();
        const QString id = form->id;
        registry->m_forms.emplace(id, std::move(form.value()));
    }
    if (formsFolder != QString::fromUtf16(builtInForms)) {
        auto builtIn = load(QString::fromUtf16(builtInForms), referenceFolder);
        if (!builtIn)
            return builtIn.error();
        if (Status same = registry->sameSensitivityAs(**builtIn); !same)
            return same.error();
    }
    return std::shared_ptr<const FormRegistry>(std::move(registry));
}

// Which answers are sealed, which are shown only to protection officers and which are plain
// is decided by the definitions compiled into the binaries, and by nothing a user can point
// the programs at: otherwise a copy of the forms in which "protection" became "identifying"
// or "facet" would show protection-sensitive answers to anyone who may log in, and store
// them unsealed on the next update. So a definition from outside (--forms-dir, used to try
// labels, hints, choices, constraints and relevance without a rebuild) must have exactly the
// built-in forms and fields, each field of the same type and sensitivity.
Status FormRegistry::sameSensitivityAs(const FormRegistry& builtIn) const
{
    const auto refuse = [](const QString& form, const QString& why) {
        return Error::invalid(u"%1.json: %2"_s.arg(form, why));
    };
    for (const auto& [id, reference] : builtIn.m_forms)
        if (!m_forms.contains(id))
            return refuse(id, QCoreApplication::translate("FormRegistry",
                                                          "the built-in form \"%1\" is missing; a folder of form "
                                                          "definitions must hold every built-in form.")
                                  .arg(id));
    for (const auto& [id, form] : m_forms) {
        auto it = builtIn.m_forms.find(id);
        if (it == builtIn.m_forms.end())
            return refuse(id, QCoreApplication::translate(
                                  "FormRegistry", "\"%1\" is not a built-in form; only the built-in forms can be "
                                                  "loaded from a folder.")
                                  .arg(id));
        const FormDefinition& reference = it->second;
        for (const FieldDefinition& field : form.fields) {
            const FieldDefinition* same = reference.field(field.name);
            if (!same)
                return refuse(id, QCoreApplication::translate(
                                      "FormRegistry", "field \"%1\" is not in the built-in form; fields and their "
                                                      "sensitivity come only with a new version of Prihvat.")
                                      .arg(field.name));
            if (same->sensitivity != field.sensitivity || same->type != field.type)
                return refuse(id, QCoreApplication::translate(
                                      "FormRegistry", "field \"%1\" must stay %2 and \"%3\" as in the built-in "
                                                      "form; sensitivity comes only with a new version of Prihvat.")
                                      .arg(field.name, fieldTypeName(same->type), sensitivityName(same->sensitivity)));
        }
        for (const FieldDefinition& field : reference.fields)
            if (!form.field(field.name))
                return refuse(id, QCoreApplication::translate("FormRegistry",
                                                              "field \"%1\" of the built-in form is missing.")
                                      .arg(field.name));
    }
    return {};
}

std::shared_ptr<const FormRegistry> FormRegistry::withReference(ReferenceData reference) const
{
    auto copy = std::make_shared<FormRegistry>(*this);
    copy->m_reference = std::move(reference);
    return copy;
}

const FormDefinition* FormRegistry::form(const QString& id) const
{
    auto it = m_forms.find(id);
    return it == m_forms.end() ? nullptr : &it->second;
}

QStringList FormRegistry::formIds() const
{
    QStringList ids;
    for (const auto& [id, form] : m_forms)
        ids.append(id);
    return ids;
}

} // namespace prihvat
