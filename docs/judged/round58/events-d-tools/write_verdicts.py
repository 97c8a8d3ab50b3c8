"""Round 58, judge d: verdicts on the 50 sampled events (events-d-items.jsonl).

V maps item number -> ([false fields], reasons). A spurious event (not an event of that kind,
or a duplicate of an act already coded from the same sentence) is false in every field.
Writes events-d.jsonl next to the items and prints the per-field table.
Run from docs/judged/round58: python events-d-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right. Khan's backing of the independents (endorsement, CAMEO 051) is an act "
            "of the election being reported; the document date for an act still going on is right."),
    2: ([], "All right. Date: 'on Monday' = 2020-06-15. Modality: 'Zhao told reporters that' is "
            "attribution by a say-verb, so asserted with reported_by by the conventions; I would "
            "rather code it reported, as the act is China's side of a contested clash (the previous "
            "sentence says China accused India)."),
    3: (["type", "target"], "Type: ordering that the participants be decorated is an honour, "
            "commendation of the forces (SUPPORT, CAMEO 051), not a REQUEST between political "
            "actors. Target: the party honoured, 'those who took part in the operation' (the "
            "Russian security forces), is named by description in the sentence and is left empty."),
    4: (["date"], "Date: the annexation is a background act ('later' than the 1967 war, i.e. "
            "1980) and is given the document date 2017-12-06. Type COERCE seize for a legal "
            "annexation kept (CAMEO 192; not armed forces taking ground - the 'captured' in 1967 "
            "would be ASSAULT). Empty target right: East Jerusalem is a place, not a party."),
    5: (["source", "target"], "Source: the sentence names Russia as the party blamed for the "
            "strike ('regional officials, who blamed Russia'); empty is wrong. Target: the 25 people "
            "killed in a convoy near Zaporizhzhia are Ukrainian civilians, coded RUS."),
    6: ([], "All right. Protest outside the election commission over the count: aimed at the "
            "authorities, so the state (PHL) is a right target; Tuesday = 2022-05-10."),
    7: ([], "All right. Mutual AGREE; both leaders as source and target is acceptable. Tuesday "
            "= 2007-11-27; 'Bush said' is attribution."),
    8: (["type"], "Type: asking the nation 'to forgive him for hopes that had not come true' is an "
            "apology (CAMEO 055, PLOVER SUPPORT), not a request for action. Close call; the rest "
            "(Yeltsin -> Russians, 1999-12-31, asserted) is right."),
    9: (["source", "target", "date"], "Source: the Foreign Ministry here is China's (the sentence "
            "follows China's vice foreign minister and speaks of 'Beijing's objections'); coded JPN. "
            "Target: Koizumi, named in the sentence as the party criticised, is left empty. Date: "
            "1978 comes from the enshrinement in another sentence; the statement is this news "
            "(2001-08-13)."),
    10: (["target", "date"], "Target: the demands (release of militants held by India) were made "
            "of India, named in the sentence through 'Indian negotiators'; empty is wrong. Date: the "
            "demand was made 'at first', days before (the hijack began 24 Dec), a background act "
            "given the document date 1999-12-31."),
    11: ([], "All right. 'Ready and willing to engage with the U.S. government' is an offer to "
            "talk (AGREE); Huawei CHN, target USA; statement is this news."),
    12: (["target", "date"], "Type ACCUSE allege is right (PLOVER: 'charge with a crime'). Target: "
            "'Africans' are not Kenyans - the ICC charged people from several African countries, so "
            "the code KEN is wrong. Date: 'has so far charged' is a total summed over years; it "
            "takes no date, not the document date."),
    13: (["date"], "Event kept: the noun 'the detentions' reports the arrests (a different sentence "
            "from e1). Source and target empty are right: this sentence names neither party. Date: "
            "2017-06-24 comes from 'the planned lifting on June 24' (and the wrong year); the "
            "detentions are this news (2018-05-19)."),
    14: (["type"], "Type: French and U.N. troops patrolling a buffer zone is peacekeeping (CAMEO 074 "
            "-> AID), an ongoing standing deployment, not a mobilisation. Source and date (ongoing, "
            "document date) right; empty target accepted."),
    15: (["source", "target"], "Source: the challenge was dismissed by the Constitutional Court "
            "(ZMB), not by Hichilema. Target: Hichilema ('His challenge') is the party whose "
            "petition was rejected, and is left empty. Date unknown is right (the text gives none)."),
    16: ([], "All right. 'It' = the White House; Damascus = Syria's government; statement of the "
            "day."),
    17: ([], "All right. The urging has no addressee in the sentence (efforts to avoid casualties, "
            "presumably aimed at Israel); empty target accepted."),
    18: ([], "All right."),
    19: (["target", "date", "modality"], "Target: Abhisit congratulated Puea Thai (the party), not "
            "Thailand. Date: he told reporters late on Sunday, 2011-07-03 (the document date); null "
            "is wrong. Modality: 'I would like to congratulate' is the polite performative of an "
            "actual congratulation, asserted, not hypothetical."),
    20: (["target"], "Target: 'We agreed' - 'we' is Putin and Erdogan (Turkey), so the other party "
            "of the mutual agreement is referred to in the sentence and the target is left empty."),
    21: (["source"], "Source: the record names a 'leading student' - a span cut from 'leading "
            "student protests'; the parties of the 2011 protests are the students (and Boric, who "
            "led them). Date 2011 right; empty target right (no aim named and Chile not named)."),
    22: (["date"], "Date: the sentence gives October 2019 for the protests in which the 30 were "
            "killed; null is wrong. Empty source right (no killer named); target CHL right."),
    23: (["date"], "Date: 'U.N. investigators have accused' is background to the sanctions "
            "(earlier monitoring reports), not an act of 23 December; the document date is wrong."),
    24: (["source", "date", "modality"], "Event kept: the rhetorical question refers to the actual "
            "killing of Haniyeh (I would code the sentence as Qatar's ACCUSE of Israel instead). "
            "Source: 'one party' is Israel (the other side from Haniyeh); coded a Palestinian party. "
            "Date: the killing is this news (2024-07-31); null wrong. Modality: it refers to an act "
            "that happened, asserted, not hypothetical."),
    25: ([], "All right. Church leaders in Zambia (Lusaka) appealing for calm; no addressee named."),
    26: (ALL, "Spurious: 'genocide' is the name of the gravest count of the indictment; the sentence "
            "reports no act of massacre (only the war's death toll)."),
    27: ([], "All right. Target empty accepted: 'the decision' describes an act (the parliament's "
            "vote), not a party, so by the conventions no target is referred to; I would code the "
            "Yugoslav parliament."),
    28: (ALL, "Spurious: 'Morocco has liquidated the ceasefire' is the end or violation of a "
            "ceasefire (CAMEO 196 -> ASSAULT, or Polisario's accusation), the opposite of RETREAT "
            "ceasefire (implementing one); the word is used in another sense."),
    29: (ALL, "Spurious: 'we will not give up' is rhetoric of resolve by Topolanek, no concession "
            "to any party (and the source, 'former Green Party lawmakers', is from another sentence "
            "and the wrong side)."),
    30: ([], "All right. 'Called on citizens on Sunday' = 2021-10-31."),
    31: (["target", "date"], "Target: the strikes were 'against militant launch pads' - the "
            "militants are named in the sentence and left empty. Date: the sentence dates them "
            "'days later' after the September 2016 Uri attack (2016-09); null is wrong."),
    32: ([], "All right. Recognition (CAMEO 054 SUPPORT) of Jerusalem as Israel's capital; "
            "December 6 = 2017-12-06."),
    33: ([], "All right. State of emergency (COERCE, CAMEO 1724), Tuesday = 2021-11-02."),
    34: (["source"], "Source: the sentence names the perpetrator, 'Brazil's military dictatorship' "
            "(BRA); empty is wrong. Date '197' (the 1970s at decade precision) accepted."),
    35: (["date"], "Date: the boycott is of this election, the vote held last week (26-28 May 2014), "
            "an act reported as this news; a null date with basis unknown is wrong."),
    36: (["date"], "Date: Greece, Ireland and Portugal sought bailouts in 2010-2011, background to "
            "this week's news; the document date 2011-11-12 is wrong (no date is given)."),
    37: (ALL, "Spurious: 'mediating talks on a Gaza ceasefire' - no ceasefire is implemented; the "
            "word names the topic of Qatar's mediation (and the source 'Palestine' is not in the "
            "sentence)."),
    38: (["date"], "Event kept: 'after his arrest' reports Saddam's capture (no other event in this "
            "sentence). Empty source right (no captor named here). Date: the text gives the capture "
            "as Saturday evening, 2003-12-13, not the document date 2003-12-14."),
    39: (["target"], "Target: the Taliban rejected the museums' proposals - the museums in New York "
            "and Europe are the target, not Afghanistan."),
    40: (ALL, "Duplicate: the arrest of Karadzic is already coded from this sentence as e2 "
            "('announced the arrest', COERCE arrest); this second event for the same act counts as "
            "spurious by the conventions, though its arguments are the better ones."),
    41: ([], "All right. Marcos urging the world to give him a chance; 'world' as a generic "
            "addressee with no code; statement is this news."),
    42: ([], "All right. Congratulation (SUPPORT) Sharon -> Abbas; the telephone call is coded "
            "separately (CONSULT), not a duplicate."),
    43: (["source", "target"], "Source: 'They' are the two parties, the Kuomintang (Lien) and the "
            "Communist Party (Hu); 'Taiwan' (the state, whose government disowned the talks) is the "
            "wrong party. Target: the other party, China's Communist Party, is referred to by "
            "'They' and left empty."),
    44: ([], "All right. Signing a joint communique is SUPPORT (CAMEO 057; PLOVER 'sign, or "
            "finalize an agreement'); mutual; Sunday 2023-03-26."),
    45: ([], "All right. Source Israel (Netanyahu speaking for it, Israel named). Target empty "
            "accepted: 'this resolution' is an act, not a party (I would code the UN General "
            "Assembly). Date 2017-12-21 is the day of the vote and reaction."),
    46: (["target"], "Event kept, not a duplicate: Tokyo's pledge of an apology and 1 billion yen "
            "(AGREE by the wave-76 rule) is Japan's own commitment within the deal coded as e1. "
            "Target: the offer is made to South Korea / the surviving victims, both named in the "
            "sentence; empty is wrong."),
    47: ([], "All right. Clinton praised Zedillo; White House attribution; news of 2000-07-03."),
    48: (ALL, "Duplicate: the demonstration is already coded from this sentence as e5 ('rallied', "
            "PROTEST); burning a flag and an effigy is part of the same rally. (Its source code JPN "
            "would be wrong too: the protesters were in Seoul.)"),
    49: (ALL, "Spurious: 'unable to hold rallies' - election campaign rallies a party could not "
            "hold are not a PROTEST, and no act took place."),
    50: (["source", "date"], "Source: Saudi Arabia, the UAE and Kuwait congratulated Sisi; "
            "Mursi (named only in a relative clause, and ousted) is wrong. Date: the "
            "congratulations are this news (2014-06-03); null is wrong."),
}


def main() -> None:
    items = [json.loads(l) for l in (HERE / "events-d-items.jsonl").open(encoding="utf-8")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), (it["n"], false)
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        row = dict(it)
        row["verdict"] = verdict
        row["reasons"] = reasons
        out.append(row)
    with (HERE / "events-d.jsonl").open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/50':>9} {'right/real':>11}")
    for f in FIELDS + ["all"]:
        n = sum(r["verdict"][f] for r in out)
        m = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {n:>6}/50 {m:>7}/{len(real)}")
    print(f"spurious: {50 - len(real)} of 50: {[r['n'] for r in out if not r['verdict']['event']]}")


if __name__ == "__main__":
    main()
