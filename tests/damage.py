"""Damaging a closed database file on purpose, page by page, as a failing disk or a bad copy would, and
telling whether its content changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def _layout(db_path: Path, table: str) -> tuple[int, int]:
    """(root page of `table`, page size), after folding the WAL into the file."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        return root, conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def leaf_pages(data: bytes, page_size: int, page: int) -> list[int]:
    """The leaf pages of the b-tree rooted at `page`, in key order (interior pages followed down)."""
    offset = (page - 1) * page_size + (100 if page == 1 else 0)
    kind = data[offset]
    if kind in (0x0D, 0x0A):
        return [page]
    count = int.from_bytes(data[offset + 3 : offset + 5], "big")
    base = (page - 1) * page_size
    children = []
    for i in range(count):
        cell = int.from_bytes(data[offset + 12 + 2 * i : offset + 14 + 2 * i], "big")
        children.append(int.from_bytes(data[base + cell : base + cell + 4], "big"))
    children.append(int.from_bytes(data[offset + 8 : offset + 12], "big"))
    return [leaf for child in children for leaf in leaf_pages(data, page_size, child)]


def _middle_leaf(db_path: Path, table: str) -> tuple[bytearray, int, int]:
    root, page_size = _layout(db_path, table)
    data = bytearray(db_path.read_bytes())
    leaves = leaf_pages(bytes(data), page_size, root)
    return data, leaves[len(leaves) // 2], page_size


def damage_one_page(db_path: Path, table: str = "matrix_answer") -> int:
    """Overwrite 100 bytes of a leaf page in the middle of `table`; return the page number.

    Opening the database and reading the other tables still works: only reading that page fails.
    """
    data, page, page_size = _middle_leaf(db_path, table)
    start = (page - 1) * page_size
    data[start : start + 100] = b"\xa5" * 100
    db_path.write_bytes(bytes(data))
    return page


def damage_cells(db_path: Path, table: str = "matrix_answer", cells: int = 20) -> int:
    """Aim `cells` cell pointers of a leaf page in the middle of `table` outside the page's content, so that
    SQLite reports one finding per cell; return the page number."""
    data, page, page_size = _middle_leaf(db_path, table)
    start = (page - 1) * page_size + 8
    data[start : start + 2 * cells] = b"\x00\x50" * cells
    db_path.write_bytes(bytes(data))
    return page


def damage_page_of(db_path: Path, table: str) -> bytes:
    """Overwrite the first page of `table`: the file opens, but that table cannot be read. Return the bytes."""
    root, page_size = _layout(db_path, table)
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    db_path.write_bytes(bytes(data))
    return bytes(data)


def damage_index(db_path: Path, index: str = "idx_audit_log_at") -> None:
    """Overwrite the cells at the end of an index's root page: only that index is damaged."""
    root, page_size = _layout(db_path, index)
    data = bytearray(db_path.read_bytes())
    end = root * page_size
    data[end - 300 : end - 50] = b"\x07" * 250
    db_path.write_bytes(bytes(data))


def database_digest(db_path: Path) -> str:
    """Every row of every table of the database at `db_path`: equal digests mean nothing changed."""
    conn = sqlite3.connect(db_path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()
    finally:
        conn.close()
