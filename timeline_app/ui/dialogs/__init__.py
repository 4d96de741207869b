"""Dialogs that create and change records, humble ones: they show values and hand values back.

Each dialog is filled from a plain value (``values``) and choices it is given (search functions,
status lists), checks what is typed as it is typed, and on OK hands its values to whoever opened
it, which turns them into one edit (``forms``) and pushes it. No dialog touches the database.

Also here, because they too load only when first opened: the Help menu's windows
(``help_dialogs``) and the preferences dialog (``preferences_dialog``).
"""
