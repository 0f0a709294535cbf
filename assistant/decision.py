"""Answer or decline: a calibrated probability that the best candidate answers
the question, from a few features, instead of one raw score per language.

The weights are a logistic regression fitted on the dev split only
(`python evals/fit_decision.py` writes `decision.json`); the report of that
fit gives the risk-coverage curve and the operating point.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# The combined score is left out: it is a sum of these, and beside them its weight and theirs
# trade off arbitrarily (a negative weight on lexical evidence, as the first fit gave).
FEATURES = ("dense", "lexical", "coverage", "type_present", "count_match", "names_known", "names_matched", "margin", "english")
WEIGHTS_FILE = Path(__file__).with_name("decision.json")


@dataclass(frozen=True)
class Evidence:
    """What the decision sees about the best candidate of a question."""

    dense: float  # e5 similarity of its sentence to the question
    lexical: float  # IDF-weighted share of the question's stems it holds
    coverage: float  # IDF-weighted share of the question's words the corpus knows at all
    type_present: float  # it holds an answer of the asked type (1/0)
    count_match: float  # number questions: share of the question's words around its best figure (1 otherwise)
    names_known: float  # share of the question's names the corpus knows (1 with none)
    names_matched: float  # share of the question's names in the candidate's document (1 with none)
    margin: float  # its score minus the best candidate's from another document
    english: float  # the question is English (1/0)

    def vector(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]


@dataclass(frozen=True)
class Decision:
    """Standardised logistic regression and the probability to answer from."""

    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, evidence: Evidence) -> float:
        """
        >>> d = Decision((0.0,) * 9, (1.0,) * 9, (1.0,) + (0.0,) * 8, 0.0, 0.5)
        >>> round(d.probability(Evidence(2.0, 0, 0, 0, 0, 0, 0, 0, 0)), 3)
        0.881
        """
        z = self.bias + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, evidence.vector(), self.means, self.scales))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def answers(self, evidence: Evidence) -> bool:
        return self.probability(evidence) >= self.threshold

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "means": list(self.means), "scales": list(self.scales),
                "weights": list(self.weights), "bias": self.bias, "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> "Decision":
        if list(data["features"]) != list(FEATURES):
            msg = f"{WEIGHTS_FILE.name}: fitted on features {data['features']}, the code has {list(FEATURES)}: refit it"
            raise ValueError(msg)
        return cls(tuple(data["means"]), tuple(data["scales"]), tuple(data["weights"]), data["bias"], data["threshold"])


@lru_cache(maxsize=1)
def default_decisions() -> dict[str, Decision]:
    """One decision per language: English questions carry no Swedish lexical
    evidence, so the same features mean different things for them."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return {language: Decision.from_json(fitted) for language, fitted in data.items()}


def fit(rows: list[tuple[list[float], bool]], l2: float = 0.05, steps: int = 4000, rate: float = 0.3) -> Decision:
    """Logistic regression by gradient descent on standardised features (numpy).

    >>> d = fit([([0.9] + [0.0] * 8, True), ([0.1] + [0.0] * 8, False)] * 5)
    >>> d.probability(Evidence(0.9, *[0] * 8)) > 0.5 > d.probability(Evidence(0.1, *[0] * 8))
    True
    """
    import numpy as np

    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([1.0 if r[1] else 0.0 for r in rows])
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = (x - means) / scales
    w, b = np.zeros(z.shape[1]), 0.0
    # More evidence never lowers the probability: every weight but the
    # language's is kept at zero or above. The dev questions were written to
    # avoid the documents' words when answerable and to use them when not; an
    # unconstrained fit learns that quirk as a negative weight on word overlap.
    monotone = np.array([name != "english" for name in FEATURES])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= rate * (z.T @ (p - y) / len(y) + l2 * w)
        w[monotone] = np.maximum(w[monotone], 0.0)
        b -= rate * float(np.mean(p - y))
    return Decision(tuple(means.round(6)), tuple(scales.round(6)), tuple(w.round(6)), round(b, 6), 0.5)
