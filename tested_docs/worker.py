"""Snippets run in a long-lived worker process, with a time limit, named on failure.

:class:`Worker` (the test side) starts ``python -m tested_docs.worker`` once and
sends it one snippet at a time over a pipe; the worker imports torch, numpy, pandas
and matplotlib once and runs each snippet in-process
(:func:`tested_docs.snippets.run_in_process`), which is what makes the harness fast.
It is also what makes it safe:

* a snippet that runs longer than its limit (``Snippet.timeout``: 60 s, or its
  ``# timeout: N`` line) is stopped by killing the worker; the test fails naming the
  file and the limit, and a fresh worker serves the next snippet;
* a snippet that kills the interpreter (``os._exit``, a segfault) ends the worker;
  the test fails naming the file, the exit status and the worker's last words
  (faulthandler prints the Python stack of a crash), and a fresh worker takes over.

A notebook is run the same way, one cell (snippet) at a time in one namespace.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Self

from tested_docs.layout import layout
from tested_docs.snippets import (
    Run,
    Snippet,
    SnippetFailed,
    execute,
    preload,
    prepare_process,
    reset_global_state,
    run_in_process,
)

# What the snippets' outputs depend on beyond their code: the vector instructions of
# torch's own kernels (ATen). On a CPU with AVX-512, torch uses it by default and its
# reductions add in another order; after hundreds of training steps a few outputs differ
# in their last digits (on 5 December 2026: 6 of 469 snippets, all training loops, and
# their 3 notebooks). The committed outputs are those of the AVX2 kernels, which every
# x86-64 CPU of the last decade runs; the install page tells readers how to get them.
#
# The same holds for Intel's MKL, which torch's matrix products call: it picks its
# kernels by the CPU's make and instructions. On 6 December 2026, on an Intel Xeon with
# AVX-512 and AMX, 10 snippets printed or drew other digits than the committed outputs
# (made on AMD and AVX2 machines); ``MKL_CBWR=COMPATIBLE`` (MKL's "conditional numerical
# reproducibility" mode) gives the same digits on every x86-64 CPU, and all 10 passed.
#
# And for oneDNN, which torch's convolutions call: it compiles its kernels for the
# CPU's widest instructions (``ONEDNN_VERBOSE=1`` names them). On 6 December 2026, on
# an AMD EPYC with AVX-512, where it compiled AVX-512 kernels, 3 convolutional
# trainings printed other digits than on the Intel Xeon above.
# ``ONEDNN_MAX_CPU_ISA=AVX2`` makes it compile its AVX2 kernels on every CPU, as the
# two settings above do for ATen and MKL. With it, 2 of the 3 print the Intel Xeon's
# digits on the EPYC; LeNet's exercises 2 and 3 and exercise 4's figure were made
# again there.
SNIPPET_ENVIRONMENT = {
    "ATEN_CPU_CAPABILITY": "avx2",
    "MKL_CBWR": "COMPATIBLE",
    "ONEDNN_MAX_CPU_ISA": "AVX2",
}


def snippet_environment() -> dict[str, str]:
    """The environment a snippet runs in: this process's, with SNIPPET_ENVIRONMENT."""
    return {**os.environ, **SNIPPET_ENVIRONMENT}


def _worker_environment() -> dict[str, str]:
    """The worker's environment: :func:`snippet_environment`, and idle OpenMP threads
    sleep instead of spinning.

    With one worker per core (pytest-xdist), torch's spinning threads would fight the
    other worker's for the cores; measured on 2 cores, a chapter's snippets ran twice
    as fast with ``OMP_WAIT_POLICY=PASSIVE``. It changes no result, only how idle
    threads wait, and a value set by the caller wins.
    """
    return {"OMP_WAIT_POLICY": "PASSIVE", **snippet_environment()}


class Worker:
    """One worker process, restarted after a timeout or a crash."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self._connection: Connection | None = None
        # What the worker prints itself (a crash's stack): shown when it dies.
        self._log = tempfile.TemporaryFile(mode="w+b", prefix="snippet-worker-")  # noqa: SIM115

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the process now (it imports the libraries while the caller works)."""
        if self._process is not None:
            return
        ours, theirs = multiprocessing.Pipe()
        self._log.seek(0)
        self._log.truncate()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tested_docs.worker", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
            cwd=layout().root,
            env=_worker_environment(),
        )
        theirs.close()
        self._connection = ours

    def close(self) -> None:
        self._log.close()
        if self._connection is not None:
            self._connection.close()
        if self._process is not None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = self._connection = None

    def restart(self) -> None:
        """A fresh process for the next snippet (nothing the last one ran is left)."""
        self._kill()
        self.start()

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None

    def call(self, request: tuple, *, name: str, timeout: float) -> Any:
        """Send one request; its answer, or SnippetFailed naming ``name``."""
        self.start()
        assert self._connection is not None and self._process is not None
        connection, process = self._connection, self._process
        connection.send(request)
        if not connection.poll(timeout):
            self._kill()
            self.start()  # the next snippet gets a fresh worker, already importing
            raise SnippetFailed(
                f"{name} ran longer than its time limit of {timeout:g} s and was "
                "stopped (a loop that never ends? a training run that needs "
                'more time can say so in a first line "# timeout: <seconds>")'
            )
        try:
            status, value = connection.recv()
        except (EOFError, ConnectionError):
            code = process.wait()
            self._process = None
            connection.close()
            self._connection = None
            raise SnippetFailed(
                f"{name} killed the Python interpreter ({_exit_status(code)})"
                f"{self._last_words()}"
            ) from None
        if status == "failed":
            raise SnippetFailed(value)
        return value

    def _last_words(self) -> str:
        self._log.seek(0)
        text = self._log.read().decode("utf-8", errors="replace").strip()
        return f"; the worker's last output:\n{text[-3000:]}" if text else ""

    # The requests.

    def run(
        self, snippet: Snippet, workdir: Path, *, threads: int | None = None
    ) -> Run:
        """Run a snippet as ``python snippet.py`` would (state reset around it)."""
        return self._run("run", snippet, workdir, threads)

    def new_namespace(self) -> None:
        """A fresh kernel for the cells that follow: state reset, empty namespace."""
        self.call(("namespace",), name="a new notebook namespace", timeout=60)

    def run_cell(
        self, snippet: Snippet, workdir: Path, *, threads: int | None = None
    ) -> Run:
        """Run a snippet as a notebook cell, after the cells run before it."""
        return self._run("cell", snippet, workdir, threads)

    def _run(
        self, kind: str, snippet: Snippet, workdir: Path, threads: int | None
    ) -> Run:
        request = (kind, str(snippet.path), str(workdir), threads)
        return self.call(request, name=snippet.relpath, timeout=snippet.timeout)


def _exit_status(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def serve(connection: Connection) -> None:
    """The worker's loop: answer requests until the test side closes the pipe."""
    namespace: dict = {}
    while True:
        try:
            request = connection.recv()
        except (EOFError, ConnectionError):
            return
        kind, *args = request
        try:
            if kind == "run":
                path, workdir, threads = args
                answer: Any = run_in_process(
                    Snippet(Path(path)), Path(workdir), threads=threads
                )
            elif kind == "namespace":
                reset_global_state()
                namespace = {"__name__": "__main__"}
                answer = None
            elif kind == "cell":
                path, workdir, threads = args
                answer = execute(
                    Path(path), Path(workdir), namespace=namespace, threads=threads
                )
            else:
                raise ValueError(f"unknown request {kind!r}")
        except SnippetFailed as error:
            connection.send(("failed", str(error)))
        else:
            connection.send(("ok", answer))


def main() -> None:
    # A crash prints the Python stack into the worker's log, through a descriptor of
    # its own: descriptor 2 is a snippet's captured stderr while the snippet runs.
    crash_log = os.fdopen(os.dup(2), "w")
    faulthandler.enable(file=crash_log)
    prepare_process()
    preload()  # imports torch, numpy, pandas and matplotlib once
    serve(Connection(int(sys.argv[1])))
    sys.stdout.flush()
    os._exit(0)  # do not wait for threads a snippet may have left running


if __name__ == "__main__":
    main()
