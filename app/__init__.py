"""The domain: everything a focal point can do, callable without a window. No Qt here."""

APP_NAME = "1540 Focal Point"
APP_VERSION = "0.1.0"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
