"""The THIRD-PARTY list and licence texts (resources/licenses/): every distribution the application installs is
named there with its licence, every licence text it names is shipped, and they are installed with the package.
A new dependency without its licence entry fails here."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

from app.third_party import THIRD_PARTY, licence_documents

ROOT = Path(__file__).resolve().parents[1]
LICENSES = ROOT / "resources" / "licenses"
PROJECT = "un1540-focal-point"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_distributions() -> set[str]:
    """The project's runtime dependencies (pyproject.toml, and the installed project's metadata), with theirs,
    recursively, as installed here (extras and requirements whose markers do not apply left out)."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    todo = [Requirement(text) for text in [*declared, *(metadata.requires(PROJECT) or [])]]
    found: set[str] = set()
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = _normal(requirement.name)
        if name in found:
            continue
        found.add(name)
        todo.extend(Requirement(text) for text in metadata.requires(name) or [])
    return found


def _entries() -> dict[str, str]:
    """Each '## ' section of THIRD-PARTY.md by its heading."""
    text = (LICENSES / THIRD_PARTY).read_text(encoding="utf-8")
    return {part.splitlines()[0]: part for part in text.split("\n## ")[1:]}


def test_every_runtime_distribution_has_an_entry_with_licence_copyright_home_page_and_use():
    headings = {_normal(word.strip("()")): part for heading, part in _entries().items() for word in heading.split()}
    distributions = _runtime_distributions()
    assert {"pyside6-essentials", "shiboken6", "sqlite-utils", "click", "pyphen", "manimgx-fonts"} <= distributions
    missing = sorted(name for name in distributions if name not in headings)
    assert not missing, f"not in resources/licenses/THIRD-PARTY.md: {missing}"
    for name in distributions:
        part = headings[name]
        for field in ("- Licence:", "- Copyright:", "- Home page", "- Used for:"):
            assert field in part, f"{name}: no {field!r} line"


def test_the_components_outside_python_packages_are_listed_too():
    headings = " ".join(_entries())
    for component in ("Python", "SQLite", "ICU", "WenQuanYi Micro Hei", "FiraGO", "Noto Emoji", "Qt 6"):
        assert component in headings


def test_every_licence_text_named_is_shipped_and_every_shipped_text_is_named():
    text = (LICENSES / THIRD_PARTY).read_text(encoding="utf-8")
    named = set(re.findall(r"[A-Za-z0-9.+-]+\.txt", text))
    shipped = {path.name for path in LICENSES.glob("*.txt")}
    assert named - shipped == set(), "named but not in resources/licenses/"
    assert shipped - named == set(), "shipped but not named in THIRD-PARTY.md"


def test_the_texts_are_the_licences_they_are_named_after():
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (LICENSES / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "Version 3, 29 June 2007" in (LICENSES / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "Apache License" in (LICENSES / "Apache-2.0.txt").read_text(encoding="utf-8")
    firago = (LICENSES / "OFL-1.1-FiraGO.txt").read_text(encoding="utf-8")
    assert "FiraGO" in firago and "SIL OPEN FONT LICENSE Version 1.1" in firago
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in (LICENSES / "PSF-2.0-Python.txt").read_text(
        encoding="utf-8"
    )
    assert "WenQuanYi Project Board of Trustees" in (LICENSES / "WenQuanYi-Micro-Hei.txt").read_text(encoding="utf-8")


def test_the_licences_are_installed_with_the_package_and_read_through_its_resources():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert {"licenses/*.md", "licenses/*.txt"} <= set(data["resources"])
    documents = dict(licence_documents())
    assert next(iter(documents)) == THIRD_PARTY
    assert set(documents) == {THIRD_PARTY} | {path.name for path in LICENSES.glob("*.txt")}


def test_the_build_file_of_a_bundle_is_never_committed():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "resources/build_info.json" in ignored
