"""What an import or export did, for the user to read: counts, and each thing skipped or
approximated with the reason.

Other tools' formats never map one to one onto a project, so an import that silently dropped a
recurrence rule or moved a fuzzy date would be lying; every such decision is written down here
and printed by the command line (and shown by the GUI, in its language).

Counts are kept by kind ("events", "claims", "status changes"), the words :meth:`render` prints;
the GUI words each count itself, in the plural its language needs. Skips, approximations and
notes are :class:`~timeline_app.messages.Message` s: ``str()`` of one is the English line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.messages import Message, message


def placed(where: Message | str, said: Message | str) -> Message | str:
    """``said`` about a place (a line, record or field; a text when it is the file's own words,
    such as a field's name), or about the whole file when ``where`` is empty."""
    return message("{place}: {text}", place=where, text=said) if where else said


@dataclass
class ImportReport:
    """The outcome of one file's import."""

    format: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[Message] = field(default_factory=list)
    approximated: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)

    def count(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n

    def skip(self, where: Message | str, why: Message) -> None:
        self.skipped.append(placed(where, why))

    def approximate(self, where: Message | str, how: Message) -> None:
        self.approximated.append(placed(where, how))

    def render(self, name: str) -> str:
        """Several lines in English, for the command line: what was imported, then each note,
        skip and approximation."""
        held = ", ".join(f"{n} {kind}" for kind, n in self.counts.items() if n) or "nothing"
        lines = [f"{name}: imported as {self.format}: {held}"]
        lines += [f"  note: {text}" for text in self.notes]
        lines += [f"  skipped: {text}" for text in self.skipped]
        lines += [f"  approximated: {text}" for text in self.approximated]
        return "\n".join(lines)


@dataclass
class ExportReport:
    """The outcome of one export: records written, and records left out with the reason."""

    format: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[Message] = field(default_factory=list)

    def skip(self, where: Message | str, why: Message) -> None:
        self.skipped.append(placed(where, why))

    def render(self, name: str) -> str:
        """Lines in English, for the command line: what was written, then each record left out."""
        held = ", ".join(f"{n} {kind}" for kind, n in self.counts.items()) or "the project"
        return "\n".join([f"{name}: exported as {self.format}: {held}",
                          *(f"  skipped: {text}" for text in self.skipped)])
