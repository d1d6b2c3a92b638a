#pragma once

#include "common/Result.h"

#include <QString>

namespace prihvat {

// One folder per device: the database and nothing else a thief could read. The folder is
// 0700 and its files 0600.
class DataFolder
{
public:
    explicit DataFolder(QString path);

    // The platform's application-data location (~/.local/share/prihvat on Linux).
    static QString defaultPath();

    const QString& path() const { return m_path; }
    QString databasePath() const;
    bool exists() const;
    bool isInitialised() const;

    // Creates the folder (0700) if it is missing; an existing folder gets its mode fixed.
    Status prepare() const;
    // Sets 0600 on the database and its -wal/-shm companions that exist.
    void restrictFiles() const;

private:
    QString m_path;
};

} // namespace prihvat
