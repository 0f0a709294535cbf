"""The answer chain: follow-up resolution -> hybrid retriever -> composer, as
LangChain runnables. A later LLM composer plugs in at the last step."""

from __future__ import annotations

import time
from dataclasses import replace

from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough

from .answering import Answer, ExtractiveComposer
from .config import Settings
from .embeddings import get_embeddings
from .questions import resolve_follow_up
from .retrieval import Filters, HybridRetriever
from .store import open_index

MAX_QUESTION_CHARS = 2000


def build_chain(retriever: HybridRetriever, composer) -> Runnable:
    """{"question", "history"} -> Answer. Each step records its time."""

    def prepare(inputs: dict) -> dict:
        question = inputs["question"]
        return {**inputs, "resolved": resolve_follow_up(question, list(inputs.get("history") or [])), "t0": time.perf_counter()}

    def retrieve(inputs: dict) -> list:
        return retriever.invoke(inputs["resolved"])

    def compose(inputs: dict) -> Answer:
        t1 = time.perf_counter()
        answer = composer.compose(inputs["resolved"], inputs["docs"], original=inputs["question"])
        t2 = time.perf_counter()
        timings = {"retrieve": round((t1 - inputs["t0"]) * 1000, 1), "answer": round((t2 - t1) * 1000, 1),
                   "total": round((t2 - inputs["t0"]) * 1000, 1)}
        return replace(answer, timings_ms=timings)

    return RunnableLambda(prepare) | RunnablePassthrough.assign(docs=RunnableLambda(retrieve)) | RunnableLambda(compose)


class Assistant:
    """Answers questions over the committed index; models load once per process."""

    def __init__(self, settings: Settings, warm: bool = True, embeddings=None):
        self.settings = settings
        self.embeddings = embeddings or get_embeddings(settings)
        if warm:
            self.warm_up()

    def warm_up(self) -> None:
        """Open everything a first question would open, so its timing is warm."""
        index = open_index(self.settings)
        index.collection(self.embeddings)
        index.lexical()
        index.chunk_locations()
        for doc in index.documents:
            index.sentence_vectors(doc["source"])
        self.embeddings.embed_query("uppvärmning")

    def check(self, claim: str):
        """A verdict on a claim: supported, contradicted or not_found, with evidence."""
        from .claims import ClaimChecker

        claim = " ".join(claim.split())[:MAX_QUESTION_CHARS]
        index = open_index(self.settings)
        checker = ClaimChecker(index, self.embeddings, lambda k: HybridRetriever(index=index, embeddings=self.embeddings, k=k))
        return checker.check(claim)

    def ask(self, question: str, history: list[str] | tuple[str, ...] = (), filters: Filters | None = None,
            k: int = 5) -> Answer:
        question = " ".join(question.split())[:MAX_QUESTION_CHARS]
        index = open_index(self.settings)
        retriever = HybridRetriever(index=index, embeddings=self.embeddings, k=k, filters=filters or Filters())
        chain = build_chain(retriever, ExtractiveComposer(index, self.embeddings))
        return chain.invoke({"question": question, "history": list(history)})
