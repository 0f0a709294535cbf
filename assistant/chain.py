"""The answer chain: follow-up resolution -> hybrid retriever -> composer, as
LangChain runnables. A later LLM composer plugs in at the last step."""

from __future__ import annotations

import gc
import time
from dataclasses import replace

from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough

from .answering import Answer, ExtractiveComposer
from .config import Settings
from .embeddings import get_embeddings
from .questions import MAX_QUESTION_CHARS, clean_question, language_of, resolve_follow_up
from .retrieval import Filters, HybridRetriever
from .store import open_index
from .understanding import share_as_asked, without_remark
from .vocabulary import plain_words

NOTICES = {
    "empty_question": {"sv": "Frågan är tom: skriv en fråga om Jobbtorg-dokumenten.",
                       "en": "The question is empty: ask something about the Jobbtorg documents."},
    "no_words": {"sv": "Frågan innehåller inga ord eller siffror att söka efter.",
                 "en": "The question has no words or numbers to search for."},
    "question_truncated": {"sv": f"(Frågan var längre än {MAX_QUESTION_CHARS} tecken och har kortats.)",
                           "en": f"(The question was longer than {MAX_QUESTION_CHARS} characters and was cut.)"},
}


def _declined(question: str, warning: str) -> Answer:
    return Answer(question=question, answer=NOTICES[warning][language_of(question)], abstained=True, citations=(),
                  related=(), resolved_question=question, confidence=0.0, warnings=(warning,),
                  timings_ms={"retrieve": 0.0, "answer": 0.0, "total": 0.0})


def build_chain(retriever: HybridRetriever, composer) -> Runnable:
    """{"question", "history"} -> Answer. Each step records its time."""

    def prepare(inputs: dict) -> dict:
        question = inputs["question"]
        resolved = plain_words(share_as_asked(without_remark(resolve_follow_up(question, list(inputs.get("history") or [])))))
        if language_of(resolved) == "sv":
            # A typo in a Swedish question is read as the documents spell the word; English words are
            # never the corpus's, and one letter from one of them is no typo ("programme", "programmet").
            resolved = retriever.index.lexical().respelled(resolved)
        return {**inputs, "resolved": resolved, "t0": time.perf_counter()}

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

    def __init__(self, settings: Settings, warm: bool = True, embeddings=None, chat_model=None):
        self.settings = settings
        self.embeddings = embeddings or get_embeddings(settings)
        # A chat model given here (tests: LangChain's fake models) or configured
        # by JOBBTORG_LLM makes the LLM composer answer; otherwise the extractive one.
        self.chat_model = chat_model
        if chat_model is None and settings.llm:
            from .llm_answering import chat_model as configured

            self.chat_model = configured(settings)
        if warm:
            self.warm_up()

    def warm_up(self) -> None:
        """Open everything a first question would open, so its timing is warm."""
        index = open_index(self.settings)
        index.collection(self.embeddings)
        index.lexical()
        # One search opens the vector index and builds the chunk maps and the unfiltered mask,
        # so the first question does not. Records and sentence vectors still load per document
        # on first use: a large index costs memory only for what has been asked about.
        HybridRetriever(index=index, embeddings=self.embeddings, k=1).invoke("uppvärmning")
        # The manifest of a large index is millions of long-lived objects; a full
        # collection walking them all stalled answers by 300 ms at 200 000 chunks.
        gc.freeze()

    @property
    def composer_name(self) -> str:
        return "llm" if self.chat_model is not None else "extractive"

    def composer(self, index):
        if self.chat_model is None:
            return ExtractiveComposer(index, self.embeddings)
        from .llm_answering import LLMComposer

        return LLMComposer(index, self.embeddings, self.chat_model)

    def check(self, claim: str):
        """A verdict on a claim: supported, contradicted or not_found, with evidence."""
        from .claims import ClaimChecker

        claim = clean_question(claim).text
        index = open_index(self.settings)
        checker = ClaimChecker(index, self.embeddings, lambda k: HybridRetriever(index=index, embeddings=self.embeddings, k=k))
        return checker.check(claim)

    def check_text(self, text: str):
        """Every sentence of a text with its own verdict (`text_check.TextCheck`)."""
        from .text_check import check_text

        lexical = open_index(self.settings).lexical()
        known = lambda word: any(t in lexical.doc_freq for t in lexical.tokens(word))  # noqa: E731
        return check_text(text, self.check, known, language_of(text))

    def ask(self, question: str, history: list[str] | tuple[str, ...] = (), filters: Filters | None = None,
            k: int = 10) -> Answer:
        cleaned = clean_question(question)
        if not cleaned.text:
            return _declined(cleaned.text, "empty_question")
        if not cleaned.has_words:
            return _declined(cleaned.text, "no_words")
        index = open_index(self.settings)
        retriever = HybridRetriever(index=index, embeddings=self.embeddings, k=k, filters=filters or Filters())
        chain = build_chain(retriever, self.composer(index))
        answer = chain.invoke({"question": cleaned.text, "history": [clean_question(h).text for h in history]})
        if cleaned.truncated:
            notice = NOTICES["question_truncated"][language_of(cleaned.text)]
            answer = replace(answer, answer=f"{notice} {answer.answer}", warnings=(*answer.warnings, "question_truncated"))
        return answer
