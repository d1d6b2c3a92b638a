#include "AnswerSealer.h"

#include "forms/FormRegistry.h"
#include "security/FieldSealer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

const QString kDeletedField = u"_deleted"_s;

// Any JSON value as compact text, wiped by the caller.
QByteArray plainText(const QJsonValue& v)
{
    QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    QByteArray inner = a.mid(1, a.size() - 2);
    sodium_memzero(a.data(), static_cast<std::size_t>(a.size()));
    return inner;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

AnswerSealer::Stamps AnswerSealer::Stamps::fromStored(const QString& stampsJson, const QString& updatedHlc)
{
    Stamps out;
    out.record = updatedHlc;
    const QJsonObject o = QJsonDocument::fromJson(stampsJson.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.fields.insert(it.key(), it.value().toString());
    return out;
}

Error AnswerSealer::lockedError()
{
    return Error::conflict(QCoreApplication::translate(
        "Store", "The data is locked: names, contact details and protection notes cannot be read or saved "
                 "until it is unlocked. Nothing was changed."));
}

bool AnswerSealer::sealsField(const QString& formId, const QString& field) const
{
    if (field == kDeletedField)
        return false;
    const FormDefinition* form = m_forms.form(formId);
    const FieldDefinition* f = form ? form->field(field) : nullptr;
    // A form or field this build does not know may well be sensitive: sealed to be safe.
    return !f || f->sensitivity != Sensitivity::Facet;
}

bool AnswerSealer::isSealed(const QJsonValue& stored)
{
    return stored.isString() && FieldSealer::isSealed(stored.toString());
}

bool AnswerSealer::isProtectionField(const QString& formId, const QString& field) const
{
    const FormDefinition* form = m_forms.form(formId);
    const FieldDefinition* f = form ? form->field(field) : nullptr;
    return f && f->sensitivity == Sensitivity::Protection;
}

bool AnswerSealer::isWithheld(const QJsonValue& stored) const
{
    return m_sealer && stored.isString() && FieldSealer::isProtectionSealed(stored.toString()) &&
           !m_sealer->canOpen(stored.toString());
}

bool AnswerSealer::mustSeal(const QString& form, const QString& field, const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return false;
    // A plain answer that looks sealed is sealed too, so that "s1:…" always means sealed.
    return isSealed(value) || sealsField(form, field);
}

Result<QJsonValue> AnswerSealer::seal(const QString& form, const QString& recordId, const QString& field,
                                      const QString& stamp, const QJsonValue& value) const
{
    if (!mustSeal(form, field, value))
        return value;
    if (!m_sealer)
        return lockedError();
    // A withheld answer handed back as it was read (a record saved by a session without
    // the protection key): kept as it is stored.
    if (isWithheld(value))
        return value;
    QByteArray plain = plainText(value);
    auto sealed = isProtectionField(form, field) ? m_sealer->sealProtection(recordId, field, stamp, plain)
                                                 : m_sealer->sealBound(recordId, field, stamp, plain);
    wipe(plain);
    if (!sealed)
        return sealed.error();
    return QJsonValue(*sealed);
}

bool AnswerSealer::needsKey(const QString& form, const QString& field, const QJsonValue& stored) const
{
    return isSealed(stored) || (!stored.isNull() && !stored.isUndefined() && sealsField(form, field));
}

Result<QJsonValue> AnswerSealer::open(const QString& form, const QString& recordId, const QString& field,
                                      const QString& stamp, const QJsonValue& stored) const
{
    if (!m_sealer)
        return needsKey(form, field, stored) ? Result<QJsonValue>(lockedError()) : Result<QJsonValue>(stored);
    if (!isSealed(stored) || isWithheld(stored))
        return stored;
    auto plain = m_sealer->open(recordId, field, stamp, stored.toString());
    if (!plain) {
        // Sealed under another stamp (an older value put back in place of this one), or
        // otherwise damaged: refused, never shown.
        if (FieldSealer::isBound(stored.toString()) && m_sealer->canOpen(stored.toString()))
            return Error::damaged(
                QCoreApplication::translate("Store", "A sealed answer of record %1 (\"%2\") is damaged.")
                    .arg(recordId, field));
        return plain.error();
    }
    QByteArray wrapped = '[' + *plain + ']';
    wipe(*plain);
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(wrapped, &error);
    wipe(wrapped);
    if (error.error != QJsonParseError::NoError || !d.isArray() || d.array().size() != 1)
        return Error::damaged(
            QCoreApplication::translate("Store", "A sealed answer of record %1 (\"%2\") is damaged.")
                .arg(recordId, field));
    return d.array().first();
}

Result<QJsonObject> AnswerSealer::sealValues(const QString& form, const QString& recordId,
                                             const QJsonObject& values, const Stamps& stamps) const
{
    QJsonObject out = values;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (!mustSeal(form, it.key(), it.value()))
            continue;
        auto sealed = seal(form, recordId, it.key(), stamps.of(it.key()), it.value());
        if (!sealed)
            return sealed.error();
        it.value() = *sealed;
    }
    return out;
}

Result<QJsonObject> AnswerSealer::openValues(const QString& form, const QString& recordId,
                                             const QJsonObject& stored, const Stamps& stamps) const
{
    QJsonObject out = stored;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (m_sealer ? !isSealed(it.value()) || isWithheld(it.value())
                     : !needsKey(form, it.key(), it.value()))
            continue;
        auto opened = open(form, recordId, it.key(), stamps.of(it.key()), it.value());
        if (!opened)
            return opened.error();
        it.value() = *opened;
    }
    return out;
}

QJsonObject AnswerSealer::withoutSealed(const QString& form, const QJsonObject& stored) const
{
    QJsonObject out;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (!needsKey(form, it.key(), it.value()))
            out.insert(it.key(), it.value());
    return out;
}

} // namespace prihvat
