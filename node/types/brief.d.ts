/**
 * The brief format as TypeScript types, generated from schemas/brief.bundled.schema.json
 * by json-schema-to-typescript (node/types.mjs). Do not edit: regenerate.
 *
 * The types say the shape; the schema says more (patterns, lengths, unique items,
 * dates that exist) and the integrity rules more still: validate with the schema
 * or node/briefschema.mjs as well.
 */

/**
 * Non-empty text.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A local id: lowercase letters and digits in groups joined by single hyphens, unique within the brief (e.g. `pos-russia-s300`).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "local-id".
 */
export type LocalId = string;
/**
 * Topic tags for issues, from this fixed vocabulary. `armed-conflict`: Wars, civil wars and insurgencies; `arms-transfers`: Supplies of weapons and military equipment; `arms-control`: Limits on weapons and verification; `missile-defence`: Ballistic missile defence systems; `nuclear`: Nuclear weapons, deterrence and proliferation; `bilateral-relations`: The general state of relations between two actors; `diplomacy`: Negotiations, conferences, mediation and visits; `regional-security`: Stability and threats in a region; `terrorism`: Terrorism and violent extremism; `human-rights`: Civil liberties and human rights; `civil-society`: The freedom and treatment of civil society; `governance`: Who governs, transitions of power, interim authorities; `sanctions`: Sanctions and embargoes; `economy`: Trade, energy, finance and aid; `history`: Historical memory and its political uses
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "topic".
 */
export type Topic =
  | "armed-conflict"
  | "arms-transfers"
  | "arms-control"
  | "missile-defence"
  | "nuclear"
  | "bilateral-relations"
  | "diplomacy"
  | "regional-security"
  | "terrorism"
  | "human-rights"
  | "civil-society"
  | "governance"
  | "sanctions"
  | "economy"
  | "history";
/**
 * A part of a date. `year`: The year; `month`: The month; `day`: The day of the month
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "date-part".
 */
export type DatePart = "year" | "month" | "day";
/**
 * A PLOVER context: what an event is about, from the PLOVER manual's general contexts. `military`: Military, including military assistance; only covers official state military bodies,
 * excluding paramilitary or militia organizations, law enforcement, or non-state armed actors; `intelligence`: Gathering of information by state intelligence organizations, including more general
 * discussions of those agencies; `executive`: Executive agencies and bureaucracies, executives and their families, as well as personal and
 * political issues involving non-elected heads of state; `legislative`: Legislative debate, parliamentary coalition formation; `election`: Elections and campaigns; `political_institutions`: Changes to - as well as non-routine interactions between and within - formal political
 * bodies, including political parties; `pro_democracy`: Processes and initiatives associated with democratization; `pro_autocracy`: Processes and initiatives associated with autocratization; `economic`: Economic news, trade, finance, economic development, inflation/GDP/recessions, or monetary
 * policy. Exclude news solely about individual companies; `legal`: Courts and judiciary; national and international law; `reparations`: Reparations, i.e., monetary or non-monetary compensation for past harm inflicted; `human_rights`: Unspecified human rights in a general sense, often but not always literally including the
 * term "human rights"; `rights_freedoms`: Political rights and freedoms, civil liberties, press/media freedom, restrictions on civil
 * rights, gatherings, etc; `repression`: Forceful repression of groups, individuals, or societies by security forces; `human_security`: Access to water, food, housing, energy, land/property tenure (e.g. seizure of crops), etc.
 *     ; `gender`: Mentions of gender, women's issues, gender equality, etc., including abortion and issues of
 * reproductive rights; `lgbt`: LGBTQ issues such as related laws, discrimination, and protests; `religion_ethnicity`: Religious, ethnic, caste, or linguistic issues, including discrimination, violence,
 * cooperation, or more broadly important mentions; `inequality`: The unequal distribution of resources and opportunities; `diplomatic`: Diplomacy, which can be both international and domestic; `territory`: International and domestic territorial disputes, protests and rebellions over territory, and
 * forced displacements; `peacekeeping`: Peacekeeping, typically multilateral operations; `health`: Public health, disease outbreaks and epidemics, disease in general; `asylum`: Discussions of seeking or granting asylum; `migration`: Migration, refugees, and displaced people; `disasters`: Disasters including both "natural" and accidents/spills etc; `natural_resource`: Natural resource extraction, trade, dependence, and pollution; `environment`: Pollution and related environmental problems; environmental policy, environmental
 * cooperation, and environmental protest; `technology`: Technological development, new technology, high-tech industry; `terrorism`: Events related to terrorist groups; anti-terrorism actions and policies; `cbrn`: Chemical, biological, radiation, and nuclear weapons or attacks; `cyber`: Cyber attacks and crime; events with this context are not necessarily cyber events (e.g.
 * hacking) themselves; `misinformation`: Misinformation, influence operations, fake news; events with this context are not
 * necessarily misinformation themselves; `crime`: Any discussion of crimes or criminals, excluding events that have one of the more specific
 * crime contexts like trafficking; `corruption`: Misuse/abuse of public office, including corruption, bribery, cronyism, nepotism, abuse of
 * public office; `illegal_drugs`: Criminal possession, distribution, sale, or manufacturing of illegal drugs; `trafficking`: Trafficking or smuggling of humans, drugs, animals, or other goods; both domestic and
 * international
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "plover-context".
 */
export type PloverContext =
  | "military"
  | "intelligence"
  | "executive"
  | "legislative"
  | "election"
  | "political_institutions"
  | "pro_democracy"
  | "pro_autocracy"
  | "economic"
  | "legal"
  | "reparations"
  | "human_rights"
  | "rights_freedoms"
  | "repression"
  | "human_security"
  | "gender"
  | "lgbt"
  | "religion_ethnicity"
  | "inequality"
  | "diplomatic"
  | "territory"
  | "peacekeeping"
  | "health"
  | "asylum"
  | "migration"
  | "disasters"
  | "natural_resource"
  | "environment"
  | "technology"
  | "terrorism"
  | "cbrn"
  | "cyber"
  | "misinformation"
  | "crime"
  | "corruption"
  | "illegal_drugs"
  | "trafficking";
/**
 * The dates a document records, by the name of their field, in the order they come. `proposed`: `proposed`; `published`: `published`; `agreed`: `agreed`; `signed`: `signed`; `in_force`: `in_force`; `ended`: `ended`
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "document-date".
 */
export type DocumentDate = "proposed" | "published" | "agreed" | "signed" | "in_force" | "ended";
/**
 * What sort of actor an actor is. `person`: A named individual; `state`: A sovereign state, as a whole; `government`: The government or regime of a state, as distinct from the state; `organization`: A formal organization that is not international; `international-organization`: An organization whose members are states (e.g. the UN, NATO); `armed-group`: A non-state armed group; `political-group`: A party, movement or opposition that seeks political power; `civil-society`: Non-governmental organizations, activists and citizens' groups; `group`: An informal group of people the source refers to together; `coalition`: States or organizations negotiating or acting together, e.g. the P5+1 (see `members`); `body`: An organ of a state or an organization, e.g. the Security Council (see `part_of`); `joint-body`: A body the sides set up together, of neither alone, e.g. the US-Soviet Standing
 * Consultative Commission (its `members` are the sides); `other`: None of the above
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "actor-kind".
 */
export type ActorKind =
  | "person"
  | "state"
  | "government"
  | "organization"
  | "international-organization"
  | "armed-group"
  | "political-group"
  | "civil-society"
  | "group"
  | "coalition"
  | "body"
  | "joint-body"
  | "other";
/**
 * Where knowledge of a position comes from. `stated`: The actor stated it, in its own words; `reported`: The source reports it as a fact about the actor; `inferred`: The analyst infers it from the actor's conduct or other facts
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "basis".
 */
export type Basis = "stated" | "reported" | "inferred";
/**
 * How a stated amount relates to the true one. `exactly`: The amount itself: `6,104 centrifuges`, `for ten years`; `about`: Roughly the amount: `about 19,000`, `some 300 kg`; `at most`: No more than the amount: `at most 3.67 %`, `up to five years`; `at least`: No less than the amount: `at least ten years`; `less than`: Under the amount: `fewer than 1,550 warheads`; `more than`: Over the amount: `more than 100 days`
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "comparator".
 */
export type Comparator = "exactly" | "about" | "at most" | "at least" | "less than" | "more than";
/**
 * Whether a concession is words or deeds (PLOVER's CONCEDE vs RETREAT). `verbal`: A promise, assurance, softened statement or abandoned criticism; `material`: A change on the ground: a cancelled deployment, a withdrawal
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "concession-kind".
 */
export type ConcessionKind = "verbal" | "material";
/**
 * How far a concession has gone. `proposed`: Offered, not yet given; `made`: Given, by word or decision; `implemented`: Carried out in practice; `withdrawn`: Taken back; `demanded`: Asked of `by` by the actors in `to`, not given: `Y asked for reciprocal limits`; `refused`: Asked of `by`, and refused by it; `ruled-out`: Excluded in advance by `by`: `X would make no concessions under pressure`
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "concession-status".
 */
export type ConcessionStatus =
  "proposed" | "made" | "implemented" | "withdrawn" | "demanded" | "refused" | "ruled-out";
/**
 * How a condition bears on a position or a concession. `precondition`: It must be met first: `will sign only after ratification`, `relief after verification`; `reversal`: If it is met, the concession is undone: `sanctions restored if Iran violates the deal`; `reciprocal`: It holds only if the other side does the same: `reciprocal limits`; `linkage`: It is tied to an outcome on another issue: `no deal on arms without one on Syria`
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "condition-kind".
 */
export type ConditionKind = "precondition" | "reversal" | "reciprocal" | "linkage";
/**
 * Analytic confidence, in the three levels of ICD 203. `low`: Questionable or fragmentary information, or a hedged claim; `moderate`: Credible and plausible, but open to other readings; `high`: High-quality information, or an unhedged claim of the source; `unstated`: The source states no confidence and gives nothing to read one from
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "confidence".
 */
export type Confidence = "low" | "moderate" | "high" | "unstated";
/**
 * An ISO 3166-1 alpha-3 country code (e.g. `USA`, `RUS`, `SYR`).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "country-code".
 */
export type CountryCode = string;
/**
 * An EDTF date: `2013`, `2013-05` or `2013-05-07`, optionally ending in `?` (uncertain), `~` (approximate) or `%` (both). Days must exist.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "date".
 */
export type EdtfDate = string;
/**
 * An exact decimal number written as a string, so that no reader rounds it: an optional minus, digits without a leading zero, and optionally a point and more digits; no exponent, no thousands separator (e.g. `6104`, `3.67`, `0.5`).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "decimal".
 */
export type Decimal = string;
/**
 * Whether a concession was given openly. `public`: Announced or given openly; `secret`: Given in secret, kept from the public or from third parties
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "disclosure".
 */
export type Disclosure = "public" | "secret";
/**
 * What sort of text an agreement or document is. `treaty`: A binding agreement between states, e.g. New START; `agreement`: An agreement, accord or deal that is not a treaty, e.g. the Camp David Accords; `declaration`: A joint or unilateral declaration, communiqué or founding act; `resolution`: A resolution of an international body, e.g. of the UN Security Council; `law`: A law, act or decree of a state; `sanctions`: A sanctions regime; `proposal`: A draft, plan or proposal one side puts forward; `other`: None of the above
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "document-kind".
 */
export type DocumentKind =
  | "treaty"
  | "agreement"
  | "declaration"
  | "resolution"
  | "law"
  | "sanctions"
  | "proposal"
  | "other";
/**
 * How far an agreement or document has gone. `proposed`: Put forward, not agreed; `negotiated`: Being negotiated, or agreed in text but not signed; `signed`: Signed, not yet ratified or in force; `adopted`: Adopted or issued by its author alone: a resolution passed, a statement made; `ratified`: Ratified or approved by those that must, not yet in force; `in-force`: In force; `suspended`: In force but suspended by a party; `ended`: Expired, terminated, or left by the parties; `rejected`: Refused, never adopted; `unknown`: The source does not say how far it has gone
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "document-status".
 */
export type DocumentStatus =
  | "proposed"
  | "negotiated"
  | "signed"
  | "adopted"
  | "ratified"
  | "in-force"
  | "suspended"
  | "ended"
  | "rejected"
  | "unknown";
/**
 * An ISO 8601 duration in whole numbers: `P`, then years, months, weeks and days, then `T` and hours, minutes and seconds, each part optional but one at least (e.g. `P10Y` ten years, `P60D` sixty days, `P1Y6M`, `PT48H`).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string;
/**
 * An EDTF date (`2013`, `2013-05`, `2013-05-07`, optionally ending in `?` uncertain, `~` approximate or `%` both) or interval (`2013-05-07/2013-05-08`; an end may be `..` for open or empty for unknown, not both).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "edtf".
 */
export type EdtfDateOrInterval = string;
/**
 * The sixteen PLOVER event categories. `AGREE`: Agree to, or sign, an agreement or a course of action; `CONSULT`: Meet, visit, negotiate or hold talks; `SUPPORT`: Express support for, praise or endorse; `CONCEDE`: Yield verbally: ease a demand, give an assurance, soften a stance; `COOPERATE`: Cooperate in practice (not material aid); `AID`: Give material, military, economic or humanitarian aid; `RETREAT`: Yield materially: withdraw, cancel a deployment, release, disarm; `REQUEST`: Ask for, appeal or demand; `ACCUSE`: Criticize, blame or denounce; `REJECT`: Refuse a request, demand or proposal; `THREATEN`: Threaten to act; `PROTEST`: Demonstrate, strike or boycott; `SANCTION`: Impose sanctions, sever ties or expel; `MOBILIZE`: Raise alert, deploy or mobilize forces; `COERCE`: Repress, arrest, restrict or harass, short of armed attack; `ASSAULT`: Use armed force
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "event-category".
 */
export type EventCategory =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "CONCEDE"
  | "COOPERATE"
  | "AID"
  | "RETREAT"
  | "REQUEST"
  | "ACCUSE"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "SANCTION"
  | "MOBILIZE"
  | "COERCE"
  | "ASSAULT";
/**
 * Whether an event has taken place. `planned`: Announced or scheduled, not yet held: a summit called, a referendum set; `happened`: It took place (what an event without `status` is); `postponed`: Put off to a later date; `cancelled`: Called off
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "event-status".
 */
export type EventStatus = "planned" | "happened" | "postponed" | "cancelled";
/**
 * How much of the demands it answers a concession meets. `full`: All that was asked; `partial`: Part of it: a pledge without the guarantee asked for, fewer troops than demanded
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "extent".
 */
export type Extent = "full" | "partial";
/**
 * How firmly an actor holds a position. `unyielding`: Will not move (intransigent); `firm`: Held firmly but not beyond negotiation; `flexible`: Open to change; `tentative`: Held loosely or only beginning to form
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "firmness".
 */
export type Firmness = "unyielding" | "firm" | "flexible" | "tentative";
/**
 * A lowercase scheme name, e.g. `wikidata`, `viaf`, `isni`.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "identifier-scheme".
 */
export type IdentifierScheme = string;
/**
 * What a concession does to an instrument (a document) it names. `under`: It is made under the instrument, as `under` says for one; `implements`: It carries out what the instrument provides; `lifts`: It lifts the instrument, or measures of it (sanctions lifted); `suspends`: It suspends the instrument for a time; `amends`: It changes the instrument; `ends`: It ends the instrument: a withdrawal from a treaty, a regime terminated
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "instrument-action".
 */
export type InstrumentAction = "under" | "implements" | "lifts" | "suspends" | "amends" | "ends";
/**
 * A BCP 47 language tag (e.g. `en`, `pt-BR`).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "language-tag".
 */
export type LanguageTag = string;
/**
 * A scale of likelihood words. `icd-203-likelihood`: ICD 203's first row: almost no chance ... almost certain; `icd-203-probability`: ICD 203's second row: remote ... nearly certain; `uk-phia`: The UK's PHIA probability yardstick: remote chance ... almost certain; `unnamed`: The source names no scale: any of the words, with no odds attached
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "likelihood-scale".
 */
export type LikelihoodScale = "icd-203-likelihood" | "icd-203-probability" | "uk-phia" | "unnamed";
/**
 * A likelihood word of ICD 203 or the UK PHIA yardstick; its scale says which. `almost no chance`: 1-5% (likelihood row); `very unlikely`: 5-20% (likelihood row); `unlikely`: 20-45% (likelihood row); `roughly even chance`: 45-55% (likelihood row); `likely`: 55-80% (likelihood row); `very likely`: 80-95% (likelihood row); `almost certain`: 95-99% (likelihood row); `remote`: 1-5% (probability row); `highly improbable`: 5-20% (probability row); `improbable`: 20-45% (probability row); `roughly even odds`: 45-55% (probability row); `probable`: 55-80% (probability row); `highly probable`: 80-95% (probability row); `nearly certain`: 95-99% (probability row); `remote chance`: 0-5% (UK PHIA yardstick); `highly unlikely`: 10-20% (UK PHIA yardstick); `realistic possibility`: 40-50% (UK PHIA yardstick); `highly likely`: 80-90% (UK PHIA yardstick)
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "likelihood-term".
 */
export type LikelihoodTerm =
  | "almost no chance"
  | "very unlikely"
  | "unlikely"
  | "roughly even chance"
  | "likely"
  | "very likely"
  | "almost certain"
  | "remote"
  | "highly improbable"
  | "improbable"
  | "roughly even odds"
  | "probable"
  | "highly probable"
  | "nearly certain"
  | "remote chance"
  | "highly unlikely"
  | "realistic possibility"
  | "highly likely";
/**
 * Where an actor stands in an organization it belongs to or seeks to join. `member`: A full member, or the holder of the post; `applicant`: Has applied to join; `candidate`: Accepted as a candidate, not yet a member; `observer`: An observer, without a vote; `partner`: A partner of the organization, not a member; `suspended`: A member whose rights are suspended; `former`: No longer a member
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "membership-status".
 */
export type MembershipStatus =
  "member" | "applicant" | "candidate" | "observer" | "partner" | "suspended" | "former";
/**
 * A position in the source text, counted in Unicode code points from 0; at most 2^53 - 1, the largest integer every JSON implementation holds exactly.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "offset".
 */
export type Offset = number;
/**
 * Whether what a judgment said came to pass. `borne-out`: It happened, or proved true; `partly-borne-out`: Part of it happened, or it proved true in part; `not-borne-out`: It did not happen, or proved false
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "outcome-status".
 */
export type OutcomeStatus = "borne-out" | "partly-borne-out" | "not-borne-out";
/**
 * The part a participant plays in an event. `party`: One of the sides; `mediator`: Mediates between the sides: `Lakhdar Brahimi mediated`; `host`: Hosts the event; `chair`: Chairs it; `head-of-delegation`: Leads a side's delegation; `delegate`: A member of a delegation; `observer`: Attends without taking part in the decisions; `guarantor`: Guarantees what the sides agree; `witness`: Witnesses it, e.g. a signing
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "participant-role".
 */
export type ParticipantRole =
  | "party"
  | "mediator"
  | "host"
  | "chair"
  | "head-of-delegation"
  | "delegate"
  | "observer"
  | "guarantor"
  | "witness";
/**
 * A PLOVER mode: how an event of some categories happened. `visit`: CONSULT: actor is visiting, recipient is hosting; `third-party`: CONSULT: Meeting is hosted by a third party; `multilateral`: CONSULT: Meeting occurs in a multilateral context, typically an alliance or IGO; `phone`: CONSULT: Consultation occurs via phone or some other remote medium; `withdraw`: RETREAT: Retreat from territory or withdraw forces from an area; SANCTION: Withdraw oneself
 * or one's non-military resources (e.g., aid, observers, diplomats, peacekeepers) from a
 * group, mediation activity, organization, or country. This excludes official resignations
 * from an occupation or elected position, which are coded as a mode under RETREAT; `release`: RETREAT: Release captives; `disarm`: RETREAT: Disarm militarily or give up weapons; `ceasefire`: RETREAT: Implement ceasefire; `access`: RETREAT: Allow third party (e.g., observers, peacekeepers, humanitarian workers) access; `resign`: RETREAT: Official resignation; `assist`: REQUEST: Any form of exchange, relations, or assistance; REJECT: Any form of exchange,
 * relations, or assistance; `change`: REQUEST: Any changes in policy, government, or institutions that are not concessions;
 * REJECT: Any changes in policy, government, or institutions that are not concessions; `yield`: REQUEST: Release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires;
 * REJECT: Release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires; `meet`: REQUEST: Meetings and negotiations; REJECT: Meetings and negotiations; `disapprove`: ACCUSE: Express disapproval; condemn; complain; `investigate`: ACCUSE: Any investigation, including commissions, grand juries, judicial or political; `allege`: ACCUSE: Formally or informally accuse; sue, indict, or charge; bring to trial; `restrict`: THREATEN: Restrict movement of people or goods - including boycotts, strikes, blockades,
 * and; COERCE: Impose restrictions on political freedoms or movement, including cordoning off
 * areas and the banning of individuals or organizations from political life; `arrest`: THREATEN: Arrest, detain, imprison; COERCE: Arrest, detain; `relations`: THREATEN: Threaten to suspend relations or ongoing talks, meetings, or negotiations; `expel`: THREATEN: Expel diplomats, peacekeepers, NGOs; SANCTION: Permanently or temporarily expel an
 * entity from a group, organization, political party, or country. Aside from the expulsion of
 * ambassadors or similar diplomats, this mode excludes individual deportations, which are
 * coded as a mode under COERCE; `territory`: THREATEN: Threaten to occupy, seize control of the whole or part of a territory; `violence`: THREATEN: Threaten violence; `demo`: PROTEST: Organized demonstration. Distinct, continuous, and largely peaceful action directed
 * toward members of a distinct 'other' group or government authorities; `riot`: PROTEST: Violent riot. Distinct, continuous and violent action directed toward members of a
 * distinct 'other' group or government authorities. The participants intend to cause physical
 * injury and/or property damage; `strike`: PROTEST: Members of an organization or union engage in the abandonment of workplaces, either
 * within specific sectors/industries or across sectors/industries; `hunger`: PROTEST: Hunger strike; `boycott`: PROTEST: The boycott of an activity, person, country, or organization via the withdrawal of
 * commercial or social relations; `obstruct`: PROTEST: Obstruct passage or access to a particular locale; `vandalize`: PROTEST: Damage or destroy property as a symbolic act (for example damaging of artworks)
 * rather destruction incidental to a riot; `convict`: SANCTION: Find an entity or behavior guilty, unconstitutional, or liable in a court of law
 * or legally constituted tribunal. This includes not only formal convictions but also
 * instances where an entity is discussed as being found guilty and sentenced or sanctioned via
 * court-order, though court sentences that include imprisonment will also receive a COERCE
 * 'arrest' mode, (see ambiguities above); `discontinue`: SANCTION: Curtail, decrease, break, or terminate diplomatic, commercial, or material
 * exchanges in manners not specified above. International (political or economic) sanctions
 * are coded as 'discontinue', although they can occasionally receive additional SANCTION modes
 * depending on the nature of the sanctions; `troops`: MOBILIZE: Mobilize armed personnel or units; `weapons`: MOBILIZE: Increase readiness of weapons systems (can occur with a cyber context); `police`: MOBILIZE: Mobilize or increase readiness of police or security units; `militia`: MOBILIZE: Mobilize or increase readiness of any non-state entity with significant military
 * capability; `seize`: COERCE: Execute search, confiscate property, raid; `censor`: COERCE: Censor, ban or restrict access to publications or other information; `curfew`: COERCE: Impose curfew; `martial-law`: COERCE: Impose state of emergency or martial law; `deport`: COERCE: Expel or deport individuals; `withhold`: COERCE: Withhold public goods/services, e.g. shut off power/internet/water/ utilities or
 * withhold food/medical supplies; `misinformation`: COERCE: deception/manipulation/misinformation (will also automatically add "misinformation"
 * context); `cyber`: COERCE: cyber attacks and crime, including hacking, security breaches, website attacks, etc.
 * (will also automatically add "cyber" context); `abduct`: ASSAULT: Abduct, kidnap, hijack; `beat`: ASSAULT: Physically assault by striking individuals or groups with one-off or repeated
 * blows, typically administered manually or by blunt instrument; `torture`: ASSAULT: Torture; `sexual`: ASSAULT: Sexual violence; `targeted`: ASSAULT: Targeted killings, including (successful and attempted) assassinations and
 * executions, as well as deliberate mass killings of defenseless actors; `destroy`: ASSAULT: Intentional destruction of property; `primitive`: ASSAULT: Primitive weapons: fire, edged weapons, rocks, farm implements; `firearms`: ASSAULT: Rifles, pistols, light machine guns; `explosives`: ASSAULT: Any explosive not incorporated in a heavy weapon: mines, IEDS, car bombs; `suicide-attack`: ASSAULT: Individual and vehicular suicide attacks; `aerial`: ASSAULT: Manned aerial vehicles, e.g. aircraft, helicopters; `drone`: ASSAULT: Unmanned aerial vehicles (UAVs), drones; `heavy-weapons`: ASSAULT: Artillery, rocket launchers, armored vehicles, tanks, and similar weapons; `crowd-control`: ASSAULT: Weapons and tactics intended to be less lethal crowd control, including tear gas,
 * water cannons, firing weapons in the air, lathi charges, etc; `unconventional`: ASSAULT: Chemical, biological, radiation, and nuclear weapons
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "plover-mode".
 */
export type PloverMode =
  | "visit"
  | "third-party"
  | "multilateral"
  | "phone"
  | "withdraw"
  | "release"
  | "disarm"
  | "ceasefire"
  | "access"
  | "resign"
  | "assist"
  | "change"
  | "yield"
  | "meet"
  | "disapprove"
  | "investigate"
  | "allege"
  | "restrict"
  | "arrest"
  | "relations"
  | "expel"
  | "territory"
  | "violence"
  | "demo"
  | "riot"
  | "strike"
  | "hunger"
  | "boycott"
  | "obstruct"
  | "vandalize"
  | "convict"
  | "discontinue"
  | "troops"
  | "weapons"
  | "police"
  | "militia"
  | "seize"
  | "censor"
  | "curfew"
  | "martial-law"
  | "deport"
  | "withhold"
  | "misinformation"
  | "cyber"
  | "abduct"
  | "beat"
  | "torture"
  | "sexual"
  | "targeted"
  | "destroy"
  | "primitive"
  | "firearms"
  | "explosives"
  | "suicide-attack"
  | "aerial"
  | "drone"
  | "heavy-weapons"
  | "crowd-control"
  | "unconventional";
/**
 * What a conceding actor got in exchange. `none`: Nothing is received or expected in exchange; `expected`: Something is expected in exchange but not yet received; `received`: Something was received in exchange; `unknown`: The source does not say
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "reciprocity-status".
 */
export type ReciprocityStatus = "none" | "expected" | "received" | "unknown";
/**
 * How much a demand or a position matters to the actor holding it. `core`: Essential: a core demand or a red line the actor will not trade away; `major`: Important, but open to trade; `minor`: Secondary: a position the actor would give up for something else
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "salience".
 */
export type Salience = "core" | "major" | "minor";
/**
 * The version of the brief format, `MAJOR.MINOR`; this schema reads major version 1.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "schema-version".
 */
export type SchemaVersion = string;
/**
 * A SHA-256 digest: 64 lowercase hexadecimal digits.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "sha256".
 */
export type Sha256 = string;
/**
 * An actor's stance towards the proposition an issue states. `supports`: The actor is for it; `opposes`: The actor is against it; `conditional`: The actor is for it only on conditions; `neutral`: The actor takes no side; `ambiguous`: The actor's stance cannot be told
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "stance".
 */
export type Stance = "supports" | "opposes" | "conditional" | "neutral" | "ambiguous";
/**
 * An RFC 3339 timestamp with seconds and a UTC offset (`2013-05-15T09:30:00Z`); written by this library in UTC with `Z`.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "timestamp".
 */
export type Timestamp = string;
/**
 * Which way a position is moving. `hardening`: Becoming firmer or more pronounced; `softening`: Becoming less firm or more accommodating; `stable`: Not moving
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "trend".
 */
export type Trend = "hardening" | "softening" | "stable";
/**
 * An absolute http or https URL by the grammar of RFC 3986, with a host, in ASCII (percent-encode the rest as `%XX`).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;

/**
 * A structured foreign-policy brief grounded in one source text.
 */
export interface Brief {
  /**
   * The version of the brief format the document is written in.
   */
  schema_version: SchemaVersion;
  /**
   * The brief's id.
   */
  id: LocalId;
  /**
   * The brief's title.
   */
  title: Text;
  /**
   * The brief's findings in a few sentences.
   */
  summary: Text;
  /**
   * The text the brief analyses.
   */
  source: Source;
  /**
   * Who wrote the brief.
   */
  authors?: Text[];
  /**
   * When the brief was first written (UTC).
   */
  created?: Timestamp;
  /**
   * When the brief was last changed (UTC).
   */
  modified?: Timestamp;
  /**
   * Everyone the source names or means.
   */
  actors?: Actor[];
  /**
   * The questions at stake.
   */
  issues?: Issue[];
  /**
   * The actors' stances on the issues.
   */
  positions?: Position[];
  /**
   * What was given up, by whom, to whom.
   */
  concessions?: Concession[];
  /**
   * What happened.
   */
  events?: Event[];
  /**
   * What the analyst concludes.
   */
  judgments?: Judgment[];
  /**
   * The agreements and other documents the text is about, e.g. a treaty and its drafts.
   */
  documents?: Document[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * A person, state, government, organization or group that acts or is acted upon.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "actor".
 */
export interface Actor {
  /**
   * The actor's id, unique within the brief.
   */
  id: LocalId;
  /**
   * The actor's usual name.
   */
  name: Text;
  /**
   * What sort of actor this is.
   */
  kind: ActorKind;
  /**
   * The country the actor belongs to, where that applies.
   */
  country?: CountryCode;
  /**
   * Other names the source uses, including metonyms such as `Moscow`.
   */
  aliases?: Text[];
  /**
   * Who the actor is, in a sentence.
   */
  description?: Text;
  /**
   * Memberships and posts of the actor.
   */
  affiliations?: Affiliation[];
  /**
   * Identifiers of the actor in outside schemes; never invented.
   */
  identifiers?: Identifier[];
  /**
   * For a coalition or group, the ids of its members, e.g. the six states of the P5+1.
   */
  members?: LocalId[];
  /**
   * For a body, the id of what it is an organ of, e.g. `un` for the Security Council.
   */
  part_of?: LocalId;
  /**
   * Where the source names or means the actor.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * An actor's membership of, or post in, another actor (Popolo style).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "affiliation".
 */
export interface Affiliation {
  /**
   * The id of the actor (state, government, organization) the membership is in.
   */
  organization: LocalId;
  /**
   * The post or role held, e.g. `Secretary of State`.
   */
  role: Text;
  /**
   * When the membership began.
   */
  start?: EdtfDate;
  /**
   * When the membership ended.
   */
  end?: EdtfDate;
  /**
   * Where the actor stands: a `candidate` for two years, an `observer`, a `former` member.
   */
  status?: MembershipStatus;
  /**
   * Where the source states the membership.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * An exact quotation from the source text and where it stands in it.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "evidence".
 */
export interface Evidence {
  /**
   * The exact words of the source.
   */
  quote: Text;
  /**
   * Where the quote starts in the source text (code points from 0).
   */
  start: Offset;
  /**
   * Where the quote ends in the source text (exclusive).
   */
  end: Offset;
  /**
   * Text immediately before the quote, to tell repeated quotes apart.
   */
  prefix?: string;
  /**
   * Text immediately after the quote, to tell repeated quotes apart.
   */
  suffix?: string;
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * An identifier of an actor in an outside scheme (Popolo style).
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "identifier".
 */
export interface Identifier {
  /**
   * The scheme, e.g. `wikidata`.
   */
  scheme: IdentifierScheme;
  /**
   * The identifier within the scheme, e.g. `Q7747`.
   */
  value: Text;
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * A question that actors take positions on.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "issue".
 */
export interface Issue {
  /**
   * The issue's id, unique within the brief.
   */
  id: LocalId;
  /**
   * A short name for the issue.
   */
  title: Text;
  /**
   * The question, stated so that a stance of `supports` or `opposes` is clear.
   */
  description?: Text;
  /**
   * The id of the broader issue this one is part of.
   */
  parent?: LocalId;
  /**
   * Topic tags from the documented vocabulary.
   */
  topics?: Topic[];
  /**
   * Where the source raises the issue.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * One actor's stance on one issue at one time.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "position".
 */
export interface Position {
  /**
   * The position's id, unique within the brief.
   */
  id: LocalId;
  /**
   * The id of the actor holding the position.
   */
  actor: LocalId;
  /**
   * The id of the issue the position is on.
   */
  issue: LocalId;
  /**
   * The stance towards the issue's proposition.
   */
  stance: Stance;
  /**
   * The position in words.
   */
  statement: Text;
  /**
   * Whether the actor stated it, the source reported it, or the analyst inferred it.
   */
  basis: Basis;
  /**
   * How sure the source is of the position.
   */
  confidence: Confidence;
  /**
   * How firmly the actor holds it.
   */
  firmness?: Firmness;
  /**
   * Which way it is moving.
   */
  trend?: Trend;
  /**
   * When the actor held it (EDTF date or interval).
   */
  as_of?: EdtfDateOrInterval;
  /**
   * Parts of `as_of` that the source does not state and the analyst inferred.
   */
  inferred_date_parts?: DatePart[];
  /**
   * The id of the same actor's earlier position on the same issue.
   */
  previous?: LocalId;
  /**
   * What the stance depends on, e.g. `only after verification` for a `conditional` one.
   */
  conditions?: Condition[];
  /**
   * For a demand, the ids of the actors it is addressed to, e.g. `[iran]`.
   */
  addressed_to?: LocalId[];
  /**
   * How much the position matters to its actor, e.g. `core` for a red line.
   */
  salience?: Salience;
  /**
   * The id of a concession the position is on, e.g. a refusal to make it under pressure.
   */
  concession?: LocalId;
  /**
   * Amounts the position names, e.g. a demanded limit of `at most 3.67 %`.
   */
  quantities?: Quantity[];
  /**
   * Where the source expresses the position.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * What a stance or a concession depends on: `only after...`, `restored if...`.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "condition".
 */
export interface Condition {
  /**
   * How the condition bears on what holds it, e.g. `precondition`.
   */
  kind: ConditionKind;
  /**
   * The condition in words, e.g. `Only after the Senate ratifies the treaty.`
   */
  description: Text;
  /**
   * Ids of what the condition names, e.g. the event it waits for: `[ev-ratification]`.
   */
  about?: LocalId[];
  /**
   * A time the condition sets, e.g. a 60-day review (`P60D`).
   */
  term?: Term;
  /**
   * By when the condition must be met, e.g. `withdraw within 90 days` (`within: P90D`).
   */
  deadline?: Deadline;
  /**
   * Whether the actor stated the condition (`stated`), the source reports it
   * (`reported`) or the analyst reads it into what happened (`inferred`).
   */
  basis?: Basis;
  /**
   * Where the source states the condition.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * An amount the source states, as it states it, or a change from one amount to another.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "quantity".
 */
export interface Quantity {
  /**
   * What is counted or measured, e.g. `installed centrifuges`, `enrichment level`.
   */
  measure: Text;
  /**
   * The amount, e.g. `6104` or `3.67` (after a change, the amount it ends at).
   */
  value: Decimal;
  /**
   * The unit of the amounts, e.g. `centrifuges`, `%`, `kg`, `deployed warheads`.
   */
  unit: Text;
  /**
   * How `value` relates to the true amount, e.g. `at most`; absent: exactly.
   */
  comparator?: Comparator;
  /**
   * For a change, the amount it starts from, e.g. `19000`.
   */
  from_value?: Decimal;
  /**
   * How `from_value` relates to the true amount, e.g. `about`; absent: exactly.
   */
  from_comparator?: Comparator;
  /**
   * Where the source states the amount.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * Something an actor gave up to others on an issue.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "concession".
 */
export interface Concession {
  /**
   * The concession's id, unique within the brief.
   */
  id: LocalId;
  /**
   * The id of the actor that conceded.
   */
  by: LocalId;
  /**
   * The ids of the actors the concession was made to.
   *
   * @minItems 1
   */
  to: [LocalId, ...LocalId[]];
  /**
   * The id of the issue it concerns.
   */
  issue: LocalId;
  /**
   * What was given up.
   */
  description: Text;
  /**
   * Verbal (a promise, an assurance) or material (a cancelled deployment).
   */
  kind: ConcessionKind;
  /**
   * How far the concession has gone, or that it was only `demanded`, `refused` or
   * `ruled-out`.
   */
  status: ConcessionStatus;
  /**
   * How sure the source is that it happened.
   */
  confidence: Confidence;
  /**
   * The id of the conceding actor's position before the concession.
   */
  from_position?: LocalId;
  /**
   * The id of the conceding actor's position after the concession.
   */
  to_position?: LocalId;
  /**
   * What was received in exchange, if the source says.
   */
  reciprocity?: Reciprocity;
  /**
   * When the concession was made (EDTF date or interval).
   */
  date?: EdtfDateOrInterval;
  /**
   * Parts of `date` that the source does not state and the analyst inferred.
   */
  inferred_date_parts?: DatePart[];
  /**
   * What the concession depends on, e.g. `restored if violated`.
   */
  conditions?: Condition[];
  /**
   * How long the concession holds, e.g. `for ten years` (`P10Y`).
   */
  term?: Term;
  /**
   * Amounts the concession names, e.g. centrifuges cut from about 19,000 to 6,104.
   */
  quantities?: Quantity[];
  /**
   * Its life in order, e.g. `made` when signed in 1979, `implemented` in 1982.
   */
  stages?: Stage[];
  /**
   * The id of the agreement the concession is part of, e.g. `doc-new-start`.
   */
  under?: LocalId;
  /**
   * Other instruments it acts on: a second one it is made `under`, the sanctions it
   * `lifts` or `suspends`, the treaty it `amends` or `ends`.
   */
  instruments?: InstrumentUse[];
  /**
   * The ids of the other side's demands (positions) it answers, e.g. `[pos-ussr-turkey]`.
   */
  answers?: LocalId[];
  /**
   * Whether it meets what it `answers` in `full` or in `partial`.
   */
  extent?: Extent;
  /**
   * Whether it was given `public`ly or in `secret`, e.g. a withdrawal agreed on
   * condition it is not made public.
   */
  disclosure?: Disclosure;
  /**
   * By when it is to be carried out, e.g. `within 90 days` (`within: P90D`).
   */
  deadline?: Deadline;
  /**
   * Where the source describes the concession.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * One step in a concession's life: proposed, made, implemented or withdrawn, and when.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "stage".
 */
export interface Stage {
  /**
   * The step, e.g. `made` when it was agreed, `implemented` when it was carried out.
   */
  status: ConcessionStatus;
  /**
   * When, as an EDTF date or interval, e.g. `1979-03-26`.
   */
  date?: EdtfDateOrInterval;
  /**
   * The id of the event that took the step, e.g. `ev-treaty-signing`.
   */
  event?: LocalId;
  /**
   * Where the source says so.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * An instrument (a document) a concession acts on, and how.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "instrument-use".
 */
export interface InstrumentUse {
  /**
   * The id of the document, e.g. `doc-sanctions-2012`.
   */
  document: LocalId;
  /**
   * What the concession does to it, e.g. `lifts`.
   */
  action: InstrumentAction;
  /**
   * Where the source says so.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * A dated development, coded with a PLOVER category.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "event".
 */
export interface Event {
  /**
   * The event's id, unique within the brief.
   */
  id: LocalId;
  /**
   * The PLOVER event category.
   */
  category: EventCategory;
  /**
   * The ids of the actors who acted.
   *
   * @minItems 1
   */
  actors: [LocalId, ...LocalId[]];
  /**
   * What happened.
   */
  description: Text;
  /**
   * The ids of the actors acted upon or addressed.
   */
  recipients?: LocalId[];
  /**
   * The ids of the issues the event bears on.
   */
  issues?: LocalId[];
  /**
   * The ids of the agreements or documents the event concerns, e.g. the deal criticised.
   */
  documents?: LocalId[];
  /**
   * When it happened (EDTF date or interval).
   */
  date?: EdtfDateOrInterval;
  /**
   * Parts of `date` that the source does not state and the analyst inferred.
   */
  inferred_date_parts?: DatePart[];
  /**
   * Where it happened.
   */
  place?: Text;
  /**
   * How it happened, as a PLOVER mode of its category (see `PLOVER_MODES`), e.g. `visit`
   * for a CONSULT.
   */
  mode?: PloverMode;
  /**
   * What it is about, as PLOVER contexts, e.g. `diplomatic`, `cbrn`.
   */
  contexts?: PloverContext[];
  /**
   * The words of its first quote that name what happened (PLOVER's `EVT` mark-up), e.g.
   * `agreed`.
   *
   * @maxItems 16
   */
  triggers?:
    | []
    | [Text]
    | [Text, Text]
    | [Text, Text, Text]
    | [Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text]
    | [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text]
    | [
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text,
        Text
      ];
  /**
   * Whether it took place: `planned` for a summit announced, `cancelled`; without it,
   * the event happened.
   */
  status?: EventStatus;
  /**
   * The id of the series or the larger event it is part of, e.g. the second round's
   * `ev-geneva-ii`.
   */
  part_of?: LocalId;
  /**
   * The id of the body it takes place in, e.g. `un-security-council`.
   */
  forum?: LocalId;
  /**
   * Who took part in which role: the mediator, the heads of delegation, observers.
   */
  participants?: Participant[];
  /**
   * Where the source reports the event.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * An actor taking part in an event in a named role: a mediator, a head of delegation.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "participant".
 */
export interface Participant {
  /**
   * The id of the participant, e.g. `brahimi`.
   */
  actor: LocalId;
  /**
   * The part it plays, e.g. `mediator`.
   */
  role: ParticipantRole;
  /**
   * The id of the actor it represents, e.g. `syrian-opposition` for a delegation's head.
   */
  on_behalf_of?: LocalId;
  /**
   * Where the source says so.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * A conclusion the analyst draws.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "judgment".
 */
export interface Judgment {
  /**
   * The judgment's id, unique within the brief.
   */
  id: LocalId;
  /**
   * The conclusion in words.
   */
  statement: Text;
  /**
   * The confidence the source expresses in the statement, reflecting its hedges: the
   * analyst's, or the `holder`'s when it is set (a minister `sure` of a deal is `high`);
   * `unstated` when the source expresses none.
   */
  confidence: Confidence;
  /**
   * How likely the analyst holds the statement to be, as a word on a scale.
   */
  likelihood?: Likelihood;
  /**
   * The source's own hedging words, e.g. `it may be assumed`.
   */
  hedge?: Text;
  /**
   * The ids of the objects the judgment is about.
   */
  about?: LocalId[];
  /**
   * Whose judgment it is, if not the analyst's, e.g. a minister expecting no breakthrough.
   */
  holder?: LocalId;
  /**
   * How far ahead the judgment looks, e.g. `in the short term`.
   */
  horizon?: Horizon;
  /**
   * The ids of the judgments this one rests on, e.g. `[j-linkage-on-paper]`.
   */
  based_on?: LocalId[];
  /**
   * When the judgment was made, e.g. `2018-04-27` for a forecast of that day.
   */
  made?: EdtfDate;
  /**
   * Amounts it states, e.g. fissile material for 20 to 60 weapons.
   */
  quantities?: Quantity[];
  /**
   * Whether it was borne out, when later facts decide it.
   */
  outcome?: Outcome;
  /**
   * Where the source draws the conclusion.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * An agreement or other document the text is about: a treaty, a deal, a draft, a regime.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "document".
 */
export interface Document {
  /**
   * The document's id, unique within the brief, e.g. `doc-new-start`.
   */
  id: LocalId;
  /**
   * Its name, e.g. `Treaty on Measures for the Further Reduction ... (New START)`.
   */
  title: Text;
  /**
   * What sort of document it is, e.g. `treaty`.
   */
  kind: DocumentKind;
  /**
   * How far it has gone, as the source tells it, e.g. `in-force`.
   */
  status: DocumentStatus;
  /**
   * The ids of its parties, or the actors it is meant to bind, e.g. `[us, russia]`.
   */
  parties?: LocalId[];
  /**
   * The ids of the actors that wrote or put it forward, when not (all) its parties,
   * e.g. `[us]` for a plan published for two other parties.
   */
  authors?: LocalId[];
  /**
   * The ids of the actors it is aimed at, e.g. those a sanctions regime targets.
   */
  targets?: LocalId[];
  /**
   * What it says or does, e.g. `Caps deployed strategic warheads at 1,550.`
   */
  description?: Text;
  /**
   * The ids of the issues it settles or concerns, e.g. `[strategic-arms]`.
   */
  issues?: LocalId[];
  /**
   * The id of the document it belongs to, e.g. a treaty for its protocol.
   */
  part_of?: LocalId;
  /**
   * When it was put forward, e.g. a draft tabled.
   */
  proposed?: EdtfDate;
  /**
   * When it was made public, e.g. `2020-01-28`.
   */
  published?: EdtfDate;
  /**
   * When its text was agreed or reached, before any signature.
   */
  agreed?: EdtfDate;
  /**
   * When it was signed, e.g. `2010-04-08`.
   */
  signed?: EdtfDate;
  /**
   * When it entered into force, e.g. `2011-02-05`.
   */
  in_force?: EdtfDate;
  /**
   * When it expired or was ended, e.g. `2026-02-05`.
   */
  ended?: EdtfDate;
  /**
   * Which of its dates the source does not state and the analyst inferred, e.g.
   * `[signed]`.
   */
  inferred_dates?: DocumentDate[];
  /**
   * How long it runs, e.g. ten years (`P10Y`) from its entry into force.
   */
  term?: Term;
  /**
   * Amounts it sets, e.g. at most 1,550 deployed strategic warheads.
   */
  quantities?: Quantity[];
  /**
   * Where the source names or describes it.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * By when something must be done: `withdraw within 90 days`, `by 31 December 2018`.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "deadline".
 */
export interface Deadline {
  /**
   * The deadline in the source's words, e.g. `within 90 days of signing`.
   */
  description?: Text;
  /**
   * How long there is, as an ISO 8601 duration, e.g. `P90D`.
   */
  within?: Duration;
  /**
   * The date by which, e.g. `2018-12-31`.
   */
  by?: EdtfDate;
  /**
   * The date `within` is counted from.
   */
  start?: EdtfDate;
  /**
   * The id of the event `within` is counted from, e.g. `ev-signing`.
   */
  starts_with?: LocalId;
  /**
   * Where the source states the deadline.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * Extra data outside this schema. Keys are namespaced (`namespace:name`, e.g. `org.example:score`); values are any JSON and are preserved exactly.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "extensions".
 */
export interface Extensions {
  [k: string]: unknown | undefined;
}
/**
 * How far ahead a judgment looks: `in the short term`, `by the end of 2014`.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "horizon".
 */
export interface Horizon {
  /**
   * The horizon in the source's words, e.g. `in the short term`.
   */
  description: Text;
  /**
   * How far ahead, when the source says, e.g. `P6M` for six months.
   */
  duration?: Duration;
  /**
   * The date the judgment looks to, e.g. `2014` for `by the end of 2014`, or an interval
   * for a span such as a season, e.g. `2014-06/2014-08` for `by the summer`.
   */
  until?: EdtfDateOrInterval;
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * A probability stated as a word and the scale the word belongs to.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "likelihood".
 */
export interface Likelihood {
  /**
   * The likelihood word.
   */
  term: LikelihoodTerm;
  /**
   * The scale the word comes from, or `unnamed` when the source names none: a word such
   * as `unlikely` means different odds on different scales.
   */
  scale: LikelihoodScale;
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * Whether what a judgment said came to pass, and when that was known.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "outcome".
 */
export interface Outcome {
  /**
   * `borne-out`, `partly-borne-out` or `not-borne-out`.
   */
  status: OutcomeStatus;
  /**
   * When it was borne out or not, e.g. the day the visit took place.
   */
  date?: EdtfDate;
  /**
   * What happened, e.g. `Moon visited Pyongyang on 18-20 September 2018.`
   */
  description?: Text;
  /**
   * Where the source says so.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * What a conceding actor received, or expects, in exchange.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "reciprocity".
 */
export interface Reciprocity {
  /**
   * Whether anything was received in exchange.
   */
  status: ReciprocityStatus;
  /**
   * What was received or expected, or why nothing was.
   */
  description?: Text;
  /**
   * Ids of the other side's concessions given in return for this one, e.g. `[con-iran-cut]`.
   */
  in_return_for?: LocalId[];
  /**
   * Where the source says so.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * The text a brief analyses, identified by the SHA-256 of its bytes.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  /**
   * The source's title.
   */
  title: Text;
  /**
   * SHA-256 of the source text encoded as UTF-8: what the offsets count into.
   */
  sha256: Sha256;
  /**
   * Who published the source.
   */
  publisher?: Text;
  /**
   * The source's authors, when known.
   */
  authors?: Text[];
  /**
   * Where the source was published.
   */
  url?: Url;
  /**
   * The language of the source text.
   */
  language?: LanguageTag;
  /**
   * When the source was published.
   */
  published?: EdtfDate;
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
/**
 * How long something holds: an ISO 8601 duration, and when it starts.
 *
 * This interface was referenced by `Brief`'s JSON-Schema
 * via the `definition` "term".
 */
export interface Term {
  /**
   * How long, e.g. `P10Y`, `P60D`.
   */
  duration: Duration;
  /**
   * How `duration` relates to the true length, e.g. `at most` for "up to"; absent: exactly.
   */
  bound?: Comparator;
  /**
   * The day (or month, or year) the term starts, e.g. `2016-01-16`.
   */
  start?: EdtfDate;
  /**
   * The id of the event the term runs from, e.g. `ev-implementation-day`.
   */
  starts_with?: LocalId;
  /**
   * Where the source states the term.
   */
  evidence?: Evidence[];
  /**
   * Namespaced extra data.
   */
  extensions?: Extensions;
}
