"""What migration 0009_store_keys changes, table by table (issue 18 §5, docs/scale.md).

Every row of a store's data carries `store_id`, taken from the row it belongs to, so that the
schema runs on Citus distributed by `store_id` without another migration: a foreign key between
two of these tables goes through `(store_id, …)` (a row cannot point at another store's
conversation, order, product, message or file), uniqueness is per store (a send's client id,
an order's number, a file's hash), and on PostgreSQL the primary keys start with `store_id`.
SQLite keeps its integer primary key (the rowid) and gets `UNIQUE (store_id, id)` for the
composite keys to point at.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """A foreign key `column -> table.id` that becomes `(store_id, column) -> table (store_id, id)`,
    under the same name."""

    name: str
    column: str
    table: str
    cascade: bool = True

    def old_sql(self) -> str:
        return f"CONSTRAINT {self.name} FOREIGN KEY({self.column}) REFERENCES {self.table} (id)" + self._on_delete()

    def new_sql(self) -> str:
        return (f"CONSTRAINT {self.name} FOREIGN KEY(store_id, {self.column}) "
                f"REFERENCES {self.table} (store_id, id)" + self._on_delete())

    def _on_delete(self) -> str:
        return " ON DELETE CASCADE" if self.cascade else ""


@dataclass(frozen=True)
class Keys:
    """One table's change. `parent` is where its store comes from, `(table, column)`: the row of
    `table` whose id is this row's `column` (None: it has `store_id` already). `pk` is its
    primary key without `store_id`; `unique` the single-column uniques that become per store;
    `parent_key`: other rows point at it by `(store_id, id)`."""

    table: str
    parent: tuple[str, str] | None
    pk: tuple[str, ...]
    refs: tuple[Ref, ...] = ()
    unique: tuple[str, ...] = ()
    parent_key: bool = False

    @property
    def adds_column(self) -> bool:
        return self.parent is not None or self.table == "attachments"

    def unique_old(self, column: str) -> str:
        return f"uq_{self.table}_{column}"

    def unique_new(self, column: str) -> str:
        return f"uq_{self.table}_store_id_{column}"

    @property
    def parent_unique(self) -> str:
        return f"uq_{self.table}_store_id_id"


def _conv(table: str, pk: tuple[str, ...], *more: Ref) -> Keys:
    """A table of a conversation's rows: its store is the conversation's."""
    return Keys(table, ("conversations", "conversation_id"), pk,
                (Ref(f"fk_{table}_conversation_id_conversations", "conversation_id", "conversations"), *more))


def _order(table: str, *more: Ref, parent_key: bool = False) -> Keys:
    return Keys(table, ("orders", "order_id"), ("id",),
                (Ref(f"fk_{table}_order_id_orders", "order_id", "orders"), *more), parent_key=parent_key)


def _message(table: str, pk: tuple[str, ...], *more: Ref) -> Keys:
    return Keys(table, ("messages", "message_id"), pk,
                (Ref(f"fk_{table}_message_id_messages", "message_id", "messages"), *more))


def _file(table: str) -> Ref:
    return Ref(f"fk_{table}_attachment_id_attachments", "attachment_id", "attachments", cascade=False)


# In the order they are changed: a table after the ones its store is read from.
TABLES: tuple[Keys, ...] = (
    Keys("products", None, ("id",), parent_key=True),
    Keys("product_variants", ("products", "product_id"), ("id",),
         (Ref("fk_product_variants_product_id_products", "product_id", "products"),)),
    Keys("product_images", ("products", "product_id"), ("id",),
         (Ref("fk_product_images_product_id_products", "product_id", "products"),)),
    Keys("orders", None, ("id",), unique=("number",), parent_key=True),
    _order("order_items", Ref("fk_order_items_product_id_products", "product_id", "products", cascade=False)),
    _order("tracking_events"),
    _order("cancellation_requests"),
    _order("disputes", parent_key=True),
    _order("order_events", parent_key=True),
    Keys("conversations", None, ("id",), parent_key=True),
    _conv("conversation_members", ("conversation_id", "user_id")),
    Keys("messages", ("conversations", "conversation_id"), ("id",),
         (Ref("fk_messages_conversation_id_conversations", "conversation_id", "conversations"),
          Ref("fk_messages_product_id_products", "product_id", "products", cascade=False),
          Ref("fk_messages_order_id_orders", "order_id", "orders", cascade=False)),
         unique=("client_id",), parent_key=True),
    _message("message_deletions", ("user_id", "message_id")),
    _message("message_translations", ("message_id", "target_lang")),
    _conv("drafts", ("user_id", "conversation_id")),
    Keys("store_labels", None, ("id",), parent_key=True),
    Keys("conversation_labels", ("conversations", "conversation_id"), ("conversation_id", "label_id"),
         (Ref("fk_conversation_labels_conversation_id_conversations", "conversation_id", "conversations"),
          Ref("fk_conversation_labels_label_id_store_labels", "label_id", "store_labels"))),
    Keys("response_episodes", None, ("id",),
         (Ref("fk_response_episodes_conversation_id_conversations", "conversation_id", "conversations"),)),
    _conv("assignments", ("conversation_id",)),
    _conv("internal_notes", ("id",)),
    _conv("presence", ("conversation_id", "user_id")),
    # a file's store: that of the first message, dispute or step it is attached to (a file
    # attached in several stores becomes one row per store: `FILE_COPIES`)
    Keys("attachments", None, ("id",), unique=("sha256",), parent_key=True),
    _message("message_attachments", ("message_id", "attachment_id"), _file("message_attachments")),
    Keys("dispute_evidence", ("disputes", "dispute_id"), ("dispute_id", "attachment_id"),
         (Ref("fk_dispute_evidence_dispute_id_disputes", "dispute_id", "disputes"), _file("dispute_evidence"))),
    Keys("order_event_evidence", ("order_events", "event_id"), ("event_id", "attachment_id"),
         (Ref("fk_order_event_evidence_event_id_order_events", "event_id", "order_events"),
          _file("order_event_evidence"))),
)
BY_NAME = {k.table: k for k in TABLES}
# `UNIQUE (store_id, id)`: made on SQLite only (on PostgreSQL the primary key is those columns)
PARENT_UNIQUES = frozenset(k.parent_unique for k in TABLES if k.parent_key)

# The tables that point at a file, with the column giving the row's own parent.
FILE_LINKS = ("message_attachments", "dispute_evidence", "order_event_evidence")
FILE_STORE = """(SELECT min(s) FROM (
    SELECT m.store_id AS s FROM message_attachments l JOIN messages m ON m.id = l.message_id
     WHERE l.attachment_id = t.id
    UNION ALL SELECT d.store_id FROM dispute_evidence l JOIN disputes d ON d.id = l.dispute_id
     WHERE l.attachment_id = t.id
    UNION ALL SELECT e.store_id FROM order_event_evidence l JOIN order_events e ON e.id = l.event_id
     WHERE l.attachment_id = t.id) AS x)"""


def file_copies(link: str) -> list[str]:
    """After the links have their store: a file attached in another store than its row's gets a
    row of its own there (same hash, same file on disk), and the link points at it."""
    return [
        "INSERT INTO attachments (store_id, sha256, mime, bytes, width, height, safe_name, created_at) "
        "SELECT DISTINCT l.store_id, a.sha256, a.mime, a.bytes, a.width, a.height, a.safe_name, a.created_at "
        f"FROM {link} l JOIN attachments a ON a.id = l.attachment_id WHERE a.store_id <> l.store_id "
        "AND NOT EXISTS (SELECT 1 FROM attachments b WHERE b.store_id = l.store_id AND b.sha256 = a.sha256)",
        f"UPDATE {link} SET attachment_id = (SELECT b.id FROM attachments a JOIN attachments b "
        f"ON b.sha256 = a.sha256 AND b.store_id = {link}.store_id WHERE a.id = {link}.attachment_id) "
        f"WHERE EXISTS (SELECT 1 FROM attachments a WHERE a.id = {link}.attachment_id "
        f"AND a.store_id <> {link}.store_id)",
    ]


def file_merges(link: str) -> list[str]:
    """The downgrade: files are one row per hash again; links point at the oldest row."""
    return [f"UPDATE {link} SET attachment_id = (SELECT min(b.id) FROM attachments a JOIN attachments b "
            f"ON b.sha256 = a.sha256 WHERE a.id = {link}.attachment_id)"]


DROP_FILE_COPIES = ("DELETE FROM attachments WHERE id <> (SELECT min(b.id) FROM attachments b "
                    "WHERE b.sha256 = attachments.sha256)")


def store_of(keys: Keys) -> str:
    """The SQL giving the store of the row `t` of `keys.table` (on SQLite's copy)."""
    if keys.table == "attachments":
        return FILE_STORE
    assert keys.parent is not None
    table, column = keys.parent
    return f"(SELECT p.store_id FROM {table} p WHERE p.id = t.{column})"


CHANGE_STORE = ("UPDATE change_log SET store_id = COALESCE("
                "(SELECT c.store_id FROM conversations c WHERE c.id = change_log.conversation_id), "
                "(SELECT o.store_id FROM orders o WHERE o.id = change_log.order_id))")
