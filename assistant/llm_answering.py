"""The optional LLM answer composer: fluent prose, held to the documents.

A language model (an OpenAI-compatible endpoint, Ollama or llama.cpp, chosen
by settings) writes the answer from numbered passages: the sentences the
extractive composer scored highest, each a verbatim slice of a document, plus
the figures the statistics module computed. Its reply is used only if it
passes guards that are always on:

* every `[n]` points to a passage that was given, and there is at least one;
* every number in the reply is in a cited passage or in a computed figure (so
  the model neither invents nor computes a figure; not even one the question
  offers: "Stämmer det att 5 000 fick jobb?" must not come back confirmed);
* every sentence is supported by the passages it cites (`support_failures`):
  its numbers, digits or words, are theirs; it negates nothing they affirm;
  its words are theirs or, across languages, its meaning is close to theirs
  by e5; it brings no link of its own and rests on no planted instruction.

Otherwise the extractive answer is returned with a warning naming the guard.
Declines stay extractive: a model is never asked what the documents do not say.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.messages import HumanMessage, SystemMessage

from .answering import Answer, Citation, ExtractiveComposer, Passage
from .config import Settings
from .errors import ConfigError
from .lexical import lemmas, tokenize
from .numbers import DIGITS, parse_digits, parse_number_word
from .questions import analyse
from .vocabulary import INSTRUCTION, LINK, NEGATION

MAX_PASSAGES = 6
PROMPT = Path(__file__).with_name("prompts") / "answer.md"
_MARKER = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(rf"(?<![\w,.])(?:{DIGITS})(?!\d)")
_LANGUAGES = {"sv": "Swedish", "en": "English"}
_REPLY_SENTENCE = re.compile(r"(?<=[.!?])(?:\s*\[\d+\])*\s+(?=[A-ZÅÄÖ0-9])")
# Share of a sentence's content words found in its passages for lexical support,
# and the e5 cosine that stands in across languages. On a faithful Swedish
# paraphrase, English renderings of one passage gave 0.89-0.90 and sentences
# about other figures 0.78-0.85 (2026-11-25, e5-small): the floor sits between.
SUPPORT_OVERLAP = 0.5
SUPPORT_SIMILARITY = 0.87


def _input_numbers(figure: dict) -> set[float]:
    """A computation's operands as numbers; a date operand ("2008-11-12", "10/8") gives its parts."""
    return {n for item in figure.get("inputs", []) for n in (
        {float(item["value"])} if isinstance(item["value"], (int, float)) else numbers_in(str(item["value"])))}


def numbers_in(text: str) -> set[float]:
    """The numbers written with digits in `text`, [n] markers left out.

    >>> sorted(numbers_in("9 472 skrevs in, 56,4 procent [1]; 1812 av dem"))
    [56.4, 1812.0, 9472.0]
    """
    return {parse_digits(match.group(0)) for match in _NUMBER.finditer(_MARKER.sub(" ", text))}


def number_words_in(text: str) -> set[float]:
    """Numbers written as words ("tjugofyra", "five"); "en"/"one" are left out,
    they are mostly articles.

    >>> sorted(number_words_in("Tjugofyra av dem, fem i juni och en i maj; twelve"))
    [5.0, 12.0, 24.0]
    """
    found = set()
    for word in re.findall(r"[^\W\d_]+", text):
        value = parse_number_word(word)
        if value is not None and value > 1:
            found.add(float(value))
    return found


def reply_sentences(reply: str) -> list[tuple[str, list[int]]]:
    """The reply's sentences, each with the passage numbers it cites; a
    sentence citing none leans on all that the reply cites.

    >>> reply_sentences("I juni fick 32 arbete [1]. Det var fler än i maj [2][3]. Bra.")
    [('I juni fick 32 arbete [1].', [1]), ('Det var fler än i maj [2][3].', [2, 3]), ('Bra.', [1, 2, 3])]
    """
    parts = [p.strip() for p in _REPLY_SENTENCE.split(reply) if p.strip()]
    everything = sorted({int(n) for n in _MARKER.findall(reply)})
    return [(p, [int(n) for n in _MARKER.findall(p)] or everything) for p in parts]


def support_failures(reply: str, passages: list[Passage], figures: tuple[dict, ...], similarity=None) -> list[str]:
    """The support guards a reply fails, sentence by sentence (empty: it passes).
    `similarity(sentence, passages)` is the best e5 cosine; without it only
    lexical support counts.

    >>> p = [Passage("a.txt", None, "Av redovisningen framgår att 32 aspiranter har fått arbete under juni.", 0, 70)]
    >>> support_failures("Enligt redovisningen har 32 aspiranter fått arbete under juni [1].", p, ())
    []
    >>> support_failures("32 aspiranter har inte fått arbete under juni [1].", p, ())
    ['llm_negation']
    >>> support_failures("Trettiotre aspiranter fick arbete, se www.exempel.se [1].", p, ())
    ['llm_unsupported_number', 'llm_link']
    """
    failed: list[str] = []
    computed = set()
    for figure in figures:
        computed |= {float(figure["value"])} | _input_numbers(figure)
    for sentence, cited in reply_sentences(reply):
        given = [passages[n - 1] for n in cited if 1 <= n <= len(passages)]
        if not given:
            continue
        text = " ".join(p.quote for p in given)
        bare = _MARKER.sub(" ", sentence)
        if number_words_in(bare) - (number_words_in(text) | numbers_in(text) | computed):
            failed.append("llm_unsupported_number")
        if NEGATION.search(bare) and not NEGATION.search(text):
            failed.append("llm_negation")
        if any(link not in text for link in LINK.findall(bare)):
            failed.append("llm_link")
        if any(INSTRUCTION.search(p.quote) for p in given):
            failed.append("llm_cites_instruction")
        words = {t for t in lemmas(tokenize(LINK.sub(" ", bare))) if not t.isdigit() and parse_number_word(t) is None}
        if words:
            overlap = len(words & lemmas(tokenize(text))) / len(words)
            if overlap < SUPPORT_OVERLAP and (similarity is None or similarity(bare, given) < SUPPORT_SIMILARITY):
                failed.append("llm_unsupported_sentence")
    return list(dict.fromkeys(failed))


def guard(reply: str, passages: list[Passage], figures: tuple[dict, ...]) -> tuple[list[int], list[str]]:
    """The passage numbers a reply cites and the guards it fails (empty: it passes).

    >>> p = [Passage("a.txt", None, "Det fanns 971 inskrivna i januari.", 0, 34)]
    >>> guard("I januari var 971 inskrivna [1].", p, ())
    ([1], [])
    >>> guard("I januari var 980 inskrivna [1][2].", p, ())[1]
    ['llm_invalid_citation', 'llm_unsupported_number']
    """
    cited = [int(n) for n in _MARKER.findall(reply)]
    failed = []
    if not cited:
        failed.append("llm_no_citation")
    elif any(not 1 <= n <= len(passages) for n in cited):
        failed.append("llm_invalid_citation")
    allowed: set[float] = set()
    for n in set(cited):
        if 1 <= n <= len(passages):
            allowed |= numbers_in(passages[n - 1].quote)
    for figure in figures:
        allowed |= numbers_in(figure.get("formula", "")) | {float(figure["value"])}
        allowed |= _input_numbers(figure)
    if numbers_in(reply) - allowed:
        failed.append("llm_unsupported_number")
    return sorted(set(cited)), failed


def fence(text: str) -> str:
    """A passage's text as data: it cannot close its fence or open another."""
    return re.sub(r"</?\s*passage[^>]*>", "[tagg borttagen]", text, flags=re.I)


def _attribute(text: str) -> str:
    return fence(text).replace('"', "'")


def build_messages(question: str, passages: list[Passage], figures: tuple[dict, ...], language: str) -> list:
    system = PROMPT.read_text(encoding="utf-8").replace("{language}", _LANGUAGES[language])
    blocks = [
        f'<passage n="{i}" source="{_attribute(p.source)}" title="{_attribute(p.title or "")}">\n{fence(p.quote)}\n</passage>'
        for i, p in enumerate(passages, 1)
    ]
    computed = "\n".join(f"- {f['label']}: {f['formula']}" for f in figures) or "(none)"
    user = "Passages:\n\n" + "\n\n".join(blocks) + f"\n\nComputed figures:\n{computed}\n\nQuestion: {question}"
    return [SystemMessage(content=system), HumanMessage(content=user)]


@lru_cache(maxsize=2)
def chat_model(settings: Settings):
    """The configured LangChain chat model (one per process)."""
    if settings.llm == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key or "none",
                          temperature=0, timeout=settings.llm_timeout_s, max_retries=1)
    if settings.llm == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError:
            raise ConfigError("JOBBTORG_LLM=ollama needs the extra: pip install '.[ollama]'") from None
        return ChatOllama(base_url=settings.llm_base_url or "http://127.0.0.1:11434", model=settings.llm_model, temperature=0)
    if settings.llm == "llamacpp":
        try:
            from langchain_community.chat_models import ChatLlamaCpp
        except ImportError:
            raise ConfigError("JOBBTORG_LLM=llamacpp needs the extra: pip install '.[llamacpp]'") from None
        return ChatLlamaCpp(model_path=str(settings.llm_gguf), temperature=0, n_ctx=4096, verbose=False)
    raise ConfigError(f"no language model configured (JOBBTORG_LLM={settings.llm!r})")


class LLMComposer:
    """Composes with a chat model; falls back to the extractive composer."""

    name = "llm"

    def __init__(self, index, embeddings, model):
        self.extractive = ExtractiveComposer(index, embeddings)
        self.model = model

    def similarity(self, sentence: str, passages: list[Passage]) -> float:
        """The best e5 cosine between a reply sentence and the passages it cites."""
        import numpy as np

        vectors = np.asarray([self.extractive.embeddings.embed_query(t) for t in [sentence, *(p.quote for p in passages)]])
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return float(max(vectors[1:] @ vectors[0]))

    def passages(self, question: str, docs: list[Document], extractive: Answer) -> list[Passage]:
        """What the model may cite: the extractive answer's sentences and
        operands first, then the best-scored other sentences."""
        chosen: list[Passage] = [Passage(c.source, c.title, c.quote, c.start, c.end) for c in extractive.citations]
        for figure in extractive.figures:
            for item in figure["inputs"]:
                chosen.append(Passage(item["source"], None, item["quote"], item["start"], item["end"]))
        for sentence in self.extractive.score(question, docs):
            chosen.append(Passage(sentence.source, sentence.title, sentence.text, sentence.start, sentence.end))
        unique = {(p.source, p.start, p.end): p for p in reversed(chosen)}
        ordered = list(dict.fromkeys((p.source, p.start, p.end) for p in chosen))
        return [unique[key] for key in ordered][:MAX_PASSAGES]

    def compose(self, question: str, docs: list[Document], original: str | None = None) -> Answer:
        original = original or question
        extractive = self.extractive.compose(question, docs, original=original)
        if extractive.abstained or "ambiguous_operands" in extractive.warnings:
            return extractive
        passages = self.passages(question, docs, extractive)
        language = analyse(original).language
        try:
            reply = self.model.invoke(build_messages(original, passages, extractive.figures, language))
            text = reply.content if isinstance(reply.content, str) else "".join(
                part.get("text", "") if isinstance(part, dict) else str(part) for part in reply.content)
        except Exception as exc:  # noqa: BLE001 - an unreachable model must not cost the answer
            return replace(extractive, warnings=(*extractive.warnings, f"llm_unavailable: {type(exc).__name__}"))
        text = " ".join(text.split())
        cited, failed = guard(text, passages, extractive.figures)
        failed = list(dict.fromkeys([*failed, *support_failures(text, passages, extractive.figures, self.similarity)]))
        if failed:
            return replace(extractive, warnings=(*extractive.warnings, *failed))
        citations = tuple(Citation(p.source, p.title, p.quote, p.start, p.end, n=n)
                          for n, p in enumerate(passages, 1) if n in cited)
        return Answer(original, text, False, citations, (), question, extractive.confidence, composer="llm",
                      figures=extractive.figures, warnings=extractive.warnings)
