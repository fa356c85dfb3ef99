"""Build the reference brief from its source text, in Python.

This is how ``moscow-intransigent-syria-2013.brief.json`` was written: every
piece of evidence is found by its exact words with :func:`briefschema.evidence.locate`,
so no offset is counted by hand. Run it to rewrite the JSON beside it:

    python examples/build_reference_brief.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import briefschema as bs
from briefschema.evidence import locate, sha256_of

HERE = Path(__file__).parent
SOURCE = HERE / "moscow-intransigent-syria-2013.txt"
TARGET = HERE / "moscow-intransigent-syria-2013.brief.json"

Y = (bs.DatePart.YEAR,)
"""The text gives days and months but never the year: 2013 comes from the publication date."""
YMD = (bs.DatePart.YEAR, bs.DatePart.MONTH, bs.DatePart.DAY)
VISIT = bs.Interval.parse("2013-05-07/2013-05-08")
BEFORE_PUBLICATION = bs.Interval.parse("/2013-05-15")


def build(text: str) -> bs.Brief:
    """The reference brief for ``text``."""

    def ev(*quotes: str | tuple[str, int]) -> tuple[bs.Evidence, ...]:
        return tuple(
            locate(text, *quote) if isinstance(quote, tuple) else locate(text, quote)
            for quote in quotes
        )

    actors = (
        bs.Actor(
            id="us",
            name="United States",
            kind=bs.ActorKind.STATE,
            country="USA",
            aliases=("US", "Washington", "America", "the Obama administration"),
            identifiers=(bs.Identifier(scheme="wikidata", value="Q30"),),
            evidence=ev(
                "the US new Secretary of State",
                "the Obama administration",
                "towards America’s demands",
                "Moscow and Washington regarding",
            ),
        ),
        bs.Actor(
            id="russia",
            name="Russia",
            kind=bs.ActorKind.STATE,
            country="RUS",
            aliases=("Moscow", "the Russian government"),
            description="The Russian state and its leadership, Putin's and Lavrov's principal.",
            identifiers=(bs.Identifier(scheme="wikidata", value="Q159"),),
            evidence=ev(
                "Moscow intransigent towards Washington",
                "It was agreed that Russia and the US",
                "refrained from criticising the Russian government",
            ),
        ),
        bs.Actor(
            id="syrian-government",
            name="Syrian government",
            kind=bs.ActorKind.GOVERNMENT,
            country="SYR",
            aliases=("Damascus", "the Bashar al-Assad government"),
            evidence=ev(
                "between the Syrian government and the opposition",
                "supplying Damascus",
                "the Bashar al-Assad government",
            ),
        ),
        bs.Actor(
            id="syrian-opposition",
            name="Syrian opposition",
            kind=bs.ActorKind.POLITICAL_GROUP,
            country="SYR",
            aliases=("the opposition",),
            evidence=ev("the Syrian government and the opposition"),
        ),
        bs.Actor(
            id="kerry",
            name="John Kerry",
            kind=bs.ActorKind.PERSON,
            country="USA",
            affiliations=(
                bs.Affiliation(
                    organization="us",
                    role="Secretary of State",
                    evidence=ev("the US new Secretary of State John Kerry"),
                ),
            ),
            evidence=ev("Secretary of State John Kerry", "Kerry also met representatives"),
        ),
        bs.Actor(
            id="putin",
            name="Vladimir Putin",
            kind=bs.ActorKind.PERSON,
            country="RUS",
            affiliations=(
                bs.Affiliation(
                    organization="russia", role="President", evidence=ev("President Vladimir Putin")
                ),
            ),
            identifiers=(bs.Identifier(scheme="wikidata", value="Q7747"),),
            evidence=ev("President Vladimir Putin"),
        ),
        bs.Actor(
            id="lavrov",
            name="Sergei Lavrov",
            kind=bs.ActorKind.PERSON,
            country="RUS",
            affiliations=(
                bs.Affiliation(
                    organization="russia",
                    role="Foreign Minister",
                    evidence=ev("Foreign Minister Sergei Lavrov"),
                ),
            ),
            evidence=ev("Foreign Minister Sergei Lavrov", "Lavrov publicly declared"),
        ),
        bs.Actor(
            id="al-assad",
            name="Bashar al-Assad",
            kind=bs.ActorKind.PERSON,
            country="SYR",
            affiliations=(
                bs.Affiliation(
                    organization="syrian-government",
                    role="President",
                    evidence=ev("President Bashar al-Assad"),
                ),
            ),
            evidence=ev("the role of President Bashar al-Assad"),
        ),
        bs.Actor(
            id="russian-civil-society",
            name="Russian civil society",
            kind=bs.ActorKind.CIVIL_SOCIETY,
            country="RUS",
            aliases=("civil society organisations in Russia",),
            evidence=ev(
                "Kerry also met representatives of Russian civil society",
                "civil society organisations in Russia",
            ),
        ),
        bs.Actor(
            id="soviet-union",
            name="Soviet Union",
            kind=bs.ActorKind.STATE,
            description="The wartime ally of the United States, named for its role in World War II.",
            evidence=ev("the Soviet Union in its role of US ally in that war"),
        ),
        bs.Actor(
            id="us-critics-of-soviet-role",
            name="Americans who did not appreciate the Soviet Union's wartime role",
            kind=bs.ActorKind.GROUP,
            country="USA",
            description="Those of Kerry's compatriots whom he implicitly criticised.",
            evidence=ev(
                "those of his compatriots who did not appreciate the Soviet Union in its role "
                "of US ally in that war"
            ),
        ),
    )

    issues = (
        bs.Issue(
            id="syria-conflict",
            title="The civil war in Syria",
            description="How the internal conflict in Syria should be resolved.",
            topics=(bs.Topic.ARMED_CONFLICT, bs.Topic.REGIONAL_SECURITY),
            evidence=ev(
                "The main subject of talks was the situation in Syria",
                "the civil war in Syria",
            ),
        ),
        bs.Issue(
            id="assad-role",
            title="The role of Bashar al-Assad",
            description=(
                "Whether President Bashar al-Assad should take part in reaching a compromise "
                "between the Syrian government and the opposition."
            ),
            parent="syria-conflict",
            topics=(bs.Topic.GOVERNANCE,),
            evidence=ev(
                "In the key issue which divides Moscow and Washington regarding the role of "
                "President Bashar al-Assad"
            ),
        ),
        bs.Issue(
            id="arms-supplies-damascus",
            title="Russian arms supplies to Damascus",
            description=(
                "Whether Russia should keep supplying the Syrian government with arms, "
                "including S-300 anti-aircraft missiles."
            ),
            parent="syria-conflict",
            topics=(bs.Topic.ARMS_TRANSFERS,),
            evidence=ev("supplying Damascus with S-300 anti-aircraft missiles"),
        ),
        bs.Issue(
            id="syria-conference",
            title="An international conference on Syria",
            description=(
                "Whether an international conference should press the main players in Syria's "
                "conflict to establish an interim executive body."
            ),
            parent="syria-conflict",
            topics=(bs.Topic.DIPLOMACY, bs.Topic.GOVERNANCE),
            evidence=ev(
                "to organise an international conference in order to put pressure on the main "
                "players in Syria's internal conflict to establish an interim executive body"
            ),
        ),
        bs.Issue(
            id="syria-regional-threat",
            title="The Syrian conflict as a regional threat",
            description=(
                "Whether the conflict is a factor in a dangerous destabilisation of the Middle "
                "East and a source of threats linked to the expansion of Islamic radicalism."
            ),
            parent="syria-conflict",
            topics=(bs.Topic.REGIONAL_SECURITY, bs.Topic.TERRORISM),
            evidence=ev(
                "a factor in a dangerous destabilisation of the Middle East and a source of "
                "threats linked to the expansion of Islamic radicalism"
            ),
        ),
        bs.Issue(
            id="us-russia-relations",
            title="US-Russian relations and the reset policy",
            description="Whether the United States and Russia should improve their relations.",
            topics=(bs.Topic.BILATERAL_RELATIONS,),
            evidence=ev("repeat the reset policy", "improve its relations with Washington"),
        ),
        bs.Issue(
            id="missile-defence",
            title="The anti-missile defence system",
            description=(
                "Whether the United States should deploy its anti-missile defence system, "
                "including more advanced missiles in Central and Eastern Europe."
            ),
            parent="us-russia-relations",
            topics=(bs.Topic.MISSILE_DEFENCE, bs.Topic.ARMS_CONTROL, bs.Topic.NUCLEAR),
            evidence=ev("stand its ground on the anti-missile defence system"),
        ),
        bs.Issue(
            id="rights-criticism",
            title="Criticism of civil liberties and human rights in Russia",
            description=(
                "Whether the United States should criticise the restrictions on civil liberties, "
                "human rights and civil society organisations in Russia."
            ),
            parent="us-russia-relations",
            topics=(bs.Topic.HUMAN_RIGHTS, bs.Topic.CIVIL_SOCIETY),
            evidence=ev(
                "the harassment and restrictions placed on civil society organisations in Russia",
                "its criticism of civil liberties and human rights in Russia",
            ),
        ),
        bs.Issue(
            id="us-russia-cooperation",
            title="Co-operation with Russia to date",
            description=(
                "Whether US-Russian co-operation to date, including on Afghanistan, Iran and "
                "North Korea, is important and worth building on."
            ),
            parent="us-russia-relations",
            topics=(bs.Topic.DIPLOMACY,),
            evidence=ev(
                "the importance and achievements of the co-operation with Russia to date "
                "(including the cases of Afghanistan, Iran and North Korea)"
            ),
        ),
        bs.Issue(
            id="wartime-alliance",
            title="The memory of the American-Soviet alliance",
            description="Whether the Soviet Union's role as a US ally in World War II deserves appreciation.",
            parent="us-russia-relations",
            topics=(bs.Topic.HISTORY,),
            evidence=ev("the experiences of the American-Soviet alliance during World War II"),
        ),
        bs.Issue(
            id="terms-of-cooperation",
            title="The terms of co-operation in solving international conflicts",
            description=(
                "Whether the United States should accept Russia's conditions of co-operation "
                "in solving international conflicts."
            ),
            parent="us-russia-relations",
            topics=(bs.Topic.DIPLOMACY,),
            evidence=ev(
                "the Russian conditions of co-operation in solving international conflicts"
            ),
        ),
    )

    positions = (
        bs.Position(
            id="pos-russia-syria",
            actor="russia",
            issue="syria-conflict",
            stance=bs.Stance.OPPOSES,
            statement=(
                "Russia will not change its position on the conflict in Syria, as the United "
                "States wanted it to."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING,
            trend=bs.Trend.STABLE,
            as_of=bs.Date(2013, 5),
            inferred_date_parts=Y,
            evidence=ev(
                "to persuade his Russian partners to change Moscow's position on the conflict in "
                "Syria",
                "Russia continues to firmly stand its ground on the anti-missile defence system "
                "and the civil war in Syria",
            ),
        ),
        bs.Position(
            id="pos-us-assad-before",
            actor="us",
            issue="assad-role",
            stance=bs.Stance.OPPOSES,
            statement="Washington opposed al-Assad's participation in reaching a compromise.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.FIRM,
            evidence=ev("Washington's opposition to his participation"),
        ),
        bs.Position(
            id="pos-us-assad",
            actor="us",
            issue="assad-role",
            stance=bs.Stance.OPPOSES,
            statement=(
                "Washington still opposes al-Assad's participation, but more softly: Kerry said "
                "only that “as an individual” he could not imagine it."
            ),
            basis=bs.Basis.STATED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.FLEXIBLE,
            trend=bs.Trend.SOFTENING,
            as_of=VISIT,
            inferred_date_parts=Y,
            previous="pos-us-assad-before",
            evidence=ev(
                "Kerry softened Washington's opposition to his participation",
                "as he said that “as an individual” he could not imagine this",
            ),
        ),
        bs.Position(
            id="pos-russia-assad",
            actor="russia",
            issue="assad-role",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "Russia does not share Washington's opposition to al-Assad's role: the question "
                "divides the two."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.MODERATE,
            firmness=bs.Firmness.FIRM,
            as_of=VISIT,
            inferred_date_parts=Y,
            evidence=ev("the key issue which divides Moscow and Washington"),
        ),
        bs.Position(
            id="pos-russia-s300",
            actor="russia",
            issue="arms-supplies-damascus",
            stance=bs.Stance.SUPPORTS,
            statement="Russia will not withdraw from supplying Damascus with S-300 anti-aircraft missiles.",
            basis=bs.Basis.STATED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING,
            trend=bs.Trend.STABLE,
            as_of=bs.Interval.parse("2013-05-10/2013-05-11"),
            inferred_date_parts=YMD,
            evidence=ev(
                "Lavrov publicly declared that Russia would not withdraw from supplying Damascus "
                "with S-300 anti-aircraft missiles",
                "thus showing Russia's intransigence",
            ),
        ),
        bs.Position(
            id="pos-us-arms",
            actor="us",
            issue="arms-supplies-damascus",
            stance=bs.Stance.OPPOSES,
            statement="The United States demands a halt to arms supplies to the al-Assad government.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.FIRM,
            evidence=ev(
                "America’s demands to halt arms supplies to the Bashar al-Assad government"
            ),
        ),
        bs.Position(
            id="pos-us-conference",
            actor="us",
            issue="syria-conference",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "The United States agreed to launch, with Russia, an initiative to organise an "
                "international conference on Syria."
            ),
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            as_of=VISIT,
            inferred_date_parts=Y,
            evidence=ev("It was agreed that Russia and the US would launch an initiative"),
        ),
        bs.Position(
            id="pos-russia-conference",
            actor="russia",
            issue="syria-conference",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "Russia agreed to launch, with the United States, an initiative to organise an "
                "international conference on Syria."
            ),
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            as_of=VISIT,
            inferred_date_parts=Y,
            evidence=ev("It was agreed that Russia and the US would launch an initiative"),
        ),
        bs.Position(
            id="pos-russia-regional-threat",
            actor="russia",
            issue="syria-regional-threat",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "Russia assesses the Syrian conflict as a source of destabilisation and of "
                "Islamist threats."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.MODERATE,
            firmness=bs.Firmness.FIRM,
            evidence=ev("certain elements of Russia's assessment of the situation"),
        ),
        bs.Position(
            id="pos-us-regional-threat",
            actor="us",
            issue="syria-regional-threat",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "The United States is slowly adopting elements of Russia's assessment and "
                "increasingly sees the conflict as a dangerous regional threat."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.MODERATE,
            firmness=bs.Firmness.TENTATIVE,
            trend=bs.Trend.HARDENING,
            as_of=bs.Date(2013, 5),
            inferred_date_parts=Y,
            evidence=ev(
                "it may be assumed that the US is slowly adopting certain elements of Russia's "
                "assessment of the situation and is increasingly seeing the conflict as a factor"
            ),
        ),
        bs.Position(
            id="pos-us-reset",
            actor="us",
            issue="us-russia-relations",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "The Obama administration consistently seeks to repeat the reset policy and to "
                "create a favourable climate for it."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.FIRM,
            trend=bs.Trend.STABLE,
            as_of=VISIT,
            inferred_date_parts=Y,
            evidence=ev(
                "the Obama administration is consistently seeking to repeat the reset policy as "
                "it is trying to create a favourable climate for it"
            ),
        ),
        bs.Position(
            id="pos-russia-relations",
            actor="russia",
            issue="us-russia-relations",
            stance=bs.Stance.CONDITIONAL,
            statement=(
                "Russia declares its willingness to improve relations with Washington while "
                "standing its ground on missile defence and Syria."
            ),
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.FIRM,
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.LINKAGE,
                    description=(
                        "Better relations do not move Russia on missile defence or Syria: it "
                        "keeps its ground on both."
                    ),
                    about=("missile-defence", "syria-conflict"),
                    evidence=ev(
                        "firmly stand its ground on the anti-missile defence system and the "
                        "civil war in Syria"
                    ),
                ),
                bs.Condition(
                    kind=bs.ConditionKind.PRECONDITION,
                    description=(
                        "Co-operation in solving international conflicts on Russia's conditions, "
                        "which Moscow expects the US to be forced to accept."
                    ),
                    about=("us", "pos-russia-terms"),
                    evidence=ev(
                        "the US will be forced to accept the Russian conditions of co-operation"
                    ),
                ),
            ),
            evidence=ev(
                "While declaring its willingness to improve its relations with Washington, Russia "
                "continues to firmly stand its ground"
            ),
        ),
        bs.Position(
            id="pos-russia-missile-defence",
            actor="russia",
            issue="missile-defence",
            stance=bs.Stance.OPPOSES,
            statement="Russia firmly stands its ground against the anti-missile defence system.",
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING,
            trend=bs.Trend.STABLE,
            evidence=ev("firmly stand its ground on the anti-missile defence system"),
        ),
        bs.Position(
            id="pos-us-missile-defence-before",
            actor="us",
            issue="missile-defence",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "The United States planned the full system, including a fourth phase of more "
                "advanced missiles in Central and Eastern Europe."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.MODERATE,
            firmness=bs.Firmness.FIRM,
            evidence=ev("the so called fourth phase of deployment"),
        ),
        bs.Position(
            id="pos-us-missile-defence",
            actor="us",
            issue="missile-defence",
            stance=bs.Stance.CONDITIONAL,
            statement=(
                "The United States has given up the fourth phase and proposed written guarantees "
                "that the system would not be aimed against Russia's strategic nuclear potential."
            ),
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.FLEXIBLE,
            trend=bs.Trend.SOFTENING,
            as_of=BEFORE_PUBLICATION,
            inferred_date_parts=YMD,
            previous="pos-us-missile-defence-before",
            conditions=(
                bs.Condition(
                    kind=bs.ConditionKind.PRECONDITION,
                    description=(
                        "The system goes ahead without its fourth phase, with written guarantees "
                        "that it would not be aimed against Russia's strategic nuclear potential."
                    ),
                    about=("con-us-fourth-phase", "con-us-written-guarantees"),
                    evidence=ev(
                        "written guarantees that this system would not be aimed against Russian "
                        "strategic nuclear potential"
                    ),
                ),
            ),
            evidence=ev(
                "the US have made concessions regarding the issue of the anti-missile defence system"
            ),
        ),
        bs.Position(
            id="pos-us-rights-before",
            actor="us",
            issue="rights-criticism",
            stance=bs.Stance.SUPPORTS,
            statement="Washington used to criticise civil liberties and human rights in Russia.",
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.HIGH,
            evidence=ev("Washington has abandoned its criticism"),
        ),
        bs.Position(
            id="pos-us-rights",
            actor="us",
            issue="rights-criticism",
            stance=bs.Stance.NEUTRAL,
            statement=(
                "Washington has abandoned its criticism; Kerry refrained from criticising the "
                "Russian government even when told of the harassment of civil society."
            ),
            basis=bs.Basis.REPORTED,
            confidence=bs.Confidence.HIGH,
            trend=bs.Trend.SOFTENING,
            as_of=VISIT,
            inferred_date_parts=Y,
            previous="pos-us-rights-before",
            evidence=ev(
                "Washington has abandoned its criticism of civil liberties and human rights in Russia",
                "Kerry refrained from criticising the Russian government",
            ),
        ),
        bs.Position(
            id="pos-civil-society-rights",
            actor="russian-civil-society",
            issue="rights-criticism",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "Russian civil society wants the harassment and restrictions it suffers known: it "
                "gave Kerry detailed accounts of them."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.MODERATE,
            as_of=VISIT,
            inferred_date_parts=Y,
            evidence=ev("who gave him detailed accounts of the harassment and restrictions"),
        ),
        bs.Position(
            id="pos-us-cooperation",
            actor="us",
            issue="us-russia-cooperation",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "Kerry underlined the importance and achievements of co-operation with Russia to "
                "date, including on Afghanistan, Iran and North Korea."
            ),
            basis=bs.Basis.STATED,
            confidence=bs.Confidence.HIGH,
            as_of=VISIT,
            inferred_date_parts=Y,
            evidence=ev("He underlined the importance and achievements of the co-operation"),
        ),
        bs.Position(
            id="pos-us-wartime-alliance",
            actor="us",
            issue="wartime-alliance",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "Kerry recalled the American-Soviet wartime alliance and implicitly criticised "
                "Americans who did not appreciate the Soviet Union's role in it."
            ),
            basis=bs.Basis.STATED,
            confidence=bs.Confidence.HIGH,
            as_of=VISIT,
            inferred_date_parts=Y,
            evidence=ev(
                "He referred to the experiences of the American-Soviet alliance during World War II"
            ),
        ),
        bs.Position(
            id="pos-russia-terms",
            actor="russia",
            issue="terms-of-cooperation",
            stance=bs.Stance.SUPPORTS,
            statement=(
                "Moscow expects that, as US supremacy fades, the United States will sooner or "
                "later be forced to accept Russia's conditions of co-operation."
            ),
            basis=bs.Basis.INFERRED,
            confidence=bs.Confidence.HIGH,
            firmness=bs.Firmness.UNYIELDING,
            evidence=ev(
                "Moscow's tactic towards Washington is based on the assumption",
                "sooner or later the US will be forced to accept the Russian conditions",
            ),
        ),
    )

    nothing_in_return = bs.Reciprocity(
        status=bs.ReciprocityStatus.NONE,
        description=(
            "The text names nothing Russia gave in exchange: it presents the concessions as "
            "results of Russia's intransigent stance."
        ),
        evidence=ev("Russia's intransigent stance has already brought about certain results"),
    )
    concessions = (
        bs.Concession(
            id="con-us-fourth-phase",
            by="us",
            to=("russia",),
            issue="missile-defence",
            description=(
                "Gave up the fourth phase of the anti-missile deployment: no more advanced "
                "missiles installed in Central and Eastern Europe."
            ),
            kind=bs.ConcessionKind.MATERIAL,
            status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.HIGH,
            from_position="pos-us-missile-defence-before",
            to_position="pos-us-missile-defence",
            reciprocity=nothing_in_return,
            date=BEFORE_PUBLICATION,
            inferred_date_parts=YMD,
            evidence=ev(
                "giving up the so called fourth phase of deployment, which means abandoning the "
                "installation of more advanced missiles in Central and Eastern Europe"
            ),
        ),
        bs.Concession(
            id="con-us-written-guarantees",
            by="us",
            to=("russia",),
            issue="missile-defence",
            description=(
                "Proposed written guarantees that the anti-missile system would not be aimed "
                "against Russia's strategic nuclear potential."
            ),
            kind=bs.ConcessionKind.VERBAL,
            status=bs.ConcessionStatus.PROPOSED,
            confidence=bs.Confidence.HIGH,
            from_position="pos-us-missile-defence-before",
            to_position="pos-us-missile-defence",
            reciprocity=nothing_in_return,
            date=BEFORE_PUBLICATION,
            inferred_date_parts=YMD,
            evidence=ev(
                "the proposal of written guarantees that this system would not be aimed against "
                "Russian strategic nuclear potential"
            ),
        ),
        bs.Concession(
            id="con-us-rights-criticism",
            by="us",
            to=("russia",),
            issue="rights-criticism",
            description="Abandoned its criticism of civil liberties and human rights in Russia.",
            kind=bs.ConcessionKind.VERBAL,
            status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.HIGH,
            from_position="pos-us-rights-before",
            to_position="pos-us-rights",
            reciprocity=nothing_in_return,
            date=BEFORE_PUBLICATION,
            inferred_date_parts=YMD,
            evidence=ev(
                "the fact that Washington has abandoned its criticism of civil liberties and "
                "human rights in Russia"
            ),
        ),
        bs.Concession(
            id="con-us-assad",
            by="us",
            to=("russia",),
            issue="assad-role",
            description=(
                "Softened Washington's opposition to al-Assad's participation in a compromise: "
                "Kerry objected only “as an individual”."
            ),
            kind=bs.ConcessionKind.VERBAL,
            status=bs.ConcessionStatus.MADE,
            confidence=bs.Confidence.MODERATE,
            from_position="pos-us-assad-before",
            to_position="pos-us-assad",
            reciprocity=bs.Reciprocity(status=bs.ReciprocityStatus.UNKNOWN),
            date=VISIT,
            inferred_date_parts=Y,
            evidence=ev("Kerry softened Washington's opposition to his participation"),
        ),
    )

    events = (
        bs.Event(
            id="ev-kerry-visit",
            category=bs.EventCategory.CONSULT,
            actors=("kerry",),
            recipients=("putin", "lavrov"),
            issues=("syria-conflict",),
            date=VISIT,
            inferred_date_parts=Y,
            place="Moscow",
            mode=bs.PloverMode.VISIT,
            contexts=(bs.PloverContext.DIPLOMATIC,),
            triggers=("visit", "met"),
            description=(
                "Kerry paid his first official visit to Moscow as Secretary of State and met "
                "Putin and Lavrov; the main subject was Syria."
            ),
            evidence=ev(
                "On 7-8 May the US new Secretary of State John Kerry paid his first official visit "
                "to Moscow, where he met President Vladimir Putin and Foreign Minister Sergei Lavrov"
            ),
        ),
        bs.Event(
            id="ev-conference-agreement",
            category=bs.EventCategory.AGREE,
            actors=("russia", "us"),
            issues=("syria-conference",),
            date=VISIT,
            inferred_date_parts=Y,
            place="Moscow",
            triggers=("agreed",),
            description=(
                "Russia and the US agreed to launch, before the end of May, an initiative to "
                "organise an international conference on Syria."
            ),
            evidence=ev(
                "It was agreed that Russia and the US would launch an initiative before the end of "
                "this month"
            ),
        ),
        bs.Event(
            id="ev-kerry-civil-society",
            category=bs.EventCategory.CONSULT,
            actors=("kerry",),
            recipients=("russian-civil-society",),
            issues=("rights-criticism",),
            date=VISIT,
            inferred_date_parts=Y,
            place="Moscow",
            description="Kerry met representatives of Russian civil society.",
            evidence=ev("Kerry also met representatives of Russian civil society"),
        ),
        bs.Event(
            id="ev-civil-society-accounts",
            category=bs.EventCategory.ACCUSE,
            actors=("russian-civil-society",),
            recipients=("russia",),
            issues=("rights-criticism",),
            date=VISIT,
            inferred_date_parts=Y,
            place="Moscow",
            mode=bs.PloverMode.ALLEGE,
            contexts=(bs.PloverContext.RIGHTS_FREEDOMS,),
            triggers=("detailed accounts",),
            description=(
                "Representatives of Russian civil society gave Kerry detailed accounts of the "
                "harassment and restrictions placed on their organisations."
            ),
            evidence=ev(
                "who gave him detailed accounts of the harassment and restrictions placed on civil "
                "society organisations in Russia"
            ),
        ),
        bs.Event(
            id="ev-russia-restricts-civil-society",
            category=bs.EventCategory.COERCE,
            actors=("russia",),
            recipients=("russian-civil-society",),
            issues=("rights-criticism",),
            date=BEFORE_PUBLICATION,
            inferred_date_parts=YMD,
            mode=bs.PloverMode.RESTRICT,
            contexts=(bs.PloverContext.RIGHTS_FREEDOMS, bs.PloverContext.REPRESSION),
            triggers=("harassment", "restrictions"),
            description="Civil society organisations in Russia were harassed and restricted.",
            evidence=ev("the harassment and restrictions placed on civil society organisations"),
        ),
        bs.Event(
            id="ev-kerry-praises-cooperation",
            category=bs.EventCategory.SUPPORT,
            actors=("kerry",),
            recipients=("russia",),
            issues=("us-russia-cooperation",),
            date=VISIT,
            inferred_date_parts=Y,
            place="Moscow",
            description=(
                "In his public speeches Kerry avoided contentious issues and underlined the "
                "achievements of co-operation with Russia."
            ),
            evidence=ev(
                "In his public speeches during the visit to Moscow, Kerry avoided all contentious "
                "issues",
                "He underlined the importance and achievements of the co-operation with Russia",
            ),
        ),
        bs.Event(
            id="ev-kerry-criticises-compatriots",
            category=bs.EventCategory.ACCUSE,
            actors=("kerry",),
            recipients=("us-critics-of-soviet-role",),
            issues=("wartime-alliance",),
            date=VISIT,
            inferred_date_parts=Y,
            place="Moscow",
            mode=bs.PloverMode.DISAPPROVE,
            triggers=("criticising",),
            description=(
                "Kerry referred to the wartime American-Soviet alliance, implicitly criticising "
                "compatriots who did not appreciate the Soviet Union's role."
            ),
            evidence=ev("implicitly criticising those of his compatriots"),
        ),
        bs.Event(
            id="ev-kerry-softens-on-assad",
            category=bs.EventCategory.CONCEDE,
            actors=("kerry",),
            recipients=("russia",),
            issues=("assad-role",),
            date=VISIT,
            inferred_date_parts=Y,
            description=(
                "Kerry said that “as an individual” he could not imagine al-Assad taking part in "
                "a compromise, softening Washington's opposition."
            ),
            evidence=ev("he said that “as an individual” he could not imagine this"),
        ),
        bs.Event(
            id="ev-lavrov-s300",
            category=bs.EventCategory.REJECT,
            actors=("lavrov",),
            recipients=("us",),
            issues=("arms-supplies-damascus",),
            date=bs.Interval.parse("2013-05-10/2013-05-11"),
            inferred_date_parts=YMD,
            contexts=(bs.PloverContext.MILITARY,),
            triggers=("declared",),
            description=(
                "Three days after the talks with Kerry, Lavrov publicly declared that Russia would "
                "not withdraw from supplying Damascus with S-300 missiles."
            ),
            evidence=ev(
                "Three days after the talks with Kerry, Lavrov publicly declared that Russia would "
                "not withdraw"
            ),
        ),
        bs.Event(
            id="ev-us-gives-up-fourth-phase",
            category=bs.EventCategory.RETREAT,
            actors=("us",),
            recipients=("russia",),
            issues=("missile-defence",),
            date=BEFORE_PUBLICATION,
            inferred_date_parts=YMD,
            description="The United States gave up the fourth phase of its missile defence deployment.",
            evidence=ev("giving up the so called fourth phase of deployment"),
        ),
        bs.Event(
            id="ev-us-proposes-guarantees",
            category=bs.EventCategory.CONCEDE,
            actors=("us",),
            recipients=("russia",),
            issues=("missile-defence",),
            date=BEFORE_PUBLICATION,
            inferred_date_parts=YMD,
            description=(
                "The United States proposed written guarantees that its missile defence would not "
                "be aimed against Russia's strategic nuclear potential."
            ),
            evidence=ev("the proposal of written guarantees"),
        ),
    )

    judgments = (
        bs.Judgment(
            id="j-kerry-failed",
            statement=(
                "Kerry did not achieve the main aim of his visit: Russia did not change its "
                "position on the conflict in Syria."
            ),
            confidence=bs.Confidence.HIGH,
            about=("ev-kerry-visit", "pos-russia-syria"),
            evidence=ev("Kerry did not succeed in the main aim of his visit"),
        ),
        bs.Judgment(
            id="j-us-adopting-russian-view",
            statement=(
                "The US is slowly adopting elements of Russia's assessment of Syria and "
                "increasingly sees the conflict as a regional threat."
            ),
            confidence=bs.Confidence.MODERATE,
            likelihood=bs.Likelihood(
                term=bs.LikelihoodTerm.LIKELY, scale=bs.LikelihoodScale.ICD_203_LIKELIHOOD
            ),
            hedge="it may be assumed",
            about=("pos-us-regional-threat", "syria-regional-threat"),
            evidence=ev(
                "On the contrary, it may be assumed that the US is slowly adopting certain elements "
                "of Russia's assessment"
            ),
        ),
        bs.Judgment(
            id="j-russian-intransigence-on-arms",
            statement="Lavrov's declaration showed Russia's intransigence towards US demands to halt arms supplies.",
            confidence=bs.Confidence.HIGH,
            about=("ev-lavrov-s300", "pos-russia-s300", "pos-us-arms"),
            evidence=ev("thus showing Russia's intransigence towards America’s demands"),
        ),
        bs.Judgment(
            id="j-reset-policy",
            statement=(
                "The course of the visit and Kerry's rhetoric show that the Obama administration "
                "is consistently seeking to repeat the reset policy."
            ),
            confidence=bs.Confidence.HIGH,
            about=("pos-us-reset", "ev-kerry-praises-cooperation"),
            evidence=ev(
                "The way the visit developed along with Kerry’s rhetoric point to the fact that the "
                "Obama administration is consistently seeking to repeat the reset policy"
            ),
        ),
        bs.Judgment(
            id="j-russia-stands-ground",
            statement=(
                "While declaring willingness to improve relations, Russia firmly stands its ground "
                "on missile defence and on Syria."
            ),
            confidence=bs.Confidence.HIGH,
            about=("pos-russia-relations", "pos-russia-missile-defence", "pos-russia-syria"),
            evidence=ev("Russia continues to firmly stand its ground"),
        ),
        bs.Judgment(
            id="j-intransigence-pays",
            statement=(
                "Russia's intransigence has already brought results: US concessions on missile "
                "defence and the end of US criticism of human rights in Russia."
            ),
            confidence=bs.Confidence.HIGH,
            about=("con-us-fourth-phase", "con-us-written-guarantees", "con-us-rights-criticism"),
            evidence=ev("Russia's intransigent stance has already brought about certain results"),
        ),
        bs.Judgment(
            id="j-moscow-tactic",
            statement=(
                "Moscow's tactic rests on the assumption that US international supremacy is fading, "
                "so that the US will sooner or later have to accept Russia's conditions of "
                "co-operation."
            ),
            confidence=bs.Confidence.HIGH,
            about=("pos-russia-terms", "russia"),
            evidence=ev(
                "Moscow's tactic towards Washington is based on the assumption that the US's "
                "international supremacy is fading"
            ),
        ),
    )

    return bs.Brief(
        schema_version=bs.SCHEMA_VERSION,
        id="moscow-intransigent-syria-2013",
        title="Moscow intransigent towards Washington on the Syria crisis",
        summary=(
            "Kerry's first visit to Moscow as Secretary of State, on 7-8 May 2013, produced an "
            "agreement to seek an international conference on Syria but no change in Russia's "
            "position; days later Lavrov confirmed S-300 deliveries to Damascus. The author judges "
            "that Washington is seeking a new reset and is moving towards Moscow's view of Syria, "
            "while Russia's intransigence has already won US concessions on missile defence and "
            "human rights."
        ),
        source=bs.Source(
            title="Moscow intransigent towards Washington on the Syria crisis",
            sha256=sha256_of(text),
            publisher="Centre for Eastern Studies (OSW)",
            url="https://www.osw.waw.pl/en/publikacje/analyses/2013-05-15/moscow-intransigent-towards-washington-syria-crisis",
            language="en",
            published=bs.Date(2013, 5, 15),
        ),
        created=dt.datetime(2026, 11, 28, tzinfo=dt.UTC),
        actors=actors,
        issues=issues,
        positions=positions,
        concessions=concessions,
        events=events,
        judgments=judgments,
    )


def main() -> int:
    """Rewrite the reference brief, validated against its source text."""
    text = SOURCE.read_bytes().decode("utf-8")
    brief = build(text)
    report = bs.validate(brief, source_text=text, strict=True)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if not report.valid:
        return 1
    bs.dump(brief, TARGET)
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
