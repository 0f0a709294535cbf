"""LangChain's own standard suites (`langchain-tests`) over our retriever and embedders:
outside tools that take them as a LangChain `BaseRetriever` or `Embeddings` rely on
exactly these behaviours (a per-call `k`, async calls, consistent vector sizes)."""

from __future__ import annotations

import pytest
from langchain_tests.integration_tests import EmbeddingsIntegrationTests, RetrieversIntegrationTests

from assistant.embeddings import E5Embeddings, SentenceTransformerEmbeddings, default_sentence_transformer, get_embeddings
from assistant.retrieval import HybridRetriever
from assistant.store import open_index


class TestHybridRetriever(RetrieversIntegrationTests):
    """Over the shipped index, real Chroma and the bundled e5 model."""

    @pytest.fixture(autouse=True)
    def _shipped(self, shipped_index):
        # Autouse fixtures run before the suite's own `retriever` fixture, so the
        # constructor parameters (an opened index) exist when it is built.
        self._params = {"index": open_index(shipped_index), "embeddings": get_embeddings(shipped_index)}

    @property
    def retriever_constructor(self) -> type[HybridRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return self._params

    @property
    def retriever_query_example(self) -> str:
        return "Hur många skrevs in vid Jobbtorg Stockholm?"


class TestE5Embeddings(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self) -> type[E5Embeddings]:
        return E5Embeddings


class TestSentenceTransformerEmbeddings(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self) -> type[SentenceTransformerEmbeddings]:
        return SentenceTransformerEmbeddings

    @property
    def embedding_model_params(self) -> dict:
        return {"model": default_sentence_transformer()}
