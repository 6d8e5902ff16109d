#include "app/sandbox/http/multipart.h"
