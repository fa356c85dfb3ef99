"""Build the two negotiation examples from their source texts, in Python.

``new-start-talks-2009-2010`` (a bilateral arms-control treaty, its linkage to
missile defence and its ratification) and ``camp-david-accords-1978`` (a mediated
exchange of territory for peace, in stages over four years) are encoded with the
negotiation fields: exchanges, conditions, terms, quantities, documents, bodies and
coalitions, and each concession's life. Every piece of evidence is found by its
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


def at_most(amount: str, unit: str, measure: str) -> bs.Quantity:
    """A limit: at most ``amount`` ``unit`` of ``measure``."""
    return bs.Quantity(measure=measure, value=amount, unit=unit, comparator=bs.Comparator.AT_MOST)


def new_start(text: str) -> bs.Brief:
    """The brief of ``new-start-talks-2009-2010.txt``."""
    ev = quoting(text)
    person, state, body = bs.ActorKind.PERSON, bs.ActorKind.STATE, bs.ActorKind.BODY

    def post(organization: str, role: str) -> tuple[bs.Affiliation, ...]:
        return (bs.Affiliation(organization=organization, role=role),)

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


EXAMPLES = {"new-start-talks-2009-2010": new_start, "camp-david-accords-1978": camp_david}


def main() -> int:
    """Rewrite both examples, each validated strictly against its source text."""
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
