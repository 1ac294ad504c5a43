"""Kernels forked from one process that has already imported what the notebooks import.

A notebook's kernel spends most of its start importing pandas, matplotlib, geopandas, IPython
and this package (1.1 to 2.1 s of CPU each, against 0.3 to 3 s for the notebook's own work).
A process running several notebooks one after another (the report's notebook process) starts
one :class:`Zygote` instead: a process of this Python, started with the kernels' environment
(:data:`funding.publish.notebooks.KERNEL_ENV`), that imports those modules once and then, for
each kernel asked of it, forks itself and runs ipykernel in the copy, exactly as
``python -m ipykernel_launcher -f CONNECTION_FILE`` would: in its own session, in the folder and
with the environment the kernel manager gives, its parent's death stopping it.  The imports are
paid once per report instead of once per notebook; what the notebook computes and shows is the
same: each notebook still runs in a kernel of its own, a fresh process, its cells numbered from
one, and what the imports print is dropped as a kernel's start drops it.

:class:`ForkProvisioner` is jupyter_client's :class:`LocalProvisioner` with its one
``Popen`` replaced by the fork: the kernel manager, nbclient and the kernel's messages are
unchanged.  (jupyter_client has no fork-server of its own; its provisioners are the place it
gives for launching kernels differently.)

Only a kernel whose environment matches the one the zygote was started with (the hash seed,
the backend, the import path) is forked; any other is started as usual.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

__all__ = ["Zygote", "ForkProvisioner", "PRELOAD", "available"]


def available() -> bool:
    """Whether kernels may be forked here: on Linux only (Windows has no ``fork``; on macOS a fork
    of a process that has loaded the system's frameworks may crash), and unless the environment
    says ``FUNDING_FORK_KERNELS=0``.  Elsewhere every kernel is started as usual: the same
    notebooks, the same outputs, each import paid again."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and os.environ.get("FUNDING_FORK_KERNELS", "1") != "0"

_KERNEL_INIT = (
    # what ipykernel imports as it starts a kernel (its debugger, completion, history): 0.1 s each
    "ipykernel.debugger", "IPython.core.debugger", "IPython.core.completerlib", "IPython.extensions.storemagic",
    "sqlite3", "tornado", "psutil",
)
#: What the zygote imports before it forks: the modules the notebooks' kernels import (each
#: a notebook imports, or ipykernel itself), in the order a kernel imports them.  A module
#: that fails to import is left for the notebook to import (and fail) itself.
PRELOAD = (
    "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell", "IPython", "IPython.display",
    "numpy", "pandas", "matplotlib", "matplotlib.pyplot", "shapely", "pyproj", "pyogrio", "geopandas",
    "funding.pipeline", "funding.tables.reading", "funding.reference.schemas", "funding.reference.rounds",
    "funding.publish.notebooks", "funding.viz.figures", "funding.viz.style", "funding.viz.charts", "funding.viz.maps",
    "funding.viz.need", "funding.analysis", "funding.analysis.need",
) + _KERNEL_INIT

#: Environment variables read when a module is imported or the interpreter starts: a kernel is
#: forked only when these are what the zygote started with.
_FIXED_AT_START = ("PYTHONHASHSEED", "PYTHONPATH", "MPLBACKEND", "MPLCONFIGDIR", "PYTHONDONTWRITEBYTECODE", "PYTHONWARNINGS")


class Zygote:
    """The process kernels are forked from (:func:`_zygote_main`), and its pipe: a request per
    line in, an answer per line out; one request at a time (a lock).  :meth:`close` ends it,
    killing and reaping any kernel still running, and reaps it."""

    def __init__(self, env: dict[str, str] | None = None, preload: tuple[str, ...] = PRELOAD) -> None:
        import subprocess

        self.env = dict(os.environ if env is None else env)
        self.lock = threading.Lock()
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from funding.publish.forkkernel import _zygote_main; _zygote_main()", *preload],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=self.env,
        )

    def accepts(self, env: dict[str, str]) -> bool:
        """Whether a kernel with environment ``env`` can be forked from this zygote."""
        return self.process.poll() is None and all(env.get(k) == self.env.get(k) for k in _FIXED_AT_START)

    def ask(self, request: dict):
        if self.process.poll() is not None:
            raise OSError(f"the kernel zygote stopped (exit {self.process.returncode})")
        with self.lock:
            self.process.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
            self.process.stdin.flush()
            answer = self.process.stdout.readline()
        if not answer:
            raise OSError(f"the kernel zygote stopped (exit {self.process.wait()})")
        got = json.loads(answer)
        if "error" in got:
            raise OSError(got["error"])
        return got["value"]

    def call(self, function: str, *args: str) -> int:
        """Call ``function`` (``"funding.module:name"``) with ``args`` in a fork of this zygote,
        its imports done; returns the fork's pid (its exit status: ``ask({"wait": pid})``, 0 when
        the function returned)."""
        return self.ask({"call": {"function": function, "args": list(args)}})

    def close(self) -> None:
        with self.lock:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        self.process.wait()


class _Forked:
    """The part of ``subprocess.Popen`` the provisioner uses, for a kernel forked by a zygote
    (which reaps it: ``poll`` and ``wait`` ask it)."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int, zygote: Zygote) -> None:
        self.pid, self.zygote, self.returncode = pid, zygote, None

    def poll(self):
        if self.returncode is None:
            try:
                self.returncode = self.zygote.ask({"poll": self.pid})
            except OSError:
                # The zygote is gone, and the kernel with it (its parent poller stops it when its
                # parent dies): reported as killed, so the kernel manager and nbclient see a dead
                # kernel and fail the notebook instead of waiting for a reply that cannot come.
                import signal

                self.returncode = -signal.SIGKILL
        return self.returncode

    def wait(self, timeout=None):
        """As ``Popen.wait``: the exit status, polled (the zygote answers one request at a time,
        so a blocking wait there would hold up every other kernel's)."""
        import subprocess
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(["ipykernel", str(self.pid)], timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.returncode is None:  # not reaped: the pid is still this kernel's
            os.kill(self.pid, signum)

    def kill(self) -> None:
        import signal

        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        import signal

        self.send_signal(signal.SIGTERM)


def _provisioner_class():
    from jupyter_client.provisioning import LocalProvisioner

    class ForkProvisioner(LocalProvisioner):
        """:class:`LocalProvisioner` launching its kernel by a fork of ``zygote`` (when the
        kernel's environment allows, else as usual)."""

        zygote: Zygote | None = None

        async def launch_kernel(self, cmd, **kwargs):
            env = kwargs.get("env") or dict(os.environ)
            zygote = self.zygote
            if zygote is None or not zygote.accepts(env) or cmd[1:3] != ["-m", "ipykernel_launcher"]:
                return await super().launch_kernel(cmd, **kwargs)
            cwd = str(kwargs.get("cwd") or Path.cwd())
            env = {**env, "JPY_PARENT_PID": str(zygote.process.pid)}
            pid = zygote.ask({"fork": {"argv": list(cmd[3:]), "cwd": cwd, "env": env}})
            self.process = _Forked(pid, zygote)
            self.pid = self.pgid = pid  # its own session, as launch_kernel starts a kernel
            self.cwd = cwd
            return self.connection_info

    return ForkProvisioner


def ForkProvisioner(km, zygote: Zygote):  # noqa: N802 - builds the class on first use (jupyter_client's import)
    """A provisioner for kernel manager ``km`` that forks its kernel from ``zygote``."""
    import uuid

    km.kernel_id = km.kernel_id or str(uuid.uuid4())
    provisioner = _provisioner_class()(kernel_id=km.kernel_id, kernel_spec=km.kernel_spec, parent=km)
    provisioner.zygote = zygote
    return provisioner


# --- the zygote itself --------------------------------------------------------------------------


def _zygote_main() -> None:
    """Import the modules named in its arguments (:data:`PRELOAD`), then answer requests on stdin until it closes: ``{"fork": …}`` (a
    kernel: its pid), ``{"poll": pid}`` (its exit status, or None while it runs) and
    ``{"wait": pid}``.  At the end, kernels still running are killed and every one reaped, so
    that their CPU time is counted with this process's."""
    import contextlib
    import gc
    import importlib
    import io
    import signal

    # Ctrl-C reaches the whole process group: the notebook process reports it and closes the
    # pipe, which ends this one (and its kernels, each in a session of its own).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.path and sys.path[0] in ("", os.getcwd()):  # as ipykernel_launcher: not the start folder
        del sys.path[0]
    requests = sys.stdin.buffer
    answers = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)  # anything a library prints goes to stderr; answers keep their own descriptor
    # What the imports print (pydevd's warning about frozen modules) is dropped, as a kernel
    # drops what its start prints (it goes to its output stream before any cell runs).
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        for name in sys.argv[1:]:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the notebook meets it itself
                pass
    gc.collect()
    gc.freeze()  # the imported objects are not traversed (and so not copied) in each kernel
    kernels: set[int] = set()

    def reply(value=None, error: str | None = None) -> None:
        answers.write((json.dumps({"error": error} if error else {"value": value}) + "\n").encode("utf-8"))

    try:
        for line in requests:
            request = json.loads(line)
            try:
                if "fork" in request or "call" in request:
                    pid = _fork(request, requests, answers)
                    kernels.add(pid)
                    reply(pid)
                elif "poll" in request or "wait" in request:
                    pid = request.get("poll", request.get("wait"))
                    done, status = os.waitpid(pid, os.WNOHANG if "poll" in request else 0)
                    if done:
                        kernels.discard(pid)
                    reply(os.waitstatus_to_exitcode(status) if done else None)
                else:
                    reply(error=f"unknown request {sorted(request)}")
            except ChildProcessError:
                kernels.discard(request.get("poll", request.get("wait")))
                reply(0)
            except Exception as exc:  # noqa: BLE001 - answered, the kernel manager raises it
                reply(error=f"{type(exc).__name__}: {exc}")
    finally:
        for pid in kernels:
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _fork(request: dict, requests, answers) -> int:
    """Fork; in the copy, become what ``python -m ipykernel_launcher ARGV`` started in
    ``spec["cwd"]`` with ``spec["env"]`` would be (``{"fork": spec}``), or call a function of
    this package (``{"call": {"function": "module:name", "args": [...]}}``, exit status 0 when
    it returns), in a session of its own either way."""
    spec = request.get("fork") or request["call"]
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        import signal

        signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a new interpreter
        os.setsid()
        if "numpy" in sys.modules:  # numpy's global generator would be the zygote's in every fork
            sys.modules["numpy"].random.seed()  # (Python's own random reseeds itself at fork)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        for fd in {requests.fileno(), answers.fileno()} - {0, 1, 2}:
            os.close(fd)
        os.dup2(2, 1)
        if "call" in request:
            import importlib

            module, _, name = spec["function"].partition(":")
            if not module.startswith("funding."):
                raise ValueError(f"not a function of this package: {spec['function']}")
            getattr(importlib.import_module(module), name)(*spec["args"])
        else:
            os.chdir(spec["cwd"])
            os.environ.clear()
            os.environ.update(spec["env"])
            import ipykernel_launcher
            from ipykernel import kernelapp

            sys.argv = [ipykernel_launcher.__file__, *spec["argv"]]
            kernelapp.launch_new_instance(argv=[*spec["argv"], f"--IPKernelApp.parent_handle={os.getppid()}"])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    except BaseException:  # noqa: BLE001 - a kernel that cannot start: its manager sees it exit (a call reports its own)
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
