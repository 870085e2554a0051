"""Help while typing, all computed on the worker: the content-policy hint with the
offending words highlighted, the preview of what the recipient will read, and the tip
to write short sentences."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui import format as fmt
from desktop.gui.core_api import message_translations, policy, sentences

POLICY_HINT_DELAY_MS = 300
PREVIEW_DELAY_MS = 600


class ComposeAssistant(QObject):
    def __init__(self, session, compose, parent: QWidget):
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
    def refresh_preview(self) -> None:
        text = self._compose.text()
        if sentences.needs_short_sentences_tip(text):
            self._compose.show_hint(self.tr("Tip: short sentences translate better."), "tip")
        elif self._compose.hint.property("kind") == "tip":
            self._compose.show_hint("")
        if not text.strip() or not self._session.ctx.settings.send_translation or not self.peer_language:
            self.preview.hide()
            return
        session, target, me = self._session, self.peer_language, self._session.user

        def run():
            src = message_translations.detect_language(text, me.language)
            return message_translations.outgoing(session.translator(), text, src, target)

        session.worker.op(run).on_success(lambda made, text=text: self._preview_ready(text, made)).bound_to(
            self).run()

    def _preview_ready(self, text: str, made) -> None:
        if text != self._compose.text():
            return
        self.preview.setVisible(made is not None)
        if made is not None:
            label = self.tr("They will read (%1): %2").replace("%1", fmt.language_label(self.peer_language))
            self.preview.setText(label.replace("%2", made[0]))

    # -- the content policy ------------------------------------------------------------------
    def _check_policy(self) -> None:
        text = self._compose.text()
        self._session.worker.op(policy.check, text).on_success(
            lambda verdict, text=text: self._policy_checked(text, verdict)).bound_to(self).run()

    def _policy_checked(self, text: str, verdict) -> None:
        if text == self._compose.text():
            self.show_verdict(verdict.to_json())

    def show_verdict(self, verdict: dict) -> None:
        matches = verdict.get("matches", [])
        self._compose.highlight([(m["start"], m["end"]) for m in matches])
        if verdict.get("blocked"):
            words = ", ".join(dict.fromkeys(f"“{m['text']}”" for m in matches))
            self._compose.show_hint(self.tr("This message would not be sent: %1 breaks the marketplace rules "
                                            "against contact off the platform.").replace("%1", words), "policy")
        elif self._compose.hint.property("kind") == "policy":
            self._compose.show_hint("")
