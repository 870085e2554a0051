"""CLI subcommands, one module each.

Every module here defines `register(subparsers)`, which adds its parser(s) and sets
`handler=run_function` on them; a handler is called as `handler(args, ctx)` with an
`AppContext` and returns an exit code. `desktop.cli.COMMANDS` names each command's module,
one-line summary and example, so adding a command is adding a file and a line there.
"""
