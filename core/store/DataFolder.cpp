#include "DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace prihvat {

DataFolder::DataFolder(QString path) : m_path(QDir::cleanPath(QDir(path).absolutePath())) {}

QString DataFolder::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return base + u"/prihvat"_s;
}

QString DataFolder::databasePath() const
{
    return m_path + u"/prihvat.db"_s;
}

bool DataFolder::exists() const
{
    return QFileInfo(m_path).isDir();
}

bool DataFolder::isInitialised() const
{
    return QFileInfo::exists(databasePath());
}

Status DataFolder::prepare() const
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir())
        return Error::invalid(
            QCoreApplication::translate("Store", "%1 is a file, not a folder.").arg(QDir::toNativeSeparators(m_path)));
    if (!info.exists() && !QDir().mkpath(m_path))
        return Error::io(QCoreApplication::translate("Store", "The data folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(m_path)));
    if (!QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error::io(QCoreApplication::translate("Store", "The data folder %1 cannot be made private.")
                             .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

void DataFolder::restrictFiles() const
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        const QString file = databasePath() + suffix;
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace prihvat
