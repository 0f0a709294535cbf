"""Swedish lexical index: BM25 over Snowball-stemmed tokens (PyStemmer).

Numbers are tokens too, with Swedish thousands spaces removed first, so
"9 472" and "9472" match each other. Swedish compounds are split against the
corpus's own vocabulary and their parts added as tokens, so
"arbetsmarknadsåtgärder" matches "åtgärder" and "försörjningsstödstagare"
matches "försörjningsstöd" (and the other way round, from the question side).
"""

from __future__ import annotations

import bisect

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_SWEDISH  # bm25s's list; the scoring is ours

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_STOPWORDS = frozenset(STOPWORDS_SWEDISH)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


LEXICAL_VERSION = "l3"  # bump when tokens or files change: ingest then rebuilds BM25
MIN_PART = 4
# Endings that look like a last part but are derivations: "fördel|ningen".
_SUFFIXES = frozenset({"ning", "ningen", "ningar", "ningarna", "ningens", "else", "elsen", "elser", "ande", "ende",
                       "heten", "heter", "skap", "skapet", "ligt", "liga", "lighet", "erna", "arna", "orna", "ens", "ets"})


def words_of(text: str) -> list[str]:
    """Lower-cased words and numbers (thousands spaces joined), stopwords out."""
    text = _THOUSANDS.sub("", text.lower())
    return [w for w in _TOKEN.findall(text) if w not in _STOPWORDS]


# Irregular verb forms and near-synonyms the stemmer cannot join: a claim says
# "fick jobb" where the record says "har fått arbete".
# An "anställning" is a job; "anställda" (staff) is not.
_LEMMAS = {"fick": "få", "fått": "få", "får": "få", "jobb": "arbet", "jobbet": "arbet", "jobben": "arbet", "arbet": "arbet",
           "anställning": "arbet",
           "skrev": "skriv", "skrevs": "skriv", "inskrivn": "skriv", "inskriv": "skriv", "skriv": "skriv", "gick": "gå",
           "gått": "gå", "går": "gå", "tog": "ta", "tagit": "ta",
           # "hur många deltog" is answered by "1 482 deltagare": one verb, strong forms and all.
           "deltog": "deltag", "delt": "deltag", "deltagit": "deltag",
           # "står i kö" is said where the record says "stod på väntelista".
           "kö": "väntelist", "köer": "väntelist", "väntelistan": "väntelist",
           "stod": "står", "stått": "står",
           # "pluggar" is said where the record says "studier", "studera".
           "plugg": "studi", "studer": "studi",
           # "började studera" is said where the record says "påbörjade studier".
           "påbörj": "börj",
           # A youth ("ungdom") is a young person ("ung"): the two words count the same people.
           "ungdom": "ung",
           # "ekonomiskt bistånd" is the law's name for what is mostly paid as "försörjningsstöd".
           "bistånd": "försörjningsstöd", "biståndet": "försörjningsstöd",
           # A unit closed down: "nedläggningen", "stänga" are said where the minutes say "avvecklas".
           "avveckling": "avveckl", "nedläggning": "avveckl", "nedlägg": "avveckl", "stäng": "avveckl", "stängning": "avveckl",
           # A contract ended: "säga upp avtalet" (joined to "uppsägning"), "sägs upp".
           "uppsägning": "uppsäg", "uppsäg": "uppsäg"}


# The stems the table joins words to: known whenever a word of theirs is, in any corpus.
LEMMA_STEMS = frozenset(_LEMMAS.values())
# Each such stem's words: "försörjningsstöd" is known to a corpus that writes only "bistånd".
LEMMA_FORMS = {stem: frozenset(k for k, v in _LEMMAS.items() if v == stem) for stem in LEMMA_STEMS}


def lemma(token: str) -> str:
    """A stem's lemma: "deltog" is "deltag", "fick" is "få"; any other stem is its own.

    >>> lemma("deltog"), lemma("fick"), lemma("kurs")
    ('deltag', 'få', 'kurs')
    """
    return _LEMMAS.get(token, token)


def lemmas(tokens) -> set[str]:
    return {_LEMMAS.get(t, t) for t in tokens}


class Decompounder:
    """Splits Swedish compounds into parts the corpus knows.

    >>> d = Decompounder.from_words(["åtgärder", "arbetsmarknaden", "arbetsmarknadsåtgärder"])
    >>> d.parts("arbetsmarknadsåtgärder")
    ['arbetsmarknad', 'åtgärd']
    """

    def __init__(self, known_stems: frozenset[str]):
        self.known = known_stems
        self._memo: dict[str, list[str] | None] = {}

    @classmethod
    def from_words(cls, words) -> "Decompounder":
        stemmer = _stemmer()
        return cls(frozenset(stemmer.stemWords([w for w in set(words) if len(w) >= MIN_PART and w.isalpha()])))

    def _known(self, part: str) -> str | None:
        stem = _stemmer().stemWord(part)
        if stem in self.known:
            return stem
        return None

    def bare_of_definite(self, word: str) -> str | None:
        """The stem of a neuter noun's bare form under its definite "-et", which the stemmer keeps
        ("överskottet" is "överskott", "jobbtorget" "jobbtorg"), when the corpus knows that form;
        None for a word the ending belongs to ("budget").

        >>> d = Decompounder.from_words(["överskott", "jobbtorg", "arbete"])
        >>> d.bare_of_definite("överskottet"), d.bare_of_definite("jobbtorget"), d.bare_of_definite("budget")
        ('överskot', 'jobbtorg', None)
        """
        if len(word) < 5 or not word.endswith("et") or not word.isalpha():
            return None
        bare = self._known(word[:-2])
        return bare if bare and bare != _stemmer().stemWord(word) else None

    def parts(self, word: str) -> list[str] | None:
        """Stems of the parts of `word`, or None when it is not a known compound."""
        if len(word) < 2 * MIN_PART or not word.isalpha():
            return None
        if word in self._memo:
            return self._memo[word]
        found = None
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # longest head first
            head, tail = word[:cut], word[cut:]
            if tail in _SUFFIXES:
                continue
            head_stem = self._known(head) or (head.endswith("s") and len(head) > MIN_PART and self._known(head[:-1]))
            if not head_stem:
                continue
            rest = self.parts(tail)
            if rest is None:
                tail_stem = self._known(tail)
                # An unknown last part is kept when the head is long enough to be sure.
                rest = [tail_stem] if tail_stem else ([_stemmer().stemWord(tail)] if len(head) >= 6 and len(tail) >= 5 else None)
            if rest:
                found = [head_stem, *rest]
                break
        self._memo[word] = found
        return found


RESPELL_MIN = 8  # a short word one letter from another is as likely a word of its own


@lru_cache(maxsize=4096)
def is_swedish(word: str) -> bool:
    """Whether Swedish writes the word (wordfreq's bundled Swedish list): "skriftligt" and
    "besvarade" are words the corpus may lack, not typos of "skiftligt" and "besvärade"."""
    from wordfreq import zipf_frequency  # its word list loads on the first unknown word only

    return zipf_frequency(word, "sv") > 0


_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöé"


def _one_letter_off(word: str) -> set[str]:
    """Words one deletion, swap of neighbours, replacement or insertion from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS}) - {word}


# A verb and its particle that say one word's meaning: "lägga ner filialen" is its "nedläggning", "sa
# (i februari) upp avtalet" its "uppsägning".
_PHRASAL = ((re.compile(r"\b(?:lägg(?:a|er|s|as)?|lade|lades|lagt|lagts)\s+ner\b", re.I), "nedläggning"),
            (re.compile(r"\b(?:säg(?:a|er|s|as)?|sa|sade|sades|sagt|sagts)\s+(?:[^\W\d_]+\s+|\d{4}\s+){0,3}?upp\b", re.I), "uppsägning"))


def joined_phrases(text: str) -> str:
    """A text with each verb and particle of one meaning written as that one word.

    >>> joined_phrases("Nämnden sa i februari 2024 upp avtalet och lade ner filialen.")
    'Nämnden uppsägning avtalet och nedläggning filialen.'
    """
    for pattern, word in _PHRASAL:
        text = pattern.sub(word, text)
    return text


def tokenize(text: str, decompounder: Decompounder | None = None) -> list[str]:
    """Stemmed tokens without Swedish stopwords, plus the parts of compounds.

    >>> tokenize("Jobbtorgen skrev in 9 472 personer")
    ['jobbtorg', 'skrev', 'in', '9472', 'person']
    >>> lemmas(tokenize("att lägga ner filialen")) == lemmas(tokenize("avvecklingen av filialen"))
    True
    """
    words = words_of(joined_phrases(text))
    tokens = _stemmer().stemWords(words)
    if decompounder is not None:
        for word in words:
            parts = decompounder.parts(word)
            if parts:
                tokens.extend(parts)
            if bare := decompounder.bare_of_definite(word):
                tokens.append(bare)
    return tokens


class _Rows:
    """Term-frequency rows gathered block by block, made into one matrix once
    (stacking per block would copy the growing matrix every time)."""

    def __init__(self, chunk_ids: list[str], vocab: list[str], decompounder: Decompounder):
        self.chunk_ids, self.vocab, self.decompounder = list(chunk_ids), list(vocab), decompounder
        self.column = {t: i for i, t in enumerate(self.vocab)}
        self.parts: list = []
        self.new_ids: list[str] = []

    def add(self, ids: list[str], texts: list[str]) -> None:
        from scipy import sparse

        data, indices, indptr = [], [], [0]
        for text in texts:
            counts: dict[int, int] = {}
            # An all-stopword chunk keeps a placeholder token, so its row still has a length.
            for token in tokenize(text, self.decompounder) or ["∅"]:
                col = self.column.setdefault(token, len(self.column))
                counts[col] = counts.get(col, 0) + 1
            indices.extend(counts)
            data.extend(counts.values())
            indptr.append(len(indices))
        self.parts.append(sparse.csr_matrix((np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32),
                                             np.asarray(indptr, dtype=np.int64)), shape=(len(texts), len(self.column))))
        self.new_ids.extend(ids)

    def index(self, existing) -> "LexicalIndex":
        """The index of `existing` rows (a matrix of the caller's own, resized here) and the added ones."""
        from scipy import sparse

        self.vocab.extend(list(self.column)[len(self.vocab):])
        parts = ([existing] if existing.shape[0] else []) + [p for p in self.parts if p.shape[0]]
        for part in parts:
            part.resize((part.shape[0], len(self.vocab)))
        matrix = sparse.vstack(parts, format="csr").astype(np.float32) if parts else _empty(len(self.vocab))
        return LexicalIndex([*self.chunk_ids, *self.new_ids], self.vocab, matrix, self.decompounder)


def _empty(columns: int = 0):
    from scipy import sparse

    return sparse.csr_matrix((0, columns), dtype=np.float32)


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float


# An abbreviation is a short word ("ordf", "sept", "resp"); it reads as at most this many corpus words.
ABBREVIATION_MIN, ABBREVIATION_MAX, ABBREVIATION_READINGS = 3, 5, 3
COMMON_SHARE, COMMON_MIN = 0.1, 500


class LexicalIndex:
    """BM25 over chunk texts, kept as a term-frequency matrix (chunks x tokens)
    and scored at query time, Lucene's BM25 as bm25s computes it.

    Keeping frequencies rather than final scores is what makes an update cost
    what it changes: `updated()` drops a document's rows and appends its new
    ones, without tokenizing any other chunk again; IDF and the mean length
    follow from the matrix at load. Files: `tf.npz` (CSR arrays), `chunk_ids.json`,
    `lexicon.json` (the token list and the compound vocabulary)."""

    K1, B = 1.2, 0.75

    def __init__(self, chunk_ids: list[str], vocab: list[str], matrix, decompounder: Decompounder):
        self.chunk_ids = chunk_ids
        self.vocab = vocab
        self.matrix = matrix  # scipy.sparse.csr_matrix, float32 term frequencies
        self.decompounder = decompounder
        self._column = {t: i for i, t in enumerate(vocab)}
        self._row = {cid: i for i, cid in enumerate(chunk_ids)}
        self._by_token = matrix.tocsc()
        self._by_token.sort_indices()
        self._df = np.diff(self._by_token.indptr)
        lengths = np.asarray(matrix.sum(axis=1)).ravel().astype(np.float32)
        self._norm = self.K1 * (1 - self.B + self.B * lengths / (lengths.mean() if len(lengths) else 1.0))
        self._doc_freq: dict[str, int] | None = None
        self._sorted: list[str] | None = None

    @classmethod
    def build(cls, chunk_ids: list[str], texts: list[str]) -> "LexicalIndex":
        return cls.from_blocks(lambda: iter([(list(chunk_ids), list(texts))]))

    @classmethod
    def from_blocks(cls, blocks) -> "LexicalIndex":
        """Built from `blocks()`, an iterable of (chunk ids, texts) read twice:
        once for the compound vocabulary, once for the rows. Only one block
        of text is in memory at a time, and the matrix is assembled once."""
        words: set[str] = set()
        for _, texts in blocks():
            words.update(w for t in texts for w in words_of(t))
        decompounder = Decompounder.from_words(words)
        rows = _Rows([], [], decompounder)
        for ids, texts in blocks():
            rows.add(ids, texts)
        return rows.index(_empty())

    def updated(self, drop: set[str], chunk_ids: list[str], texts: list[str]) -> "LexicalIndex":
        """This index without the chunks `drop` and with the new ones: the
        other chunks keep their rows as tokenized when they came in."""
        words = {w for t in texts for w in words_of(t)}
        decompounder = Decompounder(self.decompounder.known | Decompounder.from_words(words).known)
        keep = [i for i, cid in enumerate(self.chunk_ids) if cid not in drop]
        # The kept rows go straight into the new matrix: no intermediate index
        # (its column view of the whole matrix would be built only to be thrown away).
        rows = _Rows([self.chunk_ids[i] for i in keep], self.vocab, decompounder)
        rows.add(list(chunk_ids), list(texts))
        return rows.index(self.matrix[keep])

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        m = self.matrix
        np.savez(folder / "tf.npz", data=m.data, indices=m.indices, indptr=m.indptr, shape=np.asarray(m.shape))
        (folder / "chunk_ids.json").write_text(json.dumps(self.chunk_ids), encoding="utf-8")
        extra = {"version": LEXICAL_VERSION, "known_stems": sorted(self.decompounder.known), "vocab": self.vocab}
        (folder / "lexicon.json").write_text(json.dumps(extra, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        from scipy import sparse

        chunk_ids = json.loads((folder / "chunk_ids.json").read_text(encoding="utf-8"))
        extra = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
        with np.load(folder / "tf.npz") as arrays:
            matrix = sparse.csr_matrix((arrays["data"], arrays["indices"], arrays["indptr"]), shape=tuple(arrays["shape"]))
        return cls(chunk_ids, extra["vocab"], matrix, Decompounder(frozenset(extra["known_stems"])))

    @property
    def doc_freq(self) -> dict[str, int]:
        """Chunks holding each token (for sentence scoring and "does the corpus know this word")."""
        if self._doc_freq is None:
            self._doc_freq = dict(zip(self.vocab, self._df.tolist()))
        return self._doc_freq

    def tokens(self, text: str) -> list[str]:
        return tokenize(text, self.decompounder)

    def query_tokens(self, text: str) -> list[str]:
        """`tokens`, with a short word the corpus never uses read as the abbreviation
        of the few corpus words it begins ("ordf" -> ordförande, "sept" -> september).

        >>> LexicalIndex.build(["a"], ["Vice ordföranden lämnade ett uttalande i september."]).query_tokens("vice ordf sept")
        ['vic', 'ordför', 'septemb']
        """
        out: list[str] = []
        for token in self.tokens(text):
            # A word with a known lemma ("jobb": arbete) is a word, not an abbreviation of "jobbcentret".
            out += self._expansions(token) if token not in self._column and token not in _LEMMAS else [token]
        return out

    def _expansions(self, token: str) -> list[str]:
        if not (ABBREVIATION_MIN <= len(token) <= ABBREVIATION_MAX and token.isalpha()):
            return [token]
        if self._sorted is None:
            self._sorted = sorted(self.vocab)
        at = bisect.bisect_left(self._sorted, token)
        found = []
        while at < len(self._sorted) and self._sorted[at].startswith(token) and len(found) <= ABBREVIATION_READINGS:
            found.append(self._sorted[at])
            at += 1
        # A prefix of many words ("stan": standard, stanna ...) abbreviates none of them.
        return found if 0 < len(found) <= ABBREVIATION_READINGS else [token]

    def respelled(self, text: str) -> str:
        """`text` with each long word the corpus never uses, one letter from a word it does, as the
        corpus spells it ("interpelationen" -> "interpellationen"): a typo otherwise hides the
        question's key word from every stage after. Names (capitalised inside a sentence) stay.

        >>> LexicalIndex.build(["a"], ["Svar på interpellationen om handlingsplanen."]).respelled(
        ...     "vem skrev interpelationen om hanldingsplanen, Göteborgsrådet?")
        'vem skrev interpellationen om handlingsplanen, Göteborgsrådet?'
        >>> LexicalIndex.build(["a"], ["Rapporten föredrogs skiftligt."]).respelled("föredrogs den skriftligt")
        'föredrogs den skriftligt'
        >>> LexicalIndex.build(["a"], ["Under året skrevs 1 246 personer in på Jobbtorg."]).respelled("skrevs in på jobbtorget")
        'skrevs in på jobbtorget'
        """
        def known(word: str) -> bool:
            # "jobbtorget" is the definite form of the corpus's "Jobbtorg", not a typo of "jobbtorgat".
            parts = self.decompounder.parts(word)
            return (_stemmer().stemWord(word) in self._column or bool(parts) and all(p in self._column for p in parts)
                    or self.decompounder.bare_of_definite(word) is not None)

        def mend(match: re.Match) -> str:
            word = match.group(0)
            lower = word.lower()
            if len(word) < RESPELL_MIN or (word[0].isupper() and match.start() > 0) or known(lower) or is_swedish(lower):
                return word
            # The mended word must be one the corpus writes, not a compound of its parts ("procentaenheter").
            found = {v for v in _one_letter_off(lower) if _stemmer().stemWord(v) in self._column}
            if not found:
                return word
            best = max(sorted(found), key=lambda v: self.doc_freq.get(_stemmer().stemWord(v), 0))
            return best.capitalize() if word[0].isupper() else best

        return re.sub(r"[^\W\d_]+", mend, text)

    def is_common(self, token: str) -> bool:
        """The token stands in more than a tenth of the chunks of a large index (in a
        handful of documents every word of a title is in a tenth of them)."""
        df = self.doc_freq.get(token, 0)
        return df > COMMON_SHARE * len(self.chunk_ids) and df > COMMON_MIN

    def idf(self, token: str) -> float:
        n = max(1, len(self.chunk_ids))
        df = self.doc_freq.get(token, 0)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def mask(self, allowed: set[str]):
        """Row weights admitting only `allowed` chunk ids (computed once per
        filter by the caller, not per query)."""
        weights = np.zeros(len(self.chunk_ids), dtype=np.float32)
        rows = [self._row[cid] for cid in allowed if cid in self._row]
        weights[rows] = 1.0
        return weights

    def search(self, query: str, k: int = 10, mask=None) -> list[LexicalHit]:
        """BM25 hits, best first; `mask` (from `mask()`) restricts them (filters)."""
        columns = [self._column[t] for t in self.tokens(query) if t in self._column]
        if not columns or not self.chunk_ids:
            return []
        scores = np.zeros(len(self.chunk_ids), dtype=np.float32)
        for col in columns:  # a token asked twice counts twice, as in bm25s
            start, end = self._by_token.indptr[col], self._by_token.indptr[col + 1]
            rows, tf = self._by_token.indices[start:end], self._by_token.data[start:end]
            scores[rows] += self.idf(self.vocab[col]) * tf / (tf + self._norm[rows])
        if mask is not None:
            scores *= mask
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [LexicalHit(self.chunk_ids[int(row)], float(scores[row])) for row in top if scores[row] > 0]


INFLECTION = 2  # the longest ending the stemmer leaves on ("veckan" beside "veck")


def inflected_overlap(asked: set[str], stems: set[str]) -> set[str]:
    """The asked stems found among `stems`, or with up to INFLECTION letters more or
    less: an ending the stemmer leaves, never a compound ("arbet" is not "arbetsmarknad").

    >>> sorted(inflected_overlap({"veckan", "plats", "arbet"}, {"veck", "plats", "arbetsmarknad"}))
    ['plats', 'veckan']
    """
    found = asked & stems
    for word in asked - found:
        if any(min(len(word), len(s)) >= 4 and abs(len(word) - len(s)) <= INFLECTION
               and (word.startswith(s) or s.startswith(word)) for s in stems):
            found.add(word)
    return found
