"""Phrases: English text that keeps its template and particulars for translation."""

from __future__ import annotations

import copy
import pickle

from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import Stage


def test_a_phrase_reads_as_its_english_text_and_keeps_what_made_it() -> None:
    where = Phrase("Import", "row %1, line %2", 3, 4)
    reason = Phrase("Import", "it repeats %1 (the same e-mail address)", where)
    assert reason == "it repeats row 3, line 4 (the same e-mail address)"
    assert f"{reason}" == str(reason) and "row 3" in reason
    assert (reason.context, reason.template, reason.arguments) == (
        "Import",
        "it repeats %1 (the same e-mail address)",
        (where,),
    )
    # Vocabulary reads by its label; a particular that looks like a place stays as it is.
    assert Phrase("Validation", "moves to %1 from “%2”", Stage.ACTIVE, "%1") == (
        f"moves to {Stage.ACTIVE.label} from “%1”"
    )


def test_a_counted_phrase_has_an_english_form_for_one() -> None:
    template, one = "%n cards hold %1", "%n card holds %1"
    assert Phrase("Import", template, "x", n=1, one=one) == "1 card holds x"
    assert Phrase("Import", template, "x", n=3, one=one) == "3 cards hold x"
    assert Phrase("Import", "%n people", n=1) == "1 people"


def test_a_phrase_survives_copying_and_pickling_whole() -> None:
    phrase = Phrase("Import", "card %1, line %2", 2, 7)
    for kept in (copy.deepcopy(phrase), pickle.loads(pickle.dumps(phrase))):
        assert type(kept) is Phrase and kept == "card 2, line 7"
        assert (kept.template, kept.arguments, kept.n) == ("card %1, line %2", (2, 7), None)
