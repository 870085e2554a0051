"""The core modules as the ops use them, imported on first use: the one start-up trick kept.

A first start needs SQLAlchemy, the schema and Alembic before anything can be shown; the
session's worker imports them while the GUI thread imports and builds the window. If the
ops imported the core at the top, the GUI thread would import it too, competing with the
worker for the interpreter (docs/startup.md has the figures: 30–100 ms to the first
screen). So the ops modules name core modules through this one, row types only under
`TYPE_CHECKING`, and the core's limits and exception classes they hand to the views through
`reexport`; by the time an op runs, the worker has imported them and an attribute is a
dictionary lookup. Nothing outside `desktop/gui/ops` uses this module.
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


attachments = LazyModule("desktop.core.attachments")
catalog = LazyModule("desktop.core.catalog")
conversations = LazyModule("desktop.core.conversations")
disputes = LazyModule("desktop.core.disputes")
drafts = LazyModule("desktop.core.drafts")
message_translations = LazyModule("desktop.core.message_translations")
messaging = LazyModule("desktop.core.messaging")
orders = LazyModule("desktop.core.orders")
outbox = LazyModule("desktop.core.outbox")
packs = LazyModule("desktop.core.translation.packs")
policy = LazyModule("desktop.core.policy")
schema = LazyModule("desktop.core.schema")
sentences = LazyModule("desktop.core.translation.sentences")
settings = LazyModule("desktop.core.settings")


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
