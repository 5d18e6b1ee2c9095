"""Hand-built reports for the formatter tests, so formats are tested without the matcher.

Positions are computed from the text with the same rules as the document reader (lines counted
by ``\\n``, 1-based columns in code points), so every span really points at its sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.findings import (
    ClaimInfo,
    DirectiveProblem,
    Discrepancy,
    DocumentReport,
    Finding,
    Position,
    Report,
    Verdict,
)

TOOL_VERSION = "0.1.0"

SCRIPT_TITLE = "<script>document.title='pwned'</script>"
SCRIPT_ATTR = "<script>document.body.setAttribute('data-pwned','1')</script>"
IMG_ONERROR = '"><img src=x onerror="window.__pwned=1">'
JS_LINK = "[click](javascript:alert(1))"
PAYLOADS = (SCRIPT_TITLE, SCRIPT_ATTR, IMG_ONERROR, JS_LINK)


def position(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Position(offset, line, column)


def span(text: str, start_text: str, end_text: str | None = None) -> tuple[Position, Position, str]:
    """Positions from the first ``start_text`` to the end of the next ``end_text`` (or of itself)."""
    start = text.index(start_text)
    end = start + len(start_text) if end_text is None else text.index(end_text, start) + len(end_text)
    return position(text, start), position(text, end), text[start:end]


def finding(
    text: str,
    verdict: Verdict,
    start_text: str,
    message: str,
    *,
    end_text: str | None = None,
    claim: ClaimInfo | None = None,
    discrepancies: tuple[Discrepancy, ...] = (),
    score: float = 0.0,
    suppressed: bool = False,
) -> Finding:
    start, end, sentence = span(text, start_text, end_text)
    return Finding(verdict, start, end, sentence, message, claim, discrepancies, score, suppressed)


FR_EXPELS = ClaimInfo(
    "fr-expels-az-diplomats",
    "France expelled two diplomats of Azerbaijan's embassy in Paris, citing reciprocity.",
    "verified",
    "france-azerbaijan-expulsions",
    2,
    "reciprocity",
)
AZ_EXPELS = ClaimInfo(
    "az-expels-fr-staff",
    "Azerbaijan expelled two French embassy employees and gave them 48 hours to leave.",
    "verified",
    "france-azerbaijan-expulsions",
    4,
    "within 48 hours",
)
AZ_PNG = ClaimInfo(
    "az-declares-png",
    "Azerbaijan's foreign ministry declared two French embassy employees personae non gratae.",
    "verified",
    "france-azerbaijan-expulsions",
    4,
)
ARMS = ClaimInfo(
    "aliyev-accuses-fr-arms",
    "President Ilham Aliyev has accused France of supplying weapons to Armenia.",
    "alleged",
    "france-azerbaijan-expulsions",
    6,
    "allegedly supplying arms",
)
KARABAKH = ClaimInfo(
    "az-retakes-karabakh",
    "Azerbaijan retook Nagorno-Karabakh from Armenian separatists in September 2023.",
    "verified",
    "france-azerbaijan-expulsions",
    8,
)
SPAIN = ClaimInfo(
    "aliyev-boycotts-spain",
    "President Aliyev stayed away from an October meeting in Spain.",
    "verified",
    "france-azerbaijan-expulsions",
    8,
)

ARTICLE = (
    "# Paris and Baku trade expulsions\n"
    "\n"
    "France has ordered two diplomats at Azerbaijan's embassy in Paris to leave, "
    "saying it was answering in kind.\n"
    "\n"
    "Earlier, Azerbaijan declared two employees of the French embassy in Baku personae non gratae "
    "and gave them 72 hours to go. Paris summoned Azerbaijan's ambassador in protest.\n"
    "\n"
    "France is arming Armenia and fuelling the conflict in the Caucasus.\n"
    "\n"
    "Baku has expelled 14 French diplomats since 2020.\n"
    "\n"
    "Azerbaijan regained control of Nagorno-Karabakh in October. "
    "President Aliyev skipped the October meeting in Spain, and the talks were called off.\n"
)

BRIEF = (
    "Briefing note, 14 December\n"
    "\n"
    "The two Azerbaijani diplomats were declared personae non gratae by France.\n"
    "They were given 48 hours to leave French territory.\n"
)


def planted_report() -> Report:
    """A realistic run over an article with planted errors, a short brief and a clean file.

    The run asked for uncovered statements, so one sentence no claim covers is reported.
    """
    a = ARTICLE
    earlier = "Earlier, Azerbaijan declared"
    article = DocumentReport(
        "articles/expulsions.md",
        a,
        (
            finding(a, Verdict.supported, "France has ordered", "Consistent with the record.",
                    end_text="in kind.", claim=FR_EXPELS, score=0.91),
            finding(a, Verdict.contradicted, earlier, "The record gives 48 hours to leave, not 72 hours.",
                    end_text="to go.", claim=AZ_EXPELS, score=0.88,
                    discrepancies=(Discrepancy("duration", "48 hours", "72 hours"),)),
            finding(a, Verdict.supported, earlier, "Consistent with the record.",
                    end_text="to go.", claim=AZ_PNG, score=0.8),
            finding(a, Verdict.unverified, "France is arming", "An allegation is stated as fact.",
                    end_text="Caucasus.", claim=ARMS, score=0.74,
                    discrepancies=(Discrepancy("attribution", "attributed (alleged)", "stated as fact"),)),
            finding(a, Verdict.uncovered, "Baku has expelled 14", "No claim record covers this statement.",
                    end_text="since 2020."),
            finding(a, Verdict.contradicted, "Azerbaijan regained", "The record dates this to September.",
                    end_text="in October.", claim=KARABAKH, score=0.83, suppressed=True,
                    discrepancies=(Discrepancy("date", "September 2023", "October"),)),
            finding(a, Verdict.unverified, "President Aliyev skipped",
                    "The record does not say the talks were called off.",
                    end_text="called off.", claim=SPAIN, score=0.69),
        ),
    )  # fmt: skip
    b = BRIEF
    brief = DocumentReport(
        "briefs/diplomats.txt",
        b,
        (
            finding(b, Verdict.supported, "The two Azerbaijani", "Consistent with the record.",
                    end_text="by France.", claim=FR_EXPELS, score=0.86),
            finding(b, Verdict.unverified, "They were given 48 hours",
                    "The record gives no deadline for the Azerbaijani diplomats.",
                    end_text="territory.", claim=FR_EXPELS, score=0.61),
        ),
    )  # fmt: skip
    clean = DocumentReport("notes/clean.md", "Nothing here needs checking.\n")
    return Report((article, brief, clean), tool_version=TOOL_VERSION)


INJECTION_PATH = f"drafts/{IMG_ONERROR}{JS_LINK} {SCRIPT_TITLE} 100%, a:b|c.md"
INJECTION_TEXT = (
    f"Bakı — Azərbaycan {SCRIPT_TITLE} said the envoys had 72 hours.\r\n"
    "\r\n"
    f"{IMG_ONERROR} France expelled two diplomats.\tSee {JS_LINK}.\r\n"
    "\r\n"
    f"{SCRIPT_ATTR} Президент & 🇫🇷 — 100% sure | a:b, c\r\n"
)


def injection_report() -> Report:
    """Hostile text, file name, claim and messages, with CRLF, tabs and characters beyond ASCII."""
    t = INJECTION_TEXT
    claim = ClaimInfo(
        "az-expels-fr-staff",
        f"Azerbaijan gave French staff 48 hours {SCRIPT_TITLE}",
        "verified",
        f"seed {IMG_ONERROR}",
        4,
        JS_LINK,
    )
    hostile_discrepancy = Discrepancy("duration", "48 hours | <b>", "72 hrs\r\n::error::injected")
    alleged = ClaimInfo("claim|with:odd,chars%", f"{SCRIPT_ATTR} {JS_LINK}", "alleged")
    doc = DocumentReport(
        INJECTION_PATH,
        t,
        (
            finding(t, Verdict.contradicted, "Bakı", f"Expected 48 hours, found 72 hours {SCRIPT_ATTR}",
                    end_text="72 hours.", claim=claim, score=0.9,
                    discrepancies=(hostile_discrepancy,)),
            finding(t, Verdict.supported, IMG_ONERROR, f"Consistent {IMG_ONERROR}",
                    end_text="two diplomats.", claim=claim, score=0.7),
            finding(t, Verdict.unverified, "France expelled", f"Stated as fact {JS_LINK}",
                    end_text=f"{JS_LINK}.", claim=alleged, score=0.6,
                    discrepancies=(Discrepancy("attribution", "attributed", "stated as fact"),)),
            finding(t, Verdict.uncovered, "See [click]", "No claim \x1b[2Jrecord %0A covers this.",
                    end_text="Президент"),
            finding(t, Verdict.contradicted, "Президент", f"Suppressed {SCRIPT_TITLE}",
                    end_text="a:b, c", claim=claim, suppressed=True,
                    discrepancies=(Discrepancy("actor", "<b>France</b>", "🇫🇷"),)),
        ),
        directive_problems=(
            # a comment's text is the article's: hostile like the rest
            DirectiveProblem(position(t, t.index(SCRIPT_ATTR)), position(t, t.index(SCRIPT_ATTR) + len(SCRIPT_ATTR)),
                             f"factcheck-ignore {SCRIPT_TITLE}\r\n::error::injected {JS_LINK}",
                             f"unknown directive 'factcheck-ignore{IMG_ONERROR}' | 100%"),
        ),
    )  # fmt: skip
    return Report((doc,), tool_version=TOOL_VERSION, notices=(f"notice with {SCRIPT_TITLE}",))


def directive_problem(text: str, comment: str, message: str, occurrence: int = 0) -> DirectiveProblem:
    """The problem with the ``occurrence``-th (0-based) ``<!-- comment -->`` of ``text``."""
    written = f"<!-- {comment} -->"
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(written, at + 1)
    return DirectiveProblem(position(text, at), position(text, at + len(written)), comment, message)


DIRECTIVES_TEXT = (
    "# Paris and Baku trade expulsions\n"
    "\n"
    "<!-- factcheck-ignore-nxt az-expels-fr-staff -->\n"
    "Azerbaijan gave the two French employees 72 hours to go.\n"
    "\n"
    "France answered in kind.\n"
    "\n"
    "<!-- factcheck-enable -->\n"
    "<!-- factcheck-ignore-nxt az-expels-fr-staff -->\n"
)
LONG_SENTENCE_NOTICE = (
    "drafts/suppressions.md:6: a sentence of 2,500 characters is too long to analyse "
    "(the limit is 2,000); it was not checked"
)


def directives_report() -> Report:
    """A draft whose suppression comments cannot be used (one misspelt twice, a stray enable),
    whose misspelt directive leaves a contradiction active, and with a sentence too long to check."""
    t = DIRECTIVES_TEXT
    misspelt = "unknown directive 'factcheck-ignore-nxt'; did you mean factcheck-ignore-next?"
    doc = DocumentReport(
        "drafts/suppressions.md",
        t,
        (
            finding(t, Verdict.contradicted, "Azerbaijan gave", "contradicts the record (duration)",
                    end_text="to go.", claim=AZ_EXPELS, score=0.9,
                    discrepancies=(Discrepancy("duration", "48 hours", "72 hours"),)),
        ),
        directive_problems=(
            directive_problem(t, "factcheck-ignore-nxt az-expels-fr-staff", misspelt),
            directive_problem(t, "factcheck-enable", "factcheck-enable without a factcheck-disable before it"),
            directive_problem(t, "factcheck-ignore-nxt az-expels-fr-staff", misspelt, occurrence=1),
        ),
        notices=(LONG_SENTENCE_NOTICE,),
    )  # fmt: skip
    clean = DocumentReport("notes/clean.md", "Nothing here needs checking.\n")
    return Report((doc, clean), tool_version=TOOL_VERSION, notices=(LONG_SENTENCE_NOTICE,))


def empty_report() -> Report:
    return Report((), tool_version=TOOL_VERSION)


SAMPLES: dict[str, Callable[[], Report]] = {
    "planted": planted_report,
    "injection": injection_report,
    "directives": directives_report,
}
