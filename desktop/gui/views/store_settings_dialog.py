"""Store settings (Desk → Store settings…): the response target, the store's time zone, office
hours per weekday, the away reply (one of the store's quick replies) and the return address,
all of `buzon store-settings`, shared by the store's whole team.

Every field is checked while typing (a span of hours, a time zone of the list, an away reply
the store has, an address that fits a parcel's label) with the reason under the form, and Save
waits until all are right. Save stores what changed and closes; closing with unsaved edits
(Cancel, Escape, the title bar's ×) asks Save / Discard / Cancel. A teammate's change (another
client, the command line) arrives by its change notice: the fields not being edited take it,
the ones being edited keep what is typed.

    StoreSettingsDialog(session, parent=window).open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.core.kinds import ChangeKind
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import desk as desk_ops
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.discard_box import ask_to_save

if TYPE_CHECKING:
    from desktop.core.desk_settings import StoreSettings
    from desktop.core.quick_replies import QuickReplyRow

FAILED_STYLE = "color: #C62828;"
INVALID_STYLE = "border: 1px solid #C62828;"
Values = tuple[int, str, tuple[str, ...], str, str]      # target minutes, zone, each day's span, away, address


class StoreSettingsDialog(QDialog):
    saved = Signal()           # the settings were stored

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.busy = 0
        self.stored: StoreSettings | None = None
        self.replies: list[QuickReplyRow] | None = None
        self.unsaved_box = None
        self.setWindowTitle(self.tr("Store settings"))
        self.setMinimumWidth(620)         # the two columns side by side; within the 800 px window

        self.target_hours = QSpinBox(self)
        self.target_hours.setRange(0, desk_ops.MAX_TARGET_MINUTES // 60)
        self.target_hours.setSuffix(self.tr(" h"))
        self.target_minutes = QSpinBox(self)
        self.target_minutes.setRange(0, 59)
        self.target_minutes.setSuffix(self.tr(" min"))
        target = QHBoxLayout()
        target.addWidget(self.target_hours)
        target.addWidget(self.target_minutes)
        target.addStretch(1)
        self.target_note = self._muted(self.tr("A buyer waiting longer than this for an answer makes the "
                                               "conversation overdue."))

        self.zones = list(desk_ops.time_zones())
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(self.zones)
        self.time_zone.setMaxVisibleItems(15)
        completer = QCompleter(self.zones, self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)      # "madrid" finds Europe/Madrid
        self.time_zone.setCompleter(completer)
        self.time_zone.setToolTip(self.tr("Type part of a city's name (Madrid, Shanghai…) and pick it from the list"))
        self.zone_note = self._muted("")        # the time there now and its offset: is it the right city?

        self.away = QComboBox(self)
        self.away_note = self._muted("")

        self.address = QPlainTextEdit(self)
        self.address.setPlaceholderText(self.tr("Name\nStreet and number\nPostal code and city\nCountry"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.address_note = self._muted(self.tr("Where buyers send an item back when you ask for it in a dispute. "
                                                "Without one you cannot ask for an item back."))

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(self.tr("Response target:"), target)
        left.addRow("", self.target_note)
        left.addRow(self.tr("Time zone:"), self.time_zone)
        left.addRow("", self.zone_note)
        left.addRow(self.tr("Away reply:"), self.away)
        left.addRow("", self.away_note)
        left.addRow(self.tr("Return address:"), self.address)
        left.addRow("", self.address_note)

        self.hours: dict[str, QLineEdit] = {}
        self.day_names: dict[str, str] = {}      # in the window's language (the locale's own names)
        hours_form = QFormLayout()
        locale = QLocale()
        for n, day in enumerate(desk_ops.WEEKDAYS, start=1):
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("closed"))
            edit.setToolTip(self.tr("As 09:00-18:00; empty: closed all day"))
            self.hours[day] = edit
            name = locale.dayName(n, QLocale.FormatType.LongFormat)
            self.day_names[day] = name[:1].upper() + name[1:]
            hours_form.addRow(self.day_names[day], edit)
        self.hours_note = self._muted(self.tr("In the store's time zone. With no day set, the store is always "
                                              "open and the away reply is never sent."))
        hours_box = QGroupBox(self.tr("Office hours"), self)
        inner = QVBoxLayout(hours_box)
        inner.addLayout(hours_form)
        inner.addWidget(self.hours_note)
        inner.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(hours_box, 2)

        self.problem = QLabel(self)             # what is wrong with what is typed, while typing
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(FAILED_STYLE)
        self.problem.hide()
        self.error = QLabel(self)               # why a save was refused
        self.error.setWordWrap(True)
        self.error.setStyleSheet(FAILED_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.target_hours.valueChanged.connect(self._update)
        self.target_minutes.valueChanged.connect(self._update)
        self.time_zone.currentTextChanged.connect(self._update)
        self.away.currentIndexChanged.connect(self._update)
        self.address.textChanged.connect(self._update)
        for edit in self.hours.values():
            edit.textChanged.connect(self._update)
        self._set_enabled(False)                # until the settings are read
        session.changed.connect(self._on_changes)
        self.reload()
        self.reload_replies()

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("muted")
        label.setWordWrap(True)
        return label

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.busy += 1
        desk_ops.store_settings(self._session).on_success(self._loaded).on_failure(self._failed) \
            .bound_to(self).run()

    def reload_replies(self) -> None:
        self.busy += 1
        desk_ops.replies(self._session).on_success(self._replies_loaded).on_failure(self._failed) \
            .bound_to(self).run()

    def _on_changes(self, notice: ChangeNotice) -> None:
        """A teammate (or the command line) changed the settings or the quick replies."""
        if ChangeKind.STORE_SETTINGS in notice.kinds:
            self.reload()
        if ChangeKind.QUICK_REPLY in notice.kinds:
            self.reload_replies()

    def _loaded(self, settings: StoreSettings) -> None:
        """Put the stored settings in the form; a field being edited keeps what is typed."""
        self.busy -= 1
        before = self._stored_values()
        self.stored = settings
        now = self._stored_values()
        typed = self.values()
        hours_b, hours_n, hours_t = before[2] if before else None, now[2], typed[2]
        if before is None or typed[0] == before[0]:
            self._put_target(now[0])
        if before is None or typed[1] == before[1]:
            self._put_zone(now[1])
        for n, edit in enumerate(self.hours.values()):
            if hours_b is None or hours_t[n] == hours_b[n]:
                edit.setText(hours_n[n])
        if before is None or typed[4] == before[4]:
            self.address.setPlainText(now[4])
        self._fill_away(keep=None if before is None or typed[3] == before[3] else typed[3])
        self._set_enabled(True)
        self._update()

    def _replies_loaded(self, rows: list[QuickReplyRow]) -> None:
        self.busy -= 1
        self.replies = list(rows)
        self._fill_away(keep=self.away.currentData() if self.away.count() else None)
        self._update()

    def _fill_away(self, keep: str | None) -> None:
        """The away reply's choices: none, or one of the store's quick replies (the current one
        kept, and said to be gone if the store removed it)."""
        chosen = keep if keep is not None else (self.stored.away_reply if self.stored else "")
        self.away.blockSignals(True)
        self.away.clear()
        self.away.addItem(self.tr("None (no auto-reply)"), "")
        for r in self.replies or ():
            self.away.addItem(f"{r.code} — {r.title}", r.code)
        if chosen and self.away.findData(chosen) < 0 and self.replies is not None:
            self.away.addItem(self.tr("%1 (no longer a quick reply)").replace("%1", chosen), chosen)
        elif chosen and self.away.findData(chosen) < 0:
            self.away.addItem(chosen, chosen)       # the replies are not read yet
        self.away.setCurrentIndex(max(0, self.away.findData(chosen)))
        self.away.blockSignals(False)

    def _put_target(self, minutes: int) -> None:
        hours, rest = divmod(minutes, 60)
        self.target_hours.setValue(hours)
        self.target_minutes.setValue(rest)

    def _put_zone(self, zone: str) -> None:
        if zone and zone not in self.zones:        # an older alias (US/Pacific…) set by the command line
            self.zones.insert(0, zone)
            self.time_zone.insertItem(0, zone)
        self.time_zone.setCurrentText(zone)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.target_hours, self.target_minutes, self.time_zone, self.away, self.address,
                  *self.hours.values()):
            w.setEnabled(on)

    # --- what is typed --------------------------------------------------------------------------

    def values(self) -> Values:
        return (self.target_hours.value() * 60 + self.target_minutes.value(), self.time_zone.currentText().strip(),
                tuple(edit.text().strip() for edit in self.hours.values()),
                self.away.currentData() or "", self.address.toPlainText())

    def _stored_values(self) -> Values | None:
        s = self.stored
        if s is None:
            return None
        return (s.response_target_minutes, s.time_zone, tuple(s.office_hours.get(d, "") for d in desk_ops.WEEKDAYS),
                s.away_reply, s.return_address)

    def is_dirty(self) -> bool:
        """Something typed that is not stored."""
        stored = self._stored_values()
        return stored is not None and self.values() != stored

    def problems(self) -> list[tuple[QWidget, str]]:
        """What is wrong with the form as it stands, each with the field it is about."""
        out: list[tuple[QWidget, str]] = []
        minutes, zone, spans, away, address = self.values()
        if not 1 <= minutes <= desk_ops.MAX_TARGET_MINUTES:
            out.append((self.target_hours, self.tr("The response target is at least 1 minute and at most %1 hours.")
                        .replace("%1", str(desk_ops.MAX_TARGET_MINUTES // 60))))
        try:
            desk_ops.check_time_zone(zone)
        except KnownError:
            out.append((self.time_zone, self.tr("“%1” is not a time zone: choose one from the list.")
                        .replace("%1", zone) if zone else self.tr("Choose the store's time zone from the list.")))
        for (day, edit), span in zip(self.hours.items(), spans):
            try:
                desk_ops.check_span(day, span)
            except KnownError:
                out.append((edit, self.tr("%1: “%2” is not a span of office hours: write it as 09:00-18:00, or "
                                          "leave it empty for closed.").replace("%1", self.day_names[day]).replace("%2", span)))
        if away and self.replies is not None and away not in {r.code for r in self.replies}:
            out.append((self.away, self.tr("The away reply “%1” is no longer one of the store's quick replies: "
                                           "choose another.").replace("%1", away)))
        try:
            desk_ops.check_return_address(address)
        except KnownError as exc:
            out.append((self.address, errors.explain(exc).line()))
        return out

    def _update(self) -> None:
        """Marks, the reason under the form and Save follow what is typed."""
        if self.stored is None:
            self.save_button.setEnabled(False)
            return
        wrong = self.problems()
        fields = {id(w) for w, _text in wrong}
        for w in (self.target_hours, self.time_zone, self.away, self.address, *self.hours.values()):
            w.setStyleSheet(INVALID_STYLE if id(w) in fields else "")
        self.problem.setText("\n".join(text for _w, text in wrong))
        self.problem.setVisible(bool(wrong))
        zone = self.time_zone.currentText().strip()
        self.zone_note.setVisible(id(self.time_zone) not in fields)
        if not self.zone_note.isHidden():
            self.zone_note.setText(self.tr("Now %1 there (%2)").replace("%1", fmt.clock(zone))
                                   .replace("%2", fmt.utc_offset(zone)))
        away_set = bool(self.away.currentData())
        no_hours = not any(self._open_days())
        self.away_note.setText(self.tr("Not sent until office hours are set: without them the store is always "
                                       "open.") if away_set and no_hours else
                               self.tr("Sent once a day to a buyer who writes outside office hours, in their "
                                       "language."))
        self.save_button.setEnabled(self.is_dirty() and not wrong and not self.busy)

    def _open_days(self) -> list[str]:
        """The days with office hours as typed (a span being written wrong is none yet)."""
        out = []
        for day, span in zip(desk_ops.WEEKDAYS, self.values()[2]):
            try:
                if desk_ops.check_span(day, span):
                    out.append(day)
            except KnownError:
                pass
        return out

    # --- saving and closing -----------------------------------------------------------------

    def changes(self) -> dict:
        """What differs from the stored settings, as `update_store_settings` takes it."""
        stored = self._stored_values()
        minutes, zone, spans, away, address = self.values()
        out: dict = {}
        if stored is None:
            return out
        if minutes != stored[0]:
            out["response_target_minutes"] = minutes
        if zone != stored[1]:
            out["time_zone"] = zone
        days = {day: span or "closed" for day, span, was in zip(desk_ops.WEEKDAYS, spans, stored[2]) if span != was}
        if days:
            out["hours"] = days
        if away != stored[3]:
            out["away_reply"] = away
        if address != stored[4]:
            out["return_address"] = address
        return out

    def save(self, close: bool = True) -> None:
        if not self.save_button.isEnabled():
            return
        self.busy += 1
        self.error.hide()
        self.save_button.setEnabled(False)
        desk_ops.update_store_settings(self._session, **self.changes()).on_success(
            lambda settings: self._saved(settings, close)).on_failure(self._failed).bound_to(self).run()

    def _saved(self, settings: StoreSettings, close: bool) -> None:
        self.busy -= 1
        self.stored = settings
        # what was stored replaces the form (an address's spaces and empty lines dropped)
        self._put_target(settings.response_target_minutes)
        self._put_zone(settings.time_zone)
        for day, edit in self.hours.items():
            edit.setText(settings.office_hours.get(day, ""))
        self.address.setPlainText(settings.return_address)
        self._fill_away(keep=settings.away_reply)
        self._update()
        self.saved.emit()
        if close:
            QDialog.accept(self)

    def accept(self) -> None:
        """Enter: Save (only when there is something right to save)."""
        self.save()

    def reject(self) -> None:
        """Cancel, Escape and the title bar's ×: asked first when something typed is not saved."""
        if not self.is_dirty():
            QDialog.reject(self)
            return
        if self.unsaved_box is not None:
            return
        self.unsaved_box = ask_to_save(self, self.tr("Store settings"), self.tr("Save the changes to the store's "
                                                                                "settings?"),
                                       self._answered, can_save=not self.problems() and not self.busy)

    def _answered(self, answer: str) -> None:
        self.unsaved_box = None
        if answer == "save":
            self.save()
        elif answer == "discard":
            QDialog.reject(self)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy -= 1
        self._set_enabled(self.stored is not None)
        self.error.setText(errors.explain(exc).line())
        self.error.show()
        self._update()
