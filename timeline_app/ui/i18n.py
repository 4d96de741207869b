"""The user interface's language: which one, its translators, and the one function that translates.

Every user-visible text in ``timeline_app/ui`` is written in English and passed through :func:`tr`
where it is shown. ``pyside6-lupdate`` collects those calls into ``resources/translations/*.ts``
(``packaging/update_translations.py`` runs it, and ``pyside6-lrelease``, which compiles the
``.qm`` files shipped beside them); :func:`install` loads the compiled German one with Qt's own
``qtbase`` translation (standard buttons, file dialogs) and makes the language the default locale,
so that numbers follow it too. Installing a translator makes Qt send ``QEvent.LanguageChange`` to
every widget; the widgets set their texts again then, so a new choice in the preferences takes
effect at once.

All texts share one translation context (the empty one): PySide's ``self.tr`` looks a text up
under the class of the object at run time, which for a subclass (every record dialog) is not the
class that lupdate saw the text in. One context also keeps a term ("Claim", "Lane") translated one
way everywhere; a second argument tells apart texts that are the same in English only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from timeline_app.messages import Message

#: The languages the interface is translated into; English is the language of the sources.
LANGUAGES = ("en", "de")
SOURCE_LANGUAGE = "en"
CATALOGUE = "timeline_app"  # timeline_app_de.qm
CONTEXT = ""
QT_CATALOGUES = ("qtbase",)  # Qt's own texts used by Qt Widgets: buttons, file and colour dialogs
FOLDER = Path("resources", "translations")

_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language; ``%n`` (or ``%Ln``, grouped digits) in it stands for ``n``,
    which also chooses the plural form. Arguments go in afterwards: ``tr("Saved {}").format(name)``."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def translated(said: Message | BaseException | str) -> str:
    """What a lower layer said (a :class:`~timeline_app.messages.Message`, an error carrying one,
    or plain text such as a user's own words) in the interface's language."""
    if isinstance(said, BaseException):
        said = getattr(said, "message", None) or str(said)
    return said.format(tr) if isinstance(said, Message) else said


class Retranslating:
    """A mixin for widgets, named before the Qt class: ``retranslate()`` sets the widget's texts
    again whenever the interface's language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def language() -> str:
    """The language the interface is shown in now: one of :data:`LANGUAGES`."""
    return _language


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language for a preference ("system", "en", "de"): the system's first language that the
    interface has, else English."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are: beside a frozen build's program, inside an installed
    package (the wheel carries them there), else at the top of the checkout."""
    package = Path(__file__).resolve().parents[1]
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = ([Path(frozen) / FOLDER] if frozen else []) + [package / FOLDER, package.parent / FOLDER]
    return next((folder for folder in candidates if folder.is_dir()), candidates[-1])


def install(choice: str = "system") -> str:
    """Show the interface in the language ``choice`` asks for; returns that language.

    Qt's own translation comes from PySide6's translations folder. English has a catalogue too,
    holding only the plural forms of texts that count ("%n claim(s)": "1 claim", "2 claims").
    """
    global _language
    app = QCoreApplication.instance()
    wanted = resolve(choice)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(wanted)
    QLocale.setDefault(locale)
    _language = wanted
    if app is None:
        return wanted
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalogues = [] if wanted == SOURCE_LANGUAGE else [(qt, qt_folder) for qt in QT_CATALOGUES]
    for name, folder in [*qt_catalogues, (CATALOGUE, str(translations_dir()))]:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return wanted
