"""GPU parity: run every snippet with CUDA as torch's default device, compare with its .out.

`./dev gpu-check` (or `.venv/bin/python scripts/gpu_check.py`) runs each snippet as the
tests do (`tested_docs.snippets.execute`, a fresh scratch folder, the global state reset,
the snippets' environment), except that `torch.set_default_device("cuda")` comes first,
so every tensor a snippet creates without a `device=` lands on the GPU. It then says, per
snippet, how what it printed compares with the committed `.out`:

  identical                     the same text
  differs only in device names  the same once `device='cuda:0'`, `cuda:0`,
                                `device(type='cuda', index=0)` are read as the CPU
  differs in digits             the same text around other numbers (or a figure differs)
  differs in text               another difference (`True` for `False`, another message)
  raises                        the snippet raised, crashed or hung; the reason follows

Where torch sees no CUDA GPU it says so in one line and exits 0: there is nothing to
compare. Each chapter's snippets run in one child process (one torch import), chapters in
parallel (`--jobs`); a snippet that kills or hangs its process is reported as raising and
the rest of its chapter goes on in a new one. `-k TEXT` keeps the snippets whose
`chapter/name` contains TEXT; `--json FILE` also writes every result with its output. `--device cpu` runs the same
machinery with the CPU as the default device (every snippet whose snippet test passes
on that machine should then be identical): a check of this command without a GPU.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from tested_docs.snippets import same_figure

IDENTICAL = "identical"
DEVICE_NAMES = "differs only in device names"
DIGITS = "differs in digits"
TEXT = "differs in text"
RAISES = "raises"
CATEGORIES = (IDENTICAL, DEVICE_NAMES, DIGITS, TEXT, RAISES)

# How a CUDA tensor or device prints, and what the same thing prints on the CPU.
_DEVICE_KWARG = re.compile(
    r",\s*device='cuda(?::\d+)?'"
)  # tensor([1.], device='cuda:0')
_DEVICE_REPR = re.compile(r"device\(type='cuda'(?:, index=\d+)?\)")
_DEVICE_NAME = re.compile(r"\bcuda(?::\d+)?\b")
_NUMBER = re.compile(r"[-+]?(?:\d[\d_,]*\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|\bnan\b|\binf\b")
_SPACE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    """Runs of white space as one space: a longer number or an added `device=` moves
    the padding and the line breaks of a printed tensor."""
    return _SPACE.sub(" ", text).strip()


def _masked(text: str) -> str:
    """Every number as #, without white space (a number's width moves the padding)."""
    return _SPACE.sub("", _NUMBER.sub("#", text))


def as_cpu(text: str) -> str:
    """The text with every CUDA device name read as the CPU's."""
    text = _DEVICE_KWARG.sub("", text)
    text = _DEVICE_REPR.sub("device(type='cpu')", text)
    return _DEVICE_NAME.sub("cpu", text)


def classify(expected: str, actual: str | None, error: str | None = None) -> str:
    """One of CATEGORIES: how `actual` (what the snippet printed with CUDA as the default
    device) compares with `expected` (its committed .out); `error` set means it raised."""
    if error is not None or actual is None:
        return RAISES
    if actual == expected:
        return IDENTICAL
    expected_cpu, actual_cpu = as_cpu(expected), as_cpu(actual)
    if _squeeze(expected_cpu) == _squeeze(actual_cpu):
        # the same once CUDA reads as the CPU; white space alone is no device change
        return DEVICE_NAMES if actual_cpu != actual else TEXT
    if _masked(expected_cpu) == _masked(actual_cpu):
        return DIGITS
    return TEXT


@dataclass
class Result:
    name: str
    category: str
    reason: str = ""
    stdout: str | None = None


# --- the child: runs one chapter's snippets in this process -------------------------


def child(device: str, results_file: str, paths: list[str]) -> None:
    import torch

    from tested_docs.snippets import (
        SnippetFailed,
        execute,
        prepare_process,
        reset_global_state,
    )

    prepare_process()
    with open(results_file, "a", encoding="utf-8") as results:
        for path in paths:
            with tempfile.TemporaryDirectory(prefix="gpu-check-") as workdir:
                reset_global_state()
                torch.set_default_device(device)
                record: dict = {"path": path}
                try:
                    run = execute(Path(path), Path(workdir))
                    record["stdout"] = run.stdout
                    record["figures"] = {k: v.hex() for k, v in run.figures.items()}
                except SnippetFailed as failure:
                    record["error"] = str(failure)
                finally:
                    torch.set_default_device(None)
            results.write(json.dumps(record) + "\n")
            results.flush()


# --- the parent ------------------------------------------------------------------------


def _run_child(
    snippets: list, device: str, timeout: float
) -> tuple[dict[str, dict], str]:
    """Run the snippets in one child; (records by path, how the child ended)."""
    from tested_docs.worker import snippet_environment

    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as handle:
        results_file = handle.name
    command = [sys.executable, __file__, "--child", device, results_file]
    command += [str(s.path) for s in snippets]
    try:
        completed = subprocess.run(
            command,
            env=snippet_environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
        )
        ended = f"exit status {completed.returncode}"
        if completed.returncode != 0:
            last = completed.stderr.decode(errors="replace").strip().splitlines()[-1:]
            ended += f": {last[0]}" if last else ""
    except subprocess.TimeoutExpired:
        ended = f"ran past the limit of {timeout:.0f} s"
    text = Path(results_file).read_text(encoding="utf-8")
    os.unlink(results_file)
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {r["path"]: r for r in records}, ended


def _compare(snippet, record: dict) -> Result:
    expected = snippet.output_path.read_text(encoding="utf-8")
    if "error" in record:
        reason = record["error"].splitlines()[0]
        return Result(snippet.name, RAISES, reason)
    stdout = record["stdout"]
    category = classify(expected, stdout)
    changed = [
        name
        for name, data in sorted(record.get("figures", {}).items())
        if (snippet.figure_dir / name).exists()
        and not same_figure(
            (snippet.figure_dir / name).read_text(encoding="utf-8"),
            bytes.fromhex(data).decode("utf-8"),
        )
    ]
    if changed and category in (IDENTICAL, DEVICE_NAMES):
        category = DIGITS  # a figure's coordinates are the numbers it draws
    reason = f"figure differs: {', '.join(changed)}" if changed else ""
    return Result(snippet.name, category, reason, stdout)


def check_chapter(snippets: list, device: str = "cuda") -> list[Result]:
    results: dict[str, Result] = {}
    pending = list(snippets)
    while pending:
        timeout = sum(s.timeout for s in pending) + 60
        records, ended = _run_child(pending, device, timeout)
        for snippet in pending:
            if str(snippet.path) in records:
                results[snippet.name] = _compare(snippet, records[str(snippet.path)])
        pending = [s for s in pending if s.name not in results]
        if pending:  # the child ended while it ran this one
            culprit = pending.pop(0)
            results[culprit.name] = Result(culprit.name, RAISES, f"process {ended}")
    return [results[s.name] for s in snippets]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", dest="select", default="", help="chapter/name contains")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument("--device", default="cuda", help="the default device (cuda)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], args.child[2:])
        return 0

    import torch

    if args.device.startswith("cuda") and not torch.cuda.is_available():
        print(
            "gpu-check: no CUDA GPU here (torch.cuda.is_available() is False), nothing to compare"
        )
        return 0

    from tested_docs.snippets import all_snippets

    snippets = [s for s in all_snippets() if args.select in s.name]
    chapters: dict[str, list] = {}
    for snippet in snippets:
        chapters.setdefault(snippet.chapter, []).append(snippet)
    where = (
        torch.cuda.get_device_name(0) if args.device.startswith("cuda") else args.device
    )
    print(
        f"gpu-check: {len(snippets)} snippets, default device {args.device} ({where})"
    )
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        runs = pool.map(
            lambda group: check_chapter(group, args.device), chapters.values()
        )
        results = [result for chapter in runs for result in chapter]
    for result in results:
        line = f"{result.category:30} {result.name}"
        print(f"{line}  ({result.reason})" if result.reason else line)
    counts = Counter(r.category for r in results)
    print("summary: " + ", ".join(f"{counts[c]} {c}" for c in CATEGORIES))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
