#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace prihvat {

class FieldSealer;
class FormRegistry;

// Which stored answers are sealed, and sealing and opening them (schema 8). Every answer
// of a field that its form marks identifying or protection-sensitive is stored as the text
// "s1:…" of FieldSealer, under the record's id and the field's name, wherever the device
// keeps it: the record's values, the outbox, kept rejections and the conflict log. So is
// an answer of a form or field this build does not know (it may be sensitive), and a plain
// answer that happens to begin with "s1:" (so that no stored text is ambiguous): whatever
// is stored as "s1:…" is sealed, and everything else is stored as it is.
//
// Without a FieldSealer (the data is locked) facets pass, and any answer of a sealed field
// fails with lockedError() (even one a database of schema 7 still holds in clear), so
// nothing sensitive is written or shown.
class AnswerSealer
{
public:
    AnswerSealer(const FormRegistry& forms, const FieldSealer* sealer) : m_forms(forms), m_sealer(sealer) {}

    bool isLocked() const { return m_sealer == nullptr; }

    // The field's answers are sealed on disk (see above); "_deleted" and facets are not.
    bool sealsField(const QString& form, const QString& field) const;
    // An answer stored as "s1:…".
    static bool isSealed(const QJsonValue& stored);

    // The value to store for one answer (null and undefined stay as they are).
    Result<QJsonValue> seal(const QString& form, const QString& recordId, const QString& field,
                            const QJsonValue& value) const;
    // The answer a stored value holds: sealed ones opened, others as they are.
    Result<QJsonValue> open(const QString& form, const QString& recordId, const QString& field,
                            const QJsonValue& stored) const;

    // Every answer of a record, to store / as stored.
    Result<QJsonObject> sealValues(const QString& form, const QString& recordId,
                                   const QJsonObject& values) const;
    Result<QJsonObject> openValues(const QString& form, const QString& recordId,
                                   const QJsonObject& stored) const;
    // The stored answers without those of sealed fields (what a locked store can show).
    QJsonObject withoutSealed(const QString& form, const QJsonObject& stored) const;

    static Error lockedError();

private:
    // Reading the stored value needs the key.
    bool needsKey(const QString& form, const QString& field, const QJsonValue& stored) const;
    bool mustSeal(const QString& form, const QString& field, const QJsonValue& value) const;

    const FormRegistry& m_forms;
    const FieldSealer* m_sealer;
};

} // namespace prihvat
