import subprocess
import sys
from pathlib import Path

import torch


def pip(*args):  # the pip of this very interpreter: python -m pip
    return subprocess.run(
        [sys.executable, "-m", "pip", *args], capture_output=True, text=True, check=True
    ).stdout


# Where torch was imported from: .../site-packages/torch/__init__.py
site_packages = Path(torch.__file__).parent.parent
# "pip 26.3 from .../site-packages/pip (python 3.11)"
pip_home = Path(pip("--version").split(" from ")[1].rsplit(" (", 1)[0]).parent
# "Location: .../site-packages", where pip says it installed torch
location = next(
    line for line in pip("show", "torch").splitlines() if "Location" in line
)
print("python -m pip lives next to torch:", pip_home == site_packages)
print(
    "pip show torch points there too:  ",
    Path(location.split(": ", 1)[1]) == site_packages,
)
