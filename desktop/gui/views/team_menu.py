"""The team's entries in the conversation list's menu (issue 18 §4): Take, Assign to… (each
colleague) and Unassign. The store's team is read once, when the list first needs it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from desktop.gui.ops import team
from desktop.gui.session import Session


class TeamMenu(QObject):
    def __init__(self, session: Session, failed: Callable[[BaseException], None], parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._failed = failed
        self.members: list[str] = []

    def load(self) -> None:
        """Read the store's team (a buyer has none)."""
        if self._session.user.is_seller:
            team.members(self._session).on_success(self._got).bound_to(self).run()

    def _got(self, members: list[str]) -> None:
        self.members = list(members)

    def add_to(self, menu: QMenu, conversation_id: int, assignee: str | None) -> None:
        """Take / Assign to… / Unassign for one conversation whose assignee is `assignee`."""
        if not self._session.user.is_seller:
            return
        me = self._session.user.handle
        menu.addSeparator()
        if assignee != me:
            menu.addAction(self.tr("Take"), lambda: self._run(team.take(self._session, conversation_id)))
        others = [h for h in self.members if h != assignee]
        if others:
            sub = menu.addMenu(self.tr("Assign to…"))
            for handle in others:
                sub.addAction(handle, lambda h=handle: self._run(team.assign(self._session, conversation_id, h)))
        if assignee is not None:
            menu.addAction(self.tr("Unassign"), lambda: self._run(team.unassign(self._session, conversation_id)))

    def _run(self, op) -> None:
        op.on_failure(self._failed).run()
