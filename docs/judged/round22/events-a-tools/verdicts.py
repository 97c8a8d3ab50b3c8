"""Round 22, judge a: verdicts on events-a-items.jsonl (60 events, seed 20261320).

Each verdict: n -> (event, type, source, target, date, modality, reason), 1/0, scored by
docs/judged/CONVENTIONS.md. Run from docs/judged/round22:
    /work/main/.venv/bin/python events-a-tools/verdicts.py
writes events-a.jsonl and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
NON = (0, 0, 0, 0, 0, 0)

V = {
    1: (1, 1, 1, 0, 1, 1, "target: asylum is granted to the 16 individuals; the US is the party of the swap, not a grantee of asylum (coder: target = 16 individuals, no country)"),
    2: (1, 1, 1, 1, 1, 1, ""),
    3: (1, 1, 1, 0, 1, 1, "target: 'thousands of suspected dissidents' are named in the sentence (dissidents, BHR); empty is wrong"),
    4: (1, 0, 1, 0, 1, 1, "type: joint amphibious drills of the US Coast Guard and the Indian Navy are COOPERATE (joint military exercises), not MOBILIZE; target: the Indian Navy (IND) is the other party and is missing"),
    5: (1, 1, 0, 0, 0, 1, "source: the Tzoni belong to Tanzania's 'Tzoni Kingdom' in the text, code USA is wrong (TZA or none); target: 'those traitors' are named in the sentence, empty is wrong; date: the killing is 'in the 1930's', given the document date"),
    6: (1, 1, 1, 1, 1, 1, ""),
    7: (1, 1, 1, 1, 1, 1, "note: passive 'was found guilty' names no court in this sentence (tribunal only in the previous one), so an empty source is right by the rule"),
    8: (1, 1, 1, 1, 0, 1, "date: the text gives the agreement a date ('The agreement was reached Saturday between the IMF and the Albanian government') -> 2023-06-10, not the document date"),
    9: (*NON, "not an event: a speaker's generic explanation inside a quote ('makes it easy for Washington to come in and offer more support'); no act of aid is reported (reported_by is also the wrong speaker)"),
    10: (1, 1, 1, 0, 1, 1, "target: the attacked police station -> Monaco's police (MCO) is the target; empty is wrong (type: PROTEST riot would also be defensible for rioters; ASSAULT accepted)"),
    11: (1, 1, 1, 1, 0, 1, "date: this digest item carries its own dateline '(local sources) -- January 19, 2018', so the act is 2018-01-19, not the document date"),
    12: (1, 1, 1, 1, 1, 1, ""),
    13: (1, 1, 0, 0, 1, 1, "source/target swapped: in the headline 'Saudi Arabia Accused of Helping Terrorism' Saudi Arabia is the accused (target), the accuser is unnamed (empty source)"),
    14: (1, 1, 0, 0, 0, 1, "source: Pierre Nkurunziza is the president whose resignation the protesters demand, not a protester; target: protest aimed at the president -> the president / Burundi government is the target, empty is wrong; date: week-long protests already suspended on Tuesday are given the document date (span ending 2023-06-13)"),
    15: (1, 0, 1, 0, 1, 1, "type: the US government ordering up to 1,000 military (personnel, Ebola deployment) is MOBILIZE (or AID to Guinea), not a REQUEST to its own military; target 'military' with no country is then wrong"),
    16: (1, 1, 1, 1, 1, 1, "note: target 'group' is the group the sentence names ('National Crime Agency for Rwanda'), country not plain: accepted"),
    17: (*NON, "not an event: a domestic public-spending pledge by the prime minister, no act toward another political actor"),
    18: (1, 1, 1, 1, 1, 1, ""),
    19: (*NON, "not an event: a central bank announcing domestic economic reforms is no concession to any actor (no demand acceded to)"),
    20: (1, 1, 1, 1, 1, 1, "note: the resolution's proposers (EU, US, Canada, Japan, named in the story) as source accepted; date 2023-06-14 from the Portuguese statement accepted as the story's reference day"),
    21: (1, 0, 1, 1, 0, 1, "type: dismissing an official from his post is SANCTION (expel from an organization), not REJECT; date: background decision preceding the agreement, no date in the text -> undated, not the document date"),
    22: (1, 0, 1, 1, 1, 0, "type: a promise of a future withdrawal is CONCEDE (PLOVER: promises of retreat are not RETREAT); modality: 'would withdraw' in reported speech is future, not hypothetical"),
    23: (1, 1, 1, 0, 1, 1, "target: protesters attacked the police station -> Kenyan police is the target; empty is wrong (PROTEST riot also defensible for the type)"),
    24: (*NON, "not an event: background explaining a group's name ('districts which were previously under Soviet occupation'); even coded, an occupation would be ASSAULT by the conventions, not COERCE"),
    25: (1, 0, 0, 1, 1, 1, "type: a blockade announced by an opposition leader is PROTEST obstruct (COERCE restrict is for authorities); source: in this story the opposition leader belongs to Lesotho's LDP (LSO), not India"),
    26: (1, 1, 1, 0, 1, 1, "target: 'Some' refers to those in the group / the people around them at the Santo Domingo protest (DOM); empty is wrong"),
    27: (1, 1, 0, 0, 1, 1, "source: 'a confidential deal approved by the government' is the Gambian government (GMB), not the US; target: the deal partner, the US government named in the sentence, is missing"),
    28: (1, 1, 1, 1, 1, 1, ""),
    29: (1, 1, 1, 1, 1, 1, ""),
    30: (1, 1, 1, 0, 1, 1, "target: the other party of the agreement, 'some of the SSSO members' (SYR), is named and missing"),
    31: (1, 1, 1, 1, 1, 1, ""),
    32: (1, 1, 1, 0, 0, 1, "target: a party banned in Saudi Arabia that 'espouses an allegiance to the Brotherhood'; the text gives no Egypt, code should be SAU or empty; date: the ban was announced Monday -> 2023-06-12"),
    33: (1, 1, 1, 1, 1, 1, ""),
    34: (1, 1, 1, 0, 0, 1, "target: the Philippines is the cabinet's own state; the sentence names no other party -> empty (or China from the story); date: the meeting ended late Monday -> 2023-06-12"),
    35: (1, 0, 1, 0, 1, 1, "type: a state protesting diplomatically is ACCUSE (PROTEST is for civilian demonstrations); target: Curacao is named ('protest curacao's role')"),
    36: (1, 0, 1, 1, 1, 1, "type: Congress approving $5 million in aid to the St. Lucia government is AID, not SUPPORT"),
    37: (1, 1, 1, 1, 1, 1, ""),
    38: (1, 1, 1, 1, 1, 1, ""),
    39: (1, 1, 1, 0, 0, 1, "target: the protests are 'against ... first lady Grace Mugabe' (named); date: held 'overnight' as this news -> document date, not unknown"),
    40: (*NON, "not an event: truncated 'The government also ordered that' with no content or recipient; a domestic measure in a background passage"),
    41: (1, 1, 1, 0, 1, 1, "target: 'the island's telecommunications network' -> the island (PCN) is the target; empty is wrong"),
    42: (1, 1, 0, 1, 1, 1, "source: 'Vung Tau' is a province, not the investigator; passive 'are being investigated' -> empty (or the Vietnamese investigation committee)"),
    43: (1, 1, 1, 1, 1, 1, "note: target Netherlands for '13 Dutch police officers' accepted (Dutch state agents, right country)"),
    44: (1, 1, 1, 0, 1, 1, "target: 'she' (the woman) is in the sentence; empty is wrong"),
    45: (*NON, "not an event: Al-Nusra 'seeking refuge' in Latakia is a movement, not a request to any actor"),
    46: (1, 1, 1, 0, 0, 1, "target: the police mobilized against the protests (protesters), not against the EU, whose decision is only the protests' cause; date: mobilized for Saturday's event -> 2023-06-10"),
    47: (1, 0, 0, 0, 0, 1, "creditors 'protested and demanded more' is a verbal objection: ACCUSE, source = the creditors, target = Bosnia; date: background act before the latest proposal, no date in the text, not the document date"),
    48: (1, 1, 1, 1, 1, 1, ""),
    49: (1, 1, 1, 1, 1, 1, ""),
    50: (1, 1, 1, 0, 0, 1, "target: Syria is the subject of the commission's meeting, not a participant -> empty; date: the text gives 'Saturday' (2023-06-17), unknown is wrong"),
    51: (1, 1, 1, 1, 1, 1, ""),
    52: (1, 1, 0, 1, 1, 1, "source: Joseph Muscat is Malta's prime minister -> MLT, not USA"),
    53: (1, 1, 1, 0, 1, 1, "target: 'in agreement with its Western backers' names the other party; empty is wrong"),
    54: (1, 1, 1, 1, 1, 1, ""),
    55: (1, 1, 1, 1, 1, 1, "note: signing date not given; Tuesday's announcement date accepted"),
    56: (1, 1, 1, 1, 1, 1, "note: borderline: a standing restriction described in the present tense; accepted as an ongoing act"),
    57: (1, 1, 1, 0, 1, 1, "target: the NGOs whose assets may be seized are named; empty is wrong"),
    58: (1, 1, 1, 0, 1, 1, "target: 'them' = the two jailed men; Thimpu is a place, not the accused"),
    59: (1, 1, 1, 0, 0, 1, "target: 'sanctions imposed on Yemen' names Yemen; date: the sanctions meant were 'first imposed several years ago', 2022 (from the previous sentence's 'last year') is another act's date"),
    60: (1, 1, 0, 1, 1, 1, "source: Usakovs is presented as a member of the German parliament -> DEU, not UKR (the visit to Crimea in 2008 accepted as CONSULT with Crimea/UKR as host)"),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(verdict.values())
        out.append(dict(it, verdict=verdict, reasons=v[6]))
    with open(HERE / "events-a.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'all 60':>12} {'real events (%d)' % len(real):>18}")
    for f in FIELDS + ("all",):
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:3d}/60 {100*a/60:5.1f}%   {b:3d}/{len(real)} {100*b/len(real):5.1f}%")


if __name__ == "__main__":
    main()
