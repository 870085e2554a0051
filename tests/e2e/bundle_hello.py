"""The baseline of the bundle benchmark: a bare PySide6 window (one QLabel), bundled by
PyInstaller the way app.spec bundles Buzón. With BUZON_EXIT_AFTER_PAINT=1 it prints the
wall-clock time of its first paint and quits, exactly as Buzón's start-up probe does."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


class Hello(QLabel):
    def __init__(self):
        super().__init__("Hello, world")
        self.seen = False

    def paintEvent(self, event):
        # Stamped when the paint event arrives, like Buzón's probe, before any painting.
        if not self.seen and os.environ.get("BUZON_EXIT_AFTER_PAINT") == "1":
            self.seen = True
            sys.stdout.write(f"buzon-first-paint {time.time():.6f}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.instance().quit)
        super().paintEvent(event)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = Hello()
    window.resize(400, 200)
    window.show()
    sys.exit(app.exec())
