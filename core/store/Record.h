#pragma once

#include "common/Hlc.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstdint>

namespace prihvat {

// One record of a form as stored on this device.
struct Record
{
    QString id;
    QString form;
    QJsonObject values;             // field → stored value; absent means no answer
    QHash<QString, QString> stamps; // field → HLC stamp (text form) of its last change
    bool deleted = false;           // a tombstone: kept, never removed through sync
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
    QString updatedHlc;
    std::int64_t serverVersion = 0; // the server version the local copy is based on

    // The JSON the CLI prints: {"id", "form", "deleted", "created", "updated", "values"}.
    QJsonObject toJson() const;
};

// One field's new value (null when the answer was cleared). The special field "_deleted"
// carries a tombstone.
struct FieldChange
{
    QString field;
    QJsonValue value;
};

// What one save writes: the record as it now is and the changes that go to the outbox,
// all under one HLC stamp.
struct RecordWrite
{
    Record record;
    QList<FieldChange> changes;
    HlcStamp stamp;
    bool isNew = false;
    // Added to the write's audit detail: a fixed code saying why (a voided hand-out's
    // reason), never free text.
    QString auditNote;
};

} // namespace prihvat
