"""One undoable command per user edit.

``edits`` builds an edit from what the user asked (no Qt, nothing written yet); ``stack`` applies
it, commits it and keeps it undoable; ``changes`` is the one notification views listen to. The
package imports no Qt itself, so that ``edits`` and ``changes`` stay usable without a display.
"""
