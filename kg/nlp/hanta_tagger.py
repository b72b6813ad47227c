"""HanTa-based German POS tagger and lemmatizer as a spaCy pipeline component.

HanTa (Hanover Tagger, Wartena 2019/2023, https://github.com/wartena/HanTa) is
an HMM tagger with a morphological analyser that produces STTS tags and
lemmas.  This module wraps it as a spaCy component that sets, for every
token, ``tag_`` (plain STTS), ``pos_`` (Universal POS, UD German GSD
conventions), ``lemma_`` (HanTa lemma with casing repaired, separable verb
particles joined to their verb) and a few cheap ``morph`` features.

Speed
-----
Plain ``HanoverTagger.tag_sent`` re-analyses every word occurrence.  The
subclass :class:`CachedHanoverTagger` memoises the two per-word computations
(``_tag_word`` – the emission distribution of a word form, and ``_analyze``
– the morphological analysis / lemma of a word form for a given tag) and
runs the sentence Viterbi over only the tags a word can have.  The output
is identical to ``HanoverTagger.tag_sent`` (see ``tests/test_hanta_tagger.py``
and ``benchmarks/ud_tagging.py --check-identical``).

The spaCy factory is registered elsewhere (``kg/nlp/factories.py``)::

    @Language.factory("kg_hanta_tagger")
    def make(nlp, name):
        return HantaTagger(nlp.vocab)
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

from HanTa import HanoverTagger as _ht
from numpy import logaddexp as _logaddexp
from spacy.symbols import IDS as _SPACY_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = [
    "CachedHanoverTagger",
    "HantaTagger",
    "STTS_TO_UPOS",
    "get_hanta",
    "hanta_to_stts",
]

MODEL_NAME = "morphmodel_ger.pgz"

# STTS -> Universal POS following the majority choice of UD German GSD
# (checked on de_gsd-ud-dev/test): modals and auxiliaries are AUX, PTKVZ and
# KOKOM/KOUI are ADP, PTKA is ADV, TRUNC is NOUN, PRELAT is PRON.
STTS_TO_UPOS: dict[str, str] = {
    "$(": "PUNCT",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ADV": "ADV",
    "APPO": "ADP",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "CARD": "NUM",
    "FM": "X",
    "ITJ": "INTJ",
    "KOKOM": "ADP",
    "KON": "CCONJ",
    "KOUI": "ADP",
    "KOUS": "SCONJ",
    "NE": "PROPN",
    "NN": "NOUN",
    "NNE": "PROPN",
    "PAV": "ADV",
    "PROAV": "ADV",
    "PDAT": "DET",
    "PDS": "PRON",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PIS": "PRON",
    "PPER": "PRON",
    "PPOSAT": "DET",
    "PPOSS": "PRON",
    "PRELAT": "PRON",
    "PRELS": "PRON",
    "PRF": "PRON",
    "PTKA": "ADV",
    "PTKANT": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKZU": "PART",
    "PWAT": "DET",
    "PWAV": "ADV",
    "PWS": "PRON",
    "TRUNC": "NOUN",
    "VAFIN": "AUX",
    "VAIMP": "AUX",
    "VAINF": "AUX",
    "VAPP": "AUX",
    "VMFIN": "AUX",
    "VMINF": "AUX",
    "VMPP": "AUX",
    "VVFIN": "VERB",
    "VVIMP": "VERB",
    "VVINF": "VERB",
    "VVIZU": "VERB",
    "VVPP": "VERB",
    "XY": "X",
    "_SP": "SPACE",
}

# HanTa's own tags that are not plain STTS (after removing the parentheses).
_HANTA_SPECIAL = {
    "NNA": "NN",  # nominalised adjective ("die Reisenden")
    "NNI": "NN",  # nominalised infinitive ("das Laufen")
    "UNKNOWN": "XY",
    "EMPTY": "XY",
    "END": "XY",
}

# Static morphological features per STTS tag (UD feature names).
_STATIC_MORPH: dict[str, str] = {
    "VVFIN": "VerbForm=Fin",
    "VAFIN": "VerbForm=Fin",
    "VMFIN": "VerbForm=Fin",
    "VVIMP": "Mood=Imp|VerbForm=Fin",
    "VAIMP": "Mood=Imp|VerbForm=Fin",
    "VVINF": "VerbForm=Inf",
    "VAINF": "VerbForm=Inf",
    "VMINF": "VerbForm=Inf",
    "VVIZU": "VerbForm=Inf",
    "VVPP": "VerbForm=Part",
    "VAPP": "VerbForm=Part",
    "VMPP": "VerbForm=Part",
    "PPER": "PronType=Prs",
    "PRF": "PronType=Prs|Reflex=Yes",
    "PPOSAT": "Poss=Yes|PronType=Prs",
    "PPOSS": "Poss=Yes|PronType=Prs",
    "PDAT": "PronType=Dem",
    "PDS": "PronType=Dem",
    "PRELS": "PronType=Rel",
    "PRELAT": "PronType=Rel",
    "PWS": "PronType=Int",
    "PWAT": "PronType=Int",
    "PWAV": "PronType=Int",
    "CARD": "NumType=Card",
    "PTKNEG": "Polarity=Neg",
    "PTKVZ": "PartType=Vbp",
    "PTKZU": "PartType=Inf",
}

# Tags whose lemma should keep the token's capitalisation pattern.
_NOMINAL_STTS = frozenset({"NN", "NE", "FM", "TRUNC"})
# Finite verbs: a separable particle never attaches across one of these.
_FINITE = frozenset({"VVFIN", "VVIMP", "VAFIN", "VAIMP", "VMFIN"})
# Finite verbs that can take a separated particle.  VAFIN only for "haben"
# ("Die Regierung hat vor, ..." -> "vorhaben").
_JOINABLE = frozenset({"VVFIN", "VVIMP"})
_JOINABLE_AUX_LEMMAS = frozenset({"haben"})
# "vorhat", "innehatte", "teilhatten": HanTa does not split a particle off an irregular form of "haben".
_JOINED_HABEN = re.compile(r"^(vor|inne|teil)(hat|hatte|hatten|hattest|hattet)$")
# Words that open a subordinate / relative clause.
_SUBORDINATORS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT"})
_WH = frozenset({"PWS", "PWAT", "PWAV"})
# Personal/reflexive pronouns: lemma is the nominative (UD convention).
# Ambiguous forms ('ihr', 'sie', 'Sie') are left alone.
_PRON_LEMMAS = {
    "mir": "ich", "mich": "ich", "dir": "du", "dich": "du",
    "uns": "wir", "euch": "ihr", "ihm": "er", "ihn": "er",
    "ihnen": "sie", "meiner": "ich", "deiner": "du", "seiner": "er",
}
# Tokens made only of these characters are punctuation whatever HanTa says
# (HanTa tags e.g. '--' as XY or FM).
_PUNCT_CHARS = frozenset("-–—()[]{}\"'`´„“”‚‘’«»/…*|")
# 'haben' is an auxiliary when its clause contains one of these (participle,
# or infinitive for the "Ersatzinfinitiv": "hätte kaufen können").
_AUX_TRIGGERS = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF"})
# Tokens after which we start a new HanTa "sentence" when the Doc has no
# sentence boundaries.
_SENT_END_TEXTS = frozenset({".", "!", "?", "...", "…"})


def hanta_to_stts(tag: str, proav: str = "PROAV") -> str:
    """Convert a HanTa tag ('ADJ(A)', 'VV(FIN)', 'NNA', '$.') to plain STTS."""
    if tag.startswith("$"):
        return tag  # '$(', '$,', '$.'
    stts = tag.replace("(", "").replace(")", "")
    stts = _HANTA_SPECIAL.get(stts, stts)
    if stts == "PROAV" or stts == "PAV":
        return proav
    return stts


# ---------------------------------------------------------------------------
# Cached HanTa
# ---------------------------------------------------------------------------


class CachedHanoverTagger(_ht.HanoverTagger):
    """HanoverTagger with memoised per-word analyses and a leaner Viterbi.

    Output of :meth:`tag_sent` / :meth:`tag_sent_viterbi` is identical to
    the parent class; only the work is shared between occurrences of the
    same word form.  Caches are cleared when they exceed ``max_cache``
    entries, so memory stays bounded on long runs.
    """

    def __init__(self, filename: str = MODEL_NAME, max_cache: int = 500_000):
        super().__init__(filename)
        self.max_cache = max_cache
        self._word_cache: dict = {}
        self._analysis_cache: dict = {}
        self._forward_cache: dict = {}
        self._viterbi_cache: dict = {}
        self._plans: dict = {}
        self._guess_cache: dict = {}
        self._suffix_cache: dict = {}
        self._fast_morph = self._prepare_morph_tables()
        # All transition rows share one key order (built by the trainer from
        # the same tag list); Viterbi iterates candidate tags in that order so
        # that ties resolve exactly as in the parent implementation.
        order: dict[int, int] = {}
        for row in self.LP_trans_word.values():
            for c in row:
                if c not in order:
                    order[c] = len(order)
        self._tag_order = order
        self._all_tags = tuple(c for c in order if c != _ht.END)
        self._uniform_rows = all(
            list(row) == list(order) for row in self.LP_trans_word.values()
        )

    # -- per-word caches ---------------------------------------------------

    # -- morphological analysis (per word form) -------------------------------

    def _prepare_morph_tables(self) -> bool:
        """Per-tag tables for an inlined ``lp_m_t``; False if not applicable."""
        tags = {t for f in self.LP_trans.values() for t in f if t > 0}
        if not all(t in self.LP_m_t for t in tags):  # pragma: no cover
            return False
        if any(len({t for t, _ in f}) != len(f) for f in self.LP_trans_nonfinal.values()):  # pragma: no cover
            return False  # _plan keys the followers of a state by tag
        guess: dict[int, tuple] = {}
        for t in tags:
            if t in self.LP_hapax_t and t in self.LP_s_t:
                if t not in self.LP_len_t or len(self.LP_len_t[t]) < 25:  # pragma: no cover
                    return False
                if "" not in self.LP_s_t[t]:  # pragma: no cover
                    return False
                head = self.Int_t + self.LP_hapax_t[t]
                # same float operations, same order as lp_m_t:
                # ((Int_t + hapax) + len) + suffix
                base = [head + self.LP_len_t[t][min(k, 24)] for k in range(25)]
                guess[t] = (self.LP_s_t[t], base)
        self._guess_tables = guess
        self._guess_index = {t: k for k, t in enumerate(guess)}
        self._guess_bases = tuple(tuple(base) for _, base in guess.values())
        suffix_keys = {frozenset(LP_s) for LP_s, _ in guess.values()}
        self._suffix_keys = suffix_keys.pop() if len(suffix_keys) == 1 else None
        m2t: dict[str, dict[int, float]] = {}
        for t, lp_m in self.LP_m_t.items():
            for m, v in lp_m.items():
                d = m2t.get(m)
                if d is None:
                    d = m2t[m] = {}
                d[t] = v
        self._morph2tags = m2t
        return True

    # The memos below hold tuples of numbers and strings only, which Python's garbage
    # collector stops tracking: caches of tracked containers would make every full
    # collection slower.

    def _suffix_lps(self, tail):
        """The suffix logprob of every tag with a guess table (in ``_guess_tables`` order) for a
        segment whose last min(4, len - 1) letters are ``tail`` (``lp_m_t`` tries the last 4, 3,
        2, 1 letters of a longer segment only)."""
        n = len(tail)
        keys = self._suffix_keys
        if keys is not None:  # all tags know the same suffixes: find the longest once
            suffix = next((tail[-k:] for k in (4, 3, 2, 1) if n >= k and tail[-k:] in keys), "")
            res = tuple(LP_s[suffix] for LP_s, _ in self._guess_tables.values())
        else:
            sufs = []
            for LP_s, _ in self._guess_tables.values():
                if n >= 4 and tail[-4:] in LP_s:
                    lp_suf = LP_s[tail[-4:]]
                elif n >= 3 and tail[-3:] in LP_s:
                    lp_suf = LP_s[tail[-3:]]
                elif n >= 2 and tail[-2:] in LP_s:
                    lp_suf = LP_s[tail[-2:]]
                elif n >= 1 and tail[-1:] in LP_s:
                    lp_suf = LP_s[tail[-1:]]
                else:
                    lp_suf = LP_s[""]
                sufs.append(lp_suf)
            res = tuple(sufs)
        if len(self._suffix_cache) >= self.max_cache:
            self._suffix_cache.clear()
        self._suffix_cache[tail] = res
        return res

    def _guesses(self, segment, wlen):
        """The guessed emissions (``lp_m_t`` of a segment that is no known morpheme of the tag) of
        ``segment`` in a word of ``wlen`` letters: a tuple with, per tag with a guess table (in
        ``_guess_tables`` order), the logprob or None if it is -inf, and last the bit mask of the
        finite ones. They depend only on the last min(4, len - 1) letters, min(len, 24), ``wlen
        < 4`` and whether the segment is the whole word, so are shared by all segments that agree
        in these."""
        mlen = len(segment)
        tail = segment[-4:] if mlen > 4 else segment[1:]
        k = mlen if mlen < 24 else 24
        key = (tail, k, wlen < 4, wlen == mlen)
        res = self._guess_cache.get(key)
        if res is None:
            vals: list = []
            mask = 0
            if wlen < 4 or mlen > 2:
                sufs = self._suffix_cache.get(tail)
                if sufs is None:
                    sufs = self._suffix_lps(tail)
                # same float operations, same order as lp_m_t: (((Int_t + hapax) + len) + suffix) - 4.6
                for bit, (base, lp_suf) in enumerate(zip(self._guess_bases, sufs, strict=True)):
                    lp = base[k] + lp_suf
                    if wlen == mlen:
                        lp -= 4.6
                    if lp != -math.inf:
                        vals.append(lp)
                        mask |= 1 << bit
                    else:
                        vals.append(None)
            else:
                vals = [None] * len(self._guess_bases)
            vals.append(mask)
            if len(self._guess_cache) >= self.max_cache:
                self._guess_cache.clear()
            res = self._guess_cache[key] = tuple(vals)
        return res

    def _plan(self, plans, state, reachable_t, strict):
        """What ``_fill_morph_table`` needs of the transitions out of ``state``: the followers
        whose emission can be guessed (non-strict only) as (rank, tag, logprob) (rank: place in
        HanTa's list); the others as {tag: (rank, tag, logprob)}; memos of the candidates for a
        known segment (by ``_known_candidates``) and for an unknown one (by the mask of its finite
        guesses); the tags of the others. False if ``state`` has no followers."""
        followup = self.LP_trans_nonfinal.get(state, [])
        if reachable_t is not None:
            followup = [(t, p) for (t, p) in followup if t in reachable_t]
        if not followup:
            plan = False
        else:
            guess_tables = () if strict else self._guess_tables
            ranked = [(k, t, p) for k, (t, p) in enumerate(followup)]
            fguess = tuple(e for e in ranked if e[1] in guess_tables)
            rest = {e[1]: e for e in ranked if e[1] not in guess_tables}
            plan = (fguess, rest, {}, {}, frozenset(rest))
        plans[state] = plan
        return plan

    def _known_candidates(self, plan, ckey, segment, known, wlen):
        """The followers of a plan's state to try for a known segment (``ckey``: the segment, or
        (segment, ``wlen < 4``, whether it is the whole word) if either holds), in HanTa's order,
        as (tag, logprob, emission): those among the segment's morpheme tags and those with a
        guessed emission. All others have emission -inf (no update), so do those dropped here."""
        fguess, rest, memo = plan[:3]
        guessed = self._guesses(segment, wlen) if fguess else None
        index = self._guess_index
        entries = [rest[t] for t in known if t in rest]
        entries += [e for e in fguess if e[1] in known or guessed[index[e[1]]] is not None]
        entries.sort()
        cands = []
        for _, t, p in entries:
            v = known[t] if t in known else guessed[index[t]]
            if v != -math.inf:
                cands.append((t, p, v))
        cands = tuple(cands)
        if len(memo) >= 100_000:
            memo.clear()
        memo[ckey] = cands
        return cands

    def _guess_candidates(self, plan, guessed):
        """The followers of a plan's state to try for an unknown segment with the guessed
        emissions ``guessed`` (of ``_guesses``), in HanTa's order, as (tag, logprob, index of
        the emission in ``guessed``)."""
        index = self._guess_index
        cands = tuple((t, p, index[t]) for _, t, p in plan[0] if guessed[index[t]] is not None)
        plan[3][guessed[-1]] = cands
        return cands

    def _fill_morph_table(self, word, wlen, strict, table, backpointer, reachable_t, reach_key=None):
        """Forward pass of HanTa's morpheme HMM.

        Same updates in the same order as the original loops (for every state: segments by
        end, followers in HanTa's order), but combinations whose emission is -inf (no update
        possible) are never visited: per state and segment, only the followers that are
        among the segment's morpheme tags or (non-strict) have a finite guessed emission.
        Plans per state (``reach_key`` names ``reachable_t``), their candidates per segment
        and guessed emissions are memoised."""
        lowerbound = -1e6
        m2t = self._morph2tags
        plans = self._plans.get((reach_key, strict))
        if plans is None:
            plans = self._plans[(reach_key, strict)] = {}
        plan_of = self._plan
        known_candidates = self._known_candidates
        guess_candidates = self._guess_candidates
        guesses = self._guesses
        guess_cache = self._guess_cache
        short_word = wlen < 4
        for i in range(wlen):
            row = table[i]
            if not row:
                continue
            if len(row) > 3:
                rowbound = sorted(row.values(), reverse=True)[3] - 1
            else:
                rowbound = lowerbound
            segs = None  # [(j, word[i:j], its morpheme tags or None, memo key)] for all j
            knowns = None  # the entries of segs with morpheme tags
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                plan = plans.get(state)
                if plan is None:
                    plan = plan_of(plans, state, reachable_t, strict)
                if not plan:
                    continue
                if segs is None:
                    segs = []
                    for j in range(i + 1, wlen + 1):
                        segment = word[i:j]
                        known = m2t.get(segment)
                        if known is None:
                            segs.append((j, segment, None, None))
                        else:
                            # memo key of the candidates: the guesses also depend on these
                            ckey = (segment, short_word, j - i == wlen) if short_word or j - i == wlen else segment
                            segs.append((j, segment, known, ckey))
                    knowns = [x for x in segs if x[2] is not None]
                    known_tags = set().union(*[x[2] for x in knowns])
                    gvs = [None] * (wlen + 1)
                s1 = state[1]
                if plan[0]:
                    kmemo = plan[2]
                    gmemo = plan[3]
                    for j, segment, known, ckey in segs:
                        tj = table[j]
                        bpj = backpointer[j] if backpointer is not None else None
                        if known is None:
                            guessed = gvs[j]
                            if guessed is None:
                                # the key of _guesses, here for speed
                                mlen = j - i
                                guessed = guess_cache.get((segment[-4:] if mlen > 4 else segment[1:],
                                                           mlen if mlen < 24 else 24, short_word, mlen == wlen))
                                if guessed is None:
                                    guessed = guesses(segment, wlen)
                                gvs[j] = guessed
                            cands = gmemo.get(guessed[-1])
                            if cands is None:
                                cands = guess_candidates(plan, guessed)
                            for tag1, lpt, k in cands:
                                lp1 = lp + lpt + guessed[k]
                                if lp1 > lowerbound:
                                    newstate = (s1, tag1)
                                    old = tj.get(newstate)
                                    if old is None or lp1 > old:
                                        tj[newstate] = lp1
                                        if bpj is not None:
                                            bpj[newstate] = (state, i)
                            continue
                        cands = kmemo.get(ckey)
                        if cands is None:
                            cands = known_candidates(plan, ckey, segment, known, wlen)
                        for tag1, lpt, v in cands:
                            lp1 = lp + lpt + v
                            if lp1 > lowerbound:
                                newstate = (s1, tag1)
                                old = tj.get(newstate)
                                if old is None or lp1 > old:
                                    tj[newstate] = lp1
                                    if bpj is not None:
                                        bpj[newstate] = (state, i)
                elif not plan[4].isdisjoint(known_tags):  # else no segment from i has a follower's tag
                    # the same table update as above, written out again on purpose: this is the tagger's
                    # innermost loop, where a function call per candidate would cost more than the repetition
                    kmemo = plan[2]
                    for j, segment, known, ckey in knowns:
                        cands = kmemo.get(ckey)
                        if cands is None:
                            cands = known_candidates(plan, ckey, segment, known, wlen)
                        if not cands:
                            continue
                        tj = table[j]
                        bpj = backpointer[j] if backpointer is not None else None
                        for tag1, lpt, v in cands:
                            lp1 = lp + lpt + v
                            if lp1 > lowerbound:
                                newstate = (s1, tag1)
                                old = tj.get(newstate)
                                if old is None or lp1 > old:
                                    tj[newstate] = lp1
                                    if bpj is not None:
                                        bpj[newstate] = (state, i)

    def analyze_forward(self, word):
        # depends on the normalised (lower-cased) form only, so 'Die' and
        # 'die' share one entry; callers never mutate the returned list
        res = self._forward_cache.get(word)
        if res is not None:
            return res
        if len(self._forward_cache) >= self.max_cache:
            self._forward_cache.clear()
        if not self._fast_morph or self._debug:
            res = super().analyze_forward(word)
            self._forward_cache[word] = res
            return res
        lowerbound = -1e6
        wlen = len(word)
        table = [{(_ht.EMPTY, _ht.START): 0}] + [{} for _ in range(wlen + 1)]
        self._fill_morph_table(word, wlen, self.strict, table, None, None)
        last = table[-1]
        for state in table[-2]:
            lp = table[-2][state]
            for tag1, lpt in self.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > lowerbound:
                    newstate = (state[1], tag1)
                    if newstate not in last or lp1 > last[newstate]:
                        last[newstate] = lp1
        results: dict = {}
        for state in last:
            lp = last[state]
            if lp == -math.inf:
                continue
            pos = -state[1]
            if pos in results:
                results[pos] = _logaddexp(results[pos], lp)
            else:
                results[pos] = lp
        result_list = list(results.items())
        result_list.sort(key=itemgetter(1), reverse=True)
        if len(result_list) == 0:
            result_list = [(_ht.UNKNOWN, 0)]
        self._forward_cache[word] = result_list
        return result_list

    def analyze_viterbi(self, word, targetpos):
        key = (word, targetpos)
        res = self._viterbi_cache.get(key)
        if res is not None:
            return res
        if len(self._viterbi_cache) >= self.max_cache:
            self._viterbi_cache.clear()
        if not self._fast_morph or self._debug:
            res = super().analyze_viterbi(word, targetpos)
            self._viterbi_cache[key] = res
            return res
        wlen = len(word)
        lowerbound = -1e6
        reachable_t = self.reachability.get(targetpos, frozenset())
        for localstrict in (True, False):
            table = [{(_ht.EMPTY, _ht.START): 0}] + [{} for _ in range(wlen + 1)]
            backpointer: list[dict] = [{} for _ in range(wlen + 2)]
            self._fill_morph_table(word, wlen, localstrict, table, backpointer, reachable_t, targetpos)
            for state in table[-2]:
                lp = table[-2][state]
                for tag1, lpt in self.LP_trans_final.get(state, []):
                    if tag1 == targetpos:
                        lp1 = lp + lpt
                        if lp1 > lowerbound:
                            newstate = (state[1], tag1)
                            if newstate not in table[-1] or lp1 > table[-1][newstate]:
                                table[-1][newstate] = lp1
                                backpointer[-1][newstate] = (state, wlen)
                        break
            if len(table[-1]) > 0:
                break
        pmax = -math.inf
        beststate = (_ht.EMPTY, _ht.EMPTY)
        for state in table[-1]:
            lp = table[-1][state]
            if lp > pmax:
                pmax = lp
                beststate = state
        i = len(backpointer) - 1
        if beststate == (_ht.EMPTY, _ht.EMPTY):
            states = [((_ht.UNKNOWN, _ht.END_UNKNOWN), i), ((_ht.START, _ht.UNKNOWN), i - 1)]
        else:
            states = [(beststate, i)]
            state = beststate
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        res = [(st[1], k) for (st, k) in states[::-1]]
        self._viterbi_cache[key] = res
        return res

    def _tag_word(self, word, cutoff=5, casesensitive=True, conditional=False):
        key = (word, cutoff, casesensitive, conditional)
        res = self._word_cache.get(key)
        if res is None:
            if len(self._word_cache) >= self.max_cache:
                self._word_cache.clear()
            res = super()._tag_word(word, cutoff, casesensitive, conditional)
            self._word_cache[key] = res
        return res

    def _analyze(self, word, pos, taglevel=1):
        key = (word, pos, taglevel)
        res = self._analysis_cache.get(key)
        if res is None:
            if len(self._analysis_cache) >= self.max_cache:
                self._analysis_cache.clear()
            res = super()._analyze(word, pos, taglevel)
            self._analysis_cache[key] = res
        return res

    def _emissions(self, word: str, cs: bool):
        """The candidate tags of a word in Viterbi order with their logprobs, ((tag, logprob),
        ...), or None if the word is unknown."""
        key = (word, cs)
        res = self._word_cache.get(key, False)
        if res is False:
            if len(self._word_cache) >= self.max_cache:
                self._word_cache.clear()
            wprobs = dict(super()._tag_word(word, cutoff=5, casesensitive=cs, conditional=True))
            if len(wprobs) == 0 or (len(wprobs) == 1 and _ht.UNKNOWN in wprobs):
                res = None
            else:
                order = self._tag_order
                cands = [c for c in wprobs if c in order and c != _ht.END]
                cands.sort(key=order.__getitem__)
                res = tuple((c, wprobs[c]) for c in cands)
            self._word_cache[key] = res
        return res

    # -- sentence Viterbi ----------------------------------------------------

    def tag_sent_viterbi(self, sent, casesensitive=True):
        if not self._uniform_rows:  # pragma: no cover - other models
            return super().tag_sent_viterbi(sent, casesensitive)
        lowerbound = -1e6
        trans = self.LP_trans_word
        all_tags = self._all_tags
        word_cache = self._word_cache
        table: list[dict] = []
        backpointer: list[dict] = []
        prevrow: dict = {(_ht.EMPTY, _ht.START): 0.0}
        cs = False
        for i, w in enumerate(sent):
            if i == 0:
                cs = False
            elif casesensitive:
                cs = True
            cands = word_cache.get((w, cs), False)
            if cands is False:
                cands = self._emissions(w, cs)
            row: dict = {}
            bp: dict = {}
            if len(prevrow) > 5:
                rowbound = sorted(prevrow.values(), reverse=True)[5] - 1
            else:
                rowbound = lowerbound
            for state, lp0 in prevrow.items():
                if lp0 < rowbound:
                    continue
                lp_t = trans[state]
                s1 = state[1]
                if cands is None:
                    for c in all_tags:
                        lp = lp0 + lp_t[c] + 0
                        if lp > lowerbound:
                            newstate = (s1, c)
                            old = row.get(newstate)
                            if old is None or lp > old:
                                row[newstate] = lp
                                bp[newstate] = state
                else:
                    for c, lp_w in cands:
                        lp = lp0 + lp_t[c] + lp_w
                        if lp > lowerbound:
                            newstate = (s1, c)
                            old = row.get(newstate)
                            if old is None or lp > old:
                                row[newstate] = lp
                                bp[newstate] = state
            table.append(row)
            backpointer.append(bp)
            prevrow = row

        finalstate = (_ht.END, _ht.EMPTY)
        best = -math.inf
        beststate = None
        for state, lp0 in prevrow.items():
            lp = lp0 + trans[state].get(_ht.END, -math.inf)
            if lp > best:
                best = lp
                beststate = state
        if beststate is None:  # same failure mode as the parent (KeyError)
            raise KeyError(finalstate)
        tags = [beststate[1]]
        state = beststate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]


_HANTA: CachedHanoverTagger | None = None
_HANTA_LOCK = threading.Lock()


def get_hanta() -> CachedHanoverTagger:
    """The process-wide :class:`CachedHanoverTagger` (loaded on first use)."""
    global _HANTA
    if _HANTA is None:
        with _HANTA_LOCK:
            if _HANTA is None:
                _HANTA = CachedHanoverTagger(MODEL_NAME)
    return _HANTA


# ---------------------------------------------------------------------------
# Lemma helpers
# ---------------------------------------------------------------------------


def _copy_case(lemma: str, text: str) -> str:
    """Give ``lemma`` the casing of ``text`` on their common prefix.

    Hyphenated compounds are aligned part by part so that 'Us-präsident' for
    'US-Präsidenten' becomes 'US-Präsident'.  Past the first differing
    letter the lemma's own case is kept ('Häuser' -> 'Haus').
    """
    if "-" in lemma and "-" in text:
        lparts = lemma.split("-")
        tparts = text.split("-")
        if len(lparts) == len(tparts):
            return "-".join(_copy_case_simple(lp, tp) for lp, tp in zip(lparts, tparts, strict=True))
    return _copy_case_simple(lemma, text)


def _copy_case_simple(lemma: str, text: str) -> str:
    n = min(len(lemma), len(text))
    i = 0
    while i < n and lemma[i].lower() == text[i].lower():
        i += 1
    if i == 0:
        return lemma
    return text[:i] + lemma[i:]


def _is_punct(text: str) -> bool:
    return all(ch in _PUNCT_CHARS for ch in text)


def _is_subordinate_start(tags: Sequence[str], start: int, end: int) -> bool:
    """Does the segment tags[start:end] look like a subordinate/relative clause?"""
    # allow a preposition before a relative pronoun ("mit dem", "in der")
    k = start
    while k < end and tags[k] in ("APPR", "APPRART", "KON", "$("):
        k += 1
    if k >= end:
        return False
    t = tags[k]
    if t in _SUBORDINATORS or t in _WH:
        return any(tags[m] in _FINITE for m in range(k + 1, end))
    return False


def _subject_field(tags: Sequence[str]) -> bool:
    """A noun phrase alone: a determiner, adjectives, then nouns or names ("Der Linkspopulist", "Robert Fico")."""
    k = 1 if tags and tags[0] in ("ART", "PPOSAT", "PDAT", "PIAT") else 0
    while k < len(tags) and tags[k] == "ADJA":
        k += 1
    return k < len(tags) and all(t in ("NN", "NE") for t in tags[k:])


_D_WORDS = frozenset({"der", "die", "das", "dem", "den"})
_NONFINITE_VERBS = frozenset({"VVPP", "VVINF", "VAPP", "VAINF", "VMPP", "VMINF", "VVIZU"})


def _relative_pronouns(tokens, idx, sttss: list[str]) -> None:
    """A d-word after a comma opens a relative clause when its clause ends in a verb cluster (", der Anfang
    Dezember gedroht hatte,": HanTa reads an article before "Anfang"), and is an article when its clause has no
    finite verb but an infinitive with "zu" (", die Ukraine vom Meer abzuschneiden.": not a relative pronoun).
    A clause that ends in a single finite verb may be a main clause ("Er sagte, die Gespräche scheiterten")."""
    for i in range(1, len(sttss)):
        word = tokens[idx[i]].lower_
        if sttss[i - 1] != "$," or word not in _D_WORDS or sttss[i] not in ("ART", "PRELS"):
            continue
        end = next((k for k in range(i + 1, len(sttss)) if sttss[k] in ("$,", "$.")), len(sttss))
        finite = [k for k in range(i + 1, end) if sttss[k] in _FINITE]
        if sttss[i] == "ART" and end - i >= 4 and finite == [end - 1] and sttss[end - 2] in _NONFINITE_VERBS:
            sttss[i] = "PRELS"
            tokens[idx[i]].tag_, tokens[idx[i]].pos_ = "PRELS", "PRON"
            tokens[idx[i]].set_morph("PronType=Rel")
        elif sttss[i] == "PRELS" and not finite and any(sttss[k] in ("VVIZU", "PTKZU") for k in range(i + 1, end)):
            sttss[i] = "ART"
            tokens[idx[i]].tag_, tokens[idx[i]].pos_ = "ART", "DET"
            tokens[idx[i]].set_morph("Definite=Def|PronType=Art")


def _leftmost_finite(tags: Sequence[str], j: int, start: int) -> int:
    """A main clause has one finite verb, in second place: of two "finite" verbs in one clause the
    later one is mistagged ("Wir lehnen diese Pläne entschieden ab": "entschieden" is no verb)."""
    k = j - 1
    while k >= start and tags[k] not in ("KON", "$,", "$.", "$(") and tags[k] not in _SUBORDINATORS:
        if tags[k] in _JOINABLE:
            j = k
        elif tags[k] in _FINITE:
            break
        k -= 1
    return j


# Separable verbs whose particle is an adjective (Duden writes them as one word): HanTa tags the
# separated adjective ADJD, so "macht sich ... stark" would keep the lemma "machen".
# Punctuation after which a capitalised word may open a new sentence (or a quote) and so be a verb.
_NEW_SENTENCE_AFTER = frozenset({":", "„", "\"", "“", "”", "»", "«", "(", "–", "-", "'", "‚", "‘", "...", "…"})
# Words written as one that occur only as separable verb particles ("stellt das infrage", "kam zustande").
PARTICLE_WORDS = frozenset({"infrage", "zustande", "zugrunde", "zunichte", "zutage", "abhanden", "instand"})
ADJECTIVE_PARTICLE_VERBS = frozenset({
    "starkmachen", "klarmachen", "klarstellen", "richtigstellen", "festhalten", "festlegen", "feststellen",
    "festnehmen", "freigeben", "freilassen", "freisprechen", "offenlegen", "offenlassen", "offenhalten",
    "sicherstellen", "bekanntgeben", "bekanntmachen", "gutheißen", "kleinreden", "schönreden", "schlechtreden",
    "schlechtmachen", "kundtun", "kundgeben", "hochhalten", "fernhalten", "gleichstellen", "totschweigen",
    "wahrnehmen", "zufriedengeben", "geradestehen", "kaltstellen", "lahmlegen", "bereitstellen", "bereithalten",
})


def find_particle_verb(tags: Sequence[str], lemmas: Sequence[str], i: int, start: int = 0) -> int:
    """Index of the finite verb that the PTKVZ at ``i`` belongs to, or -1.

    Walk left from the particle within ``[start, i)``: the first finite verb
    of the same clause wins if it can take a particle (full verbs; 'haben');
    any other finite verb, a clause-opening subordinator or relative
    pronoun, or sentence-internal final punctuation ($.) stops the search.
    Embedded subordinate/relative clauses enclosed in commas
    (", den die Opposition vorlegte,") are skipped over.
    """
    j = i - 1
    while j >= start:
        t = tags[j]
        if t in _FINITE:
            if t in _JOINABLE or lemmas[j] in _JOINABLE_AUX_LEMMAS:
                return _leftmost_finite(tags, j, start)
            return -1
        if t == "$.":
            return -1
        if t in _SUBORDINATORS:
            return -1
        if t == "$,":
            # find previous comma (or the start) and test the segment between
            k = j - 1
            while k >= start and tags[k] not in ("$,", "$."):
                k -= 1
            if k >= start and tags[k] == "$," and _is_subordinate_start(tags, k + 1, j):
                j = k - 1  # skip the embedded clause and its opening comma
                continue
        j -= 1
    return -1


# ---------------------------------------------------------------------------
# spaCy component
# ---------------------------------------------------------------------------


class HantaTagger:
    """spaCy component: STTS tags, UPOS, lemmas and light morphology via HanTa.

    Parameters
    ----------
    vocab:
        The pipeline's vocab (strings are interned there).
    join_particles:
        Join separable verb particles (PTKVZ) to the lemma of their finite
        verb ("wies ... zurück" -> lemma "zurückweisen" on "wies").
    set_morph:
        Set cheap morphological features (VerbForm, Degree, PronType, ...).
    proav_tag:
        Spelling of the pronominal adverb tag: "PROAV" (STTS 1999 / TIGER,
        default) or "PAV" (UD German GSD).
    split_sentences:
        When the Doc has no sentence boundaries, feed HanTa one chunk per
        '.', '!', '?' token instead of the whole Doc (boundaries on the Doc
        itself are never changed).
    """

    def __init__(
        self,
        vocab: Vocab,
        *,
        join_particles: bool = True,
        set_morph: bool = True,
        proav_tag: str = "PROAV",
        split_sentences: bool = True,
        name: str = "kg_hanta_tagger",
    ) -> None:
        self.vocab = vocab
        self.name = name
        self.join_particles = join_particles
        self.set_morph = set_morph
        self.proav_tag = proav_tag
        self.split_sentences = split_sentences
        self._tagger: CachedHanoverTagger | None = get_hanta()
        # (hanta tag int) -> (stts, tag hash, pos id, static morph)
        self._tag_info: dict[int, tuple] = {}
        # (text, hanta tag int) -> (lemma str, lemma hash, morph hash or None)
        self._tok_cache: dict[tuple[str, int], tuple] = {}
        self._max_tok_cache = 500_000
        strings = vocab.strings
        self._sp_tag = strings.add("_SP")
        self._sp_pos = _SPACY_IDS["SPACE"]
        t2i = self.tagger.tag2int
        self._punct_tag_ints = frozenset(t2i[t] for t in ("$(", "$,", "$.") if t in t2i)
        self._punct_tag_int = t2i.get("$(", 0)
        self._aux_pos = _SPACY_IDS["AUX"]
        self._verb_pos = _SPACY_IDS["VERB"]

    # -- pickling (nlp.pipe(n_process=...)) ------------------------------------

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_tagger"] = None
        state["_tok_cache"] = {}
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)

    @property
    def tagger(self) -> CachedHanoverTagger:
        if self._tagger is None:
            self._tagger = get_hanta()
        return self._tagger

    # -- spaCy API -----------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        for start, end in self._segments(doc):
            self._tag_span(doc, start, end)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def initialize(self, get_examples=None, *, nlp=None) -> None:  # noqa: D401
        """Nothing to train; present so nlp.initialize() works."""
        return None

    def to_disk(self, path, *, exclude=()) -> None:  # nothing to serialise
        return None

    def from_disk(self, path, *, exclude=()):
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, bytes_data, *, exclude=()):
        return self

    # -- convenience -----------------------------------------------------------

    def tag_words(self, words: Sequence[str]) -> list[tuple[str, str, str, str]]:
        """Tag a pre-tokenised sentence: list of (word, stts, upos, lemma)."""
        doc = Doc(self.vocab, words=list(words))
        self(doc)
        return [(t.text, t.tag_, t.pos_, t.lemma_) for t in doc]

    # -- internals -------------------------------------------------------------

    def _segments(self, doc: Doc) -> list[tuple[int, int]]:
        n = len(doc)
        if n == 0:
            return []
        if doc.has_annotation("SENT_START"):
            return [(s.start, s.end) for s in doc.sents]
        if not self.split_sentences:
            return [(0, n)]
        segs = []
        start = 0
        for tok in doc:
            if tok.text in _SENT_END_TEXTS and tok.i + 1 < n and doc[tok.i + 1].text not in _SENT_END_TEXTS:
                segs.append((start, tok.i + 1))
                start = tok.i + 1
        if start < n:
            segs.append((start, n))
        return segs

    def _info(self, tag_int: int, text: str) -> tuple:
        if tag_int not in self._punct_tag_ints and _is_punct(text):
            tag_int = self._punct_tag_int
        info = self._tag_info.get(tag_int)
        if info is None:
            hanta_tag = self.tagger.int2tag.get(tag_int, "UNKNOWN")
            stts = hanta_to_stts(hanta_tag, self.proav_tag)
            upos = STTS_TO_UPOS.get(stts, "X")
            info = (stts, self.vocab.strings.add(stts), _SPACY_IDS[upos], _STATIC_MORPH.get(stts, ""))
            self._tag_info[tag_int] = info
        return info

    def _token_analysis(self, text: str, tag_int: int, stts: str, static_morph: str) -> tuple:
        key = (text, tag_int)
        res = self._tok_cache.get(key)
        if res is not None:
            return res
        tagger = self.tagger
        lemma = tagger._analyze(text, tag_int, taglevel=1)[0]
        if stts == "PPER" or stts == "PRF":
            lemma = _PRON_LEMMAS.get(text.lower(), lemma)
        if stts in _NOMINAL_STTS:
            lemma = _copy_case(lemma, text)
        morph = static_morph
        if self.set_morph:
            if stts == "ADJA" or stts == "ADJD":
                morph = "Degree=" + self._degree(text, tag_int)
            elif stts == "ART":
                low = lemma.lower()
                if low == "der":
                    morph = "Definite=Def|PronType=Art"
                elif low == "ein":
                    morph = "Definite=Ind|PronType=Art"
                else:
                    morph = "PronType=Art"
        morph_key = self.vocab.morphology.add(morph) if (self.set_morph and morph) else None
        res = (lemma, self.vocab.strings.add(lemma), morph_key)
        if len(self._tok_cache) >= self._max_tok_cache:
            self._tok_cache.clear()
        self._tok_cache[key] = res
        return res

    def _degree(self, text: str, tag_int: int) -> str:
        _stem, morphemes, _pos = self.tagger._analyze(text, tag_int, taglevel=3)
        mtags = {m for _, m in morphemes}
        if "ADJ_SUP" in mtags:
            return "Sup"
        if "ADJ_COMP" in mtags:
            return "Cmp"
        return "Pos"

    def _tag_span(self, doc: Doc, start: int, end: int) -> None:
        tokens = [doc[i] for i in range(start, end)]
        words: list[str] = []
        idx: list[int] = []
        for k, tok in enumerate(tokens):
            if tok.is_space or not tok.text.strip():
                tok.tag = self._sp_tag
                tok.pos = self._sp_pos
                tok.lemma = tok.orth
            else:
                words.append(tok.text)
                idx.append(k)
        if not words:
            return
        tag_ints = self.tagger.tag_sent_viterbi(words)
        set_morph = self.set_morph
        sttss: list[str] = []
        lemmas: list[str] = []
        for w, k, t in zip(words, idx, tag_ints, strict=True):
            stts, tag_hash, pos_id, static_morph = self._info(t, w)
            if stts == "$(" and t not in self._punct_tag_ints:
                t = self._punct_tag_int
            lemma, lemma_hash, morph_key = self._token_analysis(w, t, stts, static_morph)
            tok = tokens[k]
            tok.tag = tag_hash
            tok.pos = pos_id
            tok.lemma = lemma_hash
            if set_morph and morph_key is not None:
                tok.set_morph(morph_key)
            sttss.append(stts)
            lemmas.append(lemma)
        for i, w in enumerate(words):
            if w.lower() in PARTICLE_WORDS and sttss[i] != "PTKVZ":  # HanTa: "infrage" VVFIN "infragen"
                sttss[i], lemmas[i] = "PTKVZ", w.lower()
                tokens[idx[i]].tag_, tokens[idx[i]].pos_, tokens[idx[i]].lemma_ = "PTKVZ", "ADP", w.lower()
            elif sttss[i].startswith("VV") and (joined := _JOINED_HABEN.match(w.lower())):
                # HanTa: "dass er nicht vorhat" VVIMP "vorhat"; a particle joined to a form of "haben"
                sttss[i], lemmas[i] = "VVFIN", joined.group(1) + "haben"
                tokens[idx[i]].tag_, tokens[idx[i]].lemma_ = "VVFIN", lemmas[i]
                tokens[idx[i]].set_morph("VerbForm=Fin")
        for i in range(1, len(words)):
            if (sttss[i].startswith("V") or sttss[i] == "PTKVZ") and words[i][:1].isupper() \
                    and words[i - 1] not in _NEW_SENTENCE_AFTER:
                # "Karl Moser rief die Regierung auf": a capitalised word inside a sentence is no verb, though
                # HanTa takes an unknown one for a verb (and the particle "auf" would be joined to it); nor a
                # particle ("Außenminister Ishaq Dar": not "dar", to be joined to "bestätigte")
                sttss[i], lemmas[i] = "NE", words[i]
                tok = tokens[idx[i]]
                tok.tag_, tok.pos_, tok.lemma_ = "NE", "PROPN", words[i]
                tok.set_morph(None)
        if "ADJA" in sttss:
            self._verbs_read_as_adjectives(words, tokens, idx, sttss, lemmas)
        if "$," in sttss:
            _relative_pronouns(tokens, idx, sttss)
        if self.join_particles and "ADJD" in sttss:
            self._adjective_particles(tokens, idx, sttss, lemmas)
        if self.join_particles and "PTKVZ" in sttss:
            self._join_particles(tokens, idx, sttss, lemmas)
        if "haben" in lemmas:
            self._full_verb_haben(tokens, idx, sttss, lemmas)

    def _verbs_read_as_adjectives(self, words, tokens, idx, sttss, lemmas) -> None:
        """ "Der Linkspopulist verlangte Garantien": HanTa reads "verlangte" before a noun as an adjective; right
        after a noun phrase that opens a clause without a finite verb, a word that can be a finite verb is one."""
        vvfin = self.tagger.tag2int.get("VV(FIN)")
        for i in range(1, len(sttss)):
            if sttss[i] != "ADJA" or sttss[i - 1] not in ("NN", "NE") or vvfin is None:
                continue
            start = next((k + 1 for k in range(i - 1, -1, -1) if sttss[k] in ("$,", "$.", "KOUS")), 0)
            end = next((k for k in range(i + 1, len(sttss)) if sttss[k] in ("$,", "$.")), len(sttss))
            if any(sttss[k] in _FINITE for k in range(start, end)) or not _subject_field(sttss[start:i]):
                continue  # not "das rund 60 Kilometer entfernte Tawila", "an Krebs erkrankten Autor"
            if vvfin not in (tag for tag, _ in self.tagger._tag_word(words[i], 5)):
                continue
            stts, tag_hash, pos_id, static_morph = self._info(vvfin, words[i])
            lemma, lemma_hash, morph_key = self._token_analysis(words[i], vvfin, stts, static_morph)
            tok = tokens[idx[i]]
            tok.tag, tok.pos, tok.lemma = tag_hash, pos_id, lemma_hash
            tok.set_morph(morph_key if morph_key is not None else None)
            sttss[i], lemmas[i] = stts, lemma

    def _full_verb_haben(self, tokens, idx, sttss, lemmas) -> None:
        """'haben' without a participle in its clause is a full verb (UD VERB)."""
        n = len(sttss)
        for i, lemma in enumerate(lemmas):
            if lemma != "haben" or not sttss[i].startswith("VA"):
                continue
            a = i - 1
            while a >= 0 and sttss[a] not in ("$,", "$.", "$("):
                a -= 1
            b = i + 1
            while b < n and sttss[b] not in ("$,", "$.", "$("):
                b += 1
            if not any(sttss[k] in _AUX_TRIGGERS for k in range(a + 1, b)):
                tokens[idx[i]].pos = self._verb_pos

    def _adjective_particles(self, tokens, idx, sttss, lemmas) -> None:
        """An adjective at the end of a clause that forms a separable verb with the clause's finite verb
        is that verb's particle ("macht sich für X stark" -> "starkmachen", "stellte klar"), though
        HanTa tags it ADJD."""
        n = len(sttss)
        for i, stts in enumerate(sttss):
            if stts != "ADJD" or i + 1 < n and sttss[i + 1] not in ("$.", "$,", "$("):
                continue
            j = find_particle_verb(sttss, lemmas, i)
            if j >= 0 and lemmas[i].lower() + lemmas[j] in ADJECTIVE_PARTICLE_VERBS:
                sttss[i] = "PTKVZ"
                tokens[idx[i]].tag_ = "PTKVZ"
                tokens[idx[i]].pos_ = "ADP"

    def _join_particles(self, tokens, idx, sttss, lemmas) -> None:
        joined: set[int] = set()
        for i, stts in enumerate(sttss):
            if stts != "PTKVZ":
                continue
            j = find_particle_verb(sttss, lemmas, i)
            if j < 0 or j in joined:
                continue
            particle = lemmas[i].lower()
            joined.add(j)
            new_lemma = particle + lemmas[j]
            lemmas[j] = new_lemma
            tokens[idx[j]].lemma_ = new_lemma
