"""Embedded TrueType fonts for the PDF writer, for the six UN languages and user text in any script.

`font_set(lang)` gives the fonts of one document language: a primary face (FiraGO from the
`pymupdf-fonts` package for ar/en/fr/ru/es; a Chinese TrueType font found on the computer for zh)
and fallbacks in order (FiraGO, the Chinese font, fonts the user copied into `data_dir()/"fonts"`,
the symbol and emoji fonts carried with the application (package manimgx-fonts), a few symbol fonts
of the system). `FontSet.markup(text)` turns any text into reportlab Paragraph
markup that switches font per run of characters and writes a character that no font has as the
visible text "[U+XXXX]", so the PDF never shows an empty box and user text is never read as markup.

Only fonts with TrueType outlines are used: reportlab refuses CFF (PostScript) outlines, which is
what most .otf files and the Noto CJK collections have. Every font is embedded (subset).

Cost: the primary face is loaded when the set is built; the fallbacks are found by reading only the
header and the character map of their files, and are loaded (and registered with reportlab) the
first time a character needs them. reportlab needs a face registered before it lays out text in it;
`markup()`, `runs()`, `face_for()` and `covers()` do that, and `FontFace.register()` does it explicitly.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import io
import logging
import os
import re
import struct
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from app import paths
from app.errors import UserError
from app.paths import data_dir

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

CJK_ENV = "UN1540_CJK_FONT"
CJK_SAMPLE = "中文报告执行"
NAME_PREFIX = "un1540-"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

_MAX_SUBFONTS = 8  # subfonts tried in one .ttc
_MAX_USER_FONTS = 40  # files read from the user's font folder
_MAX_WALK_ENTRIES = 20000  # directory entries looked at under the system font folders
_MAX_WALK_DEPTH = 4
_MAX_CMAP_BYTES = 16 * 1024 * 1024

_LOCK = threading.RLock()

# Characters that take no room and are drawn as nothing (or steer bidi/shaping): never reported
# missing; kept in the text when the run's font has them, dropped when it has not (a box otherwise).
_IGNORABLE = frozenset(
    [
        *range(0x200B, 0x2010),
        *range(0x2028, 0x202F),
        *range(0x2060, 0x2065),
        *range(0x2066, 0x206A),
        *range(0xFE00, 0xFE10),
        0xFEFF,
        0x034F,
        0x061C,
        0x180E,
    ]
)
_NEWLINES = frozenset("\n\r\u2028\u2029\x85")
_LAYOUT = frozenset(" \t\n\r")  # reportlab splits words on these and never draws them
_JOINING_CATEGORIES = frozenset(("Zs", "Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Pc", "Nd"))
_PLACEHOLDER_CHARS = "[]U+0123456789ABCDEF"
_PRIVATE_FIRST, _PRIVATE_LAST = 0xE000, 0xF8FF


def _platform() -> str:
    """sys.platform, in one place so that tests can ask for another system's advice."""
    return sys.platform


# --------------------------------------------------------------------------------------------
# The error the user reads


class FontUnavailableError(UserError):
    """No usable font for a language; the message says which and what to do, in plain words."""

    def __init__(self, message: str, *, lang: str = "zh", folder: Path | None = None):
        super().__init__(message)
        self.lang = lang
        self.folder = folder


def user_fonts_dir() -> Path:
    """The folder where the user can put extra TrueType fonts (it need not exist)."""
    return data_dir() / "fonts"


def _install_advice(folder: Path) -> str:
    platform = _platform()
    copy = f"copy a TrueType font (.ttf or .ttc) that covers Chinese into the folder {folder}"
    if platform.startswith("win"):
        return (
            f"Windows normally includes the Chinese fonts Microsoft YaHei and SimSun; if they are not present, {copy}."
        )
    if platform == "darwin":
        return f"macOS normally includes the Chinese fonts STHeiti and Arial Unicode; if they are not present, {copy}."
    return f"Install the package fonts-wqy-zenhei (or fonts-arphic-uming), or {copy}."


def _chinese_unavailable(rejected: list[tuple[Path, str]]) -> FontUnavailableError:
    folder = user_fonts_dir()
    if rejected:
        path, reason = rejected[0]
        first = (
            f"The Chinese font file {path} cannot be used because {reason}, and no other Chinese "
            "font was found, so Chinese text cannot be written into the PDF."
        )
    else:
        first = "No Chinese font was found on this computer, so Chinese text cannot be written into the PDF."
    return FontUnavailableError(f"{first} {_install_advice(folder)}", lang="zh", folder=folder)


# --------------------------------------------------------------------------------------------
# Reading a font file's header and character map, without loading it


class _BadFont(Exception):
    """A font file that cannot be used; the message is a reason in plain words."""


@dataclass(frozen=True)
class _Probe:
    """What the header of one (sub)font says: usable by reportlab, and which characters it maps."""

    ranges: tuple[tuple[int, int], ...] | None  # sorted, merged; None when the map was not read

    def maybe_covers(self, cp: int) -> bool:
        if self.ranges is None:
            return True
        i = bisect.bisect_right(self.ranges, (cp, 0x7FFFFFFF)) - 1
        return i >= 0 and self.ranges[i][0] <= cp <= self.ranges[i][1]

    def covers_all(self, text: str) -> bool:
        return all(self.maybe_covers(ord(c)) for c in text)


def _read_at(f: BinaryIO, offset: int, size: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise _BadFont("the file is damaged or is not a font")
    return data


def _subfont_offsets(f: BinaryIO) -> list[int]:
    head = _read_at(f, 0, 12)
    if head[:4] == b"ttcf":
        count = struct.unpack(">I", head[8:12])[0]
        if not 0 < count <= 256:
            raise _BadFont("the file is damaged or is not a font")
        return list(struct.unpack(f">{count}I", _read_at(f, 12, 4 * count)))
    return [0]


def _subfont_count(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return len(_subfont_offsets(f))
    except (OSError, _BadFont, struct.error):
        return 0


def _probe(path: Path, index: int = 0) -> _Probe:
    """Check cheaply that reportlab can embed the font and read its character map; raise _BadFont."""
    try:
        with open(path, "rb") as f:
            offsets = _subfont_offsets(f)
            if index >= len(offsets):
                raise _BadFont("the file has no such font inside")
            base = offsets[index]
            version, num_tables = struct.unpack(">4sH", _read_at(f, base, 6))
            if version == b"OTTO":
                raise _BadFont(
                    "it has PostScript (CFF) outlines, which cannot be embedded; "
                    "a font with TrueType outlines is needed"
                )
            if version not in (b"\x00\x01\x00\x00", b"true"):
                raise _BadFont("it is not a TrueType font")
            tables = {}
            records = _read_at(f, base + 12, 16 * num_tables)
            for i in range(num_tables):
                tag, _checksum, offset, length = struct.unpack(">4sIII", records[16 * i : 16 * i + 16])
                tables[tag] = (offset, length)
            for needed in (b"cmap", b"glyf", b"loca", b"head", b"maxp", b"hhea", b"hmtx"):
                if needed not in tables:
                    raise _BadFont("it is not a complete TrueType font")
            if b"OS/2" in tables:
                fs_type = struct.unpack(">H", _read_at(f, tables[b"OS/2"][0] + 8, 2))[0]
                num_glyphs = struct.unpack(">H", _read_at(f, tables[b"maxp"][0] + 4, 2))[0]
                if (fs_type == 0x0002 or fs_type & 0x0300) and num_glyphs > 0xFF:
                    raise _BadFont("its licence does not allow embedding it in a PDF")
            offset, length = tables[b"cmap"]
            if length > _MAX_CMAP_BYTES:
                return _Probe(None)
            return _Probe(_cmap_ranges(_read_at(f, offset, length)))
    except OSError:
        raise _BadFont("the file cannot be read") from None
    except struct.error:
        raise _BadFont("the file is damaged or is not a font") from None


def _cmap_ranges(cmap: bytes) -> tuple[tuple[int, int], ...] | None:
    """The code points a 'cmap' table maps (coarse: glyph 0 inside a segment is not excluded)."""
    count = struct.unpack(">H", cmap[2:4])[0]
    preference = {(3, 10): 6, (0, 6): 5, (0, 4): 5, (3, 1): 4, (0, 3): 3, (0, 2): 2, (0, 1): 2, (0, 0): 2, (3, 0): 1}
    choices = []
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])
        if (platform, encoding) in preference:
            choices.append((preference[(platform, encoding)], offset))
    for _score, offset in sorted(choices, reverse=True):
        fmt = struct.unpack(">H", cmap[offset : offset + 2])[0]
        ranges: list[tuple[int, int]] = []
        if fmt == 4:
            seg_count = struct.unpack(">H", cmap[offset + 6 : offset + 8])[0] // 2
            ends = struct.unpack(f">{seg_count}H", cmap[offset + 14 : offset + 14 + 2 * seg_count])
            start_at = offset + 16 + 2 * seg_count
            starts = struct.unpack(f">{seg_count}H", cmap[start_at : start_at + 2 * seg_count])
            ranges = [(s, e) for s, e in zip(starts, ends, strict=True) if s <= e and not s == e == 0xFFFF]
        elif fmt in (12, 13):
            groups = struct.unpack(">I", cmap[offset + 12 : offset + 16])[0]
            data = cmap[offset + 16 : offset + 16 + 12 * groups]
            ranges = [(s, e) for s, e, _g in struct.iter_unpack(">III", data) if s <= e]
        elif fmt == 6:
            first, entries = struct.unpack(">HH", cmap[offset + 6 : offset + 10])
            ranges = [(first, first + entries - 1)] if entries else []
        else:
            continue
        merged: list[tuple[int, int]] = []
        for s, e in sorted(ranges):
            if merged and s <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return tuple(merged)
    return None


# --------------------------------------------------------------------------------------------
# Loading fonts into reportlab (once per file and subfont)


@dataclass(frozen=True)
class _Source:
    """One font program: a file (and subfont) or a buffer of the pymupdf-fonts package."""

    path: Path | None = None
    index: int = 0
    package_key: str = ""  # pymupdf_fonts.fontbuffers key, when path is None
    collection: bool = False

    @property
    def ident(self) -> tuple[Any, ...]:
        return ("pkg", self.package_key) if self.path is None else (str(self.path), self.index)

    @property
    def label(self) -> str:
        if self.path is None:
            return f"pymupdf-fonts:{self.package_key}"
        return f"{self.path} (font {self.index})" if self.collection else str(self.path)


_LOADED: dict[tuple[Any, ...], TTFont] = {}  # (ident, stamp, name) -> reportlab TTFont
_OWN_PRIVATE: dict[int, frozenset[int]] = {}  # id(TTFont) -> private-use code points of the font itself
_NAME_OWNERS: dict[str, tuple[Any, ...]] = {}  # registered name -> ident


def _stamp(source: _Source) -> tuple[Any, ...]:
    if source.path is None:
        return ()
    try:
        st = source.path.stat()
    except OSError:
        return ()
    return (st.st_mtime_ns, st.st_size)


def _registered_name(source: _Source, wanted: str = "") -> str:
    """A stable reportlab name for a font program; the same file always gets the same name."""
    with _LOCK:
        for name, owner in _NAME_OWNERS.items():
            if owner == source.ident:
                return name
        if not wanted:
            stem = source.path.stem if source.path is not None else source.package_key
            wanted = NAME_PREFIX + (re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-") or "font")
            if source.collection:
                wanted += f"-{source.index}"
        name = wanted
        if name in _NAME_OWNERS:
            name += "-" + hashlib.sha1(repr(source.ident).encode()).hexdigest()[:6]
        _NAME_OWNERS[name] = source.ident
        return name


def _load_ttfont(source: _Source, name: str) -> TTFont:
    """The reportlab TTFont of a source under `name` (cached), registered; raises _BadFont."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    key = (source.ident, _stamp(source), name)
    with _LOCK:
        font = _LOADED.get(key)
        if font is None:
            try:
                if source.path is None:
                    import pymupdf_fonts

                    data = io.BytesIO(pymupdf_fonts.fontbuffers[source.package_key]())
                    font = TTFont(name, data)
                else:
                    font = TTFont(name, str(source.path), subfontIndex=source.index)
            except (TTFError, OSError, ValueError, KeyError, IndexError, struct.error, AssertionError) as exc:
                raise _BadFont(_plain_reason(str(exc))) from None
            # reportlab adds private-use code points to charToGlyph when it shapes text (ligatures,
            # Arabic forms): remember the font's own ones, before any shaping, so that those never count.
            _OWN_PRIVATE[id(font)] = frozenset(
                cp for cp in font.face.charToGlyph if _PRIVATE_FIRST <= cp <= _PRIVATE_LAST
            )
            _LOADED[key] = font
        pdfmetrics.registerFont(font)
        return font


def _plain_reason(message: str) -> str:
    text = message.lower()
    if "postscript outlines" in text:
        return "it has PostScript (CFF) outlines, which cannot be embedded; a font with TrueType outlines is needed"
    if "embedding" in text:
        return "its licence does not allow embedding it in a PDF"
    if "can't open" in text or "no such file" in text:
        return "the file cannot be read"
    return "it is not a TrueType font that can be embedded in a PDF"


class _Face:
    """The loading state behind one FontFace: probe, lazy load, registration, coverage."""

    def __init__(self, regular: _Source, bold: _Source | None, name: str, bold_name: str, probe: _Probe | None):
        self.regular = regular
        self.bold = bold
        self.name = name
        self.bold_name = bold_name
        self.probe = probe  # None: read the file's header when first asked
        self.cmap: dict[int, int] | None = None  # reportlab's charToGlyph once loaded
        self.private: frozenset[int] = frozenset()  # private-use code points the font itself maps
        self.failed = ""

    def load(self) -> bool:
        """Load and register the regular and bold faces; False (and `failed` says why) if impossible."""
        if self.cmap is not None:
            return True
        if self.failed:
            return False
        from reportlab.pdfbase import pdfmetrics

        with _LOCK:
            if self.cmap is not None:
                return True
            try:
                font = _load_ttfont(self.regular, self.name)
            except _BadFont as exc:
                self.failed = str(exc)
                log.info("font %s cannot be used: %s", self.regular.label, exc)
                return False
            if self.bold_name != self.name:
                try:
                    _load_ttfont(self.bold or self.regular, self.bold_name)
                except _BadFont as exc:
                    # The name FontFace.bold promised must exist: it gets the regular outlines.
                    log.info("bold font %s cannot be used: %s", self.bold.label if self.bold else "", exc)
                    try:
                        _load_ttfont(self.regular, self.bold_name)
                    except _BadFont as again:  # the file changed or vanished meanwhile
                        self.failed = str(again)
                        return False
            pdfmetrics.registerFontFamily(
                self.name, normal=self.name, bold=self.bold_name, italic=self.name, boldItalic=self.bold_name
            )
            self.private = _OWN_PRIVATE[id(font)]
            self.cmap = font.face.charToGlyph
            return True

    def covers(self, cp: int) -> bool:
        if self.cmap is None:
            if self.failed:
                return False
            if self.probe is None:
                try:
                    self.probe = _probe(self.regular.path, self.regular.index) if self.regular.path else _Probe(None)
                except _BadFont as exc:
                    self.failed = str(exc)
                    return False
            if not self.probe.maybe_covers(cp) or not self.load():
                return False
        assert self.cmap is not None  # load() set it
        if not self.cmap.get(cp):
            return False
        return not (_PRIVATE_FIRST <= cp <= _PRIVATE_LAST) or cp in self.private


def _covers_char(char: str) -> int | None:
    """The code point to look up for `char`, or None for what is never drawn (controls, surrogates)."""
    if not isinstance(char, str) or len(char) != 1:
        return None
    if unicodedata.category(char) in ("Cc", "Cs"):
        return None
    return ord(char)


@dataclass(frozen=True)
class FontFace:
    """One embedded TrueType face (regular + bold), registered with reportlab under `name`/`bold`."""

    name: str
    bold: str
    source: str
    _impl: _Face = field(compare=False, repr=False, hash=False)

    def covers(self, char: str) -> bool:
        """True if the font has a glyph for `char` (one character); control characters never are."""
        cp = _covers_char(char)
        return cp is not None and self._impl.covers(cp)

    def register(self) -> bool:
        """Load and register the face with reportlab now (normally done on first use); False if unusable."""
        return self._impl.load()


def _make_face(impl: _Face, source: str) -> FontFace:
    return FontFace(name=impl.name, bold=impl.bold_name, source=source, _impl=impl)


def _file_face(
    path: Path, index: int, bold_path: Path | None = None, probe: _Probe | None = None, collection: bool | None = None
) -> FontFace:
    if collection is None:
        collection = _subfont_count(path) > 1 or path.suffix.lower() == ".ttc"
    regular = _Source(path=path, index=index, collection=collection)
    bold = None
    if bold_path is not None:
        bold = _Source(path=bold_path, index=index, collection=collection)
    name = _registered_name(regular)
    bold_name = _registered_name(bold) if bold is not None else name
    return _make_face(_Face(regular, bold, name, bold_name, probe), regular.label)


@functools.lru_cache(maxsize=1)
def _firago_sources() -> tuple[_Source, _Source]:
    return _Source(package_key="figo"), _Source(package_key="figbo")


def _firago_face() -> FontFace:
    regular, bold = _firago_sources()
    impl = _Face(
        regular,
        bold,
        _registered_name(regular, NAME_PREFIX + "FiraGO"),
        _registered_name(bold, NAME_PREFIX + "FiraGO-Bold"),
        None,
    )
    return _make_face(impl, "FiraGO (pymupdf-fonts)")


# --------------------------------------------------------------------------------------------
# Where fonts are looked for

_LINUX_CJK = (
    "wqy-zenhei.ttc",
    "wqy-microhei.ttc",
    "uming.ttc",
    "ukai.ttc",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
)
_WINDOWS_CJK = ("msyh.ttc", "simhei.ttf", "simsun.ttc", "Deng.ttf")
_MAC_CJK_PATHS = (
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
)
_BOLD_FILES = {
    "msyh.ttc": "msyhbd.ttc",
    "DejaVuSans.ttf": "DejaVuSans-Bold.ttf",
    "NotoSansSymbols-Regular.ttf": "NotoSansSymbols-Bold.ttf",
}
_LINUX_SYMBOLS = (
    "DejaVuSans.ttf",
    "NotoSansSymbols-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "NotoSansMath-Regular.ttf",
)
_WINDOWS_SYMBOLS = ("seguisym.ttf", "seguiemj.ttf")
_MAC_SYMBOL_PATHS = (
    "/System/Library/Fonts/Apple Symbols.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)


def _linux_font_roots() -> list[Path]:
    home = Path.home()
    xdg = os.environ.get("XDG_DATA_HOME")
    roots = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path(xdg) / "fonts" if xdg else home / ".local/share/fonts",
        home / ".fonts",
    ]
    return roots


def _windows_font_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _walk_for(names: set[str], roots: list[Path]) -> dict[str, Path]:
    """Find files with these names under the roots (bounded depth and entries); first found wins."""
    found: dict[str, Path] = {}
    budget = _MAX_WALK_ENTRIES
    for root in roots:
        stack = [(root, 0)]
        while stack and budget > 0:
            folder, depth = stack.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                budget -= 1
                if budget <= 0:
                    break
                try:
                    if entry.is_dir():
                        if depth < _MAX_WALK_DEPTH:
                            stack.append((Path(entry.path), depth + 1))
                    elif entry.name in names and entry.name not in found:
                        found[entry.name] = Path(entry.path)
                except OSError:
                    continue
    return found


def _system_files(cjk_names: tuple[str, ...], symbol_names: tuple[str, ...]) -> dict[str, Path]:
    wanted = set(cjk_names) | set(symbol_names)
    wanted |= {_BOLD_FILES[n] for n in wanted if n in _BOLD_FILES}
    platform = _platform()
    if platform.startswith("win"):
        found = {}
        for folder in _windows_font_dirs():
            for name in wanted:
                if name not in found and (folder / name).is_file():
                    found[name] = folder / name
        return found
    if platform == "darwin":
        return {}
    return _walk_for(wanted, _linux_font_roots())


def _bold_for(path: Path) -> Path | None:
    bold_name = _BOLD_FILES.get(path.name)
    if bold_name and (path.parent / bold_name).is_file():
        return path.parent / bold_name
    return None


def _user_font_files() -> list[Path]:
    folder = user_fonts_dir()
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES and p.is_file())
    except OSError:
        return []
    return files[:_MAX_USER_FONTS]


def _shipped_font_files() -> list[Path]:
    try:
        folder = paths.shipped_fonts_dir()
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES and p.is_file())
    except OSError:  # no such folder: a development copy
        return []


def _system_fonts() -> tuple[list[Path], list[Path]]:
    """The system's Chinese candidates and symbol fonts, in order of preference (one bounded search)."""
    platform = _platform()
    if platform == "darwin":
        home = Path.home() / "Library" / "Fonts"
        cjk = [Path(p) for p in _MAC_CJK_PATHS] + [home / Path(p).name for p in _MAC_CJK_PATHS]
        return [p for p in cjk if p.is_file()], [p for p in map(Path, _MAC_SYMBOL_PATHS) if p.is_file()]
    cjk_names: tuple[str, ...]
    symbol_names: tuple[str, ...]
    if platform.startswith("win"):
        cjk_names, symbol_names = _WINDOWS_CJK, _WINDOWS_SYMBOLS
    else:
        cjk_names, symbol_names = _LINUX_CJK, _LINUX_SYMBOLS
    found = _system_files(cjk_names, symbol_names)
    return [found[n] for n in cjk_names if n in found], [found[n] for n in symbol_names if n in found]


_NO_CHINESE = "it does not contain Chinese characters"


@dataclass
class _CjkSearch:
    path: Path | None = None
    index: int = 0
    collection: bool = False
    probe: _Probe | None = None
    face: FontFace | None = None  # set when loaded (full search)
    rejected: list[tuple[Path, str]] = field(default_factory=list)  # user-supplied files refused


def _cjk_candidates(system_cjk: list[Path] | None) -> tuple[list[Path], set[Path]]:
    """Files to try for Chinese, in order, and those of them the user named (env or font folder)."""
    override = os.environ.get(CJK_ENV)
    if override is not None:
        paths = [Path(override).expanduser()] if override.strip() else []
        return paths, set(paths)
    user = _user_font_files()
    if system_cjk is None:
        system_cjk = _system_fonts()[0]
    # The font shipped with the application comes before the system's: the same document on every laptop.
    return user + _shipped_font_files() + system_cjk, set(user)


def _search_cjk(load: bool, system_cjk: list[Path] | None = None) -> _CjkSearch:
    """The first Chinese font that is TrueType and covers CJK_SAMPLE; with load=True, reportlab loads it."""
    result = _CjkSearch()
    candidates, user_files = _cjk_candidates(system_cjk)
    for path in candidates:
        named_by_user = path in user_files
        count = _subfont_count(path)
        if count == 0:
            if named_by_user:
                reason = "the file cannot be read" if not path.is_file() else "it is not a TrueType font"
                result.rejected.append((path, reason))
            continue
        reasons = []
        for index in range(min(count, _MAX_SUBFONTS)):
            try:
                probe = _probe(path, index)
            except _BadFont as exc:
                reasons.append(str(exc))
                continue
            if not probe.covers_all(CJK_SAMPLE):
                reasons.append(_NO_CHINESE)
                continue
            collection = count > 1 or path.suffix.lower() == ".ttc"
            if load:
                face = _file_face(path, index, _bold_for(path), probe, collection)
                if not face.register():
                    reasons.append(face._impl.failed)
                    continue
                if not all(face.covers(c) for c in CJK_SAMPLE):
                    reasons.append(_NO_CHINESE)
                    continue
                result.face = face
            result.path, result.index, result.collection, result.probe = path, index, collection, probe
            return result
        if named_by_user and reasons:
            result.rejected.append((path, reasons[0]))
    # A font the user added for another script is less worth mentioning than a broken Chinese one.
    result.rejected.sort(key=lambda item: item[1] == _NO_CHINESE)
    return result


def find_cjk_font() -> Path | tuple[Path, int] | None:
    """The Chinese TrueType font to use: a path, (path, subfont index) for a collection, or None.

    Looks in the user's font folder (`data_dir()/"fonts"`), then among the fonts shipped with the application
    (`shipped_fonts_dir()`: the bundle's WenQuanYi Micro Hei), then in the usual system folders;
    UN1540_CJK_FONT=path replaces the search, and UN1540_CJK_FONT="" means "no Chinese font".
    A candidate counts only if reportlab loads it and it has the characters of CJK_SAMPLE.
    """
    with _LOCK:
        found = _search_cjk(load=True)
    if found.path is None:
        return None
    return (found.path, found.index) if found.collection else found.path


# --------------------------------------------------------------------------------------------
# The set of faces of one document language


def _xml_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _placeholder(char: str) -> str:
    return f"[U+{ord(char):04X}]"


class FontSet:
    """The faces of one document language: `primary` first in `faces`, then the fallbacks in order."""

    def __init__(self, lang: str, faces: tuple[FontFace, ...]):
        self.lang = lang
        self.primary = faces[0]
        self.faces = faces
        self._face_cache: dict[str, FontFace | None] = {}
        self._placeholder_face: FontFace | None = None

    def __repr__(self) -> str:
        return f"FontSet({self.lang!r}, faces={[f.name for f in self.faces]})"

    def face_for(self, char: str) -> FontFace | None:
        """The first face that has a glyph for `char`; None when none has."""
        try:
            return self._face_cache[char]
        except KeyError:
            pass
        face = next((f for f in self.faces if f.covers(char)), None)
        self._face_cache[char] = face
        return face

    def runs(self, text: str) -> list[tuple[FontFace | None, str]]:
        """`text` cut into maximal runs drawn with the same face (None: no face has the characters).

        Spaces, line breaks, ignorable characters and punctuation the current face has stay in the
        current run, so a run of Chinese with its commas, or Arabic words with their spaces, is one run.
        """
        result: list[tuple[FontFace | None, str]] = []
        current: FontFace | None = None
        chars: list[str] = []
        started = False
        for ch in text:
            neutral = ch in _LAYOUT or ord(ch) in _IGNORABLE or ch in _NEWLINES
            if not started:
                current, chars, started = (self.primary if neutral else self.face_for(ch)), [ch], True
                continue
            if neutral or (
                current is not None and unicodedata.category(ch) in _JOINING_CATEGORIES and current.covers(ch)
            ):
                chars.append(ch)
                continue
            face = self.face_for(ch)
            if face is current:
                chars.append(ch)
            else:
                result.append((current, "".join(chars)))
                current, chars = face, [ch]
        if started:
            result.append((current, "".join(chars)))
        return result

    def missing(self, text: str) -> list[str]:
        """The distinct characters of `text` (in order) that no face has; layout and zero-width ones excepted."""
        seen: list[str] = []
        for ch in dict.fromkeys(text):
            if ch in _LAYOUT or ch in _NEWLINES or ord(ch) in _IGNORABLE:
                continue
            if self.face_for(ch) is None:
                seen.append(ch)
        return seen

    def _face_for_placeholders(self) -> FontFace:
        if self._placeholder_face is None:
            self._placeholder_face = next(
                (f for f in self.faces if all(f.covers(c) for c in _PLACEHOLDER_CHARS)), self.primary
            )
        return self._placeholder_face

    def markup(self, text: str, *, bold: bool = False) -> str:
        """reportlab Paragraph markup for plain `text` (never read as markup itself).

        Runs in a face other than the primary are wrapped in <font face="...">; with bold=True every
        run, the primary's included, names its face's bold font. Line breaks become <br/>; a character
        no face has becomes the visible text "[U+XXXX]"; zero-width characters a face lacks are dropped.
        """
        segments: list[list[Any]] = []  # [face, text], neighbours in the same face merged

        def add(face: FontFace, content: str) -> None:
            if not content:
                return
            if segments and segments[-1][0] is face:
                segments[-1][1] += content
            else:
                segments.append([face, content])

        for face, run in self.runs(text.replace("\r\n", "\n")):
            home = face if face is not None else self._face_for_placeholders()
            for ch in run:
                if ch in _NEWLINES:
                    add(home, "<br/>")
                elif ch in _LAYOUT:
                    # a space after an emoji is a text space, not the emoji font's wide one
                    add(self.primary if home.name in _SYMBOL_FACES else home, " ")
                elif ord(ch) in _IGNORABLE:
                    if face is not None and face.covers(ch):
                        add(home, ch)
                elif face is not None and face.covers(ch):
                    add(home, _xml_escape(ch))
                else:
                    add(self._face_for_placeholders(), _xml_escape(_placeholder(ch)))

        parts = []
        for face, content in segments:
            if bold:
                parts.append(f'<font face="{face.bold}">{content}</font>')
            elif face is self.primary:
                parts.append(content)
            else:
                parts.append(f'<font face="{face.name}">{content}</font>')
        return "".join(parts)


def _normal_lang(lang: str) -> str:
    return re.split(r"[-_]", (lang or "en").strip())[0].lower() or "en"


# Symbol and emoji fonts carried with the application (the package manimgx-fonts: Noto, SIL Open Font
# Licence 1.1, TrueType outlines): "✅" and "📎" print on every computer, not only where the system has them.
BUNDLED_SYMBOL_FILES = ("NotoSansSymbols[wght].ttf", "NotoEmoji[wght].ttf")


_SYMBOL_FACES: set[str] = set()  # registered names of the symbol and emoji faces (their spaces are emoji-wide)


def _bundled_symbol_files() -> list[Path]:
    """The symbol fonts of the package manimgx-fonts that are present (none if it is not installed)."""
    try:
        import manimgx_fonts
    except ImportError:  # a dependency: only a broken installation lacks it; the [U+XXXX] codes remain
        log.warning("the package manimgx-fonts is missing: symbols and emoji are written as their codes")
        return []
    folder = Path(manimgx_fonts.__file__).parent
    return [folder / name for name in BUNDLED_SYMBOL_FILES if (folder / name).is_file()]


def _extra_faces(exclude: set[tuple[Any, ...]], system_symbols: list[Path]) -> list[FontFace]:
    """The user's own fonts (checked now), then the bundled symbol and emoji fonts and a few system symbol
    fonts (their files read and loaded only when a character no earlier face has needs them)."""
    faces = []
    files = [] if os.environ.get(CJK_ENV) is not None else _user_font_files()
    for path in files:
        if (str(path), 0) in exclude:
            continue
        try:
            probe = _probe(path, 0)
        except _BadFont as exc:
            log.info("font %s is not used: %s", path, exc)
            continue
        exclude.add((str(path), 0))
        faces.append(_file_face(path, 0, _bold_for(path), probe))
    for path in [*_bundled_symbol_files(), *system_symbols]:
        if (str(path), 0) not in exclude:
            exclude.add((str(path), 0))
            face = _file_face(path, 0, _bold_for(path), None, collection=False)
            _SYMBOL_FACES.add(face.name)
            faces.append(face)
    return faces


@functools.cache
def font_set(lang: str) -> FontSet:
    """The fonts for a document in `lang` (ar, zh, en, fr, ru, es; others are treated like en).

    Raises FontUnavailableError for zh when no Chinese TrueType font is available; never for the others.
    """
    code = _normal_lang(lang)
    with _LOCK:
        system_cjk, system_symbols = _system_fonts()
        firago = _firago_face()
        faces: list[FontFace] = []
        used: set[tuple[Any, ...]] = set()
        if code == "zh":
            found = _search_cjk(load=True, system_cjk=system_cjk)
            if found.face is None:
                raise _chinese_unavailable(found.rejected)
            faces += [found.face, firago]
            used.add((str(found.path), found.index))
        else:
            if not firago.register():
                # Cannot happen with an intact installation: pymupdf-fonts is a dependency.
                raise FontUnavailableError(
                    "The font FiraGO of the package pymupdf-fonts cannot be loaded, so no PDF can be "
                    "written. Reinstall the application.",
                    lang=code,
                )
            faces.append(firago)
            found = _search_cjk(load=False, system_cjk=system_cjk)
            if found.path is not None:
                faces.append(_file_face(found.path, found.index, _bold_for(found.path), found.probe, found.collection))
                used.add((str(found.path), found.index))
        faces += _extra_faces(used, system_symbols)
        return FontSet(code, tuple(faces))
