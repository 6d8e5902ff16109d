// A deliberate violation for the no_rest_paths_in_ui negative case: a widget building a REST path.
static const char *path = "/requests/PR-1/approve";
