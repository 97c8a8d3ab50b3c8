"""Write events-a.jsonl from judge a's verdicts (round 131). Fields not listed in F are true.
usage (from docs/judged/round131): python events-a-tools/verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (set of wrong fields, reasons)
V = {
 1: ({"source"}, "SANCTION expel of the Cuban diplomats is right and dated Monday 2002-04-22 as Opertti said; but the source should be Uruguay's government (URY), named in the sentence ('Uruguay's embassy', its foreign minister speaking): the passive 'had been asked' hides no other party, so an empty source is wrong."),
 2: ({"target", "date"}, "Beating of camp residents (ASSAULT beat, source rightly empty) holds; the men are residents of the Iranian exiles' camp (PMOI members, IRN), not Iraqis, so target code IRQ is wrong; date should be 2009-07-28, the Tuesday of the raid the story reports, not the document date."),
 3: (set(), "Reported repeated attacks on lawyers in Balochistan (PAK): ASSAULT with unnamed attacker, repeated over recent months so no date; asserted with the rights groups as reporters."),
 4: (set(), "SUPPORT (approve actor/action) by the PLO Executive Committee (PSE), on Saturday 2025-04-26; 'the nomination' names no party, so an empty target passes by the conventions (a coder could add Hussein al-Sheikh)."),
 5: ({"type", "date"}, "Protesters clashing with police while throwing stones and burning tyres is a riot: type should be PROTEST (riot) (CAMEO 145), the protesters -> Senegal police parties are right; date should be the five days from 2021-03-03 (a span before the news, or no date), not the document date 2021-03-09."),
 6: (set(), "Georgia accused Russia of sabotage 'last month' = 2006-01: ACCUSE allege, all right."),
 7: (set(), "The NDP (SUR) urging its supporters (SUR) to gather at the airport is a REQUEST; document date for an act reported as this news; asserted."),
 8: ({"source"}, "Killing of 84 Russian paratroopers in week 2000-W09 is right, but the sentence names the attackers: source should be the Chechen rebels (RUS) who overran the position, not empty."),
 9: (set(), "Signing of the declaration (SUPPORT, sign agreement) by the Jordanian, Israeli and Emirati ministers on Monday 2021-11-22; mutual act listed both ways passes (name 'Mohammad al' is truncated but the party and JOR code are right)."),
 10: (set(), "REJECT of the Western criticism by Chinese officials (CHN); 'the criticism' names no party so empty target passes; document date."),
 11: (set(), "An agreed provision of currency swaps is a pledge of money: AGREE India -> Maldives on Monday 2024-10-07, asserted."),
 12: ({"target"}, "Israeli air strike (ASSAULT) of October 2003 is right, but the sentence names what was struck: target should be the militants of the training camp near Damascus (SYR), or Syria, not empty."),
 13: ({"source", "date"}, "MOBILIZE (unit sent on exercises) can stand, but Poroshenko did not send the Russian paratroopers' unit: source should be empty (no sender named) or the Russian military (RUS); the sending happened before their capture on 2014-08-25 at an unknown time, so date should be unknown, not the document date."),
 14: ({"target"}, "SUPPORT by rights groups is right, but the move welcomed is the EU's and the sentence names the EU: target should be the European Union (EUR)."),
 15: ({"target"}, "Sanctions on Medvedchuk by Zelenskiy's government in February 2021 are right (SANCTION; CAMEO2PLOVER would say COERCE restrict for CAMEO 163, POLECAT practice says SANCTION), but Medvedchuk is a Ukrainian politician: target code should be UKR, not RUS."),
 16: ({"target"}, "Ceasefire taking effect (RETREAT ceasefire) on Thursday 2010-02-11 is right at day precision (strictly, midnight at the end of Thursday, not T00:00); the rebels are plainly Yemeni ('in the north of the country'): target code should be YEM, not empty."),
 17: (set(), "Hun Sen's repeated statement that Cambodia would not bow to foreign pressure: CONCEDE negated is accepted as the mirror of a REJECT asserted (as the conventions allow for 'refused to withdraw'); repeated, so no date."),
 18: (set(), "BLA fighters blowing up the track and storming the Jaffar Express on Tuesday 2025-03-11: ASSAULT (explosives), source BLA (PAK), target the train (PAK), asserted."),
 19: (set(), "Ankara's agreement to supply Egypt with armed drones is a pledge: AGREE Turkey -> Egypt; the agreeing is of unknown time before Fidan's remark, so an unknown date passes; asserted, reported by Fidan."),
 20: ({"type"}, "EU lifting visa requirements for Serbia, Macedonia and Montenegro (right parties, Monday 2009-11-30) is an easing of administrative restrictions, not verbal support: type should be CONCEDE (CAMEO 081 ease administrative sanctions, taking effect Dec. 19), not SUPPORT."),
 21: (set(), "Permyakov (RUS) 'is accused' of the killings: ACCUSE allege by an unnamed accuser, a standing accusation at the document date; asserted."),
 22: (set(), "Western governments (no code) pressing Saleh (YEM) to end the war: REQUEST, ongoing pressure at the document date; asserted."),
 23: (set(), "1986 rue de Rennes bombing killing seven people in Paris (FRA): ASSAULT, no attacker named, dated 1986-09."),
 24: (set(), "China's foreign ministry welcoming the vote result: SUPPORT with no supported party named (the US is the loser of the vote, not the target), so an empty target passes; document date."),
 25: ({"source"}, "Church bombing killing 35 on Sunday 2011-12-25 (ASSAULT, target NGA) is right, but the sentence names the claimant: source should be Boko Haram (NGA), which claimed the attacks."),
 26: (set(), "Wei Jingsheng (CHN) detained in April 1994: COERCE arrest, no arrester named in the sentence, dated 1994-04."),
 27: ({"date"}, "Signing of the peace agreement by Dhlakama and Guebuza (SUPPORT, both MOZ) is right, but the text dates it September: date should be 2014-09, not the document date."),
 28: ({"source", "target"}, "Planned talks (CONSULT, future, no date) are right, but 'the two sides' that would discuss the standoff are Iran (IRN) and Saudi Arabia (SAU), not Iraq and the United States, which are the topic."),
 29: (set(), "Damascus dismissing the opposition meeting: REJECT by the Syrian government; 'the meeting' names no party, so an empty target passes; document date."),
 30: (set(), "France, the US and the AU calling for an investigation: REQUEST with no addressee named (empty target passes); document date."),
 31: ({"target", "date"}, "Conviction of opposition figures (SANCTION convict, court not named) holds, but those convicted are the opposition figures (KWT), not the Kuwaiti parliament; and 2011 is the date of the storming, the conviction's date is not given: date should be unknown."),
 32: (set(), "China and Vietnam signing the border treaty on Thursday 1999-12-30: SUPPORT (sign agreement), mutual, asserted."),
 33: ({"source"}, "Kenneth Bae (USA) arrested in November 2012 is right, but the sentence names North Korea ('what the North called hostile acts'), plainly the arrester: source should be North Korea (PRK)."),
 34: (set(), "The Tamil Tigers (LKA) repeatedly calling for third-party involvement: REQUEST with no addressee, repeated so no date."),
 35: ({"date"}, "Babis's quoted refusal ('I will not step down'), RETREAT resign negated (or REJECT asserted), in its own sentence so not a duplicate of e4; but the text dates the remark: date should be Sunday 2019-06-23 (said on Sunday, told a television station), not unknown."),
 36: (set(), "Somalia and Eritrea agreeing on Monday 2018-07-30 to establish relations: AGREE, mutual, asserted."),
 37: (set(), "Zarif (IRN, 'He') not meeting the US delegation (USA) on Sunday 2019-08-25: CONSULT negated, as the text gives it."),
 38: (set(), "Syria condemning the killing: ACCUSE disapprove; the killer is not named, so empty target passes; document date."),
 39: (set(), "Total of civilians (DZA) killed since the summer: ASSAULT with no date (a sum over a span), asserted as the rights groups say."),
 40: ({"date"}, "Zarif discussing Macron's proposals during the talks (CONSULT Zarif -> Macron) holds, but the talks were on Sunday: date should be 2019-08-25, not unknown."),
 41: ({"source", "target"}, "Arrest (COERCE, 2004) holds, but Zimbabwe is where, and by whom, the mercenaries were arrested: source should be Zimbabwe (ZWE) and target the mercenaries led by Simon Mann (GBR leader; group code empty)."),
 42: (set(), "Nasralla (HND) saying he would not recognise the result: SUPPORT negated, the mirror of a REJECT asserted as the conventions allow; document date."),
 43: ({"type"}, "The ruling party pushing the US free trade agreement through parliament on Tuesday 2011-11-22 is a ratification: type should be SUPPORT (ratify an agreement), not REQUEST; parties KOR -> USA are right."),
 44: ({"target"}, "Killing of an assailant (ASSAULT, 2009-02-17, killer not named in the sentence) holds, but the one killed was 'one of them', an assailant: target should be the gunmen (no code given), not Equatorial Guinea officials."),
 45: (set(), "Iran's leaders rejecting Bush's 'axis of evil' description on Thursday 2002-01-31: REJECT IRN -> Bush (USA); the extra 'reformers' entry is part of Iran's leaders (its missing code not counted against the source)."),
 46: ({"type"}, "Russia accused of sending troops and heavy weapons to help the separatists (reported, RUS -> UKR separatists, ongoing) is military assistance to a recipient: type should be AID (provide military assistance including arms and personnel), not MOBILIZE."),
 47: ({"date"}, "Boko Haram (NGA) blamed by an unnamed party (ACCUSE allege) holds, but the blaming concerns last Christmas Eve's Jos bombings and is undated; 2011-08 belongs to the other clause: date should be unknown (after 2010-12-24)."),
 48: ({"source", "target"}, "The complaint of discrimination (ACCUSE, long-standing) is by Bahrain's Shi'ite majority (BHR), not the state of Bahrain, and it is aimed at the authorities the sentence names: source should be the Shi'ite majority (BHR), target the Bahraini authorities (BHR)."),
 49: (set(), "The Equatorial Guinea government blaming Nigerian militants (NGA): ACCUSE allege on 2009-02-17, asserted."),
 50: (set(), "Western governments criticising Lukashenko (BLR): ACCUSE disapprove, standing criticism at the document date, asserted."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    with open(HERE / "events-a.jsonl", "w") as f:
        for it in items:
            wrong, reason = V[it["n"]]
            v = {k: k not in wrong for k in FIELDS}
            if not v["event"]:
                v = {k: False for k in FIELDS}
            v["all"] = all(v[k] for k in FIELDS)
            out = dict(it)
            out["verdict"] = v
            out["reasons"] = reason
            f.write(json.dumps(out, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
