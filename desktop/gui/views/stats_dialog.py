"""The store's response dashboard: the share of buyers' waits answered within the response
target over the last 7, 30 and 90 days, the median first response, the conversations
awaiting and overdue now, and a chart of the last 30 days drawn with QPainter (received
waits as grey bars, those answered in time as green ones). Figures from `ops.desk.store_stats`.

    StatsDialog(session, parent=window).open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core.kinds import ChangeKind

from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import desk as desk_ops
from desktop.gui.session import ChangeNotice, Session

if TYPE_CHECKING:
    from desktop.core.desk_settings import StoreSettings
    from desktop.core.stats import DayFigures, Stats

PERIODS = (7, 30, 90)
RECEIVED, IN_TIME = QColor("#C9CED6"), QColor("#2F9E44")


class DaysChart(QWidget):
    """Bars per day: received (behind), answered within the target (in front)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.days: tuple[DayFigures, ...] = ()
        self.setMinimumSize(480, 160)

    def set_days(self, days) -> None:
        self.days = tuple(days)
        self.setToolTip(self.tr("Last %1 days: grey, buyers who wrote; green, answered within the target")
                        .replace("%1", str(len(self.days))))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -20)
        if not self.days:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet"))
            return
        top = max(1, max(d.received for d in self.days))
        width = rect.width() / len(self.days)
        for n, d in enumerate(self.days):
            x = rect.left() + n * width
            for value, colour in ((d.received, RECEIVED), (d.answered_within_target, IN_TIME)):
                h = rect.height() * value / top
                p.fillRect(QRectF(x + 1, rect.bottom() - h, max(1.0, width - 2), h), colour)
        p.setPen(self.palette().text().color())
        first, last = self.ends()
        p.drawText(QRectF(rect.left(), rect.bottom() + 2, rect.width(), 16), Qt.AlignmentFlag.AlignLeft, first)
        p.drawText(QRectF(rect.left(), rect.bottom() + 2, rect.width(), 16), Qt.AlignmentFlag.AlignRight, last)

    def ends(self) -> tuple[str, str]:
        """The first and last day under the bars, as the locale writes a date (not ISO)."""
        return (fmt.day(self.days[0].date), fmt.day(self.days[-1].date)) if self.days else ("", "")


class StatsDialog(QDialog):
    settings_requested = Signal()      # "Change…" beside the target: the window opens Store settings

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.busy = 0
        self.setWindowTitle(self.tr("Response times"))
        grid = QGridLayout()
        # The target the shares are measured against (the store's; 24 h unless set), said first:
        # "within the target" alone left the seller guessing which.
        self.target = QLabel("…", self)
        self.change_target = QPushButton(self.tr("Change…"), self)
        self.change_target.setAutoDefault(False)
        self.change_target.setToolTip(self.tr("Open Store settings"))
        self.change_target.clicked.connect(self.settings_requested)
        target = QHBoxLayout()
        target.addWidget(self.target)
        target.addWidget(self.change_target)
        target.addStretch(1)
        grid.addWidget(QLabel(self.tr("The store's response target"), self), 0, 0)
        grid.addLayout(target, 0, 1)
        self.share = {days: QLabel("…", self) for days in PERIODS}
        for row, days in enumerate(PERIODS, start=1):
            grid.addWidget(QLabel(self.tr("Answered within the target, last %1 days").replace("%1", str(days)), self),
                           row, 0)
            grid.addWidget(self.share[days], row, 1)
        self.median = QLabel("…", self)
        self.awaiting = QLabel("…", self)
        self.overdue = QLabel("…", self)
        for row, (text, label) in enumerate(((self.tr("Median first response (30 days)"), self.median),
                                             (self.tr("Awaiting a reply now"), self.awaiting),
                                             (self.tr("Overdue now"), self.overdue)), start=len(PERIODS) + 1):
            grid.addWidget(QLabel(text, self), row, 0)
            grid.addWidget(label, row, 1)
        self.chart = DaysChart(self)
        # What the bars' colours mean, on screen: it was only the chart's tooltip.
        self.legend = QLabel(self)
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)   # not only the title bar's ✕
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        session.changed.connect(self._on_changes)
        self.reload()

    def _on_changes(self, notice: ChangeNotice) -> None:
        """The target (or the time zone the days are counted in) changed: the figures follow it."""
        if ChangeKind.STORE_SETTINGS in notice.kinds and not self.busy:
            self.reload()

    def reload(self) -> None:
        self.busy += 1
        desk_ops.store_settings(self._session).on_success(self._show_target).on_failure(self._failed) \
            .bound_to(self).run()
        for days in PERIODS:
            self.busy += 1
            desk_ops.store_stats(self._session, days).on_success(lambda s, days=days: self._show(days, s)) \
                .on_failure(self._failed).bound_to(self).run()

    def _show(self, days: int, stats: Stats) -> None:
        self.busy -= 1
        share = stats.answered_within_target
        self.share[days].setText(fmt.percent(share) if share is not None else self.tr("no figures yet"))
        if days == 30:
            median = stats.median_first_response_s
            self.median.setText(self._duration(median) if median is not None else self.tr("no figures yet"))
            self.awaiting.setText(fmt.count(stats.awaiting))
            self.overdue.setText(fmt.count(stats.overdue))
            self.chart.set_days(stats.days)
            self.legend.setText(self.chart.toolTip() if stats.days else "")

    def _show_target(self, settings: StoreSettings) -> None:
        self.busy -= 1
        hours, minutes = divmod(settings.response_target_minutes, 60)
        self.target.setText(self.tr("%1 h").replace("%1", str(hours)) if not minutes
                            else self._duration(settings.response_target_minutes * 60))

    def _duration(self, seconds: int) -> str:
        hours, minutes = divmod(seconds // 60, 60)
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy -= 1
        self.error.setText(errors.explain(exc).line())
        self.error.show()
