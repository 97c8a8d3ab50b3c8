"""Round-7 actor judgements (seed 20261205): write docs/judged/round7/actors.jsonl.

NOT_ACTOR maps sample index -> reason; WRONG maps index -> {field: reason}.
Fields not listed are right. For non-actors the other fields are not judged (null)."""
import json

FIELDS = ("name", "country", "sector", "kind", "mentions")
NOT_ACTOR = {
    1: "place: 'jobs in France', 'French sites', 'union in France'; France never acts",
    2: "an event (Apple's conference), not an actor; 'their' (users) merged in",
    4: "predicate role noun ('his post as CEO', 'take over as CEO', 'serving as interim CEO'), not a referring actor; Jobs's post and Cook's role merged",
    12: "a product (Mac OS X Lion), coded kind=person",
    15: "place: 'sales ... in the US', 'market in the country'",
    16: "economy modifier/place ('the US economy'); 'its' is the Dow index",
    25: "place: 'Virgin will be in the UK'",
    26: "place: 'available ... in the United States'",
    33: "place: 'US and Canadian production', 'St. Thomas, Ontario, Canada'; Ontario made an alias of Canada",
    39: "place: flight 'from Tokyo to Hong Kong'",
    40: "predicate role noun: Charles Taylor 'sworn in ... as a senior official at the WHO'; coded LBR/GOV though the post is at WHO",
    48: "place: 'Syrian city of Homs', 'parts of Syria', 'in Syria'",
    49: "place/possessive ('Hungary's biggest media outlets'); the outlet 'Hungary Reports' and 'they' (the outlets) merged in",
    54: "place of origin ('people from the Democratic Republic of Congo'); 'they' (the protesters) merged in",
    58: "region ('insurgent groups from the Middle East'), coded kind=country",
    63: "'its mission in East Africa' is a task, not a diplomatic mission",
    64: "adjective of media ('local Russian news services', 'NTV's Russian service'); Russia does not act",
    66: "'Pacific': an actor made only of pronouns (expletive it's, the administration's its, 'It is a matter of life')",
    73: "place name modifying 'Haro Valley council head'; the council/its head is the actor",
    79: "'the South American nation' is Paraguay as a place; resolved to the United States",
}
WRONG = {
    0: {"name": "truncated 'mid-size' -> 'size insurance company'; apposite name Yamato Life Insurance Company not used",
        "country": "Japan stated in the sentence ('Japan also saw a collapse of ...') -> JPN"},
    3: {"sector": "company spokeswoman (Procter & Gamble) -> BUS"},
    7: {"name": "'not only the auto workers' keeps the negation/focus words",
        "country": "'Millions of Americans, not only the auto workers' -> USA"},
    9: {"kind": "plural 'Chinese airlines' is a group"},
    13: {"mentions": "'It is expected that ...' (expletive it) merged in"},
    14: {"mentions": "'funds it has already received': it = GM, merged into the US government"},
    18: {"mentions": "two 'it' = 'one of the worst bear markets' merged in"},
    23: {"sector": "Apple executive (Phil Schiller) coded LAB from the word 'Employee'; BUS"},
    27: {"mentions": "'It can seat up to 150 people': it = the A320 aircraft"},
    29: {"kind": "retailer coded person", "country": "'U.S. electronics retailer Best Buy' -> USA",
         "sector": "retailer -> BUS"},
    30: {"mentions": "'a European company and its foreign workers' (its = EADS) and 'I regret that it has taken so long' merged in"},
    31: {"mentions": "'the flagging car industry' merged into Bob Corker"},
    34: {"mentions": "'their credit histories' (borrowers), 'they obtain' (lenders), 'it is feared' (expletive) x2, 'their profits' (banks) merged in",
         "sector": "sub-prime lender -> BUS"},
    35: {"mentions": "'the tanker replacement contract' merged into John McCain"},
    38: {"mentions": "'get them on the iTunes Music Store': them = the Beatles"},
    43: {"kind": "ethnic community coded organization -> group", "sector": "ethnic group -> CVL/ETH, not null"},
    45: {"country": "four NRL teams / Canberra clubs -> AUS", "mentions": "'their respective identities' = the Canberra clubs"},
    50: {"mentions": "'a country to cut off its communication network': its = the country, merged into the police"},
    51: {"kind": "'the ethnic group' is a group, not an organization"},
    53: {"mentions": "'the ruling coalition and its presidential candidate': its = the coalition"},
    55: {"country": "'Prime Minister Raul Jungmann of Luxembourg' -> LUX"},
    57: {"name": "'UAE's withdrawal from the court' is the ICC, not a UAE court",
         "country": "ICC -> IGO code, not ARE"},
    65: {"mentions": "'the funeral of a former president and the North' merged into Park Geun-hye"},
    67: {"mentions": "'their dissolution' (the 'deviationists' group) merged into the court"},
    69: {"sector": "'the Castro government' -> GOV (head of state), not null"},
    74: {"name": "generic 'militant organization'; the text names it 'Amerikan Taliban'",
         "kind": "an organization coded person"},
    76: {"kind": "'civil society groups' coded person; group"},
}
NOTES = {
    3: "affiliation -> an actor named 'Gamble' (Procter & split); role 'Gamble spokeswoman'",
    17: "affiliation -> an actor named 'Analyst' (a title word)",
    23: "affiliation -> an actor named 'Employee' (a title word)",
    35: "affiliation -> an actor named 'Sen.' (a title word)",
    38: "name 'Apple Inc.' on a 2006 document (then Apple Computer, Inc.): accepted as canonical",
    78: "'they' covers the U.S. Embassy and the Cuban Defense Ministry together: accepted",
    27: "Airbus coded FRA (pan-European company; accepted)",
}


def main() -> None:
    sample = json.load(open("/tmp/j8actors/sample.json"))
    with open("docs/judged/round7/actors.jsonl", "w") as f:
        for i, o in enumerate(sample):
            a = o["actor"]
            v: dict[str, object] = {"actor": i not in NOT_ACTOR}
            reasons: dict[str, str] = {}
            if i in NOT_ACTOR:
                reasons["actor"] = NOT_ACTOR[i]
                for k in FIELDS:
                    v[k] = None
                v["all"] = False
            else:
                w = WRONG.get(i, {})
                for k in FIELDS:
                    v[k] = k not in w
                reasons.update(w)
                v["all"] = not w
            row = {"n": i, "corpus": o["corpus"], "doc": o["doc"], "document_date": o["date"],
                   "sentence": o["sentence"],
                   "predicted": {k: a.get(k) for k in ("id", "name", "kind", "country", "sector", "role",
                                                       "affiliation", "aliases", "source", "rule")}
                   | {"mentions": [m["text"] for m in a["mentions"]]},
                   "verdict": v, "reasons": reasons}
            if i in NOTES:
                row["note"] = NOTES[i]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
