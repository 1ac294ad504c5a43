"""funding's command line run in a process forked from the test's, for the tests of its output, exit status and
one-line errors.

A cold ``python -m funding.cli`` costs about a second of CPU before the command starts (importing pandas and the
reader, compiling its patterns); twenty-odd such launches were a tenth of ``make test``'s CPU.  :func:`run` gives
what ``subprocess.run([sys.executable, "-m", "funding.cli", *args], capture_output=True, text=True)`` gives (a
:class:`subprocess.CompletedProcess` with the exit status and both streams as text) from a process of its own that
starts with the modules this one has imported:

- its own pid, working folder and environment (``cwd``, ``env``); standard input is ``/dev/null``, or ``input``;
- its standard output and error are files of its own (file descriptors 1 and 2, where anything the command or a
  library beneath it writes, even from C, ends up), read back as text like ``subprocess``'s ``text=True``;
- ``sys.argv`` as ``-m`` sets it; Python's warnings as a fresh interpreter has them (its default filters, then
  ``-W``/``PYTHONWARNINGS``, shown on standard error), not pytest's recorder, so a warning the command prints still
  counts as a line of its standard error;
- the exit status as the interpreter gives it: ``main()``'s return value, ``SystemExit``'s code (argparse), or 1
  with the traceback on standard error for an uncaught exception; the child ends with ``os._exit`` (no pytest
  teardown, no exit handlers, no buffer of this process flushed twice).

What it does not give is a fresh interpreter: the hash seed is this process's (``make test`` sets
PYTHONHASHSEED=0) and the command's modules are already imported.  The tests that are about the installed command
as a newsroom starts it (reading standard input, an ASCII terminal, the entry point itself) keep a real process.
"""

from __future__ import annotations

import io
import locale
import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

#: The warning filters of a fresh CPython 3 release build given no -W option (``python -c "import warnings;
#: print(warnings.filters)"``); -W and PYTHONWARNINGS options (``sys.warnoptions``) are added on top, as there.
_DEFAULT_FILTERS = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]


#: The streams' encoding: the locale's, which a fresh interpreter gives its standard streams and ``subprocess``'s
#: ``text=True`` decodes them with (UTF-8 under ``make test``, in the C locale too: PEP 538 and 540).
_ENCODING = locale.getpreferredencoding(False)


def _show_warning(msg) -> None:
    """Python's own ``warnings._showwarnmsg_impl``: the formatted warning on standard error."""
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    try:
        file.write(warnings._formatwarnmsg(msg))
    except OSError:
        pass


def _fresh_warnings() -> None:
    warnings.filters = [f for f in _DEFAULT_FILTERS]
    warnings._filters_mutated()
    warnings._processoptions(sys.warnoptions)
    warnings.onceregistry.clear()
    warnings.showwarning = warnings._showwarning_orig
    warnings._showwarnmsg_impl = _show_warning


def _child(args: tuple[str, ...], out: Path, err: Path, stdin: Path, cwd, env) -> None:
    status = 1
    try:
        for fd, path, flags in ((0, stdin, os.O_RDONLY), (1, out, os.O_WRONLY), (2, err, os.O_WRONLY)):
            opened = os.open(path, flags)
            os.dup2(opened, fd)
            os.close(opened)
        # the three streams a fresh interpreter makes on those descriptors (its encodings and error handlers)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding=_ENCODING)
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding=_ENCODING)
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding=_ENCODING,
                                      errors="backslashreplace", line_buffering=True)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if cwd is not None:
            os.chdir(cwd)
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        _fresh_warnings()
        from funding import cli

        sys.argv = [cli.__file__, *args]
        try:
            code = cli.main(list(args))
        except SystemExit as exc:
            code = exc.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code
        else:  # sys.exit("a message"): the message on stderr, status 1
            print(code, file=sys.stderr)
            status = 1
    except BaseException:
        try:
            traceback.print_exc(file=sys.stderr)
        except BaseException:
            pass
        status = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status & 0xFF)


def run(*args: str, cwd=None, env: dict | None = None, input: str | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """``funding *args`` in a process forked from this one (see the module's docstring)."""
    with tempfile.TemporaryDirectory(prefix="forked-cli-") as folder:
        out, err, stdin = (Path(folder) / name for name in ("stdout", "stderr", "stdin"))
        out.touch()
        err.touch()
        if input is None:
            stdin = Path(os.devnull)
        else:
            stdin.write_text(input, encoding=_ENCODING)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(args, out, err, stdin, cwd, env)  # never returns
        deadline = time.monotonic() + timeout
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise subprocess.TimeoutExpired(["funding", *args], timeout)
            time.sleep(0.005)
        return subprocess.CompletedProcess(
            ["funding", *args], os.waitstatus_to_exitcode(status),
            out.read_text(encoding=_ENCODING),
            err.read_text(encoding=_ENCODING),
        )
