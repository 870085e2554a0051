"""A sentence over an empty table or grid ("No orders match the search or the status chosen"),
so an empty result does not look like a list still loading or a window that failed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    """Shows `text()` over `view` while its model is loaded and has no rows."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]):
        super().__init__(view)
        self._view, self._text = view, text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyState")
        self.label.setStyleSheet("color: #6B7280;")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self._view.viewport().rect().adjusted(24, 24, -24, -24)
        self.label.setGeometry(area.left(), area.top(), max(0, area.width()), self.label.heightForWidth(
            max(0, area.width())) if area.width() > 0 else 0)

    def update(self) -> None:
        model = self._view.model()
        empty = bool(getattr(model, "loaded", True)) and model.rowCount() == 0
        self.label.setText(self._text() if empty else "")
        self.label.setVisible(empty)
        if empty:
            self._place()

    def text(self) -> str:
        """The sentence on screen now ("" when the view has rows or is still loading)."""
        return "" if self.label.isHidden() else self.label.text()
