"""The word and character n-gram bag (factdesk.CharNgramBOW.v1) behind the check-worthiness classifiers."""

import numpy as np
import spacy
from spacy.training import Example
from spacy.strings import hash_string
from spacy.util import fix_random_seed, registry

from factdesk.core.detect import worthiness_ngrams
from factdesk.core.detect.worthiness_ngrams import char_ngram_keys, extract_char_ngrams

LABEL, OTHER = "CHECK_WORTHY", "OTHER"

# own sentences: numbers about a labour market against greetings and reactions
WORTHY = ["Die Arbeitslosigkeit stieg im Mai auf 6,1 Prozent.", "Die Regierung gab 4,2 Milliarden Euro für Schulen aus.",
          "Im Jahr 2022 wurden 312 Menschen festgenommen.", "Die Inflation lag im Juni bei 7,9 Prozent."]
PLAIN = ["Danke für den netten Abend!", "Was für ein schöner Tag heute.", "Ich freue mich schon auf morgen.",
         "Bis bald, liebe Grüße!"]


def _keys_and_values(texts, **settings):
    nlp = spacy.blank("de")
    extract = extract_char_ngrams(settings.get("ngram_size", 2), 2, 5, settings.get("normalize", True))
    keys, values, lengths = extract.predict([nlp.make_doc(t) for t in texts])
    out, start = [], 0
    for n in lengths:
        out.append(dict(zip(keys[start:start + n].tolist(), values[start:start + n].tolist())))
        start += n
    return out


def test_a_word_gives_the_character_ngrams_of_its_padded_form():
    # " lüge " has 5 bigrams, 4 trigrams, 3 four-grams and 2 five-grams
    keys = char_ngram_keys("lüge", 2, 5)
    assert len(keys) == 14 and keys.dtype == np.uint64
    assert len(set(char_ngram_keys("lügen", 2, 5)) & set(keys)) == 10  # all but those ending in "e "
    assert len(char_ngram_keys(" ", 2, 5)) == 0


def test_capitals_do_not_change_the_features_and_a_text_has_unit_length():
    lower, upper = _keys_and_values(["die inflation stieg.", "DIE INFLATION STIEG."])
    assert lower == upper
    assert np.isclose(np.linalg.norm(list(lower.values())), 1.0)
    raw = _keys_and_values(["die inflation stieg."], normalize=False)[0]
    assert raw.keys() == lower.keys() and min(raw.values()) == 1.0


def test_a_word_and_the_same_letters_inside_a_word_are_different_features():
    # the word "an" and the character bigram "an" (in "plan") must not share a weight
    word_an = hash_string("an")
    assert word_an in _keys_and_values(["an"])[0]
    assert word_an not in set(char_ngram_keys("plan", 2, 5).tolist())


def test_an_empty_text_has_no_features():
    assert _keys_and_values(["", "Ja"])[0] == {}


def _train(model_config, rounds=15):
    fix_random_seed(11)
    nlp = spacy.blank("de")
    nlp.add_pipe("textcat", config={"model": model_config})
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {LABEL: float(y), OTHER: float(1 - y)}})
                for texts, y in ((WORTHY, 1), (PLAIN, 0)) for t in texts]
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = 0.01
    for _ in range(rounds):
        nlp.update(examples, sgd=optimizer)
    return nlp


BOW = {"@architectures": "factdesk.CharNgramBOW.v1", "exclusive_classes": True, "length": 4096}


def test_the_classifier_carries_what_it_learned_to_words_it_never_saw():
    nlp = _train(BOW)
    # none of these words was in training; their pieces were ("arbeitslos", "prozent", "grüß")
    worthy = nlp("Die Arbeitslosenquote sank auf 5,4 Prozentpunkte.").cats[LABEL]
    plain = nlp("Herzliche Grüße und danke!").cats[LABEL]
    assert worthy > 0.5 > plain + 0.2


def test_inside_an_ensemble_the_bag_learns_when_its_weights_start_random():
    """spaCy's ensemble never trains a zero-started linear part with exclusive classes (see the module)."""
    tok2vec = {"@architectures": "spacy.Tok2Vec.v2",
               "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 8, "attrs": ["NORM"], "rows": [200],
                         "include_static_vectors": False},
               "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 8, "window_size": 1,
                          "maxout_pieces": 2, "depth": 1}}

    def linear_part(scale):
        """P(check-worthy) of the worthy and of the plain sentences from the ensemble's bag alone."""
        ensemble = {"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": tok2vec,
                    "linear_model": {**BOW, "init_scale": scale}}
        textcat = _train(ensemble, rounds=10).get_pipe("textcat")
        linear = textcat.model.layers[0].layers[0]
        column = list(textcat.labels).index(LABEL)
        nlp = spacy.blank("de")
        return [linear.predict([nlp.make_doc(t) for t in texts])[:, column].mean() for texts in (WORTHY, PLAIN)]

    assert linear_part(0.0) == [0.5, 0.5]  # spaCy's tie: the bag never moved
    worthy, plain = linear_part(0.05)
    assert abs(worthy - plain) > 0.1  # the output layer may read the bag either way round


def test_the_shipped_german_classifier_reads_character_ngrams():
    from factdesk.core.detect import worthiness

    textcat, _ = worthiness.load_textcat(worthiness.model_dir("de"))
    assert any(layer.name == "extract_char_ngrams" for layer in textcat.model.walk())
    assert registry.architectures.get("factdesk.CharNgramBOW.v1") is worthiness_ngrams.build_char_ngram_bow
