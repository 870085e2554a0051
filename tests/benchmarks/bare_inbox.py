"""The bare baseline of the window figure at scale: a minimal PySide6 + sqlite3 program that
opens the same database file, reads the first screen of one member's conversation rows (peer
name, last message, time, unread count) with one query through the inbox index, puts them in
a QListWidget and stamps its first paint.

    python bare_inbox.py PATH/TO/buzon.sqlite3 [HANDLE]

With BUZON_EXIT_AFTER_PAINT=1 it prints `buzon-first-paint <wall-clock time>` when the list's
first paint event arrives (as Buzón's start-up probe does) and `rows N`, then quits.
"""

import os
import sqlite3
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget

SCREEN = 50          # rows of the first screen (and a little more), as the app's first page

FIRST_SCREEN = """
SELECT p.name, m.text, m.kind, coalesce(m.sent_at, c.created_at), cm.unread_count
FROM conversation_members cm
JOIN conversations c ON c.id = cm.conversation_id
JOIN users p ON p.id = c.buyer_id
LEFT JOIN messages m ON m.id = (SELECT n.id FROM messages n WHERE n.conversation_id = cm.conversation_id
    AND n.id > cm.cleared_before_message_id
    AND NOT EXISTS (SELECT 1 FROM message_deletions d WHERE d.user_id = cm.user_id AND d.message_id = n.id)
    ORDER BY n.id DESC LIMIT 1)
WHERE cm.user_id = (SELECT id FROM users WHERE handle = ?) AND cm.hidden = 0
ORDER BY cm.last_activity_at DESC, cm.conversation_id DESC
LIMIT ?
"""


class Inbox(QListWidget):
    def __init__(self, rows):
        super().__init__()
        self.seen = False
        self.setUniformItemSizes(True)
        for name, text, kind, at, unread in rows:
            preview = text if kind == "text" else f"[{kind}]"
            badge = f"  ({unread})" if unread else ""
            self.addItem(f"{name}{badge}\n{preview}\n{at[:16]}")
        self.count_loaded = len(rows)

    def paintEvent(self, event):
        if not self.seen and os.environ.get("BUZON_EXIT_AFTER_PAINT") == "1":
            self.seen = True
            sys.stdout.write(f"buzon-first-paint {time.time():.6f}\nrows {self.count_loaded}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.instance().quit)
        super().paintEvent(event)


def main() -> int:
    path, handle = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "wei"
    app = QApplication(sys.argv[:1])
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute(FIRST_SCREEN, (handle, SCREEN)).fetchall()
    con.close()
    window = Inbox(rows)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
