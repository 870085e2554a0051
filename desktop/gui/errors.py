"""A core error in the window's language (docs/languages.md "Texts from the core").

    reason, hint, detail = errors.explain(exc)

Every core error carries a `text_id`: it is said with its template from
`desktop.gui.error_texts.TEMPLATES` translated in context "Errors", its fields filled in
(counts and limits in the locale's digits); the raw detail (an OS or HTTP message, the exact
flaw a summary sentence leaves out) is kept apart, for a "Details" button. An id without a
template (a test forbids it) or an error without an id is shown as the core wrote it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.core.errors import KnownError
from desktop.gui.error_texts import SUMMARIES, TEMPLATES

log = logging.getLogger(__name__)
CONTEXT = "Errors"


@dataclass(frozen=True)
class Explained:
    reason: str
    hint: str = ""
    detail: str = ""

    def line(self) -> str:
        """Reason and hint on one line (a status label); the detail is left out. After a
        full-width stop (Chinese "。") no space is put."""
        gap = "" if self.reason.endswith(("。", "！", "？", "）")) else " "
        return f"{self.reason}{gap}{self.hint}".strip()


# Fields that hold a count or a limit: written with the locale's digits ("2,000", "2.000").
NUMBERS = frozenset({"count", "limit", "length", "days", "minutes", "hours", "needed", "free", "day"})
# Fields that hold a time (the core's UTC ISO 8601, "2026-12-12T21:00:00Z"): written as the
# locale writes a date and time, in this computer's time zone.
TIMES = frozenset({"date", "deadline", "again"})
# Fields that hold a number of bytes: "41.9 MB", "41,9 MB" as the locale writes a size.
SIZES = frozenset({"bytes", "max_bytes"})


def _when(text: str) -> str:
    try:
        at = dt.datetime.fromisoformat(text.removesuffix("Z")).replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return text
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(at.timestamp())), QLocale.FormatType.ShortFormat)


def _localised(args: dict[str, str]) -> dict[str, str]:
    out = dict(args)
    for key in NUMBERS & out.keys():
        if out[key].isdigit():
            out[key] = QLocale().toString(int(out[key]))
    for key in TIMES & out.keys():
        out[key] = _when(out[key])
    for key in SIZES & out.keys():
        if out[key].isdigit():
            out[key] = QLocale().formattedDataSize(int(out[key]), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return out


def _say(text: str, args: dict[str, str]) -> str:
    if not text:
        return ""
    args = _localised(args)
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
    template = TEMPLATES.get(exc.text_id)
    if template is None:
        if exc.text_id:
            log.warning("no window sentence for the error id %r", exc.text_id)
        return Explained(exc.message, exc.hint, exc.detail)
    reason, hint = template
    fields = dict(exc.args_)
    inner = getattr(exc, "inner", None)         # an error that names another (evidence: "{name}: {why}")
    if isinstance(inner, KnownError):
        fields["why"] = explain(inner).line()
    detail = exc.detail.strip() or (exc.message if exc.text_id in SUMMARIES else "")
    return Explained(_say(reason, fields), _say(hint, fields), detail)


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
