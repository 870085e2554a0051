"""The views of the conversation list (issue 17 §2): All, Unread, Awaiting my reply, Overdue,
With a problem, Archived — each with its count — and, for a seller, the store's labels and
the team's lists (issue 18 §4): Everyone, Mine, Unassigned, Assigned, combined with the view.

A buyer sees All, Unread and Archived. The counts are the core's (`desk.counts`: index-only,
never a scan of the history), read again when a change notice could move them. The view
chosen last is kept per account by the Message Centre.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QSizePolicy, QToolButton, QWidget

from desktop.gui.ops import desk
from desktop.gui.ops.conversations import InboxFilter
from desktop.gui.session import Session
from desktop.gui.views.flow_layout import FlowLayout

SELLER_VIEWS = ("all", "unread", "awaiting", "overdue", "problem", "archived")
BUYER_VIEWS = ("all", "unread", "archived")


TITLES = {"all": QT_TRANSLATE_NOOP("DeskFilterBar", "All"),
          "unread": QT_TRANSLATE_NOOP("DeskFilterBar", "Unread"),
          "awaiting": QT_TRANSLATE_NOOP("DeskFilterBar", "Awaiting reply"),
          "overdue": QT_TRANSLATE_NOOP("DeskFilterBar", "Overdue"),
          "problem": QT_TRANSLATE_NOOP("DeskFilterBar", "Problem"),
          "archived": QT_TRANSLATE_NOOP("DeskFilterBar", "Archived")}


TEAM_TITLES = {"mine": QT_TRANSLATE_NOOP("DeskFilterBar", "Mine"),
               "unassigned": QT_TRANSLATE_NOOP("DeskFilterBar", "Unassigned"),
               "assigned": QT_TRANSLATE_NOOP("DeskFilterBar", "Assigned")}


# The label and team lists share one line of a narrow pane (800x560, about 260 px): each is as
# wide as about eight characters whatever its longest entry says ("Cualquier etiqueta",
# "Todo el equipo"), the rest elided on the closed box and whole in its open list.
COMBO_CHARACTERS = 8


def _compact(combo: QComboBox) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)


def view_title(view: str) -> str:
    return QCoreApplication.translate("DeskFilterBar", TITLES[view])


class DeskFilterBar(QWidget):
    changed = Signal(object)          # the InboxFilter chosen
    counts_changed = Signal(dict)     # each view's count, as just read (the title's overdue figure)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deskFilterBar")
        self._session = session
        self._seller = session.user.is_seller       # a buyer and the marketplace: no desk views
        self._counts: dict = {}
        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # The buttons wrap onto a second line in a narrow pane (800x560): never wider than the list.
        layout = FlowLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for view in SELLER_VIEWS if self._seller else BUYER_VIEWS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, v=view: self._emit(v))
            self._group.addButton(button)
            self.buttons[view] = button
            layout.addWidget(button)
        self.buttons["all"].setChecked(True)
        # A burst of arrivals is many change notices: the counts are read once it settles.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(300)
        self._recount.timeout.connect(self.refresh)
        # Overdue moves with the clock, not only with changes: a seller's counts are read each minute too.
        self._minute = QTimer(self)
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self.refresh)
        if self._seller:
            self._minute.start()
        self.label = QComboBox(self)
        _compact(self.label)
        self.label.setToolTip(self.tr("Show the conversations with this label"))
        self.label.activated.connect(lambda _i: self._emit(self.current_view()))
        self.label.setVisible(self._seller)
        layout.addWidget(self.label)
        # Whose conversations: everyone's, mine, nobody's yet, somebody's (a seller's team).
        self.team = QComboBox(self)
        self.team.setObjectName("teamView")
        _compact(self.team)
        self.team.setToolTip(self.tr("Show the conversations assigned to you, to nobody, or to someone"))
        self.team.addItem("", None)
        for key in TEAM_TITLES:
            self.team.addItem("", key)
        self.team.activated.connect(lambda _i: self._emit(self.current_view()))
        self.team.setVisible(self._seller)
        layout.addWidget(self.team)
        self._titles()

    def current_view(self) -> str:
        return next((v for v, b in self.buttons.items() if b.isChecked()), "all")

    def current(self) -> InboxFilter:
        label = self.label.currentData() if self._seller else None
        team = self.team.currentData() if self._seller else None
        return InboxFilter(self.current_view(), label or None, team or None)

    def select(self, view: InboxFilter) -> None:
        """Show `view` as chosen (the one kept from the last time), without emitting."""
        button = self.buttons.get(view.view)
        if button is not None:
            button.setChecked(True)
        i = self.label.findData(view.label) if view.label else 0
        self.label.setCurrentIndex(max(0, i))
        self.team.setCurrentIndex(max(0, self.team.findData(view.team)) if view.team else 0)

    def label_names(self) -> list[str]:
        """The store's labels, as last counted."""
        return sorted(self._counts.get("labels", {}))

    def refresh_soon(self) -> None:
        """Read the counts again once the changes stop coming for a moment."""
        self._recount.start()

    def refresh(self) -> None:
        """Read the counts (and the store's labels) again."""
        desk.counts(self._session).on_success(self._got_counts).bound_to(self).run()

    def _got_counts(self, counts: dict) -> None:
        self._counts = counts
        self._titles()
        self.counts_changed.emit(counts)
        if self._seller:
            chosen = self.label.currentData()
            self.label.blockSignals(True)
            self.label.clear()
            self.label.addItem(self.tr("Any label"), None)
            for name, n in sorted(counts.get("labels", {}).items()):
                self.label.addItem(f"{name} ({n})", name)
            self.label.setCurrentIndex(max(0, self.label.findData(chosen)) if chosen else 0)
            self.label.setVisible(self.label.count() > 1)
            self.label.blockSignals(False)

    def _titles(self) -> None:
        for view, button in self.buttons.items():
            n = self._counts.get(view)
            title = view_title(view)
            button.setText(title if n is None else f"{title} ({n})")
        team = self._counts.get("team") or {}
        shown = {"mine": team.get("mine"), "assigned": team.get("assigned"),
                 "unassigned": (self._counts["all"] - team["assigned"]) if "assigned" in team else None}
        self.team.setItemText(0, self.tr("Everyone"))
        for n, key in enumerate(TEAM_TITLES, start=1):
            title = QCoreApplication.translate("DeskFilterBar", TEAM_TITLES[key])
            self.team.setItemText(n, title if shown[key] is None else f"{title} ({shown[key]})")
        over = self._counts.get("overdue")
        if "overdue" in self.buttons:
            self.buttons["overdue"].setStyleSheet("color: #d64545;" if over else "")

    def _emit(self, view: str) -> None:
        self.changed.emit(self.current())
