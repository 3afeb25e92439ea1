"""Small linear models learned from our gold and shipped as JSON: a logistic classifier and a
softmax ranker (conditional logit) over sparse named features.

Inference is pure Python (a dot product over the features present); training uses SciPy's
L-BFGS with an L2 penalty. A model file holds its kind, its weights by feature name, the
regularisation it was trained with and where its training data came from.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

Features = dict[str, float]


@dataclass(slots=True)
class LinearModel:
    """Weights by feature name; `bias` is added to every score."""

    kind: str  # "logistic" | "ranker"
    weights: dict[str, float]
    bias: float = 0.0
    meta: dict[str, object] = field(default_factory=dict)

    def score(self, features: Features) -> float:
        """The linear score of one item."""
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: Features) -> float:
        """Logistic probability of the positive class."""
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(features)))))

    def best(self, candidates: list[Features]) -> tuple[int, list[float]]:
        """Index of the best candidate and the softmax probabilities of all."""
        scores = [self.score(features) for features in candidates]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return scores.index(top), [e / total for e in exps]

    def save(self, path: Path) -> None:
        data = {"kind": self.kind, "bias": self.bias, "meta": self.meta,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) > 1e-6}}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["kind"], data["weights"], data.get("bias", 0.0), data.get("meta", {}))


def _index(rows: list[Features]) -> tuple[list[str], dict[str, int]]:
    names = sorted({name for row in rows for name in row})
    return names, {name: i for i, name in enumerate(names)}


def _matrix(rows: list[Features], index: dict[str, int]):
    from scipy.sparse import csr_matrix

    data, columns, pointers = [], [], [0]
    for row in rows:
        for name, value in row.items():
            if name in index:
                data.append(value)
                columns.append(index[name])
        pointers.append(len(data))
    return csr_matrix((data, columns, pointers), shape=(len(rows), len(index)))


def train_logistic(rows: list[Features], labels: list[int], *, l2: float = 1.0) -> LinearModel:
    """Binary logistic regression with an L2 penalty (bias not penalised)."""
    import numpy as np
    from scipy.optimize import minimize

    names, index = _index(rows)
    matrix = _matrix(rows, index)
    target = np.asarray(labels, dtype=float)

    def loss(theta):
        scores = matrix @ theta[1:] + theta[0]
        probs = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        value = -np.sum(target * np.log(probs + 1e-12) + (1 - target) * np.log(1 - probs + 1e-12))
        value += 0.5 * l2 * np.dot(theta[1:], theta[1:])
        error = probs - target
        gradient = np.concatenate([[error.sum()], matrix.T @ error + l2 * theta[1:]])
        return value, gradient

    result = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B")
    weights = {name: float(result.x[i + 1]) for i, name in enumerate(names)}
    return LinearModel("logistic", weights, float(result.x[0]), {"l2": l2, "items": len(rows)})


def train_ranker(groups: list[tuple[list[Features], list[int]]], *, l2: float = 1.0) -> LinearModel:
    """Softmax ranking: each group is (candidates, indices of the right ones); the likelihood of
    the right candidates is maximised. Groups with no right candidate are skipped."""
    import numpy as np
    from scipy.optimize import minimize

    groups = [(c, r) for c, r in groups if r and c]
    rows = [features for candidates, _ in groups for features in candidates]
    names, index = _index(rows)
    matrix = _matrix(rows, index)
    bounds, start = [], 0
    for candidates, right in groups:
        bounds.append((start, start + len(candidates), [start + i for i in right]))
        start += len(candidates)

    def loss(theta):
        scores = matrix @ theta
        value, gradient = 0.5 * l2 * np.dot(theta, theta), l2 * theta
        weights = np.zeros(len(rows))
        for low, high, right in bounds:
            block = scores[low:high]
            probs = np.exp(block - block.max())
            probs /= probs.sum()
            good = probs[[r - low for r in right]].sum()
            value -= math.log(good + 1e-12)
            weights[low:high] += probs
            weights[right] -= probs[[r - low for r in right]] / (good + 1e-12)
        return value, gradient + matrix.T @ weights

    result = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B")
    weights = {name: float(result.x[i]) for i, name in enumerate(names)}
    return LinearModel("ranker", weights, 0.0, {"l2": l2, "groups": len(groups)})
