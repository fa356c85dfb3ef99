"""Build the negotiation examples from their source texts, in Python.

``new-start-talks-2009-2010`` (a bilateral arms-control treaty, its linkage to
missile defence and its ratification) and ``camp-david-accords-1978`` (a mediated
exchange of territory for peace, in stages over four years) are encoded with the
negotiation fields: exchanges, conditions, terms, quantities, documents, bodies and
coalitions, and each concession's life. ``cuban-missile-crisis-1962`` (demands
answered in public and in secret, in part, and refused) and ``korean-peninsula-2018``
(joint bodies, one act of two sides, a deadline, and forecasts borne out or not) add
what negotiations also say: what a concession answers, concessions demanded and
refused, events in a forum and in series with their participants' roles, documents'
authors and dates, and judgments with a date, a horizon and an outcome. Every piece of evidence is found by its
exact words with :func:`briefschema.evidence.locate`. Run it to rewrite the JSON
beside each text:

    python examples/build_negotiation_examples.py
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import briefschema as bs
from briefschema.evidence import locate, sha256_of

HERE = Path(__file__).parent
CREATED = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)

Quotes = Callable[..., tuple[bs.Evidence, ...]]


def quoting(text: str) -> Quotes:
    """``ev("words", ...)``: the evidence of each exact quote of ``text``."""

    def ev(*quotes: str) -> tuple[bs.Evidence, ...]:
        return tuple(locate(text, quote) for quote in quotes)

    return ev


def post(organization: str, role: str) -> tuple[bs.Affiliation, ...]:
    """A person's one post, in ``organization``."""
    return (bs.Affiliation(organization=organization, role=role),)


def at_most(amount: str, unit: str, measure: str) -> bs.Quantity:
    """A limit: at most ``amount`` ``unit`` of ``measure``."""
    return bs.Quantity(measure=measure, value=amount, unit=unit, comparator=bs.Comparator.AT_MOST)


def new_start(text: str) -> bs.Brief:
    """The brief of ``new-start-talks-2009-2010.txt``."""
    ev = quoting(text)
    person, state, body = bs.ActorKind.PERSON, bs.ActorKind.STATE, bs.ActorKind.BODY

    actors = (
        bs.Actor(
            id="us",
            name="United States",
            kind=state,
            country="USA",
            evidence=ev("for the United States"),
        ),
        bs.Actor(
            id="russia",
            name="Russia",
            kind=state,
            country="RUS",
            evidence=ev("Anatoly Antonov for Russia"),
        ),
        bs.Actor(
            id="obama",
            name="Barack Obama",
            kind=person,
            affiliations=post("us", "President"),
            evidence=ev("Presidents Barack Obama and Dmitry Medvedev"),
        ),
        bs.Actor(
            id="medvedev",
            name="Dmitry Medvedev",
            kind=person,
            affiliations=post("russia", "President"),
            evidence=ev("Dmitry Medvedev"),
        ),
        bs.Actor(
            id="gottemoeller",
            name="Rose Gottemoeller",
            kind=person,
            affiliations=post("us", "chief negotiator"),
            evidence=ev("Negotiators led by Rose Gottemoeller for the United States"),
        ),
        bs.Actor(
            id="antonov",
            name="Anatoly Antonov",
            kind=person,
            affiliations=post("russia", "chief negotiator"),
            evidence=ev("Anatoly Antonov for Russia"),
        ),
        bs.Actor(
            id="us-administration",
            name="The Obama administration",
            kind=bs.ActorKind.GOVERNMENT,
            country="USA",
            evidence=ev("the administration pledged"),
        ),
        bs.Actor(
            id="us-senate",
            name="US Senate",
            kind=body,
            country="USA",
            part_of="us",
            evidence=ev("The US Senate"),
        ),
        bs.Actor(
            id="state-duma",
            name="State Duma",
            kind=body,
            country="RUS",
            part_of="russia",
            evidence=ev("The Russian State Duma"),
        ),
        bs.Actor(
            id="federation-council",
            name="Federation Council",
            kind=body,
            country="RUS",
            part_of="russia",
            evidence=ev("the Federation Council"),
        ),
    )
    arms = (bs.Topic.ARMS_CONTROL, bs.Topic.NUCLEAR)
    issues = (
        bs.Issue(
            id="strategic-arms",
            title="Limits on US and Russian strategic offensive arms",
            topics=arms,
            evidence=ev(
                "agreed to negotiate a successor to the 1991 Strategic Arms Reduction Treaty"
            ),
        ),
        bs.Issue(
            id="missile-defence-link",
            title="Whether the treaty links strategic offensive arms to missile defence",
            parent="strategic-arms",
            topics=(bs.Topic.ARMS_CONTROL, bs.Topic.MISSILE_DEFENCE),
            evidence=ev("The talks then stalled over missile defence"),
        ),
        bs.Issue(
            id="telemetry",
            title="Exchange of missile test telemetry",
            parent="strategic-arms",
            topics=arms,
            evidence=ev("and over telemetry"),
        ),
        bs.Issue(
            id="ratification",
            title="Ratification of New START",
            parent="strategic-arms",
            topics=(bs.Topic.ARMS_CONTROL, bs.Topic.GOVERNANCE),
            evidence=ev("gave its consent to ratification"),
        ),
    )
    documents = (
        bs.Document(
            id="doc-start",
            title="Strategic Arms Reduction Treaty (START)",
            kind=bs.DocumentKind.TREATY,
            status=bs.DocumentStatus.ENDED,
            issues=("strategic-arms",),
            ended=bs.Date(2009, 12, 5),
            evidence=ev(
                "the 1991 Strategic Arms Reduction Treaty (START)", "START expired in December 2009"
            ),
        ),
        bs.Document(
            id="doc-joint-understanding",
            title="Joint understanding of the Moscow summit",
            kind=bs.DocumentKind.DECLARATION,
            status=bs.DocumentStatus.SIGNED,
            parties=("us", "russia"),
            description="Set the ranges for the limits to be negotiated.",
            issues=("strategic-arms",),
            signed=bs.Date(2009, 7),
            quantities=(
                bs.Quantity(
                    measure="strategic delivery vehicles, lower end of the range",
                    value="500",
                    unit="vehicles",
                    comparator=bs.Comparator.AT_LEAST,
                ),
                at_most("1100", "vehicles", "strategic delivery vehicles, upper end of the range"),
                bs.Quantity(
                    measure="warheads, lower end of the range",
                    value="1500",
                    unit="warheads",
                    comparator=bs.Comparator.AT_LEAST,
                ),
                at_most("1675", "warheads", "warheads, upper end of the range"),
            ),
            evidence=ev(
                "signed a joint understanding that set the ranges to be negotiated: between 500 and "
                "1,100 strategic delivery vehicles and between 1,500 and 1,675 warheads"
            ),
        ),
        bs.Document(
            id="doc-new-start",
            title="New START",
            kind=bs.DocumentKind.TREATY,
            status=bs.DocumentStatus.IN_FORCE,
            parties=("us", "russia"),
            description=(
                "Succeeds START; may be extended by up to five years; recognises the "
                "interrelationship of offensive and defensive arms in its preamble."
            ),
            issues=("strategic-arms", "missile-defence-link", "telemetry"),
            signed=bs.Date(2010, 4, 8),
            in_force=bs.Date(2011, 2, 5),
            term=bs.Term(duration="P10Y", evidence=ev("It was to last ten years")),
            quantities=(
                at_most("1550", "warheads", "deployed strategic warheads"),
                at_most(
                    "700",
                    "missiles and bombers",
                    "deployed ICBMs, SLBMs and heavy bombers",
                ),
                at_most("800", "launchers", "deployed and non-deployed launchers"),
            ),
            evidence=ev(
                "It limits each side to 1,550 deployed strategic warheads",
                "with an option to extend it by up to five more",
            ),
        ),
        bs.Document(
            id="doc-russia-statement",
            title="Russia's unilateral statement on missile defence",
            kind=bs.DocumentKind.DECLARATION,
            status=bs.DocumentStatus.ADOPTED,
            parties=("russia",),
            issues=("missile-defence-link",),
            evidence=ev("Russia issued a unilateral statement"),
        ),
    )
    positions = (
        bs.Position(
            id="pos-russia-link",
            actor="russia",
            issue="missile-defence-link",
            stance=bs.Stance.SUPPORTS,
            statement="Russia wanted the treaty to link strategic offensive arms to missile defences.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            addressed_to=("us",),
            evidence=ev(
                "Russia wanted the treaty to link strategic offensive arms to missile defences"
            ),
        ),
        bs.Position(
            id="pos-us-no-limit",
            actor="us",
            issue="missile-defence-link",
            stance=bs.Stance.OPPOSES,
            statement="The United States refused any limit on its missile defence.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING,
            salience=bs.Salience.CORE,
            addressed_to=("russia",),
            evidence=ev("the United States refused any limit on its missile defence"),
        ),
        bs.Position(
            id="pos-russia-withdrawal",
            actor="russia",
            issue="missile-defence-link",
            stance=bs.Stance.CONDITIONAL,
            statement=(
                "Russia holds that it may leave the treaty if US missile defence grows to "
                "threaten its strategic nuclear forces."
            ),
            basis=bs.Basis.STATED,
            confidence=bs.Confidence.HIGH,
            previous="pos-russia-link",
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.REVERSAL,
                    description=(
                        "Withdrawal from the treaty if US missile defence grows to threaten "
                        "Russia's strategic nuclear forces."
                    ),
                    about=("us", "doc-new-start"),
                    evidence=ev(
                        "it could withdraw from the treaty if US missile defence grew to threaten "
                        "its strategic nuclear forces"
                    ),
                ),
            ),
            evidence=ev("Russia issued a unilateral statement that it could withdraw"),
        ),
        bs.Position(
            id="pos-senate-consent",
            actor="us-senate",
            issue="ratification",
            stance=bs.Stance.CONDITIONAL,
            statement=(
                "The Senate consented to ratification once the administration pledged more "
                "spending on the nuclear weapons complex."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.MODERATE,
            as_of=bs.Date(2010, 12, 22),
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.PRECONDITION,
                    description="A pledge to spend more on modernising the nuclear weapons complex.",
                    about=("us-administration", "con-us-modernisation"),
                    evidence=ev(
                        "after the administration pledged to spend more on modernising the nuclear "
                        "weapons complex"
                    ),
                ),
            ),
            quantities=(
                bs.Quantity(measure="senators voting for consent", value="71", unit="votes"),
                bs.Quantity(measure="senators voting against", value="26", unit="votes"),
            ),
            evidence=ev("gave its consent to ratification on 22 December 2010 by 71 votes to 26"),
        ),
    )
    concessions = (
        bs.Concession(
            id="con-us-telemetry",
            by="us",
            to=("russia",),
            issue="telemetry",
            description="Agreed to exchange telemetry on up to five launches a year.",
            kind=bs.ConcessionKind.VERBAL,
            status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.HIGH,
            quantities=(at_most("5", "launches a year", "launches whose telemetry is exchanged"),),
            stages=(
                bs.Stage(
                    status=bs.ConcessionStatus.MADE,
                    date=bs.Date(2010, 4, 8),
                    event="ev-prague-signing",
                ),
            ),
            under="doc-new-start",
            evidence=ev(
                "The United States agreed to exchange telemetry on up to five launches a year"
            ),
        ),
        bs.Concession(
            id="con-russia-preamble",
            by="russia",
            to=("us",),
            issue="missile-defence-link",
            description=(
                "Accepted that the treaty recognise the link between offensive and defensive arms "
                "in its preamble only."
            ),
            kind=bs.ConcessionKind.VERBAL,
            status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.MODERATE,
            from_position="pos-russia-link",
            to_position="pos-russia-withdrawal",
            under="doc-new-start",
            evidence=ev(
                "The final text recognised the interrelationship between strategic offensive and "
                "defensive arms in its preamble only"
            ),
        ),
        bs.Concession(
            id="con-us-modernisation",
            by="us-administration",
            to=("us-senate",),
            issue="ratification",
            description="Pledged to spend more on modernising the nuclear weapons complex.",
            kind=bs.ConcessionKind.VERBAL,
            status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.HIGH,
            reciprocity=bs.Reciprocity(
                status=bs.ReciprocityStatus.RECEIVED,
                description="The Senate's consent to ratification followed.",
                evidence=ev("The US Senate gave its consent to ratification"),
            ),
            evidence=ev("the administration pledged to spend more on modernising"),
        ),
    )
    agree, consult = bs.EventCategory.AGREE, bs.EventCategory.CONSULT
    events = (
        bs.Event(
            id="ev-london",
            category=agree,
            actors=("obama", "medvedev"),
            description="Obama and Medvedev agreed to negotiate a successor to START.",
            issues=("strategic-arms",),
            documents=("doc-start",),
            date=bs.Date(2009, 4),
            place="London",
            evidence=ev("In April 2009 in London"),
        ),
        bs.Event(
            id="ev-geneva-talks",
            category=consult,
            actors=("gottemoeller", "antonov"),
            description="The negotiators met in Geneva.",
            issues=("strategic-arms",),
            date=bs.Interval.parse("2009-05/.."),
            place="Geneva",
            evidence=ev("met in Geneva from May 2009"),
        ),
        bs.Event(
            id="ev-moscow-summit",
            category=agree,
            actors=("obama", "medvedev"),
            description="The presidents signed a joint understanding on the ranges of the limits.",
            issues=("strategic-arms",),
            documents=("doc-joint-understanding",),
            date=bs.Date(2009, 7),
            place="Moscow",
            evidence=ev("At a summit in Moscow in July 2009"),
        ),
        bs.Event(
            id="ev-prague-signing",
            category=agree,
            actors=("obama", "medvedev"),
            description="Obama and Medvedev signed New START.",
            issues=("strategic-arms",),
            documents=("doc-new-start",),
            date=bs.Date(2010, 4, 8),
            place="Prague",
            evidence=ev("Obama and Medvedev signed the treaty in Prague on 8 April 2010"),
        ),
        bs.Event(
            id="ev-senate-consent",
            category=bs.EventCategory.SUPPORT,
            actors=("us-senate",),
            description="The Senate consented to ratification by 71 votes to 26.",
            issues=("ratification",),
            documents=("doc-new-start",),
            date=bs.Date(2010, 12, 22),
            evidence=ev("on 22 December 2010 by 71 votes to 26"),
        ),
        bs.Event(
            id="ev-russian-approval",
            category=bs.EventCategory.SUPPORT,
            actors=("state-duma", "federation-council"),
            description="The State Duma and the Federation Council approved the treaty.",
            issues=("ratification",),
            documents=("doc-new-start",),
            date=bs.Date(2011, 1),
            evidence=ev("approved the treaty in January 2011"),
        ),
        bs.Event(
            id="ev-entry-into-force",
            category=bs.EventCategory.COOPERATE,
            actors=("us", "russia"),
            description="New START entered into force.",
            documents=("doc-new-start",),
            date=bs.Date(2011, 2, 5),
            evidence=ev("it entered into force on 5 February 2011"),
        ),
    )
    judgments = (
        bs.Judgment(
            id="j-link-in-words",
            statement=(
                "The missile-defence dispute was settled in words, not limits: the link stands "
                "in the preamble, and Russia kept a way out in a statement of its own."
            ),
            confidence=bs.Confidence.HIGH,
            about=("missile-defence-link", "doc-new-start", "doc-russia-statement"),
            evidence=ev("in its preamble only", "Russia issued a unilateral statement"),
        ),
        bs.Judgment(
            id="j-ratification-price",
            statement="The Senate's consent was bought with a pledge on nuclear modernisation.",
            confidence=bs.Confidence.MODERATE,
            hedge="after",
            about=("ratification", "con-us-modernisation"),
            evidence=ev("after the administration pledged"),
        ),
        bs.Judgment(
            id="j-treaty-by-trade",
            statement=(
                "The treaty came from trading commitments in words and money for limits both "
                "sides could live with, not from settling the missile-defence question."
            ),
            confidence=bs.Confidence.MODERATE,
            likelihood=bs.Likelihood(
                term=bs.LikelihoodTerm.HIGHLY_LIKELY, scale=bs.LikelihoodScale.UK_PHIA
            ),
            about=("doc-new-start",),
            based_on=("j-link-in-words", "j-ratification-price"),
            evidence=ev("recognised the interrelationship"),
        ),
    )
    return bs.Brief(
        schema_version=bs.SCHEMA_VERSION,
        id="new-start-talks-2009-2010",
        title="New START: the 2009-2010 talks and ratification",
        summary=(
            "The United States and Russia negotiated New START in a year, after START lapsed. "
            "The missile-defence dispute ended in a preamble and a unilateral Russian statement, "
            "the US agreed to a limited telemetry exchange, and the Senate consented once the "
            "administration pledged nuclear modernisation spending."
        ),
        source=bs.Source(
            title="New START: how the United States and Russia negotiated the 2010 arms treaty",
            sha256=sha256_of(text),
            language="en",
        ),
        created=CREATED,
        actors=actors,
        issues=issues,
        positions=positions,
        concessions=concessions,
        events=events,
        judgments=judgments,
        documents=documents,
    )


def camp_david(text: str) -> bs.Brief:
    """The brief of ``camp-david-accords-1978.txt``."""
    ev = quoting(text)
    person, state = bs.ActorKind.PERSON, bs.ActorKind.STATE
    signed = bs.Date(1978, 9, 17)
    actors = (
        bs.Actor(
            id="egypt",
            name="Egypt",
            kind=state,
            country="EGY",
            evidence=ev("Egypt's central demand"),
        ),
        bs.Actor(
            id="israel", name="Israel", kind=state, country="ISR", evidence=ev("Israel sought")
        ),
        bs.Actor(
            id="us",
            name="United States",
            kind=state,
            country="USA",
            evidence=ev("the presidential retreat in Maryland"),
        ),
        bs.Actor(
            id="carter",
            name="Jimmy Carter",
            kind=person,
            affiliations=(bs.Affiliation(organization="us", role="President"),),
            evidence=ev("President Jimmy Carter"),
        ),
        bs.Actor(
            id="sadat",
            name="Anwar Sadat",
            kind=person,
            affiliations=(bs.Affiliation(organization="egypt", role="President"),),
            evidence=ev("Egyptian President Anwar Sadat"),
        ),
        bs.Actor(
            id="begin",
            name="Menachem Begin",
            kind=person,
            affiliations=(bs.Affiliation(organization="israel", role="Prime Minister"),),
            evidence=ev("Israeli Prime Minister Menachem Begin"),
        ),
        bs.Actor(
            id="knesset",
            name="Knesset",
            kind=bs.ActorKind.BODY,
            country="ISR",
            part_of="israel",
            evidence=ev("a vote of the Knesset"),
        ),
        bs.Actor(
            id="palestinians",
            name="Palestinians of the West Bank and Gaza",
            kind=bs.ActorKind.GROUP,
            evidence=ev("the Palestinians of the West Bank and Gaza"),
        ),
    )
    issues = (
        bs.Issue(
            id="sinai",
            title="Return of the Sinai Peninsula to Egypt",
            topics=(bs.Topic.REGIONAL_SECURITY, bs.Topic.ARMED_CONFLICT),
            evidence=ev("the return of the whole Sinai Peninsula, occupied by Israel since 1967"),
        ),
        bs.Issue(
            id="sinai-settlements",
            title="Removal of the Israeli settlements in Sinai",
            parent="sinai",
            topics=(bs.Topic.REGIONAL_SECURITY,),
            evidence=ev("including the Israeli settlements and airfields there"),
        ),
        bs.Issue(
            id="peace-relations",
            title="A peace treaty and normal relations between Egypt and Israel",
            topics=(bs.Topic.BILATERAL_RELATIONS, bs.Topic.DIPLOMACY),
            evidence=ev("a full peace treaty with normal diplomatic relations"),
        ),
        bs.Issue(
            id="palestinian-autonomy",
            title="Self-government for the Palestinians of the West Bank and Gaza",
            topics=(bs.Topic.GOVERNANCE, bs.Topic.REGIONAL_SECURITY),
            evidence=ev("address the West Bank and Gaza"),
        ),
    )
    documents = (
        bs.Document(
            id="doc-framework-middle-east",
            title="A Framework for Peace in the Middle East",
            kind=bs.DocumentKind.AGREEMENT,
            status=bs.DocumentStatus.SIGNED,
            parties=("egypt", "israel"),
            description="Proposed Palestinian self-government; never carried out.",
            issues=("palestinian-autonomy",),
            signed=signed,
            evidence=ev('"A Framework for Peace in the Middle East"'),
        ),
        bs.Document(
            id="doc-framework-treaty",
            title="A Framework for the Conclusion of a Peace Treaty between Egypt and Israel",
            kind=bs.DocumentKind.AGREEMENT,
            status=bs.DocumentStatus.SIGNED,
            parties=("egypt", "israel"),
            issues=("sinai", "peace-relations"),
            signed=signed,
            evidence=ev(
                '"A Framework for the Conclusion of a Peace Treaty between Egypt and Israel"'
            ),
        ),
        bs.Document(
            id="doc-peace-treaty",
            title="Egypt-Israel Peace Treaty",
            kind=bs.DocumentKind.TREATY,
            status=bs.DocumentStatus.IN_FORCE,
            parties=("egypt", "israel"),
            issues=("sinai", "peace-relations"),
            signed=bs.Date(1979, 3, 26),
            in_force=bs.Date(1979, 4, 25),
            evidence=ev(
                "The Egypt-Israel Peace Treaty was signed in Washington on 26 March 1979 and "
                "entered into force on 25 April 1979"
            ),
        ),
    )
    positions = (
        bs.Position(
            id="pos-egypt-sinai",
            actor="egypt",
            issue="sinai",
            stance=bs.Stance.SUPPORTS,
            statement="Egypt demanded the return of the whole Sinai, settlements and airfields included.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING,
            salience=bs.Salience.CORE,
            addressed_to=("israel",),
            evidence=ev("Egypt's central demand was the return of the whole Sinai Peninsula"),
        ),
        bs.Position(
            id="pos-begin-settlements-before",
            actor="begin",
            issue="sinai-settlements",
            stance=bs.Stance.OPPOSES,
            statement="Begin at first refused to remove the Sinai settlements.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.FIRM,
            evidence=ev("Begin at first refused to remove the settlements"),
        ),
        bs.Position(
            id="pos-begin-settlements",
            actor="begin",
            issue="sinai-settlements",
            stance=bs.Stance.CONDITIONAL,
            statement="Begin accepted the removal of the settlements if the Knesset approved it.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            trend=bs.Trend.SOFTENING,
            previous="pos-begin-settlements-before",
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.PRECONDITION,
                    description="Approval by a vote of the Knesset, held within two weeks.",
                    about=("knesset", "ev-knesset-vote"),
                    term=bs.Term(duration="P2W", bound=bs.Comparator.AT_MOST),
                    evidence=ev("to a vote of the Knesset within two weeks"),
                ),
            ),
            evidence=ev("Begin agreed to submit the removal of the Sinai settlements"),
        ),
        bs.Position(
            id="pos-israel-peace",
            actor="israel",
            issue="peace-relations",
            stance=bs.Stance.SUPPORTS,
            statement="Israel sought a full peace treaty with normal diplomatic relations.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            addressed_to=("egypt",),
            evidence=ev("Israel sought a full peace treaty with normal diplomatic relations"),
        ),
        bs.Position(
            id="pos-sadat-linkage",
            actor="sadat",
            issue="peace-relations",
            stance=bs.Stance.CONDITIONAL,
            statement="Sadat insisted that any deal also address the West Bank and Gaza.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.LINKAGE,
                    description="Any deal must also address the West Bank and Gaza.",
                    about=("palestinian-autonomy", "palestinians"),
                    evidence=ev("Sadat insisted that any deal also address the West Bank and Gaza"),
                ),
            ),
            evidence=ev("Sadat insisted"),
        ),
    )
    made, implemented = bs.ConcessionStatus.MADE, bs.ConcessionStatus.IMPLEMENTED
    concessions = (
        bs.Concession(
            id="con-israel-sinai",
            by="israel",
            to=("egypt",),
            issue="sinai",
            description="Withdrawal from the whole of Sinai.",
            kind=bs.ConcessionKind.MATERIAL,
            status=implemented,
            confidence=bs.Confidence.HIGH,
            reciprocity=bs.Reciprocity(
                status=bs.ReciprocityStatus.RECEIVED,
                description="Peace and normal relations with Egypt.",
                in_return_for=("con-egypt-relations",),
                evidence=ev("Egypt would establish normal relations with Israel"),
            ),
            term=bs.Term(
                duration="P3Y",
                bound=bs.Comparator.AT_MOST,
                starts_with="ev-treaty-signing",
                evidence=ev("within two to three years of its signing"),
            ),
            stages=(
                bs.Stage(status=made, date=signed, event="ev-framework-signing"),
                bs.Stage(status=made, date=bs.Date(1979, 3, 26), event="ev-treaty-signing"),
                bs.Stage(
                    status=implemented,
                    date=bs.Date(1982, 4, 25),
                    event="ev-withdrawal-complete",
                    evidence=ev("Israel completed its withdrawal from Sinai on 25 April 1982"),
                ),
            ),
            under="doc-peace-treaty",
            evidence=ev("Israel would withdraw from Sinai"),
        ),
        bs.Concession(
            id="con-egypt-relations",
            by="egypt",
            to=("israel",),
            issue="peace-relations",
            description="Peace and normal relations with Israel, ambassadors included.",
            kind=bs.ConcessionKind.MATERIAL,
            status=implemented,
            confidence=bs.Confidence.HIGH,
            reciprocity=bs.Reciprocity(
                status=bs.ReciprocityStatus.RECEIVED,
                description="Israel's withdrawal from Sinai.",
                in_return_for=("con-israel-sinai",),
            ),
            stages=(
                bs.Stage(status=made, date=signed, event="ev-framework-signing"),
                bs.Stage(
                    status=implemented,
                    date=bs.Date(1980, 2),
                    event="ev-ambassadors",
                    evidence=ev("exchanged ambassadors in February 1980"),
                ),
            ),
            under="doc-peace-treaty",
            evidence=ev("Egypt would establish normal relations with Israel"),
        ),
        bs.Concession(
            id="con-begin-settlements",
            by="begin",
            to=("sadat",),
            issue="sinai-settlements",
            description="Put the removal of the Sinai settlements to the Knesset.",
            kind=bs.ConcessionKind.VERBAL,
            status=made,
            confidence=bs.Confidence.HIGH,
            from_position="pos-begin-settlements-before",
            to_position="pos-begin-settlements",
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.PRECONDITION,
                    description="The Knesset's approval.",
                    about=("knesset",),
                    evidence=ev("the Knesset approved it on 28 September 1978"),
                ),
            ),
            stages=(bs.Stage(status=made, date=bs.Date(1978, 9, 28), event="ev-knesset-vote"),),
            evidence=ev("Begin agreed to submit the removal of the Sinai settlements to a vote"),
        ),
        bs.Concession(
            id="con-israel-autonomy",
            by="israel",
            to=("egypt",),
            issue="palestinian-autonomy",
            description=(
                "Agreed to self-government for the Palestinians of the West Bank and Gaza during "
                "a transitional period; never carried out."
            ),
            kind=bs.ConcessionKind.VERBAL,
            status=made,
            confidence=bs.Confidence.MODERATE,
            term=bs.Term(
                duration="P5Y",
                bound=bs.Comparator.AT_MOST,
                evidence=ev("a transitional period of no more than five years"),
            ),
            stages=(bs.Stage(status=made, date=signed, event="ev-framework-signing"),),
            under="doc-framework-middle-east",
            evidence=ev("proposed self-government for the Palestinians of the West Bank and Gaza"),
        ),
    )
    events = (
        bs.Event(
            id="ev-jerusalem-visit",
            category=bs.EventCategory.CONSULT,
            actors=("sadat",),
            recipients=("israel",),
            description="Sadat visited Jerusalem, opening direct contacts.",
            issues=("peace-relations",),
            date=bs.Date(1977, 11),
            place="Jerusalem",
            evidence=ev("Sadat's visit to Jerusalem in November 1977"),
        ),
        bs.Event(
            id="ev-summit",
            category=bs.EventCategory.CONSULT,
            actors=("carter", "sadat", "begin"),
            description="Thirteen days of talks at Camp David.",
            issues=("sinai", "peace-relations", "palestinian-autonomy"),
            date=bs.Interval.parse("1978-09-05/1978-09-17"),
            place="Camp David",
            evidence=ev("for thirteen days of talks from 5 to 17 September"),
        ),
        bs.Event(
            id="ev-framework-signing",
            category=bs.EventCategory.AGREE,
            actors=("sadat", "begin"),
            recipients=("carter",),
            description="Sadat and Begin signed the two frameworks, Carter witnessing.",
            issues=("sinai", "peace-relations", "palestinian-autonomy"),
            documents=("doc-framework-middle-east", "doc-framework-treaty"),
            date=signed,
            place="the White House",
            evidence=ev(
                "On 17 September 1978 Sadat and Begin signed two documents at the White House"
            ),
        ),
        bs.Event(
            id="ev-knesset-vote",
            category=bs.EventCategory.SUPPORT,
            actors=("knesset",),
            description="The Knesset approved the removal of the Sinai settlements.",
            issues=("sinai-settlements",),
            date=bs.Date(1978, 9, 28),
            evidence=ev("the Knesset approved it on 28 September 1978"),
        ),
        bs.Event(
            id="ev-treaty-signing",
            category=bs.EventCategory.AGREE,
            actors=("egypt", "israel"),
            description="The peace treaty was signed.",
            issues=("sinai", "peace-relations"),
            documents=("doc-peace-treaty",),
            date=bs.Date(1979, 3, 26),
            place="Washington",
            evidence=ev("signed in Washington on 26 March 1979"),
        ),
        bs.Event(
            id="ev-ambassadors",
            category=bs.EventCategory.COOPERATE,
            actors=("egypt", "israel"),
            description="Egypt and Israel exchanged ambassadors.",
            issues=("peace-relations",),
            documents=("doc-peace-treaty",),
            date=bs.Date(1980, 2),
            evidence=ev("The two countries exchanged ambassadors in February 1980"),
        ),
        bs.Event(
            id="ev-withdrawal-complete",
            category=bs.EventCategory.RETREAT,
            actors=("israel",),
            description="Israel completed its withdrawal from Sinai.",
            issues=("sinai",),
            documents=("doc-peace-treaty",),
            date=bs.Date(1982, 4, 25),
            evidence=ev("completed its withdrawal from Sinai on 25 April 1982"),
        ),
    )
    judgments = (
        bs.Judgment(
            id="j-sinai-for-peace",
            statement="The accords traded the whole of Sinai for peace, and both sides delivered.",
            confidence=bs.Confidence.HIGH,
            about=("con-israel-sinai", "con-egypt-relations"),
            evidence=ev(
                "Israel completed its withdrawal", "The two countries exchanged ambassadors"
            ),
        ),
        bs.Judgment(
            id="j-linkage-on-paper",
            statement="Sadat's linkage to the West Bank and Gaza stayed on paper.",
            confidence=bs.Confidence.HIGH,
            about=("pos-sadat-linkage", "doc-framework-middle-east"),
            evidence=ev("The framework on the West Bank and Gaza was never carried out"),
        ),
        bs.Judgment(
            id="j-separate-peace",
            statement="In effect the accords made a separate peace between Egypt and Israel.",
            confidence=bs.Confidence.MODERATE,
            likelihood=bs.Likelihood(
                term=bs.LikelihoodTerm.HIGHLY_LIKELY, scale=bs.LikelihoodScale.UK_PHIA
            ),
            about=("doc-peace-treaty",),
            based_on=("j-sinai-for-peace", "j-linkage-on-paper"),
            evidence=ev("never carried out"),
        ),
    )
    return bs.Brief(
        schema_version=bs.SCHEMA_VERSION,
        id="camp-david-accords-1978",
        title="The Camp David Accords: Sinai for peace",
        summary=(
            "Carter's thirteen-day summit produced two frameworks: Israel withdrew from all of "
            "Sinai, settlements included, in return for peace and normal relations, in stages "
            "from 1978 to 1982; the framework for Palestinian self-government was never carried "
            "out."
        ),
        source=bs.Source(title="The Camp David Accords", sha256=sha256_of(text), language="en"),
        created=CREATED,
        actors=actors,
        issues=issues,
        positions=positions,
        concessions=concessions,
        events=events,
        judgments=judgments,
        documents=documents,
    )


def cuba(text: str) -> bs.Brief:
    """The brief of ``cuban-missile-crisis-1962.txt``.

    Demands answered, in part and in secret, concessions demanded and refused, events
    in a forum and in series, a mediator, and an inspection that never took place.
    """
    ev = quoting(text)
    person, state, body = bs.ActorKind.PERSON, bs.ActorKind.STATE, bs.ActorKind.BODY
    demand = bs.Salience.CORE

    actors = (
        bs.Actor(id="us", name="United States", kind=state, country="USA",
                 evidence=ev("if the United States pledged not to invade Cuba")),
        bs.Actor(id="ussr", name="Soviet Union", kind=state,
                 evidence=ev("demanded that the Soviet Union remove the missiles")),
        bs.Actor(id="cuba", name="Cuba", kind=state, country="CUB",
                 evidence=ev("a naval quarantine of Cuba")),
        bs.Actor(id="turkey", name="Turkey", kind=state, country="TUR",
                 evidence=ev("its Jupiter missiles from Turkey")),
        bs.Actor(id="un", name="United Nations", kind=bs.ActorKind.INTERNATIONAL_ORGANIZATION,
                 evidence=ev("under United Nations supervision")),
        bs.Actor(id="security-council", name="UN Security Council", kind=body, part_of="un",
                 evidence=ev("The UN Security Council met on 23, 24 and 25 October")),
        bs.Actor(id="kennedy", name="John F. Kennedy", kind=person,
                 affiliations=post("us", "President"),
                 evidence=ev("President John F. Kennedy")),
        bs.Actor(id="khrushchev", name="Nikita Khrushchev", kind=person,
                 affiliations=post("ussr", "Premier"),
                 evidence=ev("Premier Nikita Khrushchev")),
        bs.Actor(id="castro", name="Fidel Castro", kind=person,
                 affiliations=post("cuba", "leader"),
                 evidence=ev("Fidel Castro, who had not been consulted")),
        bs.Actor(id="robert-kennedy", name="Robert Kennedy", kind=person,
                 affiliations=post("us", "Attorney General"),
                 evidence=ev("Attorney General Robert Kennedy")),
        bs.Actor(id="dobrynin", name="Anatoly Dobrynin", kind=person,
                 affiliations=post("ussr", "ambassador to the United States"),
                 evidence=ev("the Soviet ambassador, Anatoly Dobrynin")),
        bs.Actor(id="stevenson", name="Adlai Stevenson", kind=person,
                 affiliations=post("us", "ambassador to the UN"),
                 evidence=ev("the US ambassador, Adlai Stevenson")),
        bs.Actor(id="zorin", name="Valerian Zorin", kind=person,
                 affiliations=post("ussr", "representative to the UN"),
                 evidence=ev("the Soviet representative, Valerian Zorin")),
        bs.Actor(id="u-thant", name="U Thant", kind=person,
                 affiliations=post("un", "acting Secretary-General"),
                 evidence=ev("The acting Secretary-General, U Thant")),
    )  # fmt: skip
    issues = (
        bs.Issue(id="missiles-in-cuba", title="Removal of the Soviet missiles from Cuba",
                 topics=(bs.Topic.NUCLEAR, bs.Topic.REGIONAL_SECURITY),
                 evidence=ev("Soviet medium-range missile sites under construction in Cuba")),
        bs.Issue(id="invasion-of-cuba", title="A US pledge not to invade Cuba",
                 topics=(bs.Topic.REGIONAL_SECURITY, bs.Topic.ARMED_CONFLICT),
                 evidence=ev("pledged not to invade Cuba")),
        bs.Issue(id="jupiters-in-turkey", title="Removal of the US Jupiter missiles from Turkey",
                 topics=(bs.Topic.NUCLEAR, bs.Topic.REGIONAL_SECURITY),
                 evidence=ev("remove its Jupiter missiles from Turkey")),
        bs.Issue(id="quarantine", title="The US naval quarantine of Cuba",
                 topics=(bs.Topic.SANCTIONS, bs.Topic.REGIONAL_SECURITY),
                 evidence=ev("a naval quarantine of Cuba")),
        bs.Issue(id="inspection", title="Inspection of the removal on Cuban soil",
                 parent="missiles-in-cuba", topics=(bs.Topic.ARMS_CONTROL,),
                 evidence=ev("refused any inspection on Cuban soil")),
        bs.Issue(id="guantanamo", title="Return of the naval base at Guantanamo to Cuba",
                 topics=(bs.Topic.REGIONAL_SECURITY,),
                 evidence=ev("the return of the naval base at Guantanamo")),
    )  # fmt: skip
    positions = (
        bs.Position(
            id="pos-us-removal", actor="us", issue="missiles-in-cuba", stance=bs.Stance.SUPPORTS,
            statement="The United States demanded that the Soviet Union remove the missiles.",
            basis=bs.Basis.REPORTED, confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING, addressed_to=("ussr",), salience=demand,
            as_of=bs.Date(1962, 10, 22), concession="con-ussr-withdrawal",
            evidence=ev("demanded that the Soviet Union remove the missiles"),
        ),
        bs.Position(
            id="pos-ussr-pledge", actor="ussr", issue="invasion-of-cuba",
            stance=bs.Stance.SUPPORTS,
            statement="The Soviet Union asked for a US pledge not to invade Cuba.",
            basis=bs.Basis.STATED, confidence=bs.Confidence.HIGH, addressed_to=("us",),
            salience=demand, as_of=bs.Date(1962, 10, 26), concession="con-us-pledge",
            evidence=ev("the missiles would no longer be needed if the United States pledged "
                        "not to invade Cuba"),
        ),
        bs.Position(
            id="pos-ussr-jupiters", actor="ussr", issue="jupiters-in-turkey",
            stance=bs.Stance.SUPPORTS,
            statement="The Soviet Union demanded in addition that the United States remove "
                      "its Jupiter missiles from Turkey, in public.",
            basis=bs.Basis.STATED, confidence=bs.Confidence.HIGH, addressed_to=("us",),
            as_of=bs.Date(1962, 10, 27), concession="con-us-public-trade",
            evidence=ev("demanded in addition that the United States remove its Jupiter "
                        "missiles from Turkey"),
        ),
        bs.Position(
            id="pos-castro-demands", actor="castro", issue="guantanamo",
            stance=bs.Stance.SUPPORTS,
            statement="Castro demanded, among five demands, the return of the naval base at "
                      "Guantanamo.",
            basis=bs.Basis.REPORTED, confidence=bs.Confidence.HIGH, addressed_to=("us",),
            concession="con-us-guantanamo",
            evidence=ev("set out five demands of his own, among them the return of the naval "
                        "base at Guantanamo"),
        ),
        bs.Position(
            id="pos-castro-inspection", actor="castro", issue="inspection",
            stance=bs.Stance.OPPOSES, statement="Castro refused any inspection on Cuban soil.",
            basis=bs.Basis.REPORTED, confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING,
            evidence=ev("refused any inspection on Cuban soil"),
        ),
    )  # fmt: skip
    concessions = (
        bs.Concession(
            id="con-ussr-withdrawal", by="ussr", to=("us",), issue="missiles-in-cuba",
            description="Dismantle the missiles in Cuba and return them to the Soviet Union.",
            kind=bs.ConcessionKind.MATERIAL, status=bs.ConcessionStatus.IMPLEMENTED,
            confidence=bs.Confidence.HIGH, answers=("pos-us-removal",),
            extent=bs.Extent.FULL, disclosure=bs.Disclosure.PUBLIC,
            reciprocity=bs.Reciprocity(
                status=bs.ReciprocityStatus.RECEIVED,
                description="A public pledge not to invade Cuba, and the Jupiters in secret.",
                in_return_for=("con-us-pledge", "con-us-jupiters"),
            ),
            stages=(
                bs.Stage(status=bs.ConcessionStatus.MADE, date=bs.Date(1962, 10, 28),
                         event="ev-radio-moscow"),
                bs.Stage(status=bs.ConcessionStatus.IMPLEMENTED, date=bs.Date(1962, 11),
                         evidence=ev("The missiles were shipped out in November")),
            ),
            evidence=ev("the missiles would be dismantled and returned to the Soviet Union"),
        ),
        bs.Concession(
            id="con-us-pledge", by="us", to=("ussr",), issue="invasion-of-cuba",
            description="Assurances against an invasion of Cuba, once the missiles were "
                        "removed under UN supervision; never formalised.",
            kind=bs.ConcessionKind.VERBAL, status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.HIGH, answers=("pos-ussr-pledge",),
            extent=bs.Extent.PARTIAL, disclosure=bs.Disclosure.PUBLIC,
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.PRECONDITION,
                    description="The missiles removed under United Nations supervision.",
                    about=("con-ussr-withdrawal", "ev-inspection"), basis=bs.Basis.STATED,
                    evidence=ev("once the missiles were removed under United Nations "
                                "supervision"),
                ),
            ),
            stages=(
                bs.Stage(status=bs.ConcessionStatus.MADE, date=bs.Date(1962, 10, 27),
                         event="ev-kennedy-reply"),
            ),
            evidence=ev("the United States would give assurances against an invasion of Cuba"),
        ),
        bs.Concession(
            id="con-us-jupiters", by="us", to=("ussr",), issue="jupiters-in-turkey",
            description="Remove the Jupiter missiles from Turkey, outside any public agreement.",
            kind=bs.ConcessionKind.MATERIAL, status=bs.ConcessionStatus.IMPLEMENTED,
            confidence=bs.Confidence.HIGH, answers=("pos-ussr-jupiters",),
            extent=bs.Extent.PARTIAL, disclosure=bs.Disclosure.SECRET,
            deadline=bs.Deadline(
                description="within four to five months", within="P5M",
                starts_with="ev-dobrynin-meeting",
                evidence=ev("within four to five months"),
            ),
            stages=(
                bs.Stage(status=bs.ConcessionStatus.MADE, date=bs.Date(1962, 10, 27),
                         event="ev-dobrynin-meeting"),
                bs.Stage(status=bs.ConcessionStatus.IMPLEMENTED, date=bs.Date(1963, 4),
                         event="ev-jupiters-gone"),
            ),
            evidence=ev("the Jupiters would be gone within four to five months, but that this "
                        "could not be part of any public agreement"),
        ),
        bs.Concession(
            id="con-us-public-trade", by="us", to=("ussr",), issue="jupiters-in-turkey",
            description="A public trade of the Jupiters for the missiles in Cuba.",
            kind=bs.ConcessionKind.VERBAL, status=bs.ConcessionStatus.REFUSED,
            confidence=bs.Confidence.HIGH, disclosure=bs.Disclosure.PUBLIC,
            stages=(
                bs.Stage(status=bs.ConcessionStatus.DEMANDED, date=bs.Date(1962, 10, 27),
                         event="ev-second-letter"),
                bs.Stage(status=bs.ConcessionStatus.REFUSED, date=bs.Date(1962, 10, 27),
                         event="ev-dobrynin-meeting"),
            ),
            evidence=ev("A public trade of the Jupiters for the missiles in Cuba was refused"),
        ),
        bs.Concession(
            id="con-us-guantanamo", by="us", to=("cuba",), issue="guantanamo",
            description="Return the naval base at Guantanamo to Cuba.",
            kind=bs.ConcessionKind.MATERIAL, status=bs.ConcessionStatus.DEMANDED,
            confidence=bs.Confidence.HIGH,
            evidence=ev("the return of the naval base at Guantanamo; none was met"),
        ),
        bs.Concession(
            id="con-ussr-bombers", by="ussr", to=("us",), issue="missiles-in-cuba",
            description="Withdraw the Il-28 bombers from Cuba as well.",
            kind=bs.ConcessionKind.MATERIAL, status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.HIGH,
            reciprocity=bs.Reciprocity(
                status=bs.ReciprocityStatus.RECEIVED,
                description="The quarantine lifted.", in_return_for=("con-us-quarantine",),
            ),
            evidence=ev("Khrushchev agreed to withdraw the Il-28 bombers as well"),
        ),
        bs.Concession(
            id="con-us-quarantine", by="us", to=("ussr", "cuba"), issue="quarantine",
            description="Lift the naval quarantine of Cuba.",
            kind=bs.ConcessionKind.MATERIAL, status=bs.ConcessionStatus.IMPLEMENTED,
            confidence=bs.Confidence.HIGH, date=bs.Date(1962, 11, 20),
            evidence=ev("Kennedy lifted the quarantine"),
        ),
    )  # fmt: skip
    events = (
        bs.Event(
            id="ev-address", category=bs.EventCategory.REQUEST, mode=bs.PloverMode.YIELD,
            actors=("kennedy",), recipients=("ussr",), issues=("missiles-in-cuba", "quarantine"),
            description="Kennedy announced a naval quarantine of Cuba and demanded that the "
                        "Soviet Union remove the missiles.",
            date=bs.Date(1962, 10, 22), triggers=("demanded",),
            evidence=ev("On 22 October President John F. Kennedy announced a naval quarantine "
                        "of Cuba and demanded that the Soviet Union remove the missiles"),
        ),
        bs.Event(
            id="ev-quarantine", category=bs.EventCategory.COERCE, mode=bs.PloverMode.RESTRICT,
            actors=("us",), recipients=("cuba", "ussr"), issues=("quarantine",),
            description="The naval quarantine of Cuba took effect.",
            date=bs.Date(1962, 10, 24),
            evidence=ev("The quarantine took effect on 24 October")),
        bs.Event(
            id="ev-security-council", category=bs.EventCategory.CONSULT,
            mode=bs.PloverMode.MULTILATERAL, actors=("us", "ussr"), forum="security-council",
            issues=("missiles-in-cuba",),
            description="The Security Council met on three days.",
            date=bs.Interval(bs.Date(1962, 10, 23), bs.Date(1962, 10, 25)),
            evidence=ev("The UN Security Council met on 23, 24 and 25 October")),
        bs.Event(
            id="ev-photographs", category=bs.EventCategory.ACCUSE, mode=bs.PloverMode.ALLEGE,
            actors=("stevenson",), recipients=("zorin",), issues=("missiles-in-cuba",),
            description="Stevenson showed the Council photographs of the missile sites.",
            date=bs.Date(1962, 10, 25), part_of="ev-security-council",
            forum="security-council",
            participants=(
                bs.Participant(actor="stevenson", role=bs.ParticipantRole.HEAD_OF_DELEGATION,
                               on_behalf_of="us"),
                bs.Participant(actor="zorin", role=bs.ParticipantRole.HEAD_OF_DELEGATION,
                               on_behalf_of="ussr"),
            ),
            evidence=ev("At its meeting of 25 October the US ambassador, Adlai Stevenson, "
                        "showed photographs of the sites to the Soviet representative, "
                        "Valerian Zorin")),
        bs.Event(
            id="ev-thant-appeal", category=bs.EventCategory.REQUEST, mode=bs.PloverMode.CHANGE,
            actors=("u-thant",), recipients=("us", "ussr"), issues=("quarantine",),
            description="U Thant appealed to both sides to avoid a clash at sea and offered "
                        "his good offices.",
            participants=(bs.Participant(actor="u-thant", role=bs.ParticipantRole.MEDIATOR),),
            triggers=("appealed",),
            evidence=ev("U Thant, appealed to both sides to avoid a clash at sea and offered "
                        "his good offices")),
        bs.Event(
            id="ev-first-letter", category=bs.EventCategory.REQUEST, mode=bs.PloverMode.CHANGE,
            actors=("khrushchev",), recipients=("kennedy",),
            issues=("missiles-in-cuba", "invasion-of-cuba"),
            description="Khrushchev's first letter.", date=bs.Date(1962, 10, 26),
            evidence=ev("On 26 October Premier Nikita Khrushchev wrote to Kennedy")),
        bs.Event(
            id="ev-second-letter", category=bs.EventCategory.REQUEST, mode=bs.PloverMode.CHANGE,
            actors=("ussr",), recipients=("us",), issues=("jupiters-in-turkey",),
            description="A second letter, broadcast by Radio Moscow, added the Jupiters.",
            date=bs.Date(1962, 10, 27),
            evidence=ev("On 27 October a second letter, broadcast by Radio Moscow")),
        bs.Event(
            id="ev-u2", category=bs.EventCategory.ASSAULT, mode=bs.PloverMode.AERIAL,
            actors=("ussr",), recipients=("us",), issues=("missiles-in-cuba",),
            description="A Soviet missile shot down a U-2 over Cuba.",
            date=bs.Date(1962, 10, 27), place="Cuba",
            evidence=ev("a Soviet missile shot down a U-2 over Cuba")),
        bs.Event(
            id="ev-kennedy-reply", category=bs.EventCategory.AGREE, actors=("kennedy",),
            recipients=("khrushchev",), issues=("invasion-of-cuba",),
            description="Kennedy answered the first letter in public.",
            date=bs.Date(1962, 10, 27), inferred_date_parts=(bs.DatePart.DAY,),
            evidence=ev("Kennedy answered the first letter in public")),
        bs.Event(
            id="ev-dobrynin-meeting", category=bs.EventCategory.CONSULT, actors=("robert-kennedy",),
            recipients=("dobrynin",), issues=("jupiters-in-turkey",),
            description="Robert Kennedy told Dobrynin the Jupiters would go, outside any "
                        "public agreement.",
            date=bs.Date(1962, 10, 27), inferred_date_parts=(bs.DatePart.DAY,),
            participants=(
                bs.Participant(actor="robert-kennedy", role=bs.ParticipantRole.PARTY,
                               on_behalf_of="kennedy"),
                bs.Participant(actor="dobrynin", role=bs.ParticipantRole.PARTY,
                               on_behalf_of="ussr"),
            ),
            evidence=ev("That evening Attorney General Robert Kennedy told the Soviet "
                        "ambassador, Anatoly Dobrynin")),
        bs.Event(
            id="ev-radio-moscow", category=bs.EventCategory.RETREAT, mode=bs.PloverMode.DISARM,
            actors=("khrushchev",), recipients=("us",), issues=("missiles-in-cuba",),
            description="Khrushchev announced that the missiles would be dismantled.",
            date=bs.Date(1962, 10, 28),
            evidence=ev("On 28 October Khrushchev announced on Radio Moscow")),
        bs.Event(
            id="ev-inspection", category=bs.EventCategory.COOPERATE, actors=("un",),
            recipients=("cuba",), issues=("inspection",), status=bs.EventStatus.CANCELLED,
            description="An inspection of the removal under UN supervision, which never "
                        "took place.",
            evidence=ev("the inspection it depended on never took place")),
        bs.Event(
            id="ev-quarantine-lifted", category=bs.EventCategory.RETREAT, actors=("kennedy",),
            recipients=("ussr", "cuba"), issues=("quarantine",),
            description="Kennedy lifted the quarantine.", date=bs.Date(1962, 11, 20),
            evidence=ev("On 20 November, after Khrushchev agreed to withdraw the Il-28 bombers "
                        "as well, Kennedy lifted the quarantine")),
        bs.Event(
            id="ev-jupiters-gone", category=bs.EventCategory.RETREAT, mode=bs.PloverMode.WITHDRAW,
            actors=("us",), recipients=("turkey",), issues=("jupiters-in-turkey",),
            description="The last Jupiter missiles left Turkey.", date=bs.Date(1963, 4),
            evidence=ev("The last Jupiter missiles left Turkey in April 1963")),
    )  # fmt: skip
    judgments = (
        bs.Judgment(
            id="j-pledge-in-part",
            statement="The pledge met the Soviet demand only in part: it hung on an inspection "
                      "that never took place, and was never formalised.",
            confidence=bs.Confidence.HIGH,
            about=("con-us-pledge", "pos-ussr-pledge", "ev-inspection"),
            evidence=ev("The pledge not to invade was never formalised, because the inspection "
                        "it depended on never took place")),
        bs.Judgment(
            id="j-secret-trade",
            statement="The Soviet Union got what its second letter asked, but only in secret.",
            confidence=bs.Confidence.HIGH,
            about=("con-us-jupiters", "con-us-public-trade"),
            based_on=("j-pledge-in-part",),
            evidence=ev("this could not be part of any public agreement")),
    )  # fmt: skip
    return bs.Brief(
        schema_version=bs.SCHEMA_VERSION,
        id="cuban-missile-crisis-1962",
        title="The Cuban missile crisis: a public pledge and a secret trade",
        summary=(
            "The Soviet Union removed its missiles from Cuba. In return the United States "
            "gave a public pledge not to invade, which hung on an inspection that never took "
            "place, and removed its Jupiter missiles from Turkey in secret, having refused to "
            "trade them in public; Castro's demands went unmet."
        ),
        source=bs.Source(
            title="The Cuban missile crisis: how it was settled", sha256=sha256_of(text),
            language="en",
        ),
        created=CREATED,
        actors=actors,
        issues=issues,
        positions=positions,
        concessions=concessions,
        events=events,
        judgments=judgments,
    )  # fmt: skip


def korea(text: str) -> bs.Brief:
    """The brief of ``korean-peninsula-2018.txt``.

    Joint bodies, a joint act as one event and a concession per side, an agreement that
    implements another, a deadline, documents with authors apart from parties, and
    judgments made on a date, with a horizon (a season among them) and an outcome.
    """
    ev = quoting(text)
    person, state, joint = bs.ActorKind.PERSON, bs.ActorKind.STATE, bs.ActorKind.JOINT_BODY
    sides = ("south-korea", "north-korea")

    actors = (
        bs.Actor(id="south-korea", name="South Korea", kind=state, country="KOR",
                 evidence=ev("President Moon Jae-in of South Korea")),
        bs.Actor(id="north-korea", name="North Korea", kind=state, country="PRK",
                 evidence=ev("the leader of North Korea")),
        bs.Actor(id="us", name="United States", kind=state, country="USA",
                 evidence=ev("Secretary of State Mike Pompeo")),
        bs.Actor(id="moon", name="Moon Jae-in", kind=person,
                 affiliations=post("south-korea", "President"),
                 evidence=ev("President Moon Jae-in of South Korea")),
        bs.Actor(id="kim", name="Kim Jong Un", kind=person,
                 affiliations=post("north-korea", "leader"),
                 evidence=ev("Kim Jong Un, the leader of North Korea")),
        bs.Actor(id="trump", name="Donald Trump", kind=person,
                 affiliations=post("us", "President"), evidence=ev("President Donald Trump")),
        bs.Actor(id="pompeo", name="Mike Pompeo", kind=person,
                 affiliations=post("us", "Secretary of State"),
                 evidence=ev("Secretary of State Mike Pompeo")),
        bs.Actor(id="song", name="Song Young-moo", kind=person,
                 affiliations=post("south-korea", "defence minister"),
                 evidence=ev("Song Young-moo")),
        bs.Actor(id="no-kwang-chol", name="No Kwang Chol", kind=person,
                 affiliations=post("north-korea", "defence minister"),
                 evidence=ev("No Kwang Chol")),
        bs.Actor(id="liaison-office", name="Inter-Korean joint liaison office", kind=joint,
                 members=sides,
                 evidence=ev("a joint liaison office in Kaesong, with officials of both sides")),
        bs.Actor(id="military-committee", name="Inter-Korean joint military committee",
                 kind=joint, members=sides,
                 evidence=ev("a joint military committee of the two sides")),
    )  # fmt: skip
    issues = (
        bs.Issue(id="denuclearization", title="Denuclearization of the Korean Peninsula",
                 topics=(bs.Topic.NUCLEAR, bs.Topic.ARMS_CONTROL),
                 evidence=ev("a nuclear-free Korean Peninsula")),
        bs.Issue(id="inter-korean-relations", title="Relations between the two Koreas",
                 topics=(bs.Topic.BILATERAL_RELATIONS, bs.Topic.DIPLOMACY),
                 evidence=ev("a joint liaison office in Kaesong")),
        bs.Issue(id="guard-posts", title="Guard posts in the Demilitarized Zone",
                 topics=(bs.Topic.REGIONAL_SECURITY, bs.Topic.ARMS_CONTROL),
                 evidence=ev("guard posts in the Demilitarized Zone")),
    )  # fmt: skip
    positions = (
        bs.Position(
            id="pos-koreas-goal", actor="south-korea", issue="denuclearization",
            stance=bs.Stance.SUPPORTS,
            statement="South Korea, with the North, confirmed the goal of a nuclear-free "
                      "Korean Peninsula.",
            basis=bs.Basis.STATED, confidence=bs.Confidence.HIGH, as_of=bs.Date(2018, 4, 27),
            evidence=ev("They confirmed the common goal of a nuclear-free Korean Peninsula")),
        bs.Position(
            id="pos-north-goal", actor="north-korea", issue="denuclearization",
            stance=bs.Stance.SUPPORTS,
            statement="North Korea committed itself to work toward the complete "
                      "denuclearization of the Korean Peninsula, with no date and no steps.",
            basis=bs.Basis.STATED, confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.TENTATIVE, as_of=bs.Date(2018, 6, 12),
            addressed_to=("us",),
            evidence=ev("committed North Korea to work toward the complete denuclearization "
                        "of the Korean Peninsula")),
    )  # fmt: skip

    def guard_posts(by: str, other: str) -> bs.Concession:
        return bs.Concession(
            id=f"con-{by}-guard-posts", by=by, to=(other,), issue="guard-posts",
            description="Withdraw eleven guard posts in the Demilitarized Zone; ten were "
                        "removed and one kept, disarmed and unmanned.",
            kind=bs.ConcessionKind.MATERIAL, status=bs.ConcessionStatus.IMPLEMENTED,
            confidence=bs.Confidence.HIGH, disclosure=bs.Disclosure.PUBLIC,
            reciprocity=bs.Reciprocity(
                status=bs.ReciprocityStatus.RECEIVED,
                description="The other side withdrew its posts in the same act.",
                in_return_for=(f"con-{other}-guard-posts",),
                evidence=ev("Both sides acted together"),
            ),
            deadline=bs.Deadline(description="by the end of 2018", by=bs.Date(2018, 12, 31),
                                 evidence=ev("by the end of 2018")),
            quantities=(
                bs.Quantity(measure="guard posts to withdraw", value="11", unit="posts",
                            evidence=ev("withdraw eleven guard posts")),
                bs.Quantity(measure="guard posts removed", value="10", unit="posts",
                            evidence=ev("removed ten of its eleven posts")),
            ),
            stages=(
                bs.Stage(status=bs.ConcessionStatus.MADE, date=bs.Date(2018, 9, 19),
                         event="ev-military-agreement"),
                bs.Stage(status=bs.ConcessionStatus.IMPLEMENTED, date=bs.Date(2018, 11),
                         event="ev-guard-posts-removed"),
            ),
            under="doc-military-agreement",
            instruments=(
                bs.InstrumentUse(document="doc-panmunjom", action=bs.InstrumentAction.IMPLEMENTS,
                                 evidence=ev("carried out the military part of the Panmunjom "
                                             "Declaration")),
            ),
            evidence=ev("each side would withdraw eleven guard posts in the Demilitarized Zone"),
        )  # fmt: skip

    concessions = (
        guard_posts("south-korea", "north-korea"),
        guard_posts("north-korea", "south-korea"),
    )
    events = (
        bs.Event(
            id="ev-panmunjom-summit", category=bs.EventCategory.CONSULT,
            mode=bs.PloverMode.VISIT, actors=("kim",), recipients=("moon",),
            issues=("denuclearization", "inter-korean-relations"),
            documents=("doc-panmunjom",),
            description="Moon and Kim met at the Peace House and signed the Panmunjom "
                        "Declaration.",
            date=bs.Date(2018, 4, 27), place="the Peace House in Panmunjom",
            participants=(
                bs.Participant(actor="moon", role=bs.ParticipantRole.HOST,
                               on_behalf_of="south-korea"),
                bs.Participant(actor="kim", role=bs.ParticipantRole.PARTY,
                               on_behalf_of="north-korea"),
            ),
            evidence=ev("met at the Peace House in Panmunjom and signed the Panmunjom "
                        "Declaration")),
        bs.Event(
            id="ev-singapore-summit", category=bs.EventCategory.CONSULT, actors=("trump", "kim"),
            issues=("denuclearization",), documents=("doc-singapore",),
            description="Trump and Kim met in Singapore.", date=bs.Date(2018, 6, 12),
            place="Singapore",
            evidence=ev("On 12 June 2018 President Donald Trump and Kim met in Singapore")),
        bs.Event(
            id="ev-office-opened", category=bs.EventCategory.COOPERATE, actors=sides,
            issues=("inter-korean-relations",), documents=("doc-panmunjom",),
            description="The joint liaison office opened in Kaesong.",
            date=bs.Date(2018, 9, 14), place="Kaesong",
            evidence=ev("The liaison office opened on 14 September 2018")),
        bs.Event(
            id="ev-pyongyang-summit", category=bs.EventCategory.CONSULT,
            mode=bs.PloverMode.VISIT, actors=("moon",), recipients=("kim",),
            issues=("inter-korean-relations", "guard-posts"),
            description="Moon visited Pyongyang.",
            date=bs.Interval(bs.Date(2018, 9, 18), bs.Date(2018, 9, 20)), place="Pyongyang",
            evidence=ev("Moon visited Pyongyang from 18 to 20 September")),
        bs.Event(
            id="ev-military-agreement", category=bs.EventCategory.AGREE,
            actors=("song", "no-kwang-chol"), issues=("guard-posts",),
            documents=("doc-military-agreement",),
            description="The two defence ministers signed the Comprehensive Military "
                        "Agreement.",
            date=bs.Date(2018, 9, 19), part_of="ev-pyongyang-summit",
            participants=(
                bs.Participant(actor="song", role=bs.ParticipantRole.PARTY,
                               on_behalf_of="south-korea"),
                bs.Participant(actor="no-kwang-chol", role=bs.ParticipantRole.PARTY,
                               on_behalf_of="north-korea"),
            ),
            evidence=ev("the two defence ministers, Song Young-moo and No Kwang Chol, signed "
                        "the Comprehensive Military Agreement")),
        bs.Event(
            id="ev-guard-posts-removed", category=bs.EventCategory.RETREAT,
            mode=bs.PloverMode.WITHDRAW, actors=sides, issues=("guard-posts",),
            documents=("doc-military-agreement",),
            description="Both sides removed ten of their eleven guard posts, as one act.",
            date=bs.Date(2018, 11), triggers=("removed",),
            evidence=ev("By the end of November each had removed ten of its eleven posts")),
        bs.Event(
            id="ev-verification", category=bs.EventCategory.COOPERATE, actors=sides,
            issues=("guard-posts",), documents=("doc-military-agreement",),
            description="Soldiers of each side crossed the line to verify the other's work.",
            date=bs.Date(2018, 12),
            evidence=ev("in December their soldiers crossed the line to verify each other's "
                        "work")),
        bs.Event(
            id="ev-office-destroyed", category=bs.EventCategory.ASSAULT,
            mode=bs.PloverMode.DESTROY, actors=("north-korea",), recipients=("south-korea",),
            issues=("inter-korean-relations",),
            description="North Korea blew up the liaison office.", date=bs.Date(2020, 6, 16),
            place="Kaesong",
            evidence=ev("On 16 June 2020 North Korea blew up the liaison office in Kaesong")),
    )  # fmt: skip
    judgments = (
        bs.Judgment(
            id="j-visit-in-autumn", statement="Moon would visit Pyongyang in the autumn.",
            confidence=bs.Confidence.UNSTATED, holder="moon", about=("inter-korean-relations",),
            made=bs.Date(2018, 4, 27),
            horizon=bs.Horizon(description="in the autumn",
                               until=bs.Interval(bs.Date(2018, 9), bs.Date(2018, 11))),
            outcome=bs.Outcome(status=bs.OutcomeStatus.BORNE_OUT, date=bs.Date(2018, 9, 18),
                               description="Moon visited Pyongyang from 18 to 20 September.",
                               evidence=ev("Moon visited Pyongyang from 18 to 20 September")),
            evidence=ev("Moon agreed to visit Pyongyang in the autumn")),
        bs.Judgment(
            id="j-denuclearization-by-2021",
            statement="The denuclearization of North Korea was to be completed by January 2021.",
            confidence=bs.Confidence.UNSTATED, holder="pompeo",
            about=("denuclearization", "pos-north-goal"), made=bs.Date(2018, 9, 19),
            horizon=bs.Horizon(description="by January 2021", until=bs.Date(2021, 1)),
            outcome=bs.Outcome(status=bs.OutcomeStatus.NOT_BORNE_OUT,
                               description="North Korea kept its nuclear weapons.",
                               evidence=ev("It was not: North Korea kept its nuclear weapons")),
            evidence=ev("the denuclearization of North Korea was to be completed by January "
                        "2021")),
        bs.Judgment(
            id="j-no-timetable",
            statement="The Singapore statement left denuclearization without a timetable.",
            confidence=bs.Confidence.HIGH, about=("doc-singapore", "denuclearization"),
            evidence=ev("it set no date and no steps")),
    )  # fmt: skip
    documents = (
        bs.Document(
            id="doc-panmunjom", title="Panmunjom Declaration", kind=bs.DocumentKind.DECLARATION,
            status=bs.DocumentStatus.SIGNED, parties=sides, authors=("moon", "kim"),
            issues=("denuclearization", "inter-korean-relations"), signed=bs.Date(2018, 4, 27),
            evidence=ev("signed the Panmunjom Declaration")),
        bs.Document(
            id="doc-singapore", title="Joint statement of the Singapore summit",
            kind=bs.DocumentKind.DECLARATION, status=bs.DocumentStatus.UNKNOWN,
            parties=("us", "north-korea"), issues=("denuclearization",),
            description="Committed North Korea to work toward complete denuclearization, "
                        "with no date and no steps.",
            agreed=bs.Date(2018, 6, 12), inferred_dates=(bs.DocumentDate.AGREED,),
            evidence=ev("Their joint statement")),
        bs.Document(
            id="doc-military-agreement", title="Comprehensive Military Agreement",
            kind=bs.DocumentKind.AGREEMENT, status=bs.DocumentStatus.SIGNED, parties=sides,
            authors=sides, issues=("guard-posts",), signed=bs.Date(2018, 9, 19),
            description="Carries out the military part of the Panmunjom Declaration.",
            quantities=(
                bs.Quantity(measure="guard posts each side withdraws first", value="11",
                            unit="posts"),
            ),
            evidence=ev("the Comprehensive Military Agreement")),
    )  # fmt: skip
    return bs.Brief(
        schema_version=bs.SCHEMA_VERSION,
        id="korean-peninsula-2018",
        title="The two Koreas in 2018: one act of two sides, and forecasts scored",
        summary=(
            "The two Koreas agreed at Panmunjom and in Pyongyang to reduce military tension, "
            "opened a joint liaison office, and withdrew guard posts from the Demilitarized Zone "
            "together, before the deadline. North Korea's commitment to denuclearization "
            "had no date; the US expectation that it would be complete by January 2021 was "
            "not borne out, and in 2020 the North blew up the joint liaison office."
        ),
        source=bs.Source(
            title="The two Koreas in 2018: declarations, guard posts and a deadline",
            sha256=sha256_of(text), language="en",
        ),
        created=CREATED,
        actors=actors,
        issues=issues,
        positions=positions,
        concessions=concessions,
        events=events,
        judgments=judgments,
        documents=documents,
    )  # fmt: skip


EXAMPLES = {
    "new-start-talks-2009-2010": new_start,
    "camp-david-accords-1978": camp_david,
    "cuban-missile-crisis-1962": cuba,
    "korean-peninsula-2018": korea,
}


def main() -> int:
    """Rewrite every example, each validated strictly against its source text."""
    failed = False
    for name, build in EXAMPLES.items():
        text = (HERE / f"{name}.txt").read_bytes().decode("utf-8")
        brief = build(text)
        report = bs.validate(brief, source_text=text, strict=True)
        for problem in report.problems:
            print(f"{name}: {problem}", file=sys.stderr)
        if not report.valid:
            failed = True
            continue
        target = HERE / f"{name}.brief.json"
        bs.dump(brief, target)
        print(f"wrote {target}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
