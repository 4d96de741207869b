"""What the layers below the window say to the user: English text with named gaps, translated where shown.

The domain, the commands, the store and the importers import no Qt and know no languages, yet
their refusals and reports reach a German window. So they never hand out a finished sentence;
they build a :class:`Message`: an English text with ``{named}`` gaps, and the values for them.

- ``str(message)`` is the English sentence. The command line, the logs and the tests read that.
- ``timeline_app.ui.i18n.translated(message)`` looks the text up in the interface's catalogue
  and fills the gaps, translating a value that is itself a Message (a record kind, a reason).

``message("…")`` is also how a text reaches the catalogue: ``packaging/update_translations.py``
tells ``pyside6-lupdate`` to read ``message`` as Qt's ``QT_TR_NOOP``. So its first argument must
be one string literal (adjacent literals are fine, an f-string is not), and literal braces in it
are doubled (``{{``), as ``str.format`` wants.

Errors carry their message as :class:`MessageError`; catching ``DateError`` or ``EditError``
works as before, and ``str(error)`` is the English sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    """An English ``text`` with ``{name}`` gaps, and the ``values`` that fill them, in order."""

    text: str
    values: tuple[tuple[str, object], ...] = ()

    def format(self, translate: Callable[[str], str]) -> str:
        """The text passed through ``translate``, then filled; a value that is a Message goes the same way."""
        filled = {name: value.format(translate) if isinstance(value, Message) else value
                  for name, value in self.values}
        return translate(self.text).format(**filled)

    def __str__(self) -> str:
        return self.format(_english)


def _english(text: str) -> str:
    return text


def message(text: str, /, **values: object) -> Message:
    """A message for the user: ``text`` (one literal, English) with its gaps' ``values``."""
    return Message(text, tuple(values.items()))


class MessageError(Exception):
    """An error the user reads: ``message`` says what is wrong and where; ``str()`` gives it in English."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message

    def __reduce__(self):
        """Pickle by message, so the error survives a trip to a worker process and back."""
        return type(self), (self.message,)
