#include "HqLog.h"

Q_LOGGING_CATEGORY(lcHq, "prihvat.hq")
