"""The application's look: a calm, legible style on top of Qt's Fusion style."""

STYLE_SHEET = """
QListWidget#navigation {
    background: #1f3b57; color: #e9eef4; border: none; font-size: 14px; padding-top: 8px;
}
QListWidget#navigation::item { padding: 10px 14px; border: none; }
QListWidget#navigation::item:selected { background: #2f5d88; color: white; }
QListWidget#navigation::item:hover:!selected { background: #284a6d; }
QLabel#stateName { font-size: 24px; font-weight: 600; color: #1f3b57; }
QLabel#viewHeading { font-size: 20px; font-weight: 600; color: #1f3b57; }
QLabel#trainingBadge { background: #fff3cd; color: #7a5b00; border: 1px solid #e6c766;
    border-radius: 4px; padding: 2px 8px; }
QLabel#focalPoint { color: #44515e; font-size: 14px; }
QFrame#card { background: white; border: 1px solid #d8dee5; border-radius: 6px; }
QLabel#cardValue { font-size: 22px; font-weight: 600; color: #1f3b57; }
QLabel#cardCaption { color: #5b6773; }
QFrame#panel { background: white; border: 1px solid #d8dee5; border-radius: 6px; }
QLabel#panelHeading { font-size: 15px; font-weight: 600; color: #1f3b57; }
QLabel#fieldCaption { color: #5b6773; }
QLabel#coverageFigures { color: #44515e; }
QWidget#overviewBody { background: #f4f6f8; }
QGroupBox { font-weight: 600; }
"""
