"""The licences of what the application ships (resources/licenses/): the THIRD-PARTY list first, then the full
licence texts it refers to. No Qt here; Help › About shows them."""

from __future__ import annotations

from importlib import resources

LICENSES_FOLDER = "licenses"
THIRD_PARTY = "THIRD-PARTY.md"


def licence_documents() -> list[tuple[str, str]]:
    """(file name, text) of THIRD-PARTY.md, then of each licence text (.txt) by name; [] when none are installed."""
    folder = resources.files("resources").joinpath(LICENSES_FOLDER)
    try:
        names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))
    except OSError:  # not installed with the application
        return []
    documents = []
    for name in [THIRD_PARTY, *names]:
        try:
            documents.append((name, folder.joinpath(name).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return documents
