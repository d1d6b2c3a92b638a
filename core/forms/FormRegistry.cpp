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
    return std::shared_ptr<const FormRegistry>(std::move(registry));
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
