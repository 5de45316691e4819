"""A logistic regression over named binary features, applied without scikit-learn.

The learned layers (relations the rules missed, entities the rules should not have
kept) are fitted offline with scikit-learn by the scripts in ``scripts/`` and shipped
as JSON: a bias, one weight per feature name, the threshold chosen by
cross-validation and what the model was trained on. Applying one is a sum of
weights, so a user's install needs no scikit-learn, the result is the same on every
machine, and each prediction can be explained by its heaviest features.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["LinearModel", "fit_logistic"]


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature name; ``probability`` of the positive class for a feature set."""

    name: str
    bias: float
    weights: Mapping[str, float]
    threshold: float = 0.5
    """Keep a prediction whose probability is at least this."""
    about: Mapping[str, Any] = field(default_factory=dict)
    """What it was fitted on, how, and its cross-validated figures (free-form, for readers)."""

    def probability(self, features: Iterable[str]) -> float:
        """The logistic of the bias plus the weights of the features present (each counted
        once, summed in the order first given: a set's order would follow the process's
        string hashes, and a float sum's last bit its order)."""
        return self.probability_of_distinct(dict.fromkeys(features))

    def probability_of_distinct(self, features: Iterable[str]) -> float:
        """:meth:`probability` of features known to be distinct (the filters' sorted
        lists), summed as given: no set or dictionary of them is made again."""
        # ``map`` over the weights' own lookup: no Python frame per feature
        return _logistic(self.bias + sum(map(self.weights.get, features, repeat(0.0))))

    def probability_conjoined(self, prefix: str, features: Iterable[str]) -> float:
        """:meth:`probability_of_distinct` of ``[prefix, *(f"{prefix}|{f}" for f in
        features)]`` (``features`` distinct), the same float, without making those strings:
        the weights under ``prefix`` are read out once per model and prefix (the class
        corrector scores each entity's features under four classes)."""
        lead, under = self._conjoined(prefix)
        # the same weights in the same order as the conjoined list's: the same sum
        return _logistic(self.bias + sum(chain((lead,), map(under.get, features, repeat(0.0)))))

    def probabilities_conjoined(
        self, prefixes: Iterable[str], features: Sequence[str]
    ) -> list[float]:
        """:meth:`probability_conjoined` under each of ``prefixes``, in their order.

        Each feature is looked up once for all the prefixes (the class corrector asks
        four per entity): its weights under each, a row of the prefixes' table, and each
        prefix's column summed in the features' order, a 0.0 where it has no weight, as
        :meth:`probability_conjoined` sums them: the same floats."""
        leads, rows, zeros = self._conjoined_rows(tuple(prefixes))
        if not features:
            return [_logistic(self.bias + lead) for lead in leads]
        columns = zip(*map(rows.get, features, repeat(zeros)), strict=True)  # rows: one length
        return [
            _logistic(self.bias + sum(chain((lead,), column)))
            for lead, column in zip(leads, columns, strict=True)
        ]

    def _conjoined_rows(
        self, prefixes: tuple[str, ...]
    ) -> tuple[tuple[float, ...], dict[str, tuple[float, ...]], tuple[float, ...]]:
        """The weight of each of ``prefixes``, each feature's weights under them (a row per
        feature any of them weighs) and the row of a feature none weighs (all 0.0)."""
        tables = self._cache("_rows")
        found = tables.get(prefixes)
        if found is None:
            split = [self._conjoined(prefix) for prefix in prefixes]
            names = dict.fromkeys(name for _, under in split for name in under)
            rows = {name: tuple(under.get(name, 0.0) for _, under in split) for name in names}
            found = tables[prefixes] = (
                tuple(lead for lead, _ in split),
                rows,
                (0.0,) * len(prefixes),
            )
        return found

    def _cache(self, name: str) -> dict:
        """A dictionary kept on the model under ``name`` (frozen: a cache, not a field)."""
        found = self.__dict__.get(name)
        if found is None:
            found = {}
            object.__setattr__(self, name, found)
        return found

    def _conjoined(self, prefix: str) -> tuple[float, dict[str, float]]:
        """The weight of ``prefix`` and, by the rest of its name, of each ``prefix|f``."""
        split = self._cache("_split")
        found = split.get(prefix)
        if found is None:
            head = prefix + "|"
            under = {f[len(head) :]: w for f, w in self.weights.items() if f.startswith(head)}
            found = split[prefix] = (self.weights.get(prefix, 0.0), under)
        return found

    def accepts(self, features: Iterable[str]) -> bool:
        """Whether the probability reaches the model's threshold."""
        return self.probability(features) >= self.threshold

    def explain(self, features: Iterable[str], top: int = 5) -> list[tuple[str, float]]:
        """The features present with the largest weights (either sign), heaviest first."""
        present = [(f, self.weights[f]) for f in set(features) if f in self.weights]
        return sorted(present, key=lambda item: (-abs(item[1]), item[0]))[:top]

    def to_json(self) -> str:
        """Stable JSON: sorted feature names, weights rounded to 6 places."""
        data = {
            "name": self.name,
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 6),
            "about": dict(self.about),
            "weights": {f: round(w, 6) for f, w in sorted(self.weights.items()) if w},
        }
        return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"

    def save(self, path: str | Path) -> None:
        """Write :meth:`to_json` to ``path`` (through a temporary file, never half-written)."""
        path = Path(path)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(self.to_json(), encoding="utf-8")
        partial.replace(path)

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Read a model written by :meth:`save`; a clear error names a broken file."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                name=str(data["name"]),
                bias=float(data["bias"]),
                weights={str(f): float(w) for f, w in data["weights"].items()},
                threshold=float(data.get("threshold", 0.5)),
                about=dict(data.get("about", {})),
            )
        except OSError as err:
            raise InputError(f"{path}: cannot read model ({err.strerror or err})") from None
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise InputError(f"{path}: not a linear model file ({err})") from None


def _logistic(total: float) -> float:
    """The logistic of ``total``, without overflow either side."""
    if total >= 0:
        return 1.0 / (1.0 + math.exp(-total))
    odds = math.exp(total)
    return odds / (1.0 + odds)


def fit_logistic(
    examples: Sequence[Iterable[str]],
    labels: Sequence[bool],
    *,
    regularisation: float = 1.0,
    name: str = "model",
    threshold: float = 0.5,
    about: Mapping[str, Any] | None = None,
) -> LinearModel:
    """Fit an L2 logistic regression with scikit-learn (installed by the ``train`` extra).

    ``regularisation`` is scikit-learn's ``C`` (smaller: simpler model). The solver is
    deterministic (L-BFGS from zero), so a refit gives the same weights."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise InputError("fitting a model needs scikit-learn: pip install -e '.[train]'") from None
    if not examples or len(set(labels)) < 2:
        raise InputError(f"{name}: need examples of both classes to fit a model")
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([dict.fromkeys(set(x), 1) for x in examples])
    model = LogisticRegression(C=regularisation, solver="lbfgs", max_iter=5000)
    model.fit(matrix, [bool(y) for y in labels])
    weights = dict(zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True))
    return LinearModel(
        name=name,
        bias=float(model.intercept_[0]),
        weights={str(f): float(w) for f, w in weights.items()},
        threshold=threshold,
        about=dict(about or {}),
    )
