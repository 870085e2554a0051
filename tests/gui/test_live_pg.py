"""Two windows' sessions as two agents of one store on PostgreSQL: each sees the other's reply
live, through LISTEN/NOTIFY (gui/live.py), with no poll timer running."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from desktop.core import access, messaging
from desktop.core.context import AppContext
from desktop.core.db import Database
from desktop.core.kinds import ChangeKind
from desktop.gui.app import create_app
from desktop.gui.session import Session


def _session(qtbot, data_dir, url, handle):
    create_app("en")
    s = Session(AppContext(data_dir=data_dir, database_url=url, user_handle=handle))
    s.start()
    qtbot.waitUntil(lambda: s.user is not None, timeout=15000)
    return s


def test_two_agents_see_each_others_replies_live(qtbot, data_dir, pg_server, pg_url):
    owner = Database.open(pg_url)
    access.init(owner)
    access.demo_roles(owner)
    access.create_user(owner, access.NewUser("ana", "agent", "shenzhen-tech", "Ana"), "ana")
    owner.close()
    name = make_url(pg_url).database
    wei = _session(qtbot, data_dir, pg_server.url(name, user="wei", password="wei"), "wei")
    ana = _session(qtbot, data_dir, pg_server.url(name, user="ana", password="ana"), "ana")
    try:
        assert not wei._timer.isActive() and not ana._timer.isActive()       # nobody polls
        arrived = {wei: set(), ana: set()}
        for session in (wei, ana):
            session.changed.connect(lambda n, seen=arrived[session]: seen.update(
                c.message_id for c in n.items if c.kind is ChangeKind.MESSAGE))
        for sender, receiver, text in ((wei, ana, "Lo enviamos hoy."), (ana, wei, "Y con número de seguimiento.")):
            sent = messaging.send(sender.db, sender.user, 1, text).message_id
            qtbot.waitUntil(lambda sent=sent, seen=arrived[receiver]: sent in seen, timeout=15000)   # the other has it
    finally:
        wei.close()
        ana.close()
