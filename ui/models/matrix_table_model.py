"""One section of the matrix in the Committee's layout: a row per measure, a column per weapon and aspect."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app import matrix
from ui import labels
from ui.labels import weapon_abbreviation
from ui.session import Session
from ui.style import tone

FIELD_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
WEAPONS = ("NW", "CW", "BW")
ASPECTS = ("legal", "enforcement")
VALUE_BACKGROUNDS = {"X": "#d6efe4", "?": "#fbecc2", "NA": "#e4e6e9"}
ABSENT_BACKGROUND = QBrush(QColor("#f1f2f4"), Qt.BrushStyle.BDiagPattern)
UNCONFIRMED_MARK = "\u2020"  # † after a row whose wording is not yet confirmed against the Committee's text


def normalise_value(text: str) -> str | None:
    """What a user types for a value (x, ?, na, n, empty) as the matrix value, or None if not a value."""
    text = (text or "").strip().upper()
    return {"X": "X", "?": "?", "NA": "NA", "N": "NA", "": ""}.get(text)


class MatrixCounts(QObject):
    """Counted texts of the matrix table: `self.tr` with a count is what pyside6-lupdate extracts with plural forms."""

    def references(self, cited: int) -> str:
        return self.tr("%n legal reference(s)", "", cited)


translate = QCoreApplication.translate  # called by this name so that pyside6-lupdate extracts the strings


def two_lines(text: str) -> str:
    """A long column heading on two lines, broken at the space nearest its middle (a heading that stayed on one line
    was cut at both ends in Russian and Spanish); a text without spaces (Chinese) is left as it is."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if len(text) < 24 or not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1 :]


class MatrixTableModel(QAbstractTableModel):
    """Rows and answers of one section. Edits go through `on_edit(field_key, value)`."""

    def __init__(
        self, session: Session, section: dict, language: str, on_edit: Callable[[str, str], None], parent=None
    ):
        super().__init__(parent)
        self.session, self.section, self.language, self.on_edit = session, section, language, on_edit
        if section["layout"] == "adherence":
            self.cells = [(None, "adherence")]
        else:
            self.cells = [(w, a) for w in WEAPONS for a in ASPECTS]
        self.weapon_codes = {w: weapon_abbreviation(w, language) for w in WEAPONS}
        self.rows: list[dict] = []
        self.reload()

    # -- data from the domain ---------------------------------------------------------------
    def reload(self) -> None:
        rows = self.session.read(matrix.section_grid, self.section["key"], self.language)
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        self.rows = rows
        if rows:  # same shape: refresh the values in place, keeping selection and scroll position
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))

    def reload_fields(self, keys) -> None:
        """Refresh only the rows holding the fields `keys`; nothing is read when this section has none of them."""
        wanted = set(keys)
        if not any(f["key"] in wanted for row in self.rows for f in row["fields"].values()):
            return
        rows = self.session.read(matrix.section_grid, self.section["key"], self.language)
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        for r, row in enumerate(rows):
            if any(f["key"] in wanted for f in row["fields"].values()):
                self.rows[r] = row
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    def field_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid() or index.column() == 0 or not (0 <= index.row() < len(self.rows)):
            return None
        cell = self.cells[index.column() - 1] if index.column() - 1 < len(self.cells) else None
        return self.rows[index.row()]["fields"].get(cell) if cell else None

    def index_of_field(self, field_key: str) -> QModelIndex:
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(self.cells, 1):
                f = row["fields"].get(cell)
                if f and f["key"] == field_key:
                    return self.index(r, c)
        return QModelIndex()

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        if parent.isValid():
            return 0
        extra = 2 if self.section["layout"] == "adherence" else 0  # details and remarks for section A
        return 1 + len(self.cells) + extra

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == 0 or index.column() > len(self.cells):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.field_at(index) is None:
            return Qt.ItemFlag.NoItemFlags  # this weapon has no field on this row
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self.rows))
            or not (0 <= index.column() < self.columnCount())
        ):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            mark = "" if row["confirmed"] else f" {UNCONFIRMED_MARK}"
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row['number']}. {row['label']}{mark}"
            if role == Qt.ItemDataRole.ToolTipRole:
                if not mark:
                    return row["label"]
                note = translate("MatrixTableModel", "Wording not yet confirmed against the Committee's matrix.")
                return f"{row['label']}\n{UNCONFIRMED_MARK} {note}"
            return None
        if column > len(self.cells):  # section A: details and remarks of the row's single field
            f = row["fields"][(None, "adherence")]
            text = f["adherence_details"] if column == len(self.cells) + 1 else f["remarks"]
            if role == Qt.ItemDataRole.DisplayRole:
                return text.replace("\n", " ")[:200]
            if role == Qt.ItemDataRole.ToolTipRole and text:
                return text[:1000]
            if role == FIELD_KEY_ROLE:
                return f["key"]
            return None
        f = self.field_at(index)
        if f is None:
            return (
                QBrush(tone(ABSENT_BACKGROUND.color().name()), ABSENT_BACKGROUND.style())
                if role == Qt.ItemDataRole.BackgroundRole
                else None
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{f['value']} ⚠" if f["cites_repealed"] else f["value"]
        if role == Qt.ItemDataRole.EditRole:
            return f["value"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and f["value"]:
            return tone(VALUE_BACKGROUNDS[f["value"]])  # light or dark, as the palette
        if role == FIELD_KEY_ROLE:
            return f["key"]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [labels.value_meaning(f["value"])]
            if f["cited"]:
                lines.append(MatrixCounts().references(f["cited"]))
            if f["cites_repealed"]:
                lines.append(translate("MatrixTableModel", "⚠ Cites a repealed law: review this field."))
            if f["remarks"]:
                lines.append(f["remarks"][:300])
            return "\n".join(lines)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 (Qt API)
        f = self.field_at(index)
        if role != Qt.ItemDataRole.EditRole or f is None:
            return False
        new = normalise_value(str(value))
        if new is None:
            return False
        if new != f["value"]:
            self.on_edit(f["key"], new)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if role == Qt.ItemDataRole.ToolTipRole and self.section["layout"] == "adherence" and section == 2:
            return translate("MatrixTableModel", "Signature, ratification, entry into force")
        if orientation != Qt.Orientation.Horizontal:
            return None
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and self.section["layout"] != "adherence"
            and 1 <= section <= len(self.cells)
        ):
            weapon, aspect = self.cells[section - 1]
            return f"{self.weapon_codes[weapon]}: " + (
                translate("MatrixTableModel", "national legal framework")
                if aspect == "legal"
                else translate("MatrixTableModel", "enforcement: civil / criminal penalties")
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("MatrixTableModel", "Measure")
        if self.section["layout"] == "adherence":
            return {
                1: translate("MatrixTableModel", "Yes (X)"),
                2: two_lines(translate("MatrixTableModel", "Signature, ratification, entry into force")),
                3: translate("MatrixTableModel", "Remarks"),
            }.get(section)
        if 1 <= section <= len(self.cells):
            weapon, aspect = self.cells[section - 1]
            return f"{self.weapon_codes[weapon]}\n" + (
                translate("MatrixTableModel", "legal")
                if aspect == "legal"
                else translate("MatrixTableModel", "enforc.")
            )
        return None
