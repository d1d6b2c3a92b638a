#pragma once

#include "FormDefinition.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace prihvat {

// Reads a form definition (docs/FORMS.md) and refuses a malformed one with a message that
// names the file, the field and the fault.
class FormLoader
{
public:
    // Names of the reference-data sets a `reference` may use.
    explicit FormLoader(QSet<QString> referenceSets);

    Result<FormDefinition> load(const QByteArray& json, const QString& fileName) const;
    Result<FormDefinition> loadFile(const QString& path) const;

private:
    QSet<QString> m_referenceSets;
};

} // namespace prihvat
