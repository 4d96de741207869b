"""Errors of imports and exports, worded for the user."""


class Cancelled(Exception):
    """The user cancelled an import or export; nothing was imported or written."""


class ImportFileError(Exception):
    """A file that cannot be imported: one line naming the file and the record, line or field.

    Raised before anything is written; an import either completes or leaves the project as it was.
    """
