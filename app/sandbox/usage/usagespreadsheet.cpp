#include "app/sandbox/usage/usagespreadsheet.h"
