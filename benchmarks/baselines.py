"""The brief model written as pydantic v2 models and as msgspec Structs: the baselines.

Same fields, same required/optional split, unknown fields forbidden, strict types,
the same enums, and the same patterns for ids, digests, dates and timestamps
(written with ``$``: these engines do not need the cross-engine end anchor). Neither
baseline checks the integrity rules; briefschema's measured load does.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import msgspec
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from briefschema import _edtf, model

ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SHA = r"^[0-9a-f]{64}$"
DATE = _edtf.DATE_PATTERN.removesuffix(r"(?![\s\S])") + "$"
EDTF = _edtf.EDTF_PATTERN.removesuffix(r"(?![\s\S])") + "$"
KEY = r"^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*:[A-Za-z0-9_][A-Za-z0-9_.-]*$"
DURATION = (
    r"^P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$"
)
DECIMAL = r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$"


def values(cls: Any) -> Any:
    return Literal[tuple(member.value for member in cls)]  # type: ignore[misc]


# ---------------------------------------------------------------------------
# pydantic v2

PId = Annotated[str, Field(pattern=ID, max_length=128)]
PText = Annotated[str, Field(min_length=1)]
PDate = Annotated[str, Field(pattern=DATE)]
PWhen = Annotated[str, Field(pattern=EDTF)]
PExt = dict[Annotated[str, Field(pattern=KEY)], Any]


class P(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class PEvidence(P):
    quote: PText
    start: Annotated[int, Field(ge=0, le=2**53 - 1)]
    end: Annotated[int, Field(ge=0, le=2**53 - 1)]
    prefix: str | None = None
    suffix: str | None = None
    extensions: PExt = {}


class PSource(P):
    title: PText
    sha256: Annotated[str, Field(pattern=SHA)]
    publisher: PText | None = None
    authors: list[PText] = []
    url: (
        Annotated[str, Field(pattern=r"^https?://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+$")] | None
    ) = None
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")] | None = None
    published: PDate | None = None
    extensions: PExt = {}


class PIdentifier(P):
    scheme: Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$")]
    value: PText
    extensions: PExt = {}


class PAffiliation(P):
    organization: PId
    role: PText
    start: PDate | None = None
    end: PDate | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PActor(P):
    id: PId
    name: PText
    kind: values(model.ActorKind)
    country: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    aliases: list[PText] = []
    description: PText | None = None
    affiliations: list[PAffiliation] = []
    identifiers: list[PIdentifier] = []
    members: list[PId] = []
    part_of: PId | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PIssue(P):
    id: PId
    title: PText
    description: PText | None = None
    parent: PId | None = None
    topics: list[values(model.Topic)] = []
    evidence: list[PEvidence] = []
    extensions: PExt = {}


PDuration = Annotated[str, Field(pattern=DURATION, min_length=3, max_length=64)]
PDecimal = Annotated[str, Field(pattern=DECIMAL, max_length=64)]


class PTerm(P):
    duration: PDuration
    bound: values(model.Comparator) | None = None
    start: PDate | None = None
    starts_with: PId | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PCondition(P):
    kind: values(model.ConditionKind)
    description: PText
    about: list[PId] = []
    term: PTerm | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PQuantity(P):
    measure: PText
    value: PDecimal
    unit: PText
    comparator: values(model.Comparator) | None = None
    from_value: PDecimal | None = None
    from_comparator: values(model.Comparator) | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PStage(P):
    status: values(model.ConcessionStatus)
    date: PWhen | None = None
    event: PId | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PHorizon(P):
    description: PText
    duration: PDuration | None = None
    until: PDate | None = None
    extensions: PExt = {}


class PDocument(P):
    id: PId
    title: PText
    kind: values(model.DocumentKind)
    status: values(model.DocumentStatus)
    parties: list[PId] = []
    description: PText | None = None
    issues: list[PId] = []
    part_of: PId | None = None
    signed: PDate | None = None
    in_force: PDate | None = None
    ended: PDate | None = None
    term: PTerm | None = None
    quantities: list[PQuantity] = []
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PPosition(P):
    id: PId
    actor: PId
    issue: PId
    stance: values(model.Stance)
    statement: PText
    basis: values(model.Basis)
    confidence: values(model.Confidence)
    firmness: values(model.Firmness) | None = None
    trend: values(model.Trend) | None = None
    as_of: PWhen | None = None
    inferred_date_parts: list[values(model.DatePart)] = []
    previous: PId | None = None
    conditions: list[PCondition] = []
    addressed_to: list[PId] = []
    salience: values(model.Salience) | None = None
    concession: PId | None = None
    quantities: list[PQuantity] = []
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PReciprocity(P):
    status: values(model.ReciprocityStatus)
    description: PText | None = None
    in_return_for: list[PId] = []
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PConcession(P):
    id: PId
    by: PId
    to: Annotated[list[PId], Field(min_length=1)]
    issue: PId
    description: PText
    kind: values(model.ConcessionKind)
    status: values(model.ConcessionStatus)
    confidence: values(model.Confidence)
    from_position: PId | None = None
    to_position: PId | None = None
    reciprocity: PReciprocity | None = None
    date: PWhen | None = None
    inferred_date_parts: list[values(model.DatePart)] = []
    conditions: list[PCondition] = []
    term: PTerm | None = None
    quantities: list[PQuantity] = []
    stages: list[PStage] = []
    under: PId | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PEvent(P):
    id: PId
    category: values(model.EventCategory)
    actors: Annotated[list[PId], Field(min_length=1)]
    description: PText
    recipients: list[PId] = []
    issues: list[PId] = []
    documents: list[PId] = []
    date: PWhen | None = None
    inferred_date_parts: list[values(model.DatePart)] = []
    place: PText | None = None
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PLikelihood(P):
    term: values(model.LikelihoodTerm)
    scale: values(model.LikelihoodScale)
    extensions: PExt = {}


class PJudgment(P):
    id: PId
    statement: PText
    confidence: values(model.Confidence)
    likelihood: PLikelihood | None = None
    hedge: PText | None = None
    about: list[PId] = []
    holder: PId | None = None
    horizon: PHorizon | None = None
    based_on: list[PId] = []
    evidence: list[PEvidence] = []
    extensions: PExt = {}


class PBrief(P):
    schema_version: Annotated[str, Field(pattern=r"^1\.(?:0|[1-9][0-9]*)$")]
    id: PId
    title: PText
    summary: PText
    source: PSource
    authors: list[PText] = []
    created: AwareDatetime | None = None
    modified: AwareDatetime | None = None
    actors: list[PActor] = []
    issues: list[PIssue] = []
    positions: list[PPosition] = []
    concessions: list[PConcession] = []
    events: list[PEvent] = []
    judgments: list[PJudgment] = []
    documents: list[PDocument] = []
    extensions: PExt = {}


# ---------------------------------------------------------------------------
# msgspec

MId = Annotated[str, msgspec.Meta(pattern=ID, max_length=128)]
MText = Annotated[str, msgspec.Meta(min_length=1)]
MDate = Annotated[str, msgspec.Meta(pattern=DATE)]
MWhen = Annotated[str, msgspec.Meta(pattern=EDTF)]
MExt = dict[Annotated[str, msgspec.Meta(pattern=KEY)], Any]
KW = {"forbid_unknown_fields": True, "frozen": True, "omit_defaults": True}


class MEvidence(msgspec.Struct, **KW):
    quote: MText
    start: Annotated[int, msgspec.Meta(ge=0, le=2**53 - 1)]
    end: Annotated[int, msgspec.Meta(ge=0, le=2**53 - 1)]
    prefix: str | None = None
    suffix: str | None = None
    extensions: MExt = {}


class MSource(msgspec.Struct, **KW):
    title: MText
    sha256: Annotated[str, msgspec.Meta(pattern=SHA)]
    publisher: MText | None = None
    authors: list[MText] = []
    url: (
        Annotated[str, msgspec.Meta(pattern=r"^https?://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+$")]
        | None
    ) = None
    language: Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")] | None = (
        None
    )
    published: MDate | None = None
    extensions: MExt = {}


class MIdentifier(msgspec.Struct, **KW):
    scheme: Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$")]
    value: MText
    extensions: MExt = {}


class MAffiliation(msgspec.Struct, **KW):
    organization: MId
    role: MText
    start: MDate | None = None
    end: MDate | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MActor(msgspec.Struct, **KW):
    id: MId
    name: MText
    kind: values(model.ActorKind)
    country: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")] | None = None
    aliases: list[MText] = []
    description: MText | None = None
    affiliations: list[MAffiliation] = []
    identifiers: list[MIdentifier] = []
    members: list[MId] = []
    part_of: MId | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MIssue(msgspec.Struct, **KW):
    id: MId
    title: MText
    description: MText | None = None
    parent: MId | None = None
    topics: list[values(model.Topic)] = []
    evidence: list[MEvidence] = []
    extensions: MExt = {}


MDuration = Annotated[str, msgspec.Meta(pattern=DURATION, min_length=3, max_length=64)]
MDecimal = Annotated[str, msgspec.Meta(pattern=DECIMAL, max_length=64)]


class MTerm(msgspec.Struct, **KW):
    duration: MDuration
    bound: values(model.Comparator) | None = None
    start: MDate | None = None
    starts_with: MId | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MCondition(msgspec.Struct, **KW):
    kind: values(model.ConditionKind)
    description: MText
    about: list[MId] = []
    term: MTerm | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MQuantity(msgspec.Struct, **KW):
    measure: MText
    value: MDecimal
    unit: MText
    comparator: values(model.Comparator) | None = None
    from_value: MDecimal | None = None
    from_comparator: values(model.Comparator) | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MStage(msgspec.Struct, **KW):
    status: values(model.ConcessionStatus)
    date: MWhen | None = None
    event: MId | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MHorizon(msgspec.Struct, **KW):
    description: MText
    duration: MDuration | None = None
    until: MDate | None = None
    extensions: MExt = {}


class MDocument(msgspec.Struct, **KW):
    id: MId
    title: MText
    kind: values(model.DocumentKind)
    status: values(model.DocumentStatus)
    parties: list[MId] = []
    description: MText | None = None
    issues: list[MId] = []
    part_of: MId | None = None
    signed: MDate | None = None
    in_force: MDate | None = None
    ended: MDate | None = None
    term: MTerm | None = None
    quantities: list[MQuantity] = []
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MPosition(msgspec.Struct, **KW):
    id: MId
    actor: MId
    issue: MId
    stance: values(model.Stance)
    statement: MText
    basis: values(model.Basis)
    confidence: values(model.Confidence)
    firmness: values(model.Firmness) | None = None
    trend: values(model.Trend) | None = None
    as_of: MWhen | None = None
    inferred_date_parts: list[values(model.DatePart)] = []
    previous: MId | None = None
    conditions: list[MCondition] = []
    addressed_to: list[MId] = []
    salience: values(model.Salience) | None = None
    concession: MId | None = None
    quantities: list[MQuantity] = []
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MReciprocity(msgspec.Struct, **KW):
    status: values(model.ReciprocityStatus)
    description: MText | None = None
    in_return_for: list[MId] = []
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MConcession(msgspec.Struct, **KW):
    id: MId
    by: MId
    to: Annotated[list[MId], msgspec.Meta(min_length=1)]
    issue: MId
    description: MText
    kind: values(model.ConcessionKind)
    status: values(model.ConcessionStatus)
    confidence: values(model.Confidence)
    from_position: MId | None = None
    to_position: MId | None = None
    reciprocity: MReciprocity | None = None
    date: MWhen | None = None
    inferred_date_parts: list[values(model.DatePart)] = []
    conditions: list[MCondition] = []
    term: MTerm | None = None
    quantities: list[MQuantity] = []
    stages: list[MStage] = []
    under: MId | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MEvent(msgspec.Struct, **KW):
    id: MId
    category: values(model.EventCategory)
    actors: Annotated[list[MId], msgspec.Meta(min_length=1)]
    description: MText
    recipients: list[MId] = []
    issues: list[MId] = []
    documents: list[MId] = []
    date: MWhen | None = None
    inferred_date_parts: list[values(model.DatePart)] = []
    place: MText | None = None
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MLikelihood(msgspec.Struct, **KW):
    term: values(model.LikelihoodTerm)
    scale: values(model.LikelihoodScale)
    extensions: MExt = {}


class MJudgment(msgspec.Struct, **KW):
    id: MId
    statement: MText
    confidence: values(model.Confidence)
    likelihood: MLikelihood | None = None
    hedge: MText | None = None
    about: list[MId] = []
    holder: MId | None = None
    horizon: MHorizon | None = None
    based_on: list[MId] = []
    evidence: list[MEvidence] = []
    extensions: MExt = {}


class MBrief(msgspec.Struct, **KW):
    schema_version: Annotated[str, msgspec.Meta(pattern=r"^1\.(?:0|[1-9][0-9]*)$")]
    id: MId
    title: MText
    summary: MText
    source: MSource
    authors: list[MText] = []
    created: Annotated[dt.datetime, msgspec.Meta(tz=True)] | None = None
    modified: Annotated[dt.datetime, msgspec.Meta(tz=True)] | None = None
    actors: list[MActor] = []
    issues: list[MIssue] = []
    positions: list[MPosition] = []
    concessions: list[MConcession] = []
    events: list[MEvent] = []
    judgments: list[MJudgment] = []
    documents: list[MDocument] = []
    extensions: MExt = {}
