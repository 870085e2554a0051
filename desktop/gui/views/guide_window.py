"""Help → "Talking with sellers" (or "Talking with buyers" for a seller): the guide page in
the window's language, in a `QTextBrowser` that follows only local links.

A `#section` link scrolls the page; a `buzon:<place>` link asks the main window to show that
place (`place_requested`: "messages", "orders", "products", "settings", "packs"); nothing
is ever fetched from the network. Warnings open the guide at the section that explains
them (`show_section("allowed")`).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.gui.ops import advice
from desktop.gui.session import Session
from desktop.gui.views.screen_fit import resize_within_screen


def window_language() -> str:
    app = QApplication.instance()
    lang = app.property("buzon_lang") if app is not None else None
    return str(lang) if lang else "en"


class GuideBrowser(QTextBrowser):
    """A text browser that loads nothing by itself: no network, no files but the page."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


class GuideWindow(QDialog):
    place_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._pending_section = ""
        # The title names the page shown: the sellers' page for a store, the buyers' for anyone else.
        seller = session.user.is_seller
        self.setWindowTitle(self.tr("Talking with buyers") if seller else self.tr("Talking with sellers"))
        self.setObjectName("guideWindow")
        resize_within_screen(self, 640, 720)
        self.browser = GuideBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.loaded = False
        advice.guide_page(session, window_language()).on_success(self._show).bound_to(self).run()

    def _show(self, found) -> None:
        _page, html = found
        self.browser.setHtml(html)
        self.loaded = True
        if self._pending_section:
            self.browser.scrollToAnchor(self._pending_section)

    def show_section(self, section: str) -> None:
        """Scroll to a section (now, or as soon as the page has arrived)."""
        self._pending_section = section
        if self.loaded:
            self.browser.scrollToAnchor(section)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "buzon":
            self.place_requested.emit(url.path() or url.toString().removeprefix("buzon:"))
        elif url.hasFragment():
            self.show_section(url.fragment())
