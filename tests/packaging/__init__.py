"""Packaging: the desktop files, icons and PyInstaller spec under packaging/ and resources/icons/."""
