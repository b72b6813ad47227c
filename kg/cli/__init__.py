"""The `kg` command: thin Typer commands over importable functions.

Errors a user can cause (`KGError`) print one line and exit with code 2;
nothing prints a traceback unless KG_DEBUG=1.
"""

from __future__ import annotations

import os
import signal
import sys
import threading


def _interrupted_while_loading(signum, frame):  # Ctrl+C before main() can catch KeyboardInterrupt
    sys.stderr.write("interrupted\n")
    os._exit(130)


_LOADING = (threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler)
if _LOADING:
    signal.signal(signal.SIGINT, _interrupted_while_loading)

import typer  # noqa: E402

from ..errors import KGError  # noqa: E402

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Knowledge graphs from German political news.")

# Importing the command modules registers the commands (one module per command, as spaCy's CLI does).
from . import build, contradictions, export, ner, query, train, validate  # noqa: E402,F401,I001
from . import analyze, viz  # noqa: E402,F401
from . import push, serve  # noqa: E402,F401

if _LOADING:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def main(argv: list[str] | None = None) -> int:
    try:
        # without standalone mode click returns the code of a typer.Exit instead of raising it
        code = app(args=argv, standalone_mode=False)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        print("aborted", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        # usage errors: click's, or those of the copy of click that newer typer versions ship (typer._click)
        if any(cls.__name__ == "ClickException" for cls in type(exc).__mro__):
            exc.show()
            return 2
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for details)", file=sys.stderr)
        return 1
    if code == 130:  # typer turns KeyboardInterrupt into a silent exit code 130
        print("interrupted", file=sys.stderr)
    return code if isinstance(code, int) else 0


def run() -> None:
    code = main()
    # the work is done: a Ctrl+C while Python shuts down (freeing a large graph takes a while) changes nothing,
    # and would otherwise kill the process silently (Python restores the default SIGINT action at exit)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if code == 130:
        # Python 3.11 kills itself with SIGINT at exit when the KeyboardInterrupt went through exec() of a
        # string (dataclasses, namedtuples) even though it was handled: exit now, with the code we report
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    sys.exit(code)
