"""The small learned models: training recovers a clear rule; the shipped files load and score."""

from __future__ import annotations

from recoupe.nlp.linear import LinearModel, train_logistic, train_ranker
from recoupe.nlp.quote_model import MARKS_FILE, SPEAKERS_FILE


def test_logistic_learns_which_feature_marks_the_positives():
    rows = [{"quoted_speech": 1.0}] * 20 + [{"label": 1.0}] * 20
    model = train_logistic(rows, [1] * 20 + [0] * 20, l2=0.1)
    assert model.probability({"quoted_speech": 1.0}) > 0.9 > 0.1 > model.probability({"label": 1.0})


def test_ranker_learns_to_prefer_the_syntactic_attribution():
    groups = [([{"attribution": 1.0, "far": 1.0}, {"nearest": 1.0}], [0]) for _ in range(10)]
    groups += [([{"nearest": 1.0}, {"attribution": 1.0}], [1]) for _ in range(10)]
    model = train_ranker(groups, l2=0.1)
    assert model.best([{"nearest": 1.0}, {"attribution": 1.0}])[0] == 1


def test_shipped_models_load_and_say_what_they_were_trained_on(tmp_path):
    for path in (MARKS_FILE, SPEAKERS_FILE):
        model = LinearModel.load(path)
        assert model.weights and "tuning half" in str(model.meta["trained_on"])
        model.save(tmp_path / path.name)
        assert LinearModel.load(tmp_path / path.name).weights.keys() == model.weights.keys()
