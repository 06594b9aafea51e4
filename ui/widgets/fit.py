"""Windows and message boxes that fit a small screen (1280×720, 1366×768 laptops) in every language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStyle,
    QTreeView,
    QWidget,
)

SIZE_SAMPLE_ROWS = 60  # rows read to size a column to its contents: those on screen and this many around them


def _available(widget: QWidget):
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width × height, or less where the screen is smaller (leaving room for the
    window's frame and title bar), so that its bottom (buttons, status bar) is never off the screen."""
    area = _available(widget)
    if area is not None:
        width = min(width, area.width() - 16)
        height = min(height, area.height() - 48)
    widget.resize(width, height)


def fit_buttons(box: QMessageBox) -> None:
    """Stack the buttons of `box` when they do not fit side by side.

    A message box is never wider than a limit Qt derives from the screen (800 pixels on a 1280 or 800
    pixel wide screen); long buttons, such as French ones, were then cut on the left and right."""
    buttons = box.findChild(QDialogButtonBox)
    area = _available(box)
    if buttons is None or area is None:
        return
    limit = area.width() if area.width() <= 1024 else min(area.width() - 480, 1000)  # as QMessageBox computes it
    margins = box.layout().contentsMargins() if box.layout() is not None else None
    spare = (margins.left() + margins.right()) if margins is not None else 0
    if buttons.sizeHint().width() > limit - spare:
        buttons.setOrientation(Qt.Orientation.Vertical)


def sample_sizing(header: QHeaderView) -> QHeaderView:
    """Make `header` size its columns from the rows on screen and SIZE_SAMPLE_ROWS around them, not from every row
    (Qt reads a thousand by default: sizing the columns of 2,000 contacts took 388 ms)."""
    header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    return header


def fit_columns(view: QAbstractItemView, *columns: int) -> None:
    """Size the columns of a table or tree view (all, or those given) to a sample of their contents."""
    sample_sizing(view.header() if isinstance(view, QTreeView) else view.horizontalHeader())
    if not columns:
        view.resizeColumnsToContents()
    for column in columns:
        view.resizeColumnToContents(column)


class _ReadableFirstColumn(QObject):
    """Keeps the stretching first column of a tree at least `minimum` pixels wide: when the other columns (sized to
    their contents: long Russian dates and statuses) leave less, the column stops stretching and the tree scrolls
    sideways instead of cutting every title to a few letters."""

    def __init__(self, view: QTreeView, minimum: int):
        super().__init__(view)
        self.view = view
        self.minimum = minimum
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        header = self.view.header()
        others = sum(header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c))
        room = self.view.viewport().width() - others
        if room >= self.minimum:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, self.minimum)


def readable_first_column(view: QTreeView, minimum: int = 280) -> None:
    """After the other columns were sized: the first column keeps `minimum` pixels (see _ReadableFirstColumn)."""
    keeper = view.findChild(_ReadableFirstColumn)
    if keeper is None:
        keeper = _ReadableFirstColumn(view, minimum)
    keeper.apply()


class _VerticalScrollArea(QScrollArea):
    """Scrolls up and down only: as narrow as its content allows (with room for the scroll bar), never narrower."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        return QSize(max(hint.width(), content.minimumSizeHint().width() + bar + frame), hint.height())


def scrolling(widget: QWidget, name: str) -> QScrollArea:
    """`widget` in a scroll area without a frame, so that a tall pane (a request's detail: four lists stacked) scrolls
    instead of making the whole window taller than a 720-pixel screen. It never scrolls sideways: it is never narrower
    than `widget` can be."""
    area = _VerticalScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class _BuddyLabel(QLabel):
    """A label that ticks or unticks its check box when clicked, as the check box's own text would."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mousePressEvent(event)


def wrapping_check_box(box: QCheckBox) -> QWidget:
    """`box` with its text on as many lines as needed: a check box's own text never wraps, and a long one (a section
    of the matrix named in Russian) made its dialog wider than the screen. The text stays the box's accessible name
    and tooltip; clicking it ticks the box."""
    text = box.text()
    box.setText("")
    box.setAccessibleName(text)
    if not box.toolTip():
        box.setToolTip(text)
    label = _BuddyLabel(text, box)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(box.objectName() + "Text")
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row


NAVIGATION_WIDTH = 250  # the widest the side navigation grows: a longer entry goes on two lines


def fit_navigation(navigation: QListWidget) -> None:
    """Make the side navigation as wide as its longest entry, up to NAVIGATION_WIDTH pixels, longer entries on two
    lines: at 340 pixels (Russian, French in the long pseudo-translation) it left the matrix too little of a
    1280-pixel screen."""
    navigation.setWordWrap(True)
    navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
    navigation.setFixedWidth(max(200, min(NAVIGATION_WIDTH, navigation.sizeHintForColumn(0) + 36)))
