#include "app/sandbox/rql/rqlquery.h"
