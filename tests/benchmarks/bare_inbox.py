"""The bare baseline of the window figures: a minimal PySide6 + sqlite3 program that opens the
same database file, reads what Buzón's first screen shows with one query, puts it in a
QListWidget and stamps the paint that shows it, then quits.

    python bare_inbox.py PATH/TO/buzon.sqlite3 [HANDLE]        # one member's conversation rows
    python bare_inbox.py PATH/TO/buzon.sqlite3 --products RESOURCES   # the catalogue's first cards

Conversation rows: peer name, last message, time, unread count (through the inbox index),
the first screen and a little more. Catalogue: the cards a 1180x760 window shows, each
picture decoded at the size a card shows it. With BUZON_EXIT_AFTER_PAINT=1 it prints
`buzon-first-paint <wall-clock time>`, with BUZON_EXIT_AFTER_PAINT=content
`buzon-content-paint <wall-clock time>` (the same moment: its first paint has the rows),
then `rows N`, and quits. No ORM, no migrations, no worker thread: what any program showing
these rows must at least do.
"""

import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QApplication, QListView, QListWidget, QListWidgetItem

SCREEN = 50          # rows of the first screen (and a little more), as the app's first page
CARDS = 15           # product cards a 1180x760 window shows
THUMB = 160          # the side a card's picture is decoded at

FIRST_SCREEN = """
SELECT CASE WHEN me.store_id IS NULL THEN s.name ELSE p.name END, m.text, m.kind,
       coalesce(m.sent_at, c.created_at), cm.unread_count
FROM conversation_members cm
JOIN users me ON me.id = cm.user_id
JOIN conversations c ON c.id = cm.conversation_id
JOIN users p ON p.id = c.buyer_id
JOIN stores s ON s.id = c.store_id
LEFT JOIN messages m ON m.id = (SELECT n.id FROM messages n WHERE n.conversation_id = cm.conversation_id
    AND n.id > cm.cleared_before_message_id
    AND NOT EXISTS (SELECT 1 FROM message_deletions d WHERE d.user_id = cm.user_id AND d.message_id = n.id)
    ORDER BY n.id DESC LIMIT 1)
WHERE me.handle = ? AND cm.hidden = 0
ORDER BY cm.last_activity_at DESC, cm.conversation_id DESC
LIMIT ?
"""

FIRST_CARDS = """
SELECT p.title, p.price_cents,
       (SELECT path FROM product_images i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1)
FROM products p ORDER BY p.store_id, p.id LIMIT ?
"""


class Screen(QListWidget):
    """Stamps its first paint (which has the rows: they are in before the window shows)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        probe = os.environ.get("BUZON_EXIT_AFTER_PAINT")
        if not self.seen and probe in ("1", "content"):
            self.seen = True
            tag = "buzon-first-paint" if probe == "1" else "buzon-content-paint"
            sys.stdout.write(f"{tag} {time.time():.6f}\nrows {self.count()}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.instance().quit)


def thumbnail(path: Path) -> QPixmap:
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    return QPixmap.fromImage(reader.read())


def main() -> int:
    path = sys.argv[1]
    app = QApplication(sys.argv[:1])
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    screen = Screen()
    if len(sys.argv) > 3 and sys.argv[2] == "--products":
        screen.setViewMode(QListView.ViewMode.IconMode)
        screen.setIconSize(QSize(THUMB, THUMB))
        for title, price, image in con.execute(FIRST_CARDS, (CARDS,)).fetchall():
            QListWidgetItem(QIcon(thumbnail(Path(sys.argv[3]) / image)), f"{title}\n{price / 100:.2f}", screen)
    else:
        handle = sys.argv[2] if len(sys.argv) > 2 else "wei"
        screen.setUniformItemSizes(True)
        for name, text, kind, at, unread in con.execute(FIRST_SCREEN, (handle, SCREEN)).fetchall():
            preview = text if kind == "text" else f"[{kind}]"
            badge = f"  ({unread})" if unread else ""
            QListWidgetItem(f"{name}{badge}\n{preview}\n{(at or '')[:16]}", screen)
    con.close()
    screen.resize(1180, 760)
    screen.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
