"""Alembic environment: runs on the connection Buzón hands it (never on a URL of its own)."""

from alembic import context

from desktop.core.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Buzón's migrations run through desktop.core.migrations.upgrade_to_head")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,          # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
