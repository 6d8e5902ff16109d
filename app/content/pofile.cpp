#include "app/content/pofile.h"
