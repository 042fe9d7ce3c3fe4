"""What the pages tell readers to install is what the outputs were made with.

Each pin is written once, in ``pyproject.toml`` (the dependency group ``site``); a
page that writes ``<package>==<version>`` for a pinned package (a command to copy,
or a version named in the prose) must write that very version. A line that quotes
another source's versions, such as D2L's own install section, names D2L on the same
line and is left alone. The settings the snippets run with
(``SNIPPET_ENVIRONMENT``) are on the install page too, as ``NAME=value``.
"""

import re
import tomllib

import pytest

from tested_docs.chapter import chapters
from tested_docs.layout import layout
from tested_docs.worker import SNIPPET_ENVIRONMENT

SITE = layout()
REQUIREMENT = re.compile(r"(?P<name>[A-Za-z0-9_.-]+)==(?P<version>[0-9][^\s`'\",;)]*)")


def pins() -> dict[str, str]:
    project = tomllib.loads((SITE.root / "pyproject.toml").read_text("utf-8"))
    found = {}
    for requirement in project["dependency-groups"]["site"]:
        if isinstance(requirement, str) and "==" in requirement:
            name, version = requirement.split("==")
            found[_normal(name)] = version.strip()
    return found


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def stale_lines(text: str, where: str, pinned: dict[str, str]) -> list[str]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "D2L" in line:
            continue
        for found in REQUIREMENT.finditer(line):
            want = pinned.get(_normal(found["name"]))
            if want is not None and found["version"] != want:
                problems.append(
                    f"{where}:{number}: {found[0]}, but pyproject.toml pins "
                    f"{found['name']}=={want}"
                )
    return problems


def test_pages_write_the_pinned_versions():
    pinned = pins()
    assert "torch" in pinned
    problems = [
        problem
        for chapter in chapters()
        for problem in stale_lines(chapter.text, chapter.where, pinned)
    ]
    assert not problems, "\n".join(problems)


def test_a_stale_pin_is_named_with_its_line():
    page = "装好：\n\n```bash\npip install torch==2.0.0 numpy==2.4.6\n```\n"
    problems = stale_lines(page, "docs/x.md", {"torch": "2.13.0", "numpy": "2.4.6"})
    assert problems == [
        "docs/x.md:4: torch==2.0.0, but pyproject.toml pins torch==2.13.0"
    ]


@pytest.mark.parametrize("name", sorted(SNIPPET_ENVIRONMENT))
def test_install_page_gives_the_snippets_settings(name):
    page = (SITE.docs / "install.md").read_text(encoding="utf-8")
    setting = f"{name}={SNIPPET_ENVIRONMENT[name]}"
    powershell = f'$env:{name} = "{SNIPPET_ENVIRONMENT[name]}"'
    assert setting in page and powershell in page, (
        f"docs/install.md must tell readers to set {setting} (bash) and "
        f"{powershell} (PowerShell): the outputs were made with it"
    )
