"""Kernels forked from a zygote (funding.publish.forkkernel): the report's notebook process
runs each notebook in one, its imports done once.  The notebooks' own bytes are checked by
the report (diff of two report folders) and by nbval; this checks the kernel's process."""

from __future__ import annotations

import os
import time

import nbformat
import pytest

from funding.errors import SourceError
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


def _kill_when_running(mark, kill, limit: float = 60.0):
    """A thread that calls ``kill`` as soon as the cell under test has written ``mark`` (the kernel is
    then inside that cell), rather than after a fixed wait."""
    import threading

    def watch():
        deadline = time.monotonic() + limit
        while not mark.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        kill()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_a_kernel_whose_zygote_dies_mid_cell_fails_its_notebook_instead_of_hanging(tmp_path):
    """The kernel stops with its zygote; nbclient (with the asynchronous client start_kernel makes)
    sees it dead and the notebook fails, naming itself, instead of waiting for output for ever."""
    zygote = Zygote({**os.environ, **nbtools.KERNEL_ENV}, preload=())
    try:
        km = nbtools.start_kernel(tmp_path, zygote)
        mark = tmp_path / "running"
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
            f"import pathlib, time\npathlib.Path({str(mark)!r}).touch()\ntime.sleep(60)")])
        # Killed once the kernel is running the cell (the kernel stops with its parent).
        killer = _kill_when_running(mark, zygote.process.kill)
        with pytest.raises(SourceError) as raised:
            nbtools.execute_notebook(nb, tmp_path, km=km, source="probe.ipynb")
        killer.join()
        assert str(raised.value).startswith("probe.ipynb: found 'the kernel died"), str(raised.value)
        assert not km.has_kernel  # stopped and reaped
    finally:
        zygote.close()


def test_a_usual_kernel_killed_mid_cell_fails_its_notebook_instead_of_hanging(tmp_path):
    km = nbtools.start_kernel(tmp_path)
    mark = tmp_path / "running"
    # (a Markdown cell first: the cell is numbered among all cells, as a failing cell is, from the cell sent to the
    # kernel last, not from execution counts, which the kernel may not have reported before it was killed)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Probe"), nbformat.v4.new_code_cell("1 + 1"),
                                         nbformat.v4.new_code_cell(
        f"import pathlib, time\npathlib.Path({str(mark)!r}).touch()\ntime.sleep(60)")])
    killer = _kill_when_running(mark, km.provisioner.process.kill)
    with pytest.raises(SourceError) as raised:
        nbtools.execute_notebook(nb, tmp_path, km=km, source="probe.ipynb")
    killer.join()
    assert str(raised.value).startswith("probe.ipynb: found 'the kernel died in cell 3"), str(raised.value)


def test_nbval_starts_its_kernels_forked_exactly_where_the_report_would(request):
    """Under ``--nbval`` (make test) on Linux, nbval's kernel managers launch their kernels from
    a zygote (tests/conftest.py), as the report does: the notebooks' outputs are compared after a
    run in such a kernel; elsewhere, or with FUNDING_FORK_KERNELS=0, nbval's own managers."""
    import nbval.kernel
    from jupyter_client.manager import KernelManager
    from jupyter_client.provisioning import LocalProvisioner

    from funding.publish import forkkernel

    km = nbval.kernel.KernelManager(kernel_name=nbval.kernel.CURRENT_ENV_KERNEL_NAME,
                                    kernel_spec_manager=nbval.kernel.NbvalKernelspecManager())
    assert isinstance(km, KernelManager)
    on = request.config.getoption("nbval") or request.config.getoption("nbval_lax")
    if on and forkkernel.available():
        # Built for this manager, and nothing started yet (the zygote starts at the first kernel).
        assert type(km.provisioner).__name__ == "ForkProvisioner" and isinstance(km.provisioner, LocalProvisioner)
        assert km.provisioner.parent is km and km.provisioner.kernel_spec.argv[1:3] == ["-m", "ipykernel_launcher"]
        # A kernel of another interpreter is left to jupyter_client, wherever it runs.
        from jupyter_client.kernelspec import KernelSpec, KernelSpecManager

        class Other(KernelSpecManager):
            def get_kernel_spec(self, kernel_name):
                return KernelSpec(argv=["/elsewhere/python", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                                  display_name="another Python", language="python")

        assert nbval.kernel.KernelManager(kernel_name="other", kernel_spec_manager=Other()).provisioner is None
    else:
        assert km.provisioner is None  # jupyter_client makes its usual one when the kernel starts
