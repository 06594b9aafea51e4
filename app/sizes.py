"""Sizes for people: bytes as '1.2 MB' (used by the interface and the command line)."""

from __future__ import annotations


def human_size(size: int) -> str:
    """1 234 567 bytes as '1.2 MB'."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"
