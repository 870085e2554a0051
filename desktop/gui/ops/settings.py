"""Ops on the user's settings: saving them, checked and written by the core, then put in
effect by the session on the GUI thread (never changed behind the views' back)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.ops.core import settings
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.settings import Settings


def save(session: Session, **values: object) -> Op[Settings]:
    """Write these settings (`settings.update`: checked, atomic); once written, the session
    puts them in effect and emits `settings_changed` before the caller's own callback runs.
    A file that cannot be written fails with `settings.SettingsUnsaved`, changing nothing."""
    return session.op(lambda b: settings.update(b.data_dir, **values), "save the settings").on_success(
        session.use_settings)
