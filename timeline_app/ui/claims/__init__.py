"""The claims panel: each party's claims with their denials, filtered, sorted and read lazily.

``reading`` reads the store into a tree of ``nodes`` that ``tree`` keeps in place across re-reads;
``model`` offers it to Qt with named roles; ``claims_view`` and ``badge`` show and paint it;
``filter_bar`` and ``choice_button`` ask what to show; ``panel`` puts them together, in step with
the timeline's selection.
"""
