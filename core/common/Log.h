#pragma once

#include <QLoggingCategory>

// One logging category per module.
Q_DECLARE_LOGGING_CATEGORY(lcForms)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSeed)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
