"""A conversation's messages with their attachments and cached translations, read for each
page by the conversation's id range (messaging._extras): every message gets exactly its own,
in position order, whatever other conversations' messages lie in the same id range, and a
message deleted for me brings none."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core import conversations, messaging
from desktop.core import schema as m


def expected(db, message_id: int) -> tuple[list[str], dict]:
    """One message's attachments (hashes, in position order) and translations, asked one by one."""
    def run(s):
        atts = [a.sha256 for a in s.scalars(
            select(m.Attachment).join(m.MessageAttachment).where(m.MessageAttachment.message_id == message_id)
            .order_by(m.MessageAttachment.position))]
        trans = {t.target_lang: t.text for t in s.scalars(
            select(m.MessageTranslation).where(m.MessageTranslation.message_id == message_id))}
        return atts, trans

    return db.read(run)


def test_each_message_gets_its_own_attachments_and_translations(db, lucia):
    # Two conversations written in turn, so each one's id range holds the other's messages.
    mine, other = 3, 1
    sent = {mine: [], other: []}
    for n in range(12):
        for cid, who in ((mine, lucia), (other, lucia)):
            sent[cid].append(messaging.send(db, who, cid, f"mensaje {cid}-{n}").message_id)

    def decorate(s):
        for cid, ids in sent.items():
            store = s.get(m.Conversation, cid).store_id
            for n, mid in enumerate(ids):
                if n % 3 == 0:                      # two pictures, stored in reverse position order
                    for pos in (1, 0):
                        a = m.Attachment(store_id=store, sha256=f"{cid:02d}{n:02d}{pos}".ljust(64, "0"), mime="image/jpeg",
                                         bytes=100 + pos, width=10, height=10, safe_name=f"p{pos}.jpg")
                        s.add(a)
                        s.flush()
                        s.add(m.MessageAttachment(store_id=store, message_id=mid, attachment_id=a.id, position=pos))
                if n % 2 == 0:
                    s.add(m.MessageTranslation(store_id=store, message_id=mid, target_lang="en", text=f"message {cid}-{n}"))
                    s.add(m.MessageTranslation(store_id=store, message_id=mid, target_lang="zh", text=f"消息 {cid}-{n}"))

    db.write(decorate)
    gone = sent[mine][3]                              # has pictures; deleted for lucia only
    conversations.delete_for_me(db, lucia, mine, gone)

    rows = list(messaging.iter_rows(db, lucia, mine, batch=5))      # pages of 5: several ranges
    assert gone not in [r.id for r in rows]
    ours = [r for r in rows if r.id in sent[mine]]
    assert [r.id for r in ours] == [mid for mid in sent[mine] if mid != gone]
    for r in rows:
        atts, trans = expected(db, r.id)
        assert [a.sha256 for a in r.attachments] == atts
        assert r.translations == trans
    assert sum(len(r.attachments) for r in ours) == 2 * 3     # messages 0, 6, 9 (3 was deleted)
    assert sum(len(r.translations) for r in ours) == 2 * 6

    by_id = messaging.rows_by_id(db, lucia, mine, [sent[mine][0], gone, sent[mine][5], sent[mine][6]])
    assert gone not in by_id
    assert [a.sha256 for a in by_id[sent[mine][6]].attachments] == expected(db, sent[mine][6])[0]
    assert by_id[sent[mine][5]].attachments == () and by_id[sent[mine][5]].translations == {}
