#include "app/sandbox/http/jwt.h"
