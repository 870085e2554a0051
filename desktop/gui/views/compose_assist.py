"""Help while typing, all computed on the worker: the content-policy hint with the
offending words highlighted, the preview of what the recipient will read, and the tip
to write short sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui import format as fmt
from desktop.gui.ops import advice, messages, translation
from desktop.gui.session import Session
from desktop.gui.views import advice_text
from desktop.gui.views.compose import ComposeBox

if TYPE_CHECKING:
    from desktop.core.outbox import PolicyRefusal
    from desktop.core.policy import PolicyVerdict

POLICY_HINT_DELAY_MS = 300
PREVIEW_DELAY_MS = 600


class ComposeAssistant(QObject):
    def __init__(self, session: Session, compose: ComposeBox, parent: QWidget):
        super().__init__(parent)
        self._session = session
        self._compose = compose
        self.peer_language = ""
        self.preview = QLabel(parent)
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.preview.setContentsMargins(16, 2, 16, 0)
        self.preview.hide()
        self._policy_timer = self._timer(POLICY_HINT_DELAY_MS, self._check_policy)
        self._preview_timer = self._timer(PREVIEW_DELAY_MS, self.refresh_preview)
        compose.edit.textChanged.connect(self._policy_timer.start)
        compose.edit.textChanged.connect(self._preview_timer.start)
        # A restored draft is checked too: its warning and highlights come back with it.
        compose.text_put.connect(self._policy_timer.start)

    def _timer(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def hide_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.hide()

    # -- the recipient's preview and the tip -------------------------------------------------
    def _over_the_limit(self, text: str) -> bool:
        """A text past the message limit cannot be sent (the counter and its hint say so): it is
        neither checked nor translated, so a hostile paste of megabytes never holds the worker
        (the policy takes about 3 s a megabyte) or this thread (the tips) for seconds."""
        return len(text) > self._compose.limit

    def refresh_preview(self) -> None:
        text = self._compose.text()
        if self._over_the_limit(text):
            self.preview.hide()
            if self._compose.hint.property("kind") == "tip":
                self._compose.show_hint("")
            return
        # The marketplace's advice for a translated chat (issue 19): one gentle tip at a time,
        # the most useful first; it never blocks sending.
        tips = advice.tips_for(text)
        if tips and self._compose.hint.property("kind") != "quick-reply":     # the reply's original stays said
            self._compose.show_hint(advice_text.tip_text(tips[0]), "tip")
        elif self._compose.hint.property("kind") == "tip":
            self._compose.show_hint("")
        if not text.strip() or not self._session.settings.send_translation or not self.peer_language:
            self.preview.hide()
            return
        # No failure handler: a preview that cannot be made is simply not shown.
        translation.outgoing_preview(self._session, text, self.peer_language).on_success(
            lambda made, text=text: self._preview_ready(text, made)).on_failure(
            lambda _exc: self.preview.hide()).bound_to(self).run()

    def _preview_ready(self, text: str, made: tuple[str, str] | None) -> None:
        if text != self._compose.text():
            return
        self.preview.setVisible(made is not None)
        if made is not None:
            label = self.tr("They will read (%1): %2").replace("%1", fmt.language_label(self.peer_language))
            self.preview.setText(label.replace("%2", made[0]))

    # -- the content policy ------------------------------------------------------------------
    def _check_policy(self) -> None:
        text = self._compose.text()
        if self._over_the_limit(text):
            self._compose.highlight([])
            return
        messages.check_policy_and_caution(self._session, text).on_success(
            lambda found, text=text: self._policy_checked(text, *found)).bound_to(self).run()

    def _policy_checked(self, text: str, verdict: PolicyVerdict, caution: bool = False) -> None:
        if text != self._compose.text():
            return
        self.show_verdict(verdict)
        if caution:
            # The model of intent's lower threshold: said, never enforced (docs/policy.md).
            self._compose.show_hint(self.tr("This may read as an invitation to talk or pay outside the "
                                            "marketplace. Keep the conversation here: it is what protects "
                                            "you if something goes wrong."), "caution")
        elif self._compose.hint.property("kind") == "caution":
            self._compose.show_hint("")

    def show_verdict(self, verdict: PolicyVerdict) -> None:
        """Highlight what breaks the rules in the text being typed, and say so under it."""
        self._compose.highlight([(m.start, m.end) for m in verdict.matches])
        if verdict.blocked:
            found = list(dict.fromkeys(m.text for m in verdict.matches))
            # One sentence per grammatical number ("X breaks", "X and Y break"), each translated.
            text = (self.tr("This message would not be sent: %1 breaks the marketplace rules against contact "
                            "off the platform.") if len(found) == 1 else
                    self.tr("This message would not be sent: %1 break the marketplace rules against contact "
                            "off the platform."))
            self._compose.show_hint(text.replace("%1", fmt.quoted_list(found)), "policy")
        elif self._compose.hint.property("kind") == "policy":
            self._compose.show_hint("")

    def show_refusal(self, refusal: PolicyRefusal) -> None:
        """The message came back refused: what it broke, in the text or in its translation."""
        if refusal.verdict.blocked or refusal.translation_verdict is None:
            self.show_verdict(refusal.verdict)
            return
        self._compose.highlight([])
        words = fmt.quoted_list(dict.fromkeys(m.text for m in refusal.translation_verdict.matches))
        self._compose.show_hint(self.tr("Not sent: the translation the other side would read (%1) breaks the "
                                        "marketplace rules. Say it another way.").replace("%1", words), "policy")
