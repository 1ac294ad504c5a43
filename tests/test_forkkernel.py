"""Kernels forked from a zygote (funding.publish.forkkernel): the report's notebook process
runs each notebook in one, its imports done once.  The notebooks' own bytes are checked by
the report (diff of two report folders) and by nbval; this checks the kernel's process."""

from __future__ import annotations

import os

import nbformat

from funding.publish import notebooks as nbtools
from funding.publish.forkkernel import Zygote, _Forked

PROBE = ("import os, sys\n"
         "print(os.getcwd(), os.getppid() == int(os.environ['JPY_PARENT_PID']), os.getsid(0) == os.getpid(), 'wave' in sys.modules)")


def _run(km, cwd):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE), nbformat.v4.new_code_cell("6 * 7")])
    pid = km.provisioner.pid
    nbtools.execute_notebook(nb, cwd, km=km)
    return pid, nb.cells[0].outputs[0]["text"], nb.cells[1].outputs[0]["data"]["text/plain"], nb.cells[1].execution_count


def test_a_forked_kernel_is_a_fresh_kernel_of_its_own_with_the_zygotes_imports(tmp_path):
    zygote = Zygote({**os.environ, **nbtools.KERNEL_ENV}, preload=("wave",))
    try:
        km = nbtools.start_kernel(tmp_path, zygote)
        assert isinstance(km.provisioner.process, _Forked)
        pid, printed, result, count = _run(km, tmp_path)
        # In the folder asked for, a child of the zygote (which its parent poller watches), in a
        # session of its own (as jupyter_client starts a kernel), with the zygote's imports.
        assert printed == f"{tmp_path} True True True\n"
        assert (result, count) == ("42", 2)
        # Stopped and reaped by the zygote: the process is gone, not a zombie.
        try:
            os.kill(pid, 0)
            alive = True
        except ProcessLookupError:
            alive = False
        assert not alive
        # A kernel whose environment differs where the interpreter fixes it at start is started as usual.
        path = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(tmp_path / "elsewhere")) if p)
        with nbtools._environment({"PYTHONPATH": path}):
            other = nbtools.start_kernel(tmp_path, zygote)
        assert not isinstance(other.provisioner.process, _Forked)
        _, printed, result, _ = _run(other, tmp_path)
        assert printed == f"{tmp_path} True True False\n" and result == "42"
    finally:
        zygote.close()
    assert zygote.process.returncode == 0


def test_kernels_are_forked_only_on_linux_and_unless_the_user_says_not(monkeypatch):
    from funding.publish import forkkernel

    monkeypatch.delenv("FUNDING_FORK_KERNELS", raising=False)
    monkeypatch.setattr(forkkernel.sys, "platform", "linux")
    assert forkkernel.available()
    monkeypatch.setenv("FUNDING_FORK_KERNELS", "0")
    assert not forkkernel.available()
    monkeypatch.delenv("FUNDING_FORK_KERNELS")
    for other in ("darwin", "win32"):
        monkeypatch.setattr(forkkernel.sys, "platform", other)
        assert not forkkernel.available()
