"""Two windows as two people of one store's team on PostgreSQL (issue 18, "done when"): Wei
and his agent Mei, each logged in as their own role, each with a main window open on Lucía's
conversation. Each sees the other's reply arrive live (LISTEN/NOTIFY, no poll timer), named
in the list ("mei: …"), sees
"is replying…" while the other types, and sees the other's internal note in the chat; Lucía's
window, on the same server, shows neither the note nor the team's parts."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from desktop.core import access
from desktop.core.context import AppContext
from desktop.core.db import Database
from desktop.gui.app import create_app
from desktop.gui.models.conversations import ConversationRole
from desktop.gui.models.note_rows import is_note
from desktop.gui.session import Session


def _window(qtbot, data_dir, url, handle):
    from desktop.gui.views.main_window import MainWindow

    create_app("en")
    folder = data_dir / handle                 # each window its own settings, as on its own desktop
    folder.mkdir()
    s = Session(AppContext(data_dir=folder, database_url=url, user_handle=handle))
    s.start()
    qtbot.waitUntil(lambda: s.user is not None, timeout=15000)
    w = MainWindow(s)
    qtbot.addWidget(w)
    s.ready.emit(s.user)
    w.show()
    w.show_conversation(1)
    chat = w.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == 1 and chat.model is not None and chat.model.rowCount() > 0,
                    timeout=15000)
    return s, chat


def _texts(chat):
    return [r.text for r in chat.model.rows() if not is_note(r)]


def _preview(chat):
    """Conversation 1's preview in the list of the chat's window."""
    model = chat.window().messages.model
    n = model.row_of(1)
    return model.index(n).data(ConversationRole.PREVIEW) if n >= 0 else ""


def test_two_windows_of_one_team_see_each_other_live(qtbot, data_dir, pg_server, pg_url):
    owner = Database.open(pg_url)
    access.init(owner)
    access.demo_roles(owner)
    owner.close()
    name = make_url(pg_url).database
    people = {h: _window(qtbot, data_dir, pg_server.url(name, user=h, password=h), h) for h in ("wei", "mei", "lucia")}
    (wei, wei_chat), (mei, mei_chat), (_lucia, lucia_chat) = people["wei"], people["mei"], people["lucia"]
    try:
        assert not wei._timer.isActive() and not mei._timer.isActive()       # nobody polls
        # Mei types: Wei's window says so.
        qtbot.keyClicks(mei_chat.compose.edit, "Enviamos hoy")
        qtbot.waitUntil(lambda: wei_chat.team.presence.text() == "mei is replying…", timeout=15000)
        # Mei sends (nothing new from Lucía since she began: no question): Wei sees the reply, the line goes.
        mei_chat.compose.send_button.click()
        qtbot.waitUntil(lambda: "Enviamos hoy" in _texts(wei_chat), timeout=15000)
        qtbot.waitUntil(lambda: not wei_chat.team.presence.isVisible(), timeout=15000)
        # Wei's list names his colleague's reply (her users row read under his own role).
        qtbot.waitUntil(lambda: _preview(wei_chat) == "mei: Enviamos hoy", timeout=15000)
        # Wei answers from his window: Mei sees it.
        qtbot.keyClicks(wei_chat.compose.edit, "Con numero de seguimiento")
        # His reply starts from what is on screen, Mei's included (the first key's check runs
        # from the event loop, which keyClicks does not turn): else "mei replied meanwhile" asks.
        qtbot.waitUntil(lambda: wei_chat.team.check.seen == wei_chat.model.newest_stored_id(), timeout=5000)
        wei_chat.compose.send_button.click()
        qtbot.waitUntil(lambda: "Con numero de seguimiento" in _texts(mei_chat), timeout=15000)
        qtbot.waitUntil(lambda: _preview(mei_chat) == "wei: Con numero de seguimiento", timeout=15000)
        # Wei's internal note reaches Mei's chat, drawn as a note; Lucía sees both replies and no note.
        wei_chat.team.open_note()
        wei_chat.team.note_bar.edit.setText("Confirmar dirección antes de enviar")
        wei_chat.team.note_bar.submit()
        qtbot.waitUntil(lambda: any(is_note(r) and r.text.startswith("Confirmar") for r in mei_chat.model.rows()),
                        timeout=15000)
        qtbot.waitUntil(lambda: "Con numero de seguimiento" in _texts(lucia_chat), timeout=15000)
        assert not any(is_note(r) for r in lucia_chat.model.rows())
        qtbot.waitUntil(lambda: _preview(lucia_chat) == "Con numero de seguimiento", timeout=15000)   # names no one
        assert not lucia_chat.team.note_button.isVisible() and not lucia_chat.team.presence.isVisible()
    finally:
        for s, _chat in people.values():
            s.close()
