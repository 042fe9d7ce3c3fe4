"""`./dev gpu-check` (scripts/gpu_check.py): its verdicts, its child processes, and what
it does where there is no GPU."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "gpu_check.py"

_spec = importlib.util.spec_from_file_location("gpu_check", SCRIPT)
gpu_check = importlib.util.module_from_spec(_spec)
sys.modules["gpu_check"] = gpu_check  # its dataclass looks its module up there
_spec.loader.exec_module(gpu_check)
classify = gpu_check.classify


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a CUDA GPU")
def test_without_a_gpu_it_says_so_in_one_line_and_exits_0():
    done = subprocess.run(
        [sys.executable, str(SCRIPT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == (
        "gpu-check: no CUDA GPU here (torch.cuda.is_available() is False), "
        "nothing to compare\n"
    )


def test_identical():
    text = "tensor([1., 2.])\nTrue\n"
    assert classify(text, text) == gpu_check.IDENTICAL


@pytest.mark.parametrize(
    ("cpu", "cuda"),
    [
        ("tensor([1., 2.])\n", "tensor([1., 2.], device='cuda:0')\n"),
        (
            "tensor([1, 2], dtype=torch.int32)\n",
            "tensor([1, 2], device='cuda:0', dtype=torch.int32)\n",
        ),
        (
            "tensor([[0.1234, 0.5678],\n        [0.9012, 0.3456]])\n",
            "tensor([[0.1234, 0.5678],\n        [0.9012, 0.3456]], device='cuda:0')\n",
        ),
        (
            "tensor([-0.5947], grad_fn=<AddBackward0>)\n",
            "tensor([-0.5947], device='cuda:0', grad_fn=<AddBackward0>)\n",
        ),
        ("device(type='cpu')\n", "device(type='cuda', index=0)\n"),
        ("cpu cpu\n", "cuda:0 cuda\n"),
    ],
)
def test_differs_only_in_device_names(cpu, cuda):
    assert classify(cpu, cuda) == gpu_check.DEVICE_NAMES


@pytest.mark.parametrize(
    ("cpu", "cuda"),
    [
        ("loss 0.1234\n", "loss 0.1235\n"),
        ("test acc 349/360\n", "test acc 350/360\n"),
        ("tensor([ 1.0000, -2.5000])\n", "tensor([10.0000, -2.5000])\n"),
        ("tensor([0.1234])\n", "tensor([0.1235], device='cuda:0')\n"),
        ("tensor([1.])\n", "tensor([nan])\n"),
    ],
)
def test_differs_in_digits(cpu, cuda):
    assert classify(cpu, cuda) == gpu_check.DIGITS


@pytest.mark.parametrize(
    ("cpu", "cuda"),
    [
        ("True\n", "False\n"),
        ("cpu\n", "meta\n"),
        (
            "a b\n",
            "a  b\n",
        ),  # only white space, and no device name: not a device change
        ("loss 0.1\n", "loss 0.1\nextra line\n"),
    ],
)
def test_differs_in_text(cpu, cuda):
    assert classify(cpu, cuda) == gpu_check.TEXT


def test_raises():
    assert classify("1\n", None, "RuntimeError: boom") == gpu_check.RAISES
    assert classify("1\n", "1\n", "RuntimeError: boom") == gpu_check.RAISES


def test_a_snippet_that_ends_its_process_is_reported_and_the_rest_go_on(tmp_path):
    """Runs the child processes for real, with the CPU as the default device."""
    from tested_docs.snippets import Snippet

    chapter = tmp_path / "chapter"
    chapter.mkdir()
    programs = {
        "a_first": "import torch\nprint(torch.ones(2).device)\n",
        "b_crash": "import os\nos._exit(3)\n",
        "c_after": "print(1 + 1)\n",
    }
    for name, program in programs.items():
        (chapter / f"{name}.py").write_text(program)
    (chapter / "a_first.out").write_text("cpu\n")
    (chapter / "b_crash.out").write_text("")
    (chapter / "c_after.out").write_text("3\n")
    snippets = [Snippet(chapter / f"{name}.py") for name in programs]

    results = gpu_check.check_chapter(snippets, "cpu")

    assert [r.category for r in results] == [
        gpu_check.IDENTICAL,
        gpu_check.RAISES,
        gpu_check.DIGITS,
    ]
    assert results[1].reason == "process exit status 3"
