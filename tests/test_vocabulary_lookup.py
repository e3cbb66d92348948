"""Looking words of the vocabulary up by their stored value, as records are read."""

from __future__ import annotations

import pytest

from partnerdesk.domain.vocabulary import Channel, Kind, Level, Seniority, Stage, member


@pytest.mark.parametrize("vocabulary", [Kind, Stage, Level, Channel, Seniority])
def test_each_stored_value_gives_the_same_word_as_the_enumeration(vocabulary: type) -> None:
    for word in vocabulary:
        assert member(vocabulary, word.value) is vocabulary(word.value) is word


@pytest.mark.parametrize("vocabulary", [Kind, Stage, Level, Channel, Seniority])
def test_a_value_the_vocabulary_lacks_is_refused_as_the_enumeration_refuses_it(
    vocabulary: type,
) -> None:
    with pytest.raises(ValueError):
        member(vocabulary, "no such word")
    with pytest.raises(ValueError):
        member(vocabulary, "")
