"""Who took part in what: participants of verb frames and of scenes."""

from __future__ import annotations

from spacy.tokens import Token

from ..index import DocumentIndex, Findings, lemma
from ..registry import rule


@rule(
    "participant-verb",
    makes=("participatedIn", "organisedBy", "launched"),
    triggers=(
        "participation_verbs",
        "dobj_participation_verbs",
        "organising_verbs",
        "exhibiting_verbs",
        "stand_nouns",
    ),
    example="Huawei exhibited its 5G phones at the 15th China-ASEAN Expo.",
    expect=("Huawei", "participatedIn", "15th China-ASEAN Expo"),
    counter="Huawei sold phones in Nanning.",
)
def participant_verbs(ix: DocumentIndex, found: Findings) -> None:
    """ "X exhibited at E", "X attended E", "X took part in E", "X travelled to Nanning
    for E", "E was attended by X", "X was among the leaders at the opening of E"."""
    lex = ix.lex
    for verb in ix.verbs:
        verb_lemma = lemma(verb)
        if verb_lemma in ("lead", "head") and verb.head.lemma_.lower() == "delegation":
            # "a delegation led by Deputy Prime Minister X": X came to the event
            for prep, target in ix.prepositions(verb):
                if prep == "by" and ix.core(ix.entity(target)) == "Person":
                    found.unplaced.append((ix.entity(target), verb))
        subjects = ix.subjects(verb)
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            events = [k for k in ix.keys(subjects, event=True) if ix.core(k) == "Event"]
            if verb_lemma in lex["dobj_participation_verbs"]:
                agents = [
                    *(k for p, t in ix.prepositions(verb) if p == "by" for k in ix.phrase_keys(t)),
                    # "attended by A, B, C and D": long lists of titled names break the tree
                    *(
                        k
                        for c in verb.children
                        if c.dep_ == "agent"
                        for k in ix.listed_after(c.i + 1, ("Organisation", "Person"))
                    ),
                ]
                for event in events:
                    for agent in dict.fromkeys(agents):
                        found.add(agent, "participatedIn", event, f"{verb_lemma}-by", verb)
            continue
        participants = [
            k for k in ix.keys(ix.widen(subjects)) if ix.core(k) in ("Organisation", "Person")
        ]
        if not participants:
            continue
        if verb_lemma in lex["organising_verbs"] or verb_lemma in ("launch", "unveil", "initiate"):
            for obj in ix.objects(verb):
                for event in ix.keys(ix.group(obj), event=True):
                    if verb_lemma in lex["organising_verbs"] and verb_lemma != "open":
                        for participant in participants:
                            found.add(
                                event, "organisedBy", participant, f"{verb_lemma}-active", verb
                            )
                            # "Wen and his counterparts held a summit": people who hold
                            # a meeting take part in it
                            found.add(
                                participant, "participatedIn", event, f"{verb_lemma}-held", verb
                            )
                for initiative in ix.launch_targets(obj):
                    for participant in participants:
                        found.add(participant, "launched", initiative, verb_lemma, verb)
            holds_talks = any(lemma(o) in lex["meeting_nouns"] for o in ix.objects(verb))
            if verb_lemma in lex["organising_verbs"] and verb_lemma not in ("run", "open"):
                if not holds_talks:
                    continue
                verb_lemma = "hold-talks"  # "Keppel held talks with port officials"
                found.unplaced.extend((participant, verb) for participant in participants)
        events = events_at(ix, verb, participation=verb_lemma in lex["participation_verbs"])
        if verb_lemma in lex["dobj_participation_verbs"]:
            for obj in ix.objects(verb):
                events += [k for k in (ix.event(o) for o in ix.group(obj)) if k]
        # "runs a booth", "said at the centre's booth": a stand is at the event in scope
        runs_a_stand = any(lemma(o) in lex["stand_nouns"] for o in ix.objects(verb)) or any(
            p in ("at", "in") and lemma(t) in lex["stand_nouns"] for p, t in ix.prepositions(verb)
        )
        if not events and (verb_lemma in lex["presence_verbs"] or runs_a_stand):
            found.unplaced.extend((participant, verb) for participant in participants)
        for event in events:
            for participant in participants:
                found.add(participant, "participatedIn", event, f"{verb_lemma}-event", verb)


def events_at(ix: DocumentIndex, verb: Token, *, participation: bool) -> list[str]:
    """Events a verb's clause places its subject at.

    "at"/"during" E anywhere in the clause's phrases (the parser often hangs "at E"
    on the object); "in"/"to"/"for" E only right on a participation verb.
    """
    found: list[str] = []
    for prep, target in ix.prepositions(verb):
        if prep in ("in", "to", "for") and participation:
            event = ix.event(target)
            if event and event not in found:
                found.append(event)
    stack = [c for c in verb.children if c.dep_ in ("prep", "dobj", "attr", "npadvmod")]
    while stack:
        token = stack.pop()
        if token.dep_ in ("relcl", "acl", "ccomp", "advcl", "conj") and token.pos_ == "VERB":
            continue
        if token.dep_ == "prep" and (
            token.lower_ in ("at", "during") or (token.lower_ == "on" and participation)
        ):
            for pobj in token.children:
                if pobj.dep_ == "pobj":
                    for target in ix.group(pobj):
                        event = ix.event(target)
                        if event and event not in found:
                            found.append(event)
        stack += [c for c in token.children if c.dep_ in ("prep", "pobj", "dobj", "attr")]
    return found


@rule(
    "scene",
    makes=("participatedIn",),
    example="At the 15th China-ASEAN Expo, Huawei presented new phones.",
    expect=("Huawei", "participatedIn", "15th China-ASEAN Expo"),
    counter="After the 15th China-ASEAN Expo, Huawei presented new phones.",
)
def scenes(ix: DocumentIndex, found: Findings) -> None:
    """ "At the 15th CAEXPO, Huawei presented ..." sets the scene for what follows in the
    paragraph: whoever acts there takes part in the event."""
    for sentence in ix.sentences:
        scene = ix.scene(sentence[0])
        if scene is None:
            continue
        for verb in sentence:
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                continue
            for participant in ix.keys(ix.subjects(verb)):
                if ix.core(participant) in ("Organisation", "Person"):
                    found.add(participant, "participatedIn", scene, f"scene-{lemma(verb)}", verb)


def list_members(ix: DocumentIndex, noun: Token, classes: tuple[str, ...]) -> list[str]:
    """The entities a plural noun lists: "Guests ... included A, B and C", "Among the
    guests were A and B", "exhibitors such as X and Y", "40 firms, including P and Q"."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma(verb) in ix.lex["list_verbs"]:
        return ix.listed_after(verb.i + 1, classes)
    among = noun.head
    if noun.dep_ == "pobj" and among.lower_ == "among" and among.head.pos_ in ("AUX", "VERB"):
        # "Among the guests were A, B and C": the names follow the verb (or precede it)
        after = ix.listed_after(among.head.i + 1, classes)
        return after or [
            k for k in ix.keys(ix.widen(ix.subjects(among.head))) if ix.core(k) in classes
        ]
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        # "More than 2,800 companies took part, among them Huawei, ZTE and Alibaba"
        end = ix.sentence(verb).end
        for token in ix.tokens[verb.i + 1 : end - 1]:
            if token.lower_ == "including" or (
                token.lower_ == "among" and ix.tokens[token.i + 1].lower_ in ("them", "whom")
            ):
                start = token.i + (1 if token.lower_ == "including" else 2)
                return ix.listed_after(start, classes)
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ == "such":
            marker = next((c for c in child.children if c.lower_ == "as"), None)
            if marker is not None:  # "exhibitors such as X": spaCy hangs "as X" on "such"
                return ix.listed_after(marker.i + 1, classes)
        if child.dep_ == "prep" and (
            child.lower_ in ix.lex["list_markers"]
            or (child.lower_ == "as" and any(c.lower_ == "such" for c in child.lefts))
        ):
            return ix.listed_after(child.i + 1, classes)
    return []


def _event_of_role(ix: DocumentIndex, noun: Token) -> str | None:
    """The event a role noun belongs to: its own phrase ("guests at the opening of E"),
    its clause ("sent 40 firms to E"), the one event of its sentence, or the edition
    the article is about."""
    for prep, target in ix.prepositions_of_noun(noun):
        if prep in ("at", "of", "to", "for", "during", "in"):
            event = ix.event(target)
            if event:
                return event
    head = noun
    while head.dep_ in ("pobj", "prep", "appos", "conj", "dobj", "nsubj", "nsubjpass", "attr"):
        if head.head == head:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            events = events_at(ix, head, participation=True)
            if events:
                return events[0]
            break
    sentence = ix.sentence(noun)
    series = set(ix.resolved.editions.values())
    events = {k for _, k in ix.mentions_in(sentence) if ix.core(k) == "Event" and k not in series}
    if len(events) == 1:
        return events.pop()
    return ix.event_in_scope(noun)


@rule(
    "role-list",
    makes=("participatedIn",),
    triggers=("participant_role_nouns", "list_verbs", "list_markers"),
    example=(
        "Guests at the opening of the 12th China-ASEAN Expo included Vice-Premier "
        "Zhang Gaoli and Deputy Prime Minister Tanasak Patimapragorn."
    ),
    expect=("Tanasak Patimapragorn", "participatedIn", "12th China-ASEAN Expo"),
    counter="Critics of the 12th China-ASEAN Expo included Zhang Gaoli.",
)
def role_lists(ix: DocumentIndex, found: Findings) -> None:
    """People and organisations listed under a participant's role (guests, exhibitors,
    delegates, firms) take part in that role's event."""
    for noun in ix.tokens:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if lemma(noun) not in ix.lex["participant_role_nouns"]:
            continue
        members = list_members(ix, noun, ("Organisation", "Person"))
        if not members:
            continue
        event = _event_of_role(ix, noun)
        for key in members:
            found.add(key, "participatedIn", event, "role-list", noun)


@rule(
    "joined-by-list",
    makes=("participatedIn",),
    triggers=("presence_verbs",),
    example=(
        "The 12th China-ASEAN Expo opened on Friday. Joining him at the ribbon-cutting were "
        "Liu Zhengdong and Bong Yik Jui."
    ),
    expect=("Bong Yik Jui", "participatedIn", "12th China-ASEAN Expo"),
    counter=(
        "The 12th China-ASEAN Expo opened on Friday. Critics of the ribbon-cutting were "
        "Liu Zhengdong and Bong Yik Jui."
    ),
)
def joined_by_lists(ix: DocumentIndex, found: Findings) -> None:
    """ "Joining him at the ribbon-cutting were A, B and C", "Among them were A; B; C" (after
    a sentence saying who took part): an inverted list of those present. Read from the
    surface: the parser often takes the gerund for the main verb."""
    people = ("Organisation", "Person")
    for index, sentence in enumerate(ix.sentences):
        words = [t for t in sentence if not (t.is_punct or t.is_space)]
        if len(words) < 3:
            continue
        first = words[0]
        copula = next((t for t in words[1:] if t.lower_ in ("were", "was", "are", "is")), None)
        if copula is None:
            continue
        event = None
        if first.tag_ == "VBG" and lemma(first) in ix.lex["presence_verbs"]:
            events = events_at(ix, first, participation=True)
            event = events[0] if events else ix.event_in_scope(first)
        elif first.lower_ == "among" and words[1].lower_ in ("them", "those", "these"):
            before = ix.sentences[index - 1] if index else None
            events = [k for _, k in ix.mentions_in(before)] if before is not None else []
            events = [k for k in events if ix.core(k) == "Event"]
            event = events[0] if events else ix.event_in_scope(first)
        else:
            continue
        for member in ix.listed_after(copula.i + 1, people):
            found.add(member, "participatedIn", event, "joined-by-list", copula)
