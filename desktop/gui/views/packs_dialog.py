"""The Language packs dialog: the installed packs, install from a file, remove, download.

    dialog = PacksDialog(session, parent=window, suggest=("zh", "en"))   # suggest: optional
    dialog.packs_changed.connect(chat.retranslate)
    dialog.open()

Every pack operation is an op of `desktop.gui.ops.packs`, run on the session's pack
worker (a download never holds up the messages). Install and download report
`progress(done, total)` on that thread; a relay object's signal carries it to the GUI
thread, where the bar is updated. Cancel sets the `threading.Event` the operation polls.
Errors are shown in the dialog, never in a box of their own, and an install over an
installed pair asks before replacing it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui.ops import packs
from desktop.gui.session import Session
from desktop.gui.views.settings_dialog import language_name

if TYPE_CHECKING:
    from desktop.gui.worker import Op

    PackOp = Callable[[packs.Progress | None, threading.Event | None], Op]

FAILED_STYLE = "color: #C62828;"


class ProgressRelay(QObject):
    """Carries `progress(done, total)` from the worker thread to the GUI thread: a signal
    emitted on another thread is queued to the thread the relay lives in."""

    progressed = Signal(object, object)      # Python ints: a pack can pass 2 GiB

    def __call__(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


def hbox(*widgets, stretch: int | None = None) -> QHBoxLayout:
    """A row of widgets; None is a stretch, `stretch` the index of the widget that grows."""
    box = QHBoxLayout()
    for i, w in enumerate(widgets):
        if w is None:
            box.addStretch(1)
        else:
            box.addWidget(w, 1 if i == stretch else 0)
    return box


def pair_label(src: str, tgt: str) -> str:
    return f"{language_name(src)} → {language_name(tgt)}"


class PacksDialog(QDialog):
    """Lists, installs, removes and downloads the argos packs of the session's data folder."""

    packs_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *, suggest: tuple[str, str] | None = None):
        super().__init__(parent)
        self._session = session
        self._suggest = suggest
        self._cancel: threading.Event | None = None
        self._close_when_done = False
        self._phase_started = False
        self._downloading = False
        self._done_text = ""
        self._installed: dict[tuple[str, str], str] = {}
        self.busy = False
        self.setWindowTitle(self.tr("Language packs"))
        self.setMinimumWidth(560)
        self.resize(560, 420)

        intro = QLabel(self.tr("Messages are translated on this computer with language packs, one per "
                               "direction (for example Español → English)."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Version")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.empty = QLabel(self.tr("No language pack is installed yet."), self)
        self.empty.setObjectName("muted")

        self.install_button = self._button(self.tr("Install from file…"), self.install_from_file)
        self.remove_button = self._button(self.tr("Remove"), self.remove_selected)
        self.download_button = self._button(self.tr("Download…"), self.show_downloads)

        # The download panel: the index's packs, filtered by the search box.
        self.downloads = QWidget(self)
        self.search = QLineEdit(self.downloads)
        self.search.setPlaceholderText(self.tr("Search languages…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.available_list = QListWidget(self.downloads)
        self.available_list.itemSelectionChanged.connect(self._update)
        self.available_list.itemDoubleClicked.connect(lambda _item: self.download_selected())
        self.list_status = self._label()
        self.get_button = self._button(self.tr("Download and install"), self.download_selected)
        self.get_button.setObjectName("primary")
        panel = QVBoxLayout(self.downloads)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.search)
        panel.addWidget(self.available_list)
        panel.addLayout(hbox(self.list_status, self.get_button, stretch=0))
        self.downloads.hide()

        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.cancel_button = self._button(self.tr("Cancel"), self.cancel)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._progressed)
        self.status = self._label()
        self.error = self._label()
        self.error.setStyleSheet(FAILED_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = self._button(self.tr("Close"), self.reject)
        # The raw cause of the last failure (an OS or HTTP message), one click away.
        self.details_button = self._button(self.tr("Details…"), self.show_details)
        self._detail = ""

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(hbox(self.install_button, self.remove_button, self.download_button, None))
        layout.addWidget(self.downloads, 1)
        layout.addLayout(hbox(self.progress_label, self.progress, self.cancel_button, stretch=1))
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        # A spacer with no stretch factor: the table or the download list take the height when
        # shown; when neither is, the few widgets stay together at the top instead of spreading.
        layout.addStretch(0)
        layout.addLayout(hbox(self.details_button, None, self.close_button))
        for w in (self.progress_label, self.progress, self.cancel_button, self.status, self.error,
                  self.details_button):
            w.hide()

        self.refresh()
        if suggest is not None:
            self.show_downloads()
        self._update()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        return label

    # -- the installed packs ---------------------------------------------------------

    def refresh(self) -> None:
        """Reload the table of installed packs (on the worker)."""
        packs.installed(self._session).on_success(self._show_installed).on_failure(self._failed).bound_to(
            self).run()

    def _show_installed(self, installed) -> None:
        self._installed = {(p.from_code, p.to_code): p.version for p in installed}
        selected = self.selected_pair()
        self.table.setRowCount(len(installed))
        for r, pack in enumerate(installed):
            cells = (f"{language_name(pack.from_code)} ({pack.from_code})",
                     f"{language_name(pack.to_code)} ({pack.to_code})", pack.version)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (pack.from_code, pack.to_code))
                self.table.setItem(r, col, item)
            if (pack.from_code, pack.to_code) == selected:
                self.table.selectRow(r)
        self.table.setVisible(bool(installed))
        self.empty.setVisible(not installed)
        self._fit_height()
        self._label_available()
        self._update()

    def _fit_height(self) -> None:
        """As tall as what it shows: compact with no pack and no download list, roomy with them."""
        if self.table.isVisibleTo(self) or self.downloads.isVisibleTo(self):
            self.resize(self.width(), max(self.height(), 420))
        else:
            self.layout().activate()
            self.resize(self.width(), self.layout().sizeHint().height())

    def selected_pair(self) -> tuple[str, str] | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def remove_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None or self.busy:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove language pack"),
            self.tr("Remove the pack %1? Messages in this direction will no longer be translated.")
            .replace("%1", pair_label(*pair)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)          # a destructive action defaults to Cancel
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(self.tr("Removing…"), self.tr("Removed %1."),
                    lambda _progress, _cancel: packs.remove(self._session, *pair), progress=False)

    # -- install and download ----------------------------------------------------------

    def install_from_file(self) -> None:
        if self.busy:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install a language pack"), "",
            self.tr("Language packs (*.argosmodel);;All files (*)"))
        if path:
            self.install_file(Path(path))

    def install_file(self, path: Path, *, replace: bool = False) -> None:
        """Install a `.argosmodel` file; also what the file dialog leads to."""
        self._start(self.tr("Installing %1…").replace("%1", path.name), None,
                    lambda progress, cancel: packs.install(self._session, path, replace=replace, progress=progress,
                                                           cancel=cancel),
                    retry=lambda: self.install_file(path, replace=True))

    def show_downloads(self) -> None:
        """Open the download panel and (re)load the index's list of packs."""
        self.downloads.show()
        self._fit_height()
        self.available_list.clear()
        self.list_status.setStyleSheet("")
        self.list_status.setText(self.tr("Loading the list of packs…"))
        self.download_button.setEnabled(False)
        packs.available(self._session).on_success(self._show_available).on_failure(self._list_failed).bound_to(
            self).run()

    def _show_available(self, offered) -> None:
        self.available_list.clear()
        for pack in offered:
            item = QListWidgetItem(self.available_list)
            item.setData(Qt.ItemDataRole.UserRole, pack)
        self._label_available()
        self.list_status.setText(self.tr("%1 packs available.").replace("%1", str(len(offered))))
        self.download_button.setEnabled(True)          # now: load the list again
        if self._suggest is not None:
            src, tgt = self._suggest
            rows = [r for r, p in enumerate(offered) if (p.from_code, p.to_code) == (src, tgt)]
            if rows:
                self.search.setText(f"{src}→{tgt}")
                self.available_list.setCurrentRow(rows[0])
            else:
                self.list_status.setText(self.tr("The index offers no pack %1.").replace("%1", pair_label(src, tgt)))
            self._suggest = None
        self._filter()
        self._update()

    def _label_available(self) -> None:
        for row in range(self.available_list.count()):
            item = self.available_list.item(row)
            pack = item.data(Qt.ItemDataRole.UserRole)
            text = f"{pair_label(pack.from_code, pack.to_code)}  ({pack.from_code}→{pack.to_code}, {pack.version})"
            have = self._installed.get((pack.from_code, pack.to_code))
            if have is not None:
                text += "  " + self.tr("installed: %1").replace("%1", have)
            item.setText(text)

    def _list_failed(self, exc: BaseException) -> None:
        self.download_button.setEnabled(True)
        self.list_status.setStyleSheet(FAILED_STYLE)
        self.list_status.setText(self._error_text(exc))
        self._update()

    def _filter(self) -> None:
        words = self.search.text().lower().split()
        for row in range(self.available_list.count()):
            item = self.available_list.item(row)
            pack = item.data(Qt.ItemDataRole.UserRole)
            haystack = " ".join((item.text(), pack.from_name, pack.to_name)).lower()
            item.setHidden(not all(w in haystack for w in words))

    def download_selected(self) -> None:
        item = self.available_list.currentItem()
        if item is None or item.isHidden() or self.busy:
            return
        self.download(item.data(Qt.ItemDataRole.UserRole))

    def download(self, pack, *, replace: bool = False) -> None:
        self._start(self.tr("Downloading %1…").replace("%1", pair_label(pack.from_code, pack.to_code)),
                    None, lambda progress, cancel: packs.download(self._session, pack, replace=replace, progress=progress,
                                                                  cancel=cancel),
                    downloading=True, retry=lambda: self.download(pack, replace=True))

    # -- one operation at a time -------------------------------------------------------

    def _start(self, what: str, done_text: str | None, make_op: PackOp, *, progress: bool = True,
               downloading: bool = False, retry: Callable[[], None] | None = None) -> None:
        """Run one pack operation, made by `make_op(progress, cancel)`; `done_text` (%1 the
        pair, %2 the version; None: "Installed…") is shown when it succeeds, `retry` is
        called to replace."""
        self._done_text = done_text or self.tr("Installed %1 (version %2).")
        self._downloading = downloading
        self.error.hide()
        self.details_button.hide()
        self.status.hide()
        self._set_busy(True)
        self.progress_label.setText(what)
        self.progress_label.show()
        if progress:
            self._cancel = threading.Event()
            self._phase_started = False
            self.progress.setRange(0, 0)          # until the first report says how much
            self.progress.show()
            self.cancel_button.setEnabled(True)
            self.cancel_button.show()
        op = make_op(self.relay if progress else None, self._cancel if progress else None)
        op.on_success(self._done).on_failure(lambda exc: self._op_failed(exc, retry)).bound_to(self).run()

    def _progressed(self, done: int, total: int) -> None:
        if not self.busy:
            return                                # a late report from an operation that ended
        if done == 0 and self._phase_started and self._downloading:
            self._downloading = False             # the download is in: the install reports from 0 again
            self.progress_label.setText(self.tr("Installing…"))
        self._phase_started = self._phase_started or done > 0
        if total <= 0:
            self.progress.setRange(0, 0)          # the server did not say how big it is
            return
        shift = max(total.bit_length() - 31, 0)   # QProgressBar holds an int
        self.progress.setRange(0, total >> shift)
        self.progress.setValue(min(done, total) >> shift)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if not busy:
            self._cancel = None
            for w in (self.progress_label, self.progress, self.cancel_button):
                w.hide()
        self._update()

    def _update(self) -> None:
        idle = not self.busy
        self.install_button.setEnabled(idle)
        self.remove_button.setEnabled(idle and self.selected_pair() is not None)
        item = self.available_list.currentItem()
        self.get_button.setEnabled(idle and item is not None and not item.isHidden())
        self.search.setEnabled(idle)

    def _done(self, pack) -> None:
        self._set_busy(False)
        pair = pair_label(pack.from_code, pack.to_code)
        self.status.setText(self._done_text.replace("%1", pair).replace("%2", pack.version))
        self.status.show()
        self.refresh()
        self.packs_changed.emit()
        self._close_if_asked()

    def _op_failed(self, exc: BaseException, retry) -> None:
        self._set_busy(False)
        if retry is not None and isinstance(exc, packs.PackExists) and not self._close_when_done:
            answer = QMessageBox.question(
                self, self.tr("Replace language pack"),
                self.tr("%1 is already installed. Replace version %2 with %3?")
                .replace("%1", pair_label(exc.existing.from_code, exc.existing.to_code))
                .replace("%2", exc.existing.version or "?").replace("%3", exc.offered_version or "?"))
            if answer == QMessageBox.StandardButton.Yes:
                retry()
                return
            self.status.setText(self.tr("The installed pack was kept."))
            self.status.show()
        else:
            self._failed(exc)
        self._close_if_asked()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(self._error_text(exc))
        self.error.show()
        self._update()

    def _error_text(self, exc: BaseException) -> str:
        """The plain reason and what to do, in the window's language; the raw detail goes
        behind "Details…"."""
        if isinstance(exc, KnownError):
            said = errors.explain(exc)
            self._detail = said.detail
            self.details_button.setVisible(bool(said.detail))
            return said.line()
        return self.tr("An internal error stopped the operation; nothing was changed.")   # and the hook says why

    def show_details(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Details"), self._detail,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def reject(self) -> None:
        # Closing mid-install cancels it; the dialog closes once the worker has stopped,
        # so the outcome (a cancelled install leaves no pack) is never left half-done.
        if self.busy:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def _close_if_asked(self) -> None:
        if self._close_when_done and shiboken6.isValid(self):
            self._close_when_done = False
            super().reject()
