// A deliberate violation for the no_sql_in_ui_models negative case: SQL text in a model.
static const char *query = "SELECT id FROM requests WHERE status = ?";
