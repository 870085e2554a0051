"""The seam between the window and the core: one module per domain, each function taking
what it needs and returning an `Op` ready for `.on_success(...).on_failure(...).run()`.

    ops.conversations.mark_read(session, conversation_id).run()
    ops.messages.send(session, request).on_success(shown).on_failure(failed).run()

This package is the only place the GUI reaches the core for work and the workers
(a test checks views and models for it): views and models call these functions and get
typed values back (frozen dataclasses, enums), never write a closure over the core.
docs/architecture.md shows how to add one.
"""
