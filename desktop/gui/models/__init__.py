"""Qt models over the core's queries: ids plus a row cache, one model per file."""
