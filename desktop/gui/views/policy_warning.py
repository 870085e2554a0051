"""The marketplace's warning when the content policy refuses a message.

The sentences are the core's (`desktop.core.policy.RULE_DESCRIPTIONS` and `WARNING_EN`),
translated in the "PolicyRules" context; scripts/update_translations.py puts them in the
catalogue, since lupdate cannot see strings that are not written in the GUI's code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.gui.ops import advice, messages
from desktop.gui.views import advice_text

if TYPE_CHECKING:
    from desktop.core.outbox import PolicyRefusal

CONTEXT = "PolicyRules"


def rule_line(category: str) -> str:
    """One broken rule, in the reader's language."""
    text = messages.RULE_DESCRIPTIONS.get(category)
    return QCoreApplication.translate(CONTEXT, text) + "." if text else ""


def warning_text(refusal: PolicyRefusal) -> str:
    """The marketplace's warning sentence, then one line per broken rule."""
    head = QCoreApplication.translate(CONTEXT, messages.POLICY_WARNING) + "."
    lines = [line for line in map(rule_line, refusal.categories) if line]
    return head + ("\n\n" + "\n".join(f"• {line}" for line in lines) if lines else "")


def consequence_text(refusal: PolicyRefusal) -> str:
    """One short sentence per thing the sender would lose (issue 19): buyer protection for a
    deal or payment outside, dispute evidence for contact outside."""
    return " ".join(advice_text.consequence_line(c) for c in advice.consequences(list(refusal.categories)))


def show_policy_warning(parent: QWidget, refusal: PolicyRefusal) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("PolicyWarning", "Message not sent"),
                      warning_text(refusal), QMessageBox.StandardButton.Ok, parent)
    kept = QCoreApplication.translate("PolicyWarning", "Your text is still in the box: edit it and send again.")
    why = consequence_text(refusal)
    box.setInformativeText(f"{why}\n\n{kept}" if why else kept)
    window = parent.window()
    if hasattr(window, "open_guide"):
        # "Why?" opens the guide at what is allowed and why (the window's Help page).
        more = box.addButton(QCoreApplication.translate("PolicyWarning", "Why?"), QMessageBox.ButtonRole.HelpRole)
        more.clicked.connect(lambda: window.open_guide("allowed"))
    box.open()
    return box
