#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace prihvat {

class FieldSealer;
class FormRegistry;

// Which stored answers are sealed, and sealing and opening them (schemas 8 and 9). Every
// answer of a field that its form marks identifying or protection-sensitive is stored as a
// sealed text of FieldSealer, under the record's id and the field's name, wherever the
// device keeps it: the record's values, the outbox, kept rejections and the conflict log.
// Each is bound to the stamp under which that value of that field was written (FieldSealer.h),
// so an older sealed value put back in place of a newer one does not open (the record reads
// as damaged). Identifying answers are sealed under the data key D ("s3:<gen>:…"; "s2:…" and
// "s1:…" from before are still read); protection-sensitive answers are sealed to the
// folder's protection public key P ("p2:<gen>:…"; "p1:…" still read), so that any session
// writes them but only a protection officer's session opens them. So is an answer of a form
// or field this build does not know sealed (under D: it may be sensitive), and a plain
// answer that happens to begin like a sealed one (so that no stored text is ambiguous):
// whatever is stored as "s1:", "s2:", "s3:", "p1:" or "p2:…" is sealed, and everything
// else is stored as it is.
//
// Withheld. A session without the secret key of the generation a "p2:" value was sealed to
// cannot open it. Such an answer is withheld, not an error: open() and openValues() give
// the stored sealed text back unchanged (lists, search, get and sync go on; the interface
// and the command line hide protection fields from other roles anyway), and seal() keeps
// such a text as it is, so that a record read and saved again by that session keeps its
// protection answers. isWithheld() tells them apart (a push never sends one).
//
// Without a FieldSealer (the data is locked) facets pass, and any answer of a sealed field
// fails with lockedError() (even one a database of schema 7 still holds in clear), so
// nothing sensitive is written or shown.
class AnswerSealer
{
public:
    AnswerSealer(const FormRegistry& forms, const FieldSealer* sealer) : m_forms(forms), m_sealer(sealer) {}

    // The stamp each answer of a record was written under: its own (the record's `stamps`),
    // else the record's last change (`updated_hlc`), as LocalStore::get() reads them.
    struct Stamps
    {
        QHash<QString, QString> fields;
        QString record;
        QString of(const QString& field) const { return fields.value(field, record); }
        // From the `stamps` column (JSON text) and `updated_hlc`.
        static Stamps fromStored(const QString& stampsJson, const QString& updatedHlc);
    };

    bool isLocked() const { return m_sealer == nullptr; }

    // The field's answers are sealed on disk (see above); "_deleted" and facets are not.
    bool sealsField(const QString& form, const QString& field) const;
    // An answer stored sealed ("s1:", "s2:", "s3:", "p1:" or "p2:…").
    static bool isSealed(const QJsonValue& stored);
    // The field is protection-sensitive (sealed to P).
    bool isProtectionField(const QString& form, const QString& field) const;
    // A stored protection answer this store's keys cannot open (see above).
    bool isWithheld(const QJsonValue& stored) const;

    // The value to store for one answer written under `stamp` (null and undefined stay as
    // they are).
    Result<QJsonValue> seal(const QString& form, const QString& recordId, const QString& field,
                            const QString& stamp, const QJsonValue& value) const;
    // The answer a stored value written under `stamp` holds: sealed ones opened, others as
    // they are. A value sealed under another stamp is damaged (an error, nothing shown).
    Result<QJsonValue> open(const QString& form, const QString& recordId, const QString& field,
                            const QString& stamp, const QJsonValue& stored) const;

    // Every answer of a record, to store / as stored.
    Result<QJsonObject> sealValues(const QString& form, const QString& recordId, const QJsonObject& values,
                                   const Stamps& stamps) const;
    Result<QJsonObject> openValues(const QString& form, const QString& recordId, const QJsonObject& stored,
                                   const Stamps& stamps) const;
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
