"""Exported documents: PDF and Excel writers, the fonts they embed, and the checks of written files."""
