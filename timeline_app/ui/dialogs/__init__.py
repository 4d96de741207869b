"""Dialogs that create and change records, humble ones: they show values and hand values back.

Each dialog is filled from a plain value (``values``) and choices it is given (search functions,
status lists), checks what is typed as it is typed, and on OK hands its values to whoever opened
it, which turns them into one edit (``forms``) and pushes it. No dialog touches the database.
"""
