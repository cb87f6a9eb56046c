"""Rating scale presets shipped in resources/scales, and each desk's choice."""

import pytest

from factdesk.core.errors import RequestError
from factdesk.core.store.scales import available_scales, get_scale


def test_presets_are_complete():
    scales = {s.id: s for s in available_scales()}
    assert list(scales)[0] == "default"
    assert {"default", "correctiv", "dpa", "politifact", "meta"} <= set(scales)
    for scale in scales.values():
        ids = [v.id for v in scale.verdicts]
        assert len(ids) == len(set(ids))
        assert all(v.label_de and v.label_en and v.colour.startswith("#") for v in scale.verdicts)


@pytest.mark.parametrize("scale_id, verdict, label_de", [
    ("correctiv", "fehlender_kontext", "Fehlender Kontext"),
    ("dpa", "stimmt_ueberwiegend", "stimmt überwiegend"),
    ("politifact", "pants_on_fire", "Glatt gelogen"),
    ("meta", "altered", "Verändert"),
])
def test_preset_labels(scale_id, verdict, label_de):
    assert get_scale(scale_id).verdict(verdict).label("de") == label_de


def test_each_desk_chooses_its_scale(desk):
    assert desk.rating_scale().id == "default"
    desk.set_rating_scale("correctiv", by="lead")
    assert desk.rating_scale().id == "correctiv"
    with pytest.raises(RequestError, match="unknown rating scale"):
        desk.set_rating_scale("astrology", by="lead")
    assert desk.rating_scale().id == "correctiv"


def test_dpa_scale_has_the_five_steps_of_dpa_fact_checks_in_order():
    scale = get_scale("dpa")
    rated = [(v.label("de"), v.rating) for v in scale.verdicts if v.rating is not None]
    assert rated == [("stimmt", 5), ("stimmt überwiegend", 4), ("stimmt teilweise", 3),
                     ("stimmt überwiegend nicht", 2), ("stimmt nicht", 1)]
    assert (scale.best_rating, scale.worst_rating) == (5, 1)
    assert scale.verdict("stimmt_ueberwiegend_nicht").label("en") == "Mostly incorrect"
