"""A brief's events as PLOVER records, and PLOVER records as briefs.

The records have the shape of PLOVER's gold-standard records (``id``, ``date``,
``source`` and ``target`` actor lists of ``actorText`` and ``code``, ``event``,
``eventText``, ``context``, ``text``, ``textInfo``, ``language``, ``publication``).
``text`` is the event's evidence quote; ``textInfo.markup`` marks in it the words
naming the event's actors (``SRC``), recipients (``TAR``) and place (``LOC``), and
``textInfo`` also carries where the quote stands in the source text (``sha256``,
``start``, ``end``), so that importing finds it again.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from briefschema import _graphemes, _search, codec, evidence, model
from briefschema._problems import Problem, ValidationError, join
from briefschema.grounding import _Finder

CONTEXTS: dict[model.Topic, tuple[str, ...]] = {
    model.Topic.ARMED_CONFLICT: ("military",),
    model.Topic.ARMS_TRANSFERS: ("military",),
    model.Topic.ARMS_CONTROL: ("military", "cbrn"),
    model.Topic.MISSILE_DEFENCE: ("military",),
    model.Topic.NUCLEAR: ("cbrn",),
    model.Topic.BILATERAL_RELATIONS: ("diplomatic",),
    model.Topic.DIPLOMACY: ("diplomatic",),
    model.Topic.REGIONAL_SECURITY: ("military",),
    model.Topic.TERRORISM: ("terrorism",),
    model.Topic.HUMAN_RIGHTS: ("human_rights",),
    model.Topic.CIVIL_SOCIETY: ("rights_freedoms",),
    model.Topic.GOVERNANCE: ("political_institutions",),
    model.Topic.SANCTIONS: ("economic",),
    model.Topic.ECONOMY: ("economic",),
    model.Topic.HISTORY: (),
}
"""The PLOVER contexts of each topic (a topic with none adds none)."""

CARRIES: Mapping[type[Any], frozenset[str]] = {
    model.Brief: frozenset({"id", "source", "actors", "issues", "events"}),
    model.Source: frozenset({"title", "publisher", "language", "sha256"}),
    model.Actor: frozenset({"name", "aliases", "country", "kind", "part_of", "affiliations"}),
    model.Affiliation: frozenset({"organization"}),
    model.Issue: frozenset({"topics"}),
    model.Event: frozenset(
        {"id", "category", "actors", "recipients", "description", "issues", "date", "place",
         "mode", "contexts", "triggers", "status", "evidence"}
    ),
    model.Evidence: frozenset({"quote", "start", "end"}),
}  # fmt: skip
"""What a record carries of the brief, by class: the fields :func:`export` writes from.

A brief's id and each event's make the record's id; an actor's name or alias the
words naming it, its country, kind, what it is part of and the organizations it is
affiliated with its code and sector, its kind ``actorKind``; an event's contexts (else its issues' topics) the context, its mode
the mode, its triggers the ``EVT`` mark-up; the source's title (where it has no
publisher), publisher, language and hash; an event's first evidence its text and span.
Every other field is dropped (:data:`DROPS`)."""

DROPS: Mapping[type[Any], frozenset[str] | None] = {
    model.Brief: frozenset(
        {"schema_version", "title", "summary", "authors", "created", "modified", "positions",
         "concessions", "judgments", "documents", "extensions"}
    ),
    model.Source: frozenset({"authors", "url", "published", "extensions"}),
    model.Actor: frozenset(
        {"id", "description", "identifiers", "members", "evidence", "extensions"}
    ),
    model.Issue: frozenset({"id", "title", "description", "parent", "evidence", "extensions"}),
    model.Event: frozenset(
        {"documents", "inferred_date_parts", "part_of", "forum", "participants", "extensions"}
    ),
    model.Evidence: frozenset({"prefix", "suffix", "extensions"}),
    model.Affiliation: frozenset({"role", "start", "end", "status", "evidence", "extensions"}),
    **dict.fromkeys(
        (model.Position, model.Concession, model.Judgment, model.Document, model.Identifier, model.Condition, model.Quantity, model.Reciprocity, model.Term,
         model.Stage, model.Likelihood, model.Horizon, model.Deadline, model.InstrumentUse,
         model.Participant, model.Outcome),
        None,
    ),
}  # fmt: skip
"""What PLOVER drops, by class: the fields :func:`export` does not write, or None for a
class of which it writes nothing. With :data:`CARRIES`, every field of the model (a
test holds the two to the model's classes). An event's evidence beyond its first
quote is dropped too."""

_HAPPENED = frozenset((None, model.EventStatus.HAPPENED))
"""The statuses of an event that took place (none given: it did)."""

IGO = "IGO"
"""The PLOVER (CAMEO) actor code of an international organization."""

NON_STATE_CODES: Mapping[model.ActorKind, str] = {
    model.ActorKind.INTERNATIONAL_ORGANIZATION: IGO,
    model.ActorKind.COALITION: IGO,
    model.ActorKind.BODY: IGO,
    model.ActorKind.JOINT_BODY: IGO,
    model.ActorKind.CIVIL_SOCIETY: "NGO",
    model.ActorKind.ORGANIZATION: "NGO",
    model.ActorKind.ARMED_GROUP: "IMG",
    model.ActorKind.POLITICAL_GROUP: "ISM",
    model.ActorKind.GROUP: "ISM",
}
"""The code of an actor without a country, by kind: the PLOVER manual's international
non-state entities (IGO international governmental organization, NGO non-governmental
organization, IMG transnational militarized group, ISM international social movement).
A body takes the code of what it is part of, where that has one. A person, state,
government or other actor without a country has no code (the manual codes no event of
an actor it cannot place)."""

NAMED_CODES = {
    "UNO": frozenset({"United Nations", "UN", "U.N.", "UNO"}),
    "EUR": frozenset({"European Union", "EU", "E.U."}),
}
"""The two IGOs the PLOVER manual codes apart, by the names an international
organization may be given."""

SECTORS: Mapping[model.ActorKind, str] = {
    model.ActorKind.STATE: "GOV",
    model.ActorKind.GOVERNMENT: "GOV",
    model.ActorKind.BODY: "GOV",
    model.ActorKind.COALITION: "GOV",
    model.ActorKind.ARMED_GROUP: "REB",
    model.ActorKind.POLITICAL_GROUP: "PTY",
    model.ActorKind.CIVIL_SOCIETY: "SOC",
    model.ActorKind.GROUP: "CVL",
}
"""The PLOVER sector code of each actor kind that has one (the manual's sector codes: GOV
government, REB rebels, PTY parties, SOC civil society, CVL civilians)."""

KIND_FIELD = "actorKind"
"""The field of a record's actor that gives the brief's actor kind exactly (the manual
leaves an actor's further named fields to the implementation)."""

OLDER_CATEGORIES: Mapping[str, tuple[model.EventCategory, model.PloverMode | None]] = {
    "DEMAND": (model.EventCategory.REQUEST, None),
    "DISAPPROVE": (model.EventCategory.ACCUSE, model.PloverMode.DISAPPROVE),
    "INVESTIGATE": (model.EventCategory.ACCUSE, model.PloverMode.INVESTIGATE),
    "FIGHT": (model.EventCategory.ASSAULT, None),
}
"""The categories of the gold standard's records that PLOVER has since merged, as the
manual's table of CAMEO equivalents maps them (DEMAND to REQUEST, DISAPPROVE and
INVESTIGATE to ACCUSE with that mode, FIGHT to ASSAULT)."""


def export(brief: model.Brief) -> list[dict[str, Any]]:
    """One PLOVER record per event of ``brief`` that took place, in order (JSON-ready dicts).

    PLOVER records what happened: an event `planned`, `postponed` or `cancelled` has no
    record.
    """
    actors = {actor.id: actor for actor in brief.actors}
    issues = {issue.id: issue for issue in brief.issues}
    events = [event for event in brief.events if event.status in _HAPPENED]
    quotes = [event.evidence[0].quote if event.evidence else "" for event in events]
    found = _mentions(brief, quotes)
    ranks = _ranks(brief)
    codes = _codes(brief)
    records = []
    for event, text, names in zip(events, quotes, found, strict=True):
        quote = event.evidence[0] if event.evidence else None
        mentions = {a: _mention(ranks[a], names) for a in (*event.actors, *event.recipients)}
        record: dict[str, Any] = {"id": f"{brief.id}-{event.id}"}
        if event.date is not None:
            record["date"] = str(event.date).split("/", 1)[0] or str(event.date)
        record["source"] = [_actor(actors[a], mentions[a], codes[a]) for a in event.actors]
        if event.recipients:
            record["target"] = [_actor(actors[a], mentions[a], codes[a]) for a in event.recipients]
        record["event"] = event.category.value
        record["eventText"] = event.description
        if event.mode is not None:
            record["mode"] = event.mode.value
        contexts = [context.value for context in event.contexts] or list(
            dict.fromkeys(
                context
                for issue in event.issues
                for topic in issues[issue].topics
                for context in CONTEXTS[topic]
            )
        )
        if contexts:
            record["context"] = ", ".join(contexts)
        if quote is not None:
            record["text"] = text
            record["textInfo"] = {
                "markup": _markup(text, event, mentions, names),
                "sha256": brief.source.sha256,
                "start": quote.start,
                "end": quote.end,
            }
        if brief.source.language is not None:
            record["language"] = brief.source.language
        record["publication"] = brief.source.publisher or brief.source.title
        if str(event.date or "").count("/"):
            record["comment"] = f"date: {event.date} (EDTF)"
        records.append(record)
    return records


def _mentions(brief: model.Brief, quotes: list[str]) -> list[dict[str, list[int]]]:
    r"""For each quote, where each name of an actor (or an event's place) occurs as words.

    One search for the whole brief: the quotes are joined by a character no name holds,
    and every name is looked for in one pass (:mod:`briefschema._search`), so the cost
    is the quotes' length plus the names', however many events name the same actors.
    "As words" is what ``(?<!\w)name(?!\w)`` finds: no word character just before or
    after.
    """
    names = {name for actor in brief.actors for name in (actor.name, *actor.aliases)}
    names.update(event.place for event in brief.events if event.place)
    names.update(trigger for event in brief.events for trigger in event.triggers)
    names.discard("")
    joiner = next(
        c for c in ("\x00", "\uffff", "\U0010ffff", "\n") if not any(c in n for n in names)
    )
    joined = joiner.join(quotes)
    starts = []  # where each quote starts in the joined text
    offset = 0
    for quote in quotes:
        starts.append(offset)
        offset += len(quote) + 1
    per_quote: list[dict[str, list[int]]] = [{} for _ in quotes]
    clusters: dict[int, _graphemes.Clusters] = {}  # each quote's own, when first needed
    # Whole characters by each quote's own clusters: the joiner may join the next
    # quote's first character (a ZWJ after U+FFFF) where the quote alone does not.
    everywhere = _search.occurrences(joined, names, len(joined) + 1, whole=False)
    for name, found in everywhere.items():
        for start in found:
            end = start + len(name)
            if (start and _search.is_word(joined[start - 1])) or (
                end < len(joined) and _search.is_word(joined[end])
            ):
                continue
            which = bisect.bisect_right(starts, start) - 1
            if end > starts[which] + len(quotes[which]):  # a name never spans a joiner
                continue
            own = clusters.get(which)
            if own is None:
                own = clusters[which] = _graphemes.of(quotes[which])
            local = start - starts[which]
            if own.boundary(local) and own.boundary(local + len(name)):
                per_quote[which].setdefault(name, []).append(local)
    return per_quote


def _ranks(brief: model.Brief) -> dict[str, dict[str, int]]:
    """Each actor's names (its name, then its aliases) and their order, by the actor's id."""
    ranks: dict[str, dict[str, int]] = {}
    for actor in brief.actors:
        ranks.setdefault(actor.id, {})
        for rank, name in enumerate((actor.name, *actor.aliases)):
            ranks[actor.id].setdefault(name, rank)
    return ranks


def _mention(rank: Mapping[str, int], names: Mapping[str, list[int]]) -> str | None:
    """The longest of the actor's names that the quote holds as words, if any.

    Of two as long, the first in the actor's order. Looked for among the names the quote
    holds, which are few, not among the actor's, which may be many.
    """
    present = [name for name in names if name in rank]
    return min(present, key=lambda name: (-len(name), rank[name])) if present else None


def _actor(actor: model.Actor, mention: str | None, coded: _Coded) -> dict[str, str]:
    entry = {"actorText": mention or actor.name}
    code, sector = coded
    if code is not None:
        entry["code"] = code
    if sector is not None:
        entry["sector"] = sector
    entry[KIND_FIELD] = actor.kind.value
    return entry


_Coded = tuple[str | None, str | None]


def _codes(brief: model.Brief) -> dict[str, _Coded]:
    """Each actor's PLOVER code and sector, by its id.

    The code is the actor's country, else the manual's code for its kind; a body without
    a country takes the code of what it is part of, and a person the sector (and, without
    a country of its own, the code) of the first organization it is affiliated with that
    has one (an official is coded as its state's government). Each chain of bodies is walked once for all
    actors, a loop ending the walk.
    """
    actors = {actor.id: actor for actor in brief.actors}
    codes: dict[str, _Coded] = {}

    def own(actor: model.Actor) -> str | None:
        if actor.country is not None:
            return actor.country
        if actor.kind is model.ActorKind.INTERNATIONAL_ORGANIZATION:
            names = {actor.name, *actor.aliases}
            for code, known in NAMED_CODES.items():
                if names & known:
                    return code
        return NON_STATE_CODES.get(actor.kind)

    def inherits(actor: model.Actor) -> bool:
        return actor.kind is model.ActorKind.BODY and actor.country is None

    people = [a for a in brief.actors if a.kind is model.ActorKind.PERSON]
    for actor in brief.actors:
        chain = []
        current: model.Actor | None = actor
        seen: set[str] = set()
        while current is not None and current.id not in codes and current.id not in seen:
            seen.add(current.id)
            chain.append(current)
            current = actors.get(current.part_of or "") if inherits(current) else None
        above = codes[current.id][0] if current is not None and current.id in codes else None
        for link in reversed(chain):
            code = above if inherits(link) and above is not None else own(link)
            codes[link.id] = (code, SECTORS.get(link.kind))
            above = code
    for person in people:  # after every organization has its code
        for affiliation in person.affiliations:
            code, sector = codes.get(affiliation.organization, (None, None))
            if code is not None or sector is not None:
                codes[person.id] = (person.country or code, sector)
                break
    return codes


def _markup(
    text: str,
    event: model.Event,
    mentions: Mapping[str, str | None],
    names: Mapping[str, list[int]],
) -> str:
    """The quote with the words naming actors, recipients, place and event marked, as PLOVER does.

    At each place the longest name found there is marked, left to right, without overlap
    (as an alternation of the names, longest first, would).
    """
    tags: dict[str, set[str]] = {}
    for ids, tag in ((event.actors, "SRC"), (event.recipients, "TAR")):
        for actor_id in ids:
            name = mentions[actor_id]
            if name is not None:
                tags.setdefault(name, set()).add(tag)
    if event.place is not None and event.place in names:
        tags.setdefault(event.place, set()).add("LOC")
    for trigger in event.triggers:
        if trigger in names and trigger not in tags:  # a name is marked as its actor
            tags[trigger] = {"EVT"}
    if not tags:
        return text
    order = ("SRC", "TAR", "LOC", "EVT")
    spans = sorted(
        ((start, -len(name), name) for name in tags for start in names[name]),
    )
    out, done = [], 0
    for start, _, name in spans:
        if start < done:
            continue
        marked = "/".join(t for t in order if t in tags[name])
        out += [text[done:start], f"({marked}: {name})"]
        done = start + len(name)
    out.append(text[done:])
    return "".join(out)


def _slug(text: str) -> str:
    """Lowercase ASCII letters and digits joined by hyphens (empty for a name with none)."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:64].strip("-")


def _unique_id(name: str, taken: set[str]) -> str:
    """A readable local id for ``name``, never one another name has in this brief.

    The slug of the name; when that is empty (a name in another script) or taken by
    another name, the slug or ``id`` followed by a digest of the name.
    """
    slug = _slug(name)
    chosen = slug
    if not slug or slug in taken:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        chosen = f"{slug[:55].strip('-') or 'id'}-{digest[:8]}"
        for more in range(1, len(taken) + 2):  # a digest shared by two names: count on
            if chosen not in taken:
                break
            chosen = f"{slug[:50].strip('-') or 'id'}-{digest[:8]}-{more}"
    taken.add(chosen)
    return chosen


_CODE_KINDS = {
    IGO: model.ActorKind.INTERNATIONAL_ORGANIZATION,
    "UNO": model.ActorKind.INTERNATIONAL_ORGANIZATION,
    "EUR": model.ActorKind.INTERNATIONAL_ORGANIZATION,
    "NGO": model.ActorKind.CIVIL_SOCIETY,
    "ISM": model.ActorKind.POLITICAL_GROUP,
    "IMG": model.ActorKind.ARMED_GROUP,
    "MNC": model.ActorKind.ORGANIZATION,
}
"""The kind of an actor coded as one of the manual's international non-state entities."""
_SECTOR_KINDS = {
    **dict.fromkeys(("GOV",), model.ActorKind.GOVERNMENT),
    **dict.fromkeys(("MIL", "COP", "JUD", "LEG", "SPY", "PRM"), model.ActorKind.BODY),
    **dict.fromkeys(("REB", "UAF"), model.ActorKind.ARMED_GROUP),
    **dict.fromkeys(("PTY", "OPP"), model.ActorKind.POLITICAL_GROUP),
    **dict.fromkeys(
        ("SOC", "EDU", "MED", "JRN", "LAB", "AGR", "REL"), model.ActorKind.CIVIL_SOCIETY
    ),
    **dict.fromkeys(("CVL", "REF"), model.ActorKind.GROUP),
    **dict.fromkeys(("BUS",), model.ActorKind.ORGANIZATION),
}
"""The kind of an actor by the sector code the manual gives it (its first three letters:
the gold standard writes ``CVLalb``), where no ``actorKind`` says it exactly."""
_KINDS = frozenset(kind.value for kind in model.ActorKind)
_CATEGORIES = frozenset(category.value for category in model.EventCategory)
_CONTEXTS = frozenset(context.value for context in model.PloverContext)
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_MARK = re.compile(r"\(([A-Z/]+): ([^()]*)\)")


def import_(
    records: Sequence[object], texts: Mapping[str, str | bytes], source_text: str | bytes | None
) -> list[model.Brief]:
    """Briefs, one per source text, holding the records' events with located evidence.

    Args:
        records: PLOVER records (parsed JSON).
        texts: source texts by SHA-256, for records whose ``textInfo`` names one.
        source_text: the one text every other record quotes; without it, a record that
            names no known text is its own source (its ``text`` the whole of it).

    Raises:
        ValidationError: a record is not one, its event is not a PLOVER category, or its
            text is not in its source; each problem with its JSON path (``$[3].event``).

    """
    problems: list[Problem] = []
    groups: dict[str, tuple[str, list[tuple[str, Mapping[str, Any]]]]] = {}
    for index, record in enumerate(records):
        path = join("$", index)
        if not isinstance(record, Mapping):
            problems.append(Problem(path, "plover", "a PLOVER record must be an object"))
            continue
        if record.get("event") == "DOCUMENT":
            continue  # the gold standard's file documentation, not an event
        text = _source_of(record, texts, source_text)
        if text is None:
            problems.append(Problem(join(path, "text"), "plover", "the record has no text"))
            continue
        digest = evidence.sha256_of(text)
        groups.setdefault(digest, (text, []))[1].append((path, record))
    briefs = []
    for digest, (text, members) in groups.items():
        data = _brief(digest, text, members, problems)
        if data is None:
            continue
        try:
            briefs.append(codec.from_dict(data, source_text=text))
        except ValidationError as exc:
            problems.extend(_in_records(exc.problems, [path for path, _ in members]))
    if problems:
        raise ValidationError(sorted(problems, key=_record_order))
    return briefs


_RECORD_FIELDS = {
    "id": "id",
    "category": "event",
    "actors": "source",
    "recipients": "target",
    "description": "eventText",
    "date": "date",
    "evidence": "text",
}
"""Which field of a record each field of the event made from it comes from."""
_EVENT = re.compile(r"^\$\.events\[(\d+)\](?:\.(\w+))?")


def _in_records(found: Iterable[Problem], paths: Sequence[str]) -> list[Problem]:
    """Problems of a brief made from records, each at its record where it has one.

    A problem of an event is the problem of the record it was made from, at the
    field the event's came from (``$.events[2].date`` is ``$[7].date``); any other
    (an actor, the brief) keeps its path in the brief, and says so.
    """
    mapped = []
    for problem in found:
        hit = _EVENT.match(problem.path)
        if hit is not None and int(hit.group(1)) < len(paths):
            where = paths[int(hit.group(1))]
            field = _RECORD_FIELDS.get(hit.group(2) or "")
            mapped.append(attrs.evolve(problem, path=join(where, field) if field else where))
        else:
            message = f"in the brief made from the records: {problem.message}"
            mapped.append(attrs.evolve(problem, message=message))
    return mapped


def _record_order(problem: Problem) -> int:
    found = re.match(r"\$\[(\d+)\]", problem.path)
    return int(found.group(1)) if found else -1


def _source_of(
    record: Mapping[str, Any], texts: Mapping[str, str | bytes], given: str | bytes | None
) -> str | None:
    info = record.get("textInfo")
    digest = info.get("sha256") if isinstance(info, Mapping) else None
    if isinstance(digest, str) and digest in texts:
        return evidence.text_of(texts[digest])
    if given is not None:
        return evidence.text_of(given)
    own = record.get("text")
    return own if isinstance(own, str) and own else None


def _brief(
    digest: str,
    text: str,
    members: Iterable[tuple[str, Mapping[str, Any]]],
    problems: list[Problem],
) -> dict[str, Any] | None:
    names = _Names()
    events: list[dict[str, Any]] = []
    publication = None
    before = len(problems)
    members = list(members)
    quotes = {quote for _, record in members if (quote := _string(record.get("text")))}
    finder = _Finder(text, quotes)  # one pass over the text for all
    for path, record in members:
        publication = publication or _string(record.get("publication"))
        event = _event(path, record, finder, names, problems)
        if event is not None:
            events.append(event)
    if len(problems) > before:
        return None
    title = publication or "PLOVER records"
    return {
        "schema_version": model.SCHEMA_VERSION,
        "id": f"{_slug(title)[:55].strip('-') or 'plover'}-{digest[:8]}",
        "title": title,
        "summary": f"{len(events)} event(s) coded in PLOVER records of this text.",
        "source": {"title": title, "sha256": digest},
        "actors": list(names.actors.values()),
        "events": events,
    }


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _event(
    path: str,
    record: Mapping[str, Any],
    finder: _Finder,
    names: _Names,
    problems: list[Problem],
) -> dict[str, Any] | None:
    category = record.get("event")
    notes: dict[str, Any] = {}
    implied: model.PloverMode | None = None
    if isinstance(category, str) and category in OLDER_CATEGORIES:
        notes["plover:event"] = category  # the record's own word, kept
        merged, implied = OLDER_CATEGORIES[category]
        category = merged.value
    if not isinstance(category, str) or category not in _CATEGORIES:
        problems.append(
            Problem(
                join(path, "event"),
                "plover-event",
                f"{category!r} is not one of PLOVER's event categories (nor DEMAND, "
                "DISAPPROVE, FIGHT or INVESTIGATE, which are mapped)",
            )
        )
        return None
    coding = _coding(
        path,
        record,
        model.EventCategory(category),
        implied=implied,
        notes=notes,
        problems=problems,
    )
    sides = {}
    for side in ("source", "target"):
        sides[side] = [
            _actor_id(join(join(path, side), i), entry, names, problems)
            for i, entry in enumerate(_entries(record.get(side)))
        ]
    if not sides["source"]:
        problems.append(Problem(join(path, "source"), "plover", "the event names no actor"))
        return None
    quote = _string(record.get("text"))
    event: dict[str, Any] = {
        "id": _unique_id(str(record.get("id") or path), names.taken),
        "category": category,
        "actors": [a for a in sides["source"] if a is not None],
        "description": _string(record.get("eventText")) or quote or str(category),
    }
    recipients = [a for a in sides["target"] if a is not None]
    if recipients:
        event["recipients"] = recipients
    date = _string(record.get("date"))
    if date is not None:
        event["date"] = date
    event.update(coding)
    info = record.get("textInfo")
    markup = info.get("markup") if isinstance(info, Mapping) else None
    if quote is not None:
        located = _located(join(path, "text"), quote, info, finder, problems)
        if located is not None:
            event["evidence"] = [located]
        if isinstance(markup, str):
            _triggers(markup, quote, event, notes)
    if notes:
        event["extensions"] = notes
    return event


def _coding(
    path: str,
    record: Mapping[str, Any],
    category: model.EventCategory,
    *,
    implied: model.PloverMode | None,
    notes: dict[str, Any],
    problems: list[Problem],
) -> dict[str, Any]:
    """An event's mode and contexts from a record's; what the brief cannot hold, in notes.

    A mode PLOVER does not give the category (the gold standard's ``host``) and contexts
    PLOVER does not list (its ``refugees``) are kept under ``plover:mode`` and
    ``plover:context`` in the event's extensions, never dropped.
    """
    coding: dict[str, Any] = {}
    mode = record.get("mode", implied.value if implied is not None else None)
    if mode is not None and not isinstance(mode, str):
        problems.append(Problem(join(path, "mode"), "plover", "a mode must be a string"))
    elif mode:
        if mode in {m.value for m in model.PLOVER_MODES[category]}:
            coding["mode"] = mode
        else:
            notes["plover:mode"] = mode
    context = record.get("context")
    if context is not None and not isinstance(context, str):
        problems.append(Problem(join(path, "context"), "plover", "a context must be a string"))
    elif context:
        given = list(dict.fromkeys(part.strip() for part in context.split(",") if part.strip()))
        known = [part for part in given if part in _CONTEXTS]
        if known:
            coding["contexts"] = known
        if len(known) < len(given):
            notes["plover:context"] = [part for part in given if part not in _CONTEXTS]
    return coding


def _triggers(markup: str, quote: str, event: dict[str, Any], notes: dict[str, Any]) -> None:
    """Set the words a record's mark-up tags ``EVT`` as the event's triggers.

    The first :data:`briefschema.model.TRIGGERS` words are looked for in the quote; those
    it does not hold, and any after them, are kept under ``plover:evt``.
    """
    marked = list(
        dict.fromkeys(
            words for tags, words in _MARK.findall(markup) if "EVT" in tags.split("/") and words
        )
    )
    first = marked[: model.TRIGGERS]  # each looked for once: linear in the quote
    triggers = [words for words in first if words in quote]
    if triggers:
        event["triggers"] = triggers
    if len(triggers) < len(marked):
        kept = set(triggers)
        notes["plover:evt"] = [words for words in marked if words not in kept]


def _entries(value: object) -> list[object]:
    return value if isinstance(value, list) else []


@attrs.define
class _Names:
    """The actors of the records by the exact name they give, and every id given so far.

    Actors' and events' ids share one space, as in any brief.
    """

    actors: dict[str, dict[str, Any]] = attrs.Factory(dict)
    taken: set[str] = attrs.Factory(set)


def _actor_id(path: str, entry: object, names: _Names, problems: list[Problem]) -> str | None:
    name = _string(entry.get("actorText")) if isinstance(entry, Mapping) else None
    if name is None:
        problems.append(Problem(path, "plover", "an actor needs its actorText"))
        return None
    code = entry.get("code") if isinstance(entry, Mapping) else None
    actors = names.actors
    if name not in actors:
        actor: dict[str, Any] = {"id": _unique_id(name, names.taken), "name": name}
        given = entry.get(KIND_FIELD) if isinstance(entry, Mapping) else None
        sector = entry.get("sector") if isinstance(entry, Mapping) else None
        if isinstance(code, str) and code in _CODE_KINDS:
            kind = _CODE_KINDS[code]
        elif isinstance(sector, str) and sector[:3] in _SECTOR_KINDS:
            kind = _SECTOR_KINDS[sector[:3]]
        else:
            kind = model.ActorKind.OTHER
        actor["kind"] = given if isinstance(given, str) and given in _KINDS else kind.value
        if isinstance(code, str) and code not in _CODE_KINDS and _COUNTRY.match(code):
            actor["country"] = code
        actors[name] = actor
    return str(actors[name]["id"])


def _located(
    path: str, quote: str, info: object, finder: _Finder, problems: list[Problem]
) -> dict[str, Any] | None:
    text = finder.text
    start = info.get("start") if isinstance(info, Mapping) else None
    if (
        isinstance(start, int)
        and not isinstance(start, bool)
        and start >= 0  # a negative one would count from the end
        and text.startswith(quote, start)
        and finder.clusters.splits(start, start + len(quote)) is None
    ):
        return {"quote": quote, "start": start, "end": start + len(quote)}
    starts = finder.located[quote]
    if len(starts) == 1:
        return {"quote": quote, "start": starts[0], "end": starts[0] + len(quote)}
    if starts:
        problems.append(
            Problem(
                path,
                "quote-ambiguous",
                "the text occurs more than once in its source; give its offset in textInfo.start",
            )
        )
        return None
    problems.append(Problem(path, "quote-not-found", finder.missing(quote)))
    return None
