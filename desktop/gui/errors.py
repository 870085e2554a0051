"""A core error in the window's language (docs/languages.md "Texts from the core").

    reason, hint, detail = errors.explain(exc)

An error raised with a `text_id` is said with its sentence from the catalogue (context
"Errors", put there by scripts/update_translations.py from `desktop.core.errors.TEXTS`), its
fields filled in; the raw detail (an OS or HTTP message) is kept apart, for a "Details" button.
Any other `KnownError` is shown as the core wrote it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import TEXTS, KnownError

log = logging.getLogger(__name__)
CONTEXT = "Errors"


@dataclass(frozen=True)
class Explained:
    reason: str
    hint: str = ""
    detail: str = ""

    def line(self) -> str:
        """Reason and hint on one line (a status label); the detail is left out."""
        return f"{self.reason} {self.hint}".strip()


def _say(text: str, args: dict[str, str]) -> str:
    if not text:
        return ""
    translated = QCoreApplication.translate(CONTEXT, text)
    try:
        return translated.format(**args)
    except (KeyError, IndexError, ValueError):     # a translation that lost a field: say it in English
        log.warning("the translation of %r does not fit its fields", text)
        return text.format_map(_Fields(args))


class _Fields(dict):
    """Fields for `str.format_map` that leave a missing one as it was written ("{path}")."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def explain(exc: BaseException) -> Explained:
    if not isinstance(exc, KnownError):
        return Explained(str(exc))
    if exc.text_id:
        reason, hint = TEXTS[exc.text_id]
        return Explained(_say(reason, exc.args_), _say(hint, exc.args_), exc.detail)
    return Explained(exc.message, exc.hint, exc.detail)


def warn_error(parent, exc: BaseException):
    """A message box that never blocks: the reason, then the hint, and the raw detail behind
    Qt's own "Show Details…" button (in the window's language with qtbase's catalogue)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.views.alerts import warn

    said = explain(exc)
    box = warn(parent, said.reason, said.hint)
    if said.detail:
        box.setDetailedText(said.detail)
    box.setProperty("buzon_detail", said.detail)
    assert isinstance(box, QMessageBox)
    return box
