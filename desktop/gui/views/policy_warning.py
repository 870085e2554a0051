"""The marketplace's warning when the content policy refuses a message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget



def rule_lines() -> dict[str, str]:
    return {
        "messaging_app": QCoreApplication.translate("PolicyWarning", "Contact through other messaging apps (WhatsApp, Telegram, WeChat…) is not allowed."),
        "email": QCoreApplication.translate("PolicyWarning", "E-mail addresses are not allowed."),
        "phone": QCoreApplication.translate("PolicyWarning", "Phone numbers are not allowed."),
        "link": QCoreApplication.translate("PolicyWarning", "Links to other websites are not allowed."),
        "off_platform_payment": QCoreApplication.translate("PolicyWarning", "Payment outside the marketplace is not allowed."),
    }


def warning_text(verdict: dict) -> str:
    """The warning sentence, then one line per broken rule."""
    head = QCoreApplication.translate("PolicyWarning", "Attention: there was an error sending the message. Make sure you comply with the "
              "local regulation policies.")
    lines = rule_lines()
    seen = []
    in_translation = verdict.get("translation", {}).get("matches", [])
    for match in verdict.get("matches", []) + in_translation:
        line = lines.get(match.get("category"))
        if line and line not in seen:
            seen.append(line)
    return head + ("\n\n" + "\n".join(f"• {s}" for s in seen) if seen else "")


def show_policy_warning(parent: QWidget, verdict: dict) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("PolicyWarning", "Message not sent"), warning_text(verdict),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(QCoreApplication.translate("PolicyWarning", "Your text is still in the box: edit it and send again."))
    box.open()
