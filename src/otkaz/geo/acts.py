"""Which act a place belongs to when one sentence names two ("left near Pokrovsk, caught in Rostov")."""

from __future__ import annotations

import re

_VERBS: dict[str, str] = {
    "desertion": (
        r"left|leaving|walked (?:away|off|out)|abandoned|fled|escaped|deserted|went awol|"
        r"absent without leave|ran away|самовольн\w*|покинул\w*|оставил\w*|сбежал\w*|бежал\w*|"
        r"дезертир\w*|ушл[аи]|ушел|ушёл|залиш\w*|самовільн\w*|втік|втекл\w*|покинув\w*|"
        r"сзч|соч"
    ),
    "enforcement": (
        r"detained|tracked down|caught|arrested|apprehended|held|searched|returned|"
        r"brought back|forced|taken to|задержал\w*|задержан\w*|поймал\w*|пойман\w*|"
        r"разыскива\w*|удержива\w*|доставил\w*|вернул\w*|затрима\w*|утримува\w*|"
        r"розшук\w*|повернул\w*"
    ),
    "prosecution": (
        r"sentenced|convicted|charged|found guilty|court|tried|приговор\w*|осуди\w*|осужд\w*|"
        r"суд\w*|обвин\w*|засуди\w*|вирок\w*"
    ),
    "mutiny": r"riot\w*|mutin\w*|rebell\w*|бунт\w*|погром\w*|взбунтовал\w*|беспорядк\w*|збунтувал\w*",
    "refusal": r"refus\w*|отказал\w*|отказыва\w*|відмовил\w*|відмовля\w*|рапорт\w*",
}
_PATTERNS = {act: re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE) for act, verbs in _VERBS.items()}
_CLAUSE_END = re.compile(r"[.!?;\n]")


def act_near(text: str, start: int, end: int) -> str | None:
    """The act whose verb sits closest to a place in its clause: before it, else right after."""
    sentence_start = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 120), start)),
                         default=max(0, start - 120))
    before = text[sentence_start:start]
    best: tuple[int, str] | None = None
    for act, pattern in _PATTERNS.items():
        for hit in pattern.finditer(before):
            if best is None or hit.end() > best[0]:
                best = (hit.end(), act)
    if best is not None and start - (sentence_start + best[0]) <= 90:
        return best[1]
    after = re.split(r"[.!?;,\n]", text[end:end + 60], maxsplit=1)[0]
    found = [(hit.start(), act) for act, pattern in _PATTERNS.items()
             for hit in [pattern.search(after)] if hit]
    return min(found)[1] if found else None
