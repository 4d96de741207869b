"""Widgets only: windows, views and dialogs; they edit through ``commands`` and read through ``store``."""
