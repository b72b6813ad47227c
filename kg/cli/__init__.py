"""The `kg` command: thin Typer commands over importable functions.

Errors a user can cause (`KGError`) print one line and exit with code 2;
nothing prints a traceback unless KG_DEBUG=1.
"""

from __future__ import annotations

import os
import sys

import typer

from ..errors import KGError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Knowledge graphs from German political news.")

# Importing the command modules registers the commands (one module per command, as spaCy's CLI does).
from . import build, contradictions, export, ner, query, train, validate  # noqa: E402,F401,I001
from . import analyze, viz  # noqa: E402,F401
from . import push, serve  # noqa: E402,F401


def main(argv: list[str] | None = None) -> int:
    try:
        # without standalone mode click returns the code of a typer.Exit instead of raising it
        code = app(args=argv, standalone_mode=False)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        print("aborted", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            return 2
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for details)", file=sys.stderr)
        return 1
    return code if isinstance(code, int) else 0


def run() -> None:
    sys.exit(main())
