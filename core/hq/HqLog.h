#pragma once

#include <QLoggingCategory>

// The headquarters server's logging category ("prihvat.hq").
Q_DECLARE_LOGGING_CATEGORY(lcHq)
