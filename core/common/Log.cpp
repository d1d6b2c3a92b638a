#include "Log.h"

Q_LOGGING_CATEGORY(lcForms, "prihvat.forms")
Q_LOGGING_CATEGORY(lcStore, "prihvat.store")
Q_LOGGING_CATEGORY(lcSeed, "prihvat.seed")
Q_LOGGING_CATEGORY(lcCli, "prihvat.cli")
Q_LOGGING_CATEGORY(lcUi, "prihvat.ui")
Q_LOGGING_CATEGORY(lcAccounts, "prihvat.accounts")
