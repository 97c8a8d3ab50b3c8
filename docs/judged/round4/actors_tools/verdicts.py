"""Round-4 actor verdicts (judged by hand) -> docs/judged/round4/actors.jsonl and the table numbers.

Fields: actor (an actor at all), name, country (on the document date), sector, kind, mentions
(no mention of another actor or a place merged in). 1 right, 0 wrong, None not judged (not an actor).
"""
import json

R = {  # n: (actor, name, country, sector, kind, mentions, {field: reason})
    1: (0, None, None, None, None, None, {"actor": "CNBC's 'Street Signs' is a TV show, not an actor"}),
    2: (0, None, None, None, None, None, {"actor": "'as Apple's C.E.O.' names a post held by Jobs, not a referring actor"}),
    3: (0, None, None, None, None, None, {"actor": "every mention is the A380 aircraft ('the Airbus A380', 'its maiden flight', 'when it enters service', 'The new Airbus'), not the company"}),
    4: (1, 1, 1, 1, 1, 1, {}),
    5: (1, 0, 0, 0, 1, 1, {"name": "'BoA' is the parenthetical abbreviation; 'Bank of America' stands right before it", "country": "null; Bank of America is USA", "sector": "null; a bank is BUS"}),
    6: (0, None, None, None, None, None, {"actor": "'Apple TV' is a product (and the name keeps a newline); sector JRN from 'TV'"}),
    7: (1, 1, 0, 0, 1, 0, {"country": "null; Apple Computer is USA", "sector": "null; BUS", "mentions": "'they point out' refers to the reviewers, not Apple"}),
    8: (0, None, None, None, None, None, {"actor": "'ALAFCO ... of Kuwait': a place modifying a company, neither acts nor is acted on"}),
    9: (1, 1, 0, 1, 1, 0, {"country": "null; Apple is USA", "mentions": "'it is incredible', 'their devices' (users), 'The group' (Consumer Reports), 'as it has for iPhone 4' (the issue) merged into Apple"}),
    10: (1, 0, 1, 1, 0, 0, {"name": "the analyst is Dennis DesRosier ('DesRoiser' is the article's typo, full name not merged)", "kind": "a person typed organization", "mentions": "'it' (the plant, in his quote), 'its 53 executive officers' and 'the company' (Ford) merged into the analyst"}),
    11: (1, 0, 1, 1, 1, 0, {"name": "'American governments' made from 'either Canadian or US governments'", "mentions": "the one mention span also covers the Canadian government"}),
    12: (1, 1, 0, 0, 1, 1, {"country": "null; a Boeing business unit is USA", "sector": "null; BUS"}),
    13: (1, 1, 1, 1, 1, 0, {"mentions": "'Obama's administration said it would not give' -- 'it' (the administration) merged into GM"}),
    14: (0, None, None, None, None, None, {"actor": "Moscone West Convention Center is a venue (a place), typed kind=country"}),
    15: (1, 1, 0, 1, 1, 1, {"country": "null; Apple Computer is USA"}),
    16: (1, 1, 0, 0, 1, 1, {"country": "null; Penske Automotive Group is USA", "sector": "null; BUS"}),
    17: (1, 1, 0, 0, 1, 1, {"country": "null although the appositive says 'the US Treasury Secretary'", "sector": "null; Treasury Secretary is GOV"}),
    18: (0, None, None, None, None, None, {"actor": "'US $199' is a currency, not the United States"}),
    19: (1, 0, 1, 1, 0, 1, {"name": "'activist organization' -- the appositive names it: the Project on Government Oversight", "kind": "an organization typed person"}),
    20: (1, 1, 1, 1, 1, 1, {}),
    21: (1, 1, 0, 0, 1, 1, {"country": "null; UAW (US union) -> USA", "sector": "GOV from 'Vice President'; he is a union (UAW) vice president -> LAB"}),
    22: (1, 1, 0, 0, 1, 1, {"country": "null; General Motors is USA", "sector": "MIL from the word 'General' in 'General Motors'"}),
    23: (1, 1, 1, 1, 1, 1, {}),
    24: (1, 1, 0, 1, 1, 0, {"country": "null; Apple is USA", "mentions": "'The company claims to possess the trademark', 'it sells devices', 'its divisions' are Cisco, merged into Apple"}),
    25: (1, 0, 1, 0, 0, 0, {"name": "the acting body is the 'United States National Transportation Safety Board', merged as an alias of the country", "sector": "NTSB is GOV", "kind": "an agency typed country", "mentions": "'American soil' (a place) merged with the NTSB"}),
    26: (0, None, None, None, None, None, {"actor": "'Dashboard' is an OS X feature, typed person with USA from context"}),
    27: (1, 1, 1, 1, 0, 1, {"kind": "Washington Mutual, a bank, typed person"}),
    28: (0, None, None, None, None, None, {"actor": "'sales ... in the US' / 'market in the country': a place"}),
    29: (1, 0, 1, 1, 1, 1, {"name": "left as the description 'Indonesia's transport minister'; the next sentence names him (Jusman Syafii Djamal) and is not merged"}),
    30: (1, 1, 1, 1, 1, 1, {}),
    31: (1, 0, 0, 1, 1, 1, {"name": "'size insurance company' cut out of 'mid-size insurance company, Yamato Life Insurance Company' (the appositive name not taken)", "country": "null; the sentence is about Japan (JPN)"}),
    32: (1, 1, 1, 1, 1, 1, {}),
    33: (0, None, None, None, None, None, {"actor": "'Mail and Auto Save' are Mac OS X Lion features"}),
    34: (0, None, None, None, None, None, {"actor": "'Macbook and Macbook Pro' are products"}),
    35: (0, None, None, None, None, None, {"actor": "'Automobile sales in the United States': a place"}),
    36: (1, 0, 1, 0, 1, 0, {"name": "'General Motor' cut from the possessive \"General Motor's\"", "sector": "MIL from 'General'", "mentions": "'customers who lose their job' merged into GM"}),
    37: (0, None, None, None, None, None, {"actor": "'the British FTSE index': an adjective of a stock index"}),
    38: (1, 1, 1, 1, 1, 1, {}),
    39: (0, None, None, None, None, None, {"actor": "'Director of Air Force Communications Bill Bodie': part of a person's title, the office does nothing"}),
    40: (1, 1, 1, 1, 1, 1, {}),
    41: (1, 1, 1, 1, 1, 0, {"mentions": "'It is highly unusual' (expletive) and 'its communication network' (the country) merged into the police"}),
    42: (1, 1, 0, 1, 1, 1, {"country": "AFG from context; 'An Army drone' with an American family: the US military (USA)"}),
    43: (0, None, None, None, None, None, {"actor": "'the Haba neighborhood' is a place"}),
    44: (1, 1, 1, 1, 1, 1, {}),
    45: (0, None, None, None, None, None, {"actor": "'(END)' is a wire end marker"}),
    46: (1, 1, 0, 1, 1, 1, {"country": "null; an international tribunal should carry an IGO code"}),
    47: (1, 1, 0, 1, 1, 1, {"country": "null; the troops are the US-led NATO battalions of the previous sentence (NATO)"}),
    48: (1, 1, 0, 1, 1, 1, {"country": "null; the government of Somalia (SOM) in a Somalia story"}),
    49: (0, None, None, None, None, None, {"actor": "'its Amaq News Agency website' is a platform"}),
    50: (1, 1, 1, 1, 1, 1, {}),
    51: (1, 1, 1, 1, 1, 1, {}),
    52: (1, 1, 1, 1, 1, 0, {"mentions": "'\"It was a positive approach' (the deal) and 'the group' (the experts) merged into the European Parliament"}),
    53: (1, 1, 0, 1, 1, 1, {"country": "null; the officials are Philippine (President Aquino signed, PHL)"}),
    54: (0, None, None, None, None, None, {"actor": "only mention is 'the southern port of Aden' (a place) made an alias of the Yemen government"}),
    55: (1, 1, 0, 1, 1, 1, {"country": "null; Haitian teachers (HTI)"}),
    56: (1, 1, 1, 1, 1, 1, {}),
    57: (0, None, None, None, None, None, {"actor": "'the village of Manalat on Ternate Island' is a place"}),
    58: (0, None, None, None, None, None, {"actor": "mentions are Idaho, Wyoming, 'U.S. Route' 160 and the town's 'its': places merged into a 'United States' actor"}),
    59: (1, 1, 1, 1, 1, 1, {}),
    60: (1, 1, 1, 1, 1, 1, {}),
    61: (1, 1, 0, 1, 1, 1, {"country": "null; 'Lithuania's president said ... the Baltic country's military' -> LTU"}),
    62: (1, 0, 0, 1, 1, 0, {"name": "'Polynesia' cut from 'French Polynesia'", "country": "null; French Polynesia is PYF", "mentions": "'the nation's oil' (New Caledonia) and 'It also includes' (the deal) merged in"}),
    63: (1, 1, 1, 1, 1, 1, {}),
    64: (1, 1, 0, 1, 1, 1, {"country": "null; Panamanian authorities (PAN)"}),
    65: (1, 1, 1, 1, 1, 0, {"mentions": "'it said' (the ICRC), 'They are doing' and 'their' (the journalists) merged into Italy"}),
    66: (1, 1, 0, 1, 1, 1, {"country": "null; 'the Syrian Foreign Ministry' one sentence before (SYR)"}),
    67: (1, 1, 0, 0, 1, 1, {"country": "null; 'a spokesman for the government in Aden' (YEM)", "sector": "null; a government spokesman is GOV"}),
    68: (0, None, None, None, None, None, {"actor": "'despite having a stable government' is non-referential"}),
    69: (1, 1, 1, 1, 1, 0, {"mentions": "expletive 'it is the duty of the government' merged in"}),
    70: (1, 1, 1, 0, 1, 1, {"sector": "LAB from 'Union' in 'Rugby Union', a sports body, not a trade union"}),
    71: (0, None, None, None, None, None, {"actor": "only mention is 'the capital city N'Djamena' seized by rebels: a place"}),
    72: (1, 1, 1, 1, 1, 1, {}),
    73: (1, 1, 1, 1, 1, 1, {}),
    74: (1, 1, 1, 1, 1, 1, {}),
    75: (1, 1, 1, 1, 1, 1, {}),
    76: (1, 1, 1, 1, 1, 1, {}),
    77: (0, None, None, None, None, None, {"actor": "mentions are 'Uzbekistan's Dushanbe Mayor' (a place in a title) and 'They' (the leaders)"}),
    78: (1, 1, 1, 1, 1, 0, {"mentions": "'when it was hit' (the vessel) merged into the ministry"}),
    79: (1, 1, 1, 1, 0, 1, {"kind": "'the popular uprising' typed person"}),
    80: (1, 1, 1, 1, 1, 1, {}),
}
FIELDS = ("actor", "name", "country", "sector", "kind", "mentions")


def main() -> None:
    s = json.load(open("/tmp/j4a_sample.json"))
    items = s["mt"] + s["st"]
    recs = {}
    for p in ("/tmp/j4a_mt_out.jsonl", "/tmp/j4a_st_out.jsonl"):
        for line in open(p):
            r = json.loads(line)
            recs[r["source"]["id"]] = r
    rows = []
    for n, it in enumerate(items, 1):
        v = dict(zip(FIELDS, R[n][:6]))
        v["all"] = int(all(v[f] == 1 for f in FIELDS))
        t = recs[it["doc"]]["text"]
        m = it["actor"]["mentions"][0]
        a, b = t.rfind("\n", 0, m["start"]) + 1, t.find("\n", m["end"])
        rows.append({"n": n, "corpus": "meantime" if n <= 40 else "stories", "doc": it["doc"],
                     "document_date": it["document_date"], "sentence": t[a:b if b >= 0 else len(t)][:400],
                     "predicted": it["actor"], "verdict": v, "reasons": R[n][6]})
    with open("docs/judged/round4/actors.jsonl", "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for part, sel in (("all", rows), ("meantime", rows[:40]), ("stories", rows[40:])):
        acts = [r for r in sel if r["verdict"]["actor"] == 1]
        line = [f"actor {sum(r['verdict']['actor'] for r in sel)}/{len(sel)}"]
        for f in FIELDS[1:]:
            line.append(f"{f} {sum(r['verdict'][f] for r in acts)}/{len(acts)}")
        line.append(f"all {sum(r['verdict']['all'] for r in sel)}/{len(sel)}")
        print(part, " | ".join(line))


main()
