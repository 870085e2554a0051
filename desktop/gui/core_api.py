"""The core modules as the GUI uses them, imported on first use.

The window must paint before SQLAlchemy, Alembic and Pillow have loaded (they take most
of a cold start). The worker thread imports them while opening the database; by the
time a view first calls into the core, the import is done and this is a dictionary
lookup. Type-only imports use TYPE_CHECKING instead.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class LazyModule:
    """Stands for a module; the first attribute access imports it (thread-safe, normal import)."""

    def __init__(self, name: str):
        self._name = name

    def _module(self) -> ModuleType:
        return importlib.import_module(self._name)

    def __getattr__(self, attr: str):
        return getattr(self._module(), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"


attachments = LazyModule("desktop.core.attachments")
catalog = LazyModule("desktop.core.catalog")
changes = LazyModule("desktop.core.changes")
conversations = LazyModule("desktop.core.conversations")
disputes = LazyModule("desktop.core.disputes")
drafts = LazyModule("desktop.core.drafts")
message_translations = LazyModule("desktop.core.message_translations")
messaging = LazyModule("desktop.core.messaging")
orders = LazyModule("desktop.core.orders")
outbox = LazyModule("desktop.core.outbox")
policy = LazyModule("desktop.core.policy")
schema = LazyModule("desktop.core.schema")
sentences = LazyModule("desktop.core.translation.sentences")
users = LazyModule("desktop.core.users")
