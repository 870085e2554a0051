"""The core modules as the GUI's worker side uses them, imported on first use: the one
start-up trick kept (docs/startup.md has the figures).

SQLAlchemy and the schema take longer to import than a bare window takes to show its data.
If the ops imported the core at the top, the GUI thread would load them before it could
paint anything; instead the ops (and the session's `Backend`) name core modules through
this one, row types only under `TYPE_CHECKING`, and the core's limits and exception classes
they hand to the views through `reexport`. The window paints, then the worker opens the
database and the first op imports what it names; after that an attribute is a dictionary
lookup. Views and models never use this module: they call the ops.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for a core module; the first attribute read imports it (a normal, thread-safe import)."""

    def __init__(self, name: str):
        self._name = name

    def _module(self) -> ModuleType:
        return importlib.import_module(self._name)

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)          # introspection (shiboken, copy) must not import the core
        return getattr(self._module(), attr)

    def __repr__(self) -> str:
        return f"<core module {self._name}, imported on first use>"


advice = LazyModule("desktop.core.advice")
advice_queries = LazyModule("desktop.core.advice_queries")
attachments = LazyModule("desktop.core.attachments")
cancellations = LazyModule("desktop.core.cancellations")
dispute_steps = LazyModule("desktop.core.dispute_steps")
evidence = LazyModule("desktop.core.evidence")
order_history = LazyModule("desktop.core.order_history")
order_rules = LazyModule("desktop.core.order_rules")
catalog = LazyModule("desktop.core.catalog")
changes = LazyModule("desktop.core.changes")
conversations = LazyModule("desktop.core.conversations")
disputes = LazyModule("desktop.core.disputes")
desk = LazyModule("desktop.core.desk")
drafts = LazyModule("desktop.core.drafts")
engine = LazyModule("desktop.core.translation.engine")
guide = LazyModule("desktop.core.guide")
inbox = LazyModule("desktop.core.inbox")
message_translations = LazyModule("desktop.core.message_translations")
messaging = LazyModule("desktop.core.messaging")
orders = LazyModule("desktop.core.orders")
outbox = LazyModule("desktop.core.outbox")
packs = LazyModule("desktop.core.translation.packs")
policy = LazyModule("desktop.core.policy")
schema = LazyModule("desktop.core.schema")
search_cards = LazyModule("desktop.core.search.cards")
search_catalog = LazyModule("desktop.core.search.catalog")
search_messages = LazyModule("desktop.core.search.messages")
sentences = LazyModule("desktop.core.translation.sentences")
settings = LazyModule("desktop.core.settings")
translation_cache = LazyModule("desktop.core.translation.cache")
users = LazyModule("desktop.core.users")


def reexport(**names: tuple[LazyModule, str]) -> Callable[[str], Any]:
    """A module `__getattr__` (PEP 562) giving the core's names an ops module hands to the
    views (a limit, an exception class), read from the core when a view first asks:

        __getattr__ = core.reexport(MAX_FILES=(core.outbox, "MAX_FILES"))
    """
    def module_getattr(name: str) -> Any:
        if name in names:
            module, attr = names[name]
            return getattr(module, attr)
        raise AttributeError(name)

    return module_getattr
