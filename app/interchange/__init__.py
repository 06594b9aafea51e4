"""Workbooks that leave the application and come back: agency workbooks, the Committee's matrix, safe reading."""
