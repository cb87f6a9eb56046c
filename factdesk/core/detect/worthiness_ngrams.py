"""A bag of word and character n-grams as a spaCy text classifier architecture: `factdesk.CharNgramBOW.v1`.

spaCy's own bag of words (`spacy.TextCatBOW.v3`) hashes word n-grams only.
Comments and short posts are told apart better by character n-grams (word
endings, spelling, "!!", "http"): on GermEval comments TF-IDF character
2–5-grams rank 0.07–0.12 average precision above our word-feature textcat.
This architecture feeds one hashed table (thinc's `SparseLinear`) with

- the word 1..`ngram_size`-grams of the lower-cased tokens, and
- the character `char_min`..`char_max`-grams inside each lower-cased token
  padded with a space on both sides (scikit-learn's `char_wb`),

each counted once per text as 1 + log(count) and, with `normalize`, scaled
so a text's values have unit length (long comments do not outvote short
ones). It is used on its own or as the `linear_model` of
`spacy.TextCatEnsemble.v2`, trained with `spacy train` from the repo's
configs like the built-in ones. Importing this module registers it; the
scorer imports it before it builds a saved classifier from its config.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from spacy.attrs import LOWER, SHAPE
from spacy.strings import hash_string
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, softmax_activation, with_cpu
from thinc.layers.resizable import resize_linear_weighted

NEG_VALUE = -5000  # spaCy's fill for the bias of added labels
_CHAR_MARK = "\x02"  # keeps a character n-gram's hash apart from a word's ("an" the word, "an" inside "want")
_SHAPE_MARK = np.uint64(0x5DEECE66D)  # keeps a shape's hash apart from a word's ("Xxxxx" the shape)
_CACHE_LIMIT = 200_000
# the character n-gram hashes of each lower-cased word, by (char_min, char_max); not in the model's
# attrs, which spaCy would save with the weights
_CACHE: dict[tuple[int, int], dict[int, np.ndarray]] = {}


@registry.architectures("factdesk.CharNgramBOW.v1")
def build_char_ngram_bow(exclusive_classes: bool, ngram_size: int = 2, char_min: int = 2, char_max: int = 5,
                         length: int = 262144, normalize: bool = True, no_output_layer: bool = False,
                         init_scale: float = 0.0, shapes: bool = False, nO: int | None = None) -> Model:
    """A linear text classifier over hashed word and character n-grams (see the module docstring).

    `shapes` adds each token's shape ("dd.d", "Xxxxx") as a feature.
    `init_scale` > 0 starts the weights uniform in ±init_scale instead of 0.
    Inside `spacy.TextCatEnsemble.v2` with exclusive classes a zero start
    never trains: the ensemble's output layer starts at zero and sees the
    same 0.5 / 0.5 from the linear part for every text, so its two columns
    for it stay equal and the gradient back through the softmax is 0 (the
    `spacy.TextCatBOW.v3` inside the first shipped ensembles kept all its
    weights at 0). Random starts break that tie; spaCy's training seed fixes them.
    """
    from spacy.ml.models.textcat import resize_and_set_ref

    length = 2 ** (length - 1).bit_length()  # a power of two, as spacy.TextCatBOW.v3 rounds it
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    if init_scale > 0:
        sparse_linear.init = partial(_init_uniform, sparse_linear.init, init_scale)
    fill_defaults = {"b": 0, "W": 0}
    output_layer = None
    if not no_output_layer:
        fill_defaults["b"] = NEG_VALUE
        output_layer = softmax_activation() if exclusive_classes else Logistic()
    resizable_layer = resizable(sparse_linear, resize_layer=partial(resize_linear_weighted,
                                                                     fill_defaults=fill_defaults))
    model = with_cpu(chain(extract_char_ngrams(ngram_size, char_min, char_max, normalize, shapes),
                           resizable_layer),
                     sparse_linear.ops)
    if output_layer is not None:
        model = chain(model, with_cpu(output_layer, output_layer.ops))
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model


def _init_uniform(init: Any, scale: float, model: Model, X: Any = None, Y: Any = None) -> Model:
    """thinc's SparseLinear init, then weights uniform in ±scale (numpy's global generator: spaCy seeds it)."""
    init(model, X, Y)
    weights = model.get_param("W")
    model.set_param("W", model.ops.asarray(np.random.uniform(-scale, scale, weights.shape), dtype="f"))
    return model


def extract_char_ngrams(ngram_size: int, char_min: int, char_max: int, normalize: bool,
                        shapes: bool = False) -> Model:
    """Docs → (keys, values, lengths) for `SparseLinear`: each text's distinct n-gram hashes and their values."""
    return Model("extract_char_ngrams", _forward,
                 attrs={"ngram_size": ngram_size, "char_min": char_min, "char_max": char_max,
                        "normalize": normalize, "shapes": shapes})


def _forward(model: Model, docs: list[Any], is_train: bool):
    ops = model.ops
    char_range = (model.attrs["char_min"], model.attrs["char_max"])
    cache = _CACHE.setdefault(char_range, {})
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    batch_keys, batch_vals = [], []
    for doc in docs:
        lowers = doc.to_array(LOWER) if len(doc) else np.zeros((0,), dtype="uint64")
        parts = [lowers] + [ops.ngrams(n, lowers) for n in range(2, model.attrs["ngram_size"] + 1) if len(lowers) >= n]
        if model.attrs.get("shapes"):
            parts.append(doc.to_array(SHAPE).astype("uint64") ^ _SHAPE_MARK)
        for key, token in zip(lowers.tolist(), doc):
            grams = cache.get(key)
            if grams is None:
                grams = cache[key] = char_ngram_keys(token.lower_, *char_range)
            parts.append(grams)
        keys, counts = np.unique(np.concatenate(parts).astype("uint64"), return_counts=True)
        vals = 1.0 + np.log(counts.astype("float32"))
        if model.attrs["normalize"] and len(vals):
            vals /= np.sqrt(np.dot(vals, vals))
        batch_keys.append(keys)
        batch_vals.append(vals.astype("float32"))
    lengths = ops.asarray([len(k) for k in batch_keys], dtype="int32")
    keys = np.concatenate(batch_keys) if batch_keys else np.zeros((0,), dtype="uint64")
    vals = np.concatenate(batch_vals) if batch_vals else np.zeros((0,), dtype="float32")

    def backprop(_: Any) -> list:
        return []

    return (keys, ops.asarray(vals, dtype="f"), lengths), backprop


def char_ngram_keys(word: str, char_min: int, char_max: int) -> np.ndarray:
    """The hashes of the character n-grams of " word " (n from char_min to char_max), as uint64."""
    if word.isspace():
        return np.zeros((0,), dtype="uint64")
    padded = f" {word} "
    grams = [padded[i:i + n] for n in range(char_min, char_max + 1) for i in range(len(padded) - n + 1)]
    return np.array([hash_string(_CHAR_MARK + g) for g in grams], dtype="uint64")
