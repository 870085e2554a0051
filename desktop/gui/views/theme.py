"""Colours and sizes shared by the views and delegates (the marketplace's orange-red)."""

from PySide6.QtGui import QColor

ACCENT = QColor("#E62E04")
ACCENT_SOFT = QColor("#FFE9E1")
MINE_BUBBLE = QColor("#FFE3D6")
THEIR_BUBBLE = QColor("#FFFFFF")
CHAT_BACKGROUND = QColor("#F3F4F6")
TEXT = QColor("#1F2328")
MUTED = QColor("#6B7280")
READ = QColor("#2E7D32")
FAILED = QColor("#C62828")
BORDER = QColor("#E2E4E8")
UNREAD_BADGE = QColor("#FF4747")

STYLE = """
QMainWindow, QWidget#page { background: #FFFFFF; }
QFrame#welcomeStrip { background: #FFF4EF; border-bottom: 1px solid #F3B5A6; }
QFrame#welcomeStrip QLabel { color: #1F2328; }
QListWidget#nav { background: #F7F7F8; border: none; border-right: 1px solid #E2E4E8; color: #1F2328;
                  font-size: 13px; padding-top: 8px; }
QListWidget#nav::item { padding: 12px 10px; border-left: 3px solid transparent; outline: none; }
QListWidget#nav:focus { outline: none; }
QListWidget#nav::item:selected { background: #FFE9E1; color: #E62E04; border-left: 3px solid #E62E04; }
QPushButton#primary { background: #E62E04; color: white; border: none; border-radius: 16px;
                      padding: 7px 18px; font-weight: bold; }
QPushButton#primary:disabled { background: #F3B5A6; }
QPushButton#primary:hover { background: #C92804; }
QLabel#h1 { font-size: 20px; font-weight: bold; }
QLabel#price { font-size: 22px; font-weight: bold; color: #E62E04; }
QLabel#muted { color: #6B7280; }
QLabel#emptyState { color: #6B7280; padding: 24px; qproperty-alignment: AlignCenter; }
QLabel#chip { border: 1px solid #D0D4DA; border-radius: 10px; padding: 3px 10px; }
QFrame#chatHeader { border-bottom: 1px solid #E2E4E8; background: #FFFFFF; }
QFrame#compose { border-top: 1px solid #E2E4E8; background: #FFFFFF; }
QPlainTextEdit#composeEdit { border: 1px solid #D0D4DA; border-radius: 8px; padding: 4px; }
QListView#messages { background: #F3F4F6; border: none; }
QListView#conversations { border: none; border-right: 1px solid #E2E4E8; }
QFrame#buyerPanel { border-left: 1px solid #E2E4E8; background: #FFFFFF; }
QLabel#h2 { font-weight: bold; margin-top: 8px; }
QFrame#buyerPanel QListWidget { background: #FFFFFF; }
QFrame#buyerPanel QListWidget::item { background: #F7F7F8; border-radius: 6px; padding: 4px; color: #1F2328; }
QListWidget#buyerOrders::item:hover { background: #FFE9E1; }
QFrame#quickReplyPopup { background: #FFFFFF; border: 1px solid #D0D4DA; border-radius: 8px; }
"""
