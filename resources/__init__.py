"""Data shipped with the application: matrix template, State names, translations, demo content."""
