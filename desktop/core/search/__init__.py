"""Full-text search over messages (and their translations), products and orders.

- `normalise`: the one normaliser, for indexing and for queries.
- `query`: the search syntax, read into a typed `Query`, written as an FTS5 expression.
- `index`: the FTS5 tables, their state, and the documents they hold.
- `sync`: Session events that keep the index in step with every write (registered by `desktop.core.db`).
- `build`: building, checking and rebuilding, in committed batches with progress.
- `messages`, `catalog`: the searches, returning the values in `results`; `highlight`: where a query matches.

This package imports nothing from the database layer at import time, so `desktop.core.db` can
register the index's events by importing `sync`.
"""
