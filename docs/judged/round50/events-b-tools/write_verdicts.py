"""Write events-b.jsonl (judge b, round 50) from the verdict table below.

Fields per item: E(vent) T(ype) S(ource) G(target) D(ate) M(odality); 1 = right, 0 = wrong.
A spurious event (E=0) is wrong in every field.
"""
import json, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

V = {
 1: ("111011", "Target: a home crowd marching against 'Western interference' (in support of the government) is not aimed at the state, so Sudan is wrong and an empty (or Western) target is right."),
 2: ("110011", "Source: the one urging is Prime Minister Nguyen Tan Dung; state media is only the attribution. Target: the citizens urged by Vietnam's PM are plainly Vietnamese (VNM), not uncoded."),
 3: ("111111", ""),
 4: ("111111", ""),
 5: ("111111", "Reported act inside Zelenskiy's accusation, coded as reported; fine."),
 6: ("110101", "Source: the pledge is Khartoum's (Sudan government), made in a communique signed with Annan, not Annan's. Date: 'at the start of the month' (early July 2004) is given; the document date is wrong."),
 7: ("000000", "No event: 'how far Washington should ease sanctions' is the topic of the failed negotiation, not an act of easing (even a hypothetical one)."),
 8: ("111111", ""),
 9: ("111111", ""),
 10: ("111111", "'would not resign' as RETREAT negated is accepted by the conventions (REJECT asserted would also be right)."),
 11: ("100001", "Type: gunmen rounding up resort guests as hostages is ASSAULT abduct, not COERCE arrest. Source: 'the armed men' are the Abu Sayyaf gunmen, a Philippine group (PHL), not uncoded. Target: 'guests and staff' are named in the sentence. Date: the raid was 'before dawn on Sunday' (2001-05-27), not the document date (Monday)."),
 12: ("110111", "Source: the police in Lahore are plainly Pakistani police (PAK), not uncoded."),
 13: ("111111", ""),
 14: ("111111", "Accepted as a restriction still in force (document date); a standing ban under a 2013 law is close to background and I would hesitate to code it at all."),
 15: ("111101", "Date: 2023-12-03 is the referendum's date; the exercises came later, at an undated time (no date or the document date would be right)."),
 16: ("111010", "Target: the two former presidents are Somali (SOM), not uncoded. Modality: the attack is inside a claim the sentence itself calls 'an accusation the government denied', so reported, not asserted."),
 17: ("100101", "Type: 'backed by Russian air power and Iranian-backed militias' is material military support (AID), not verbal SUPPORT. Source: the backers of the government forces are Russian air power and the militias; 'backed militias' plus Iran garbles it and misses Russia. Date: the push was launched in mid-November, not on the document date."),
 18: ("111111", ""),
 19: ("110101", "Source: the call came from the international conference; Gerry Adams only attended it. Date: the conference was three days before Thursday's announcement (2011-10-17), not the document date."),
 20: ("111101", "Date: 'hours earlier' than the general's killing before Abiy's after-midnight address puts the shooting on Saturday 2019-06-22, not Sunday."),
 21: ("111011", "Target: the promise is to govern for 'all 215 million Brazilians', who are named in the sentence (Brazil's people, BRA); empty is wrong. (I would hesitate to code a victory-speech pledge at all.)"),
 22: ("111111", ""),
 23: ("111111", "REQUEST prosecutors -> court accepted; I would rather code ACCUSE prosecutors -> Chamorro (legal action to bar her)."),
 24: ("110001", "Source and target: the police and protesters in Tbilisi are Georgian (GEO), not Russian. Date: the clashes were Thursday night (2019-06-20), before Friday's resignation."),
 25: ("111011", "Target: the students detained in Seoul are South Korean (KOR), not Japanese."),
 26: ("111111", "Cumulative arrests over the unrest: no date is right."),
 27: ("110011", "Source: the delegates at the Arab League summit are not Palestinian (PSE); they are of many states (empty/ARL). Target: what they hailed is Iraq's pledge, so Iraq (named in the sentence) is the target, not empty."),
 28: ("111011", "Target: the abducted party, Ahmed Awad bin Mubarak, is named in the sentence; empty is wrong."),
 29: ("111111", ""),
 30: ("111111", ""),
 31: ("111011", "Target: the warning is aimed at 'the commission' (the Electoral Commission), named in the sentence; empty is wrong."),
 32: ("111111", ""),
 33: ("111111", ""),
 34: ("111111", ""),
 35: ("111111", "Source accepted (U.S. and British forces); 'warships' left uncoded is a small flaw."),
 36: ("111111", ""),
 37: ("111111", ""),
 38: ("111111", "'the move' names an act, not a party, so the empty target is right by the rule."),
 39: ("111111", ""),
 40: ("110001", "Source: the soldiers who surrendered at Laukkai are Myanmar's (MMR), not Chinese. Target: they surrendered to the MNDAA fighters named in the sentence. Date: 'last week' (2024-W01) is given, not unknown."),
 41: ("101111", "Type: a crowd of protesters setting fire to a parliament building is a violent riot, PROTEST riot, not ASSAULT."),
 42: ("000000", "No event: 'we will not seek revenge' is a conciliatory pledge, not a REQUEST ('seek' in another sense); the speaker is Shehbaz Sharif, not Nawaz."),
 43: ("111111", "Background conviction with no date in the text: unknown is right."),
 44: ("111101", "Date: he said it at the signing on Monday (2014-02-24), which the text dates; unknown is wrong."),
 45: ("111111", "Accepted as a hypothetical (prevented) detention; a coder might code only the Chinese ships' blocking."),
 46: ("101111", "Type: Turkey 'directly supporting' Azerbaijan in the fighting is military support (AID), not verbal SUPPORT."),
 47: ("110011", "Source: the one who blamed is Prime Minister Otarola (PER); 'government' coded USA is wrong. Target: the groups blamed are in Peru (PER), not USA."),
 48: ("111111", ""),
 49: ("111111", ""),
 50: ("111011", "Target: Syria is the state imposing the ban, not its target; the public/gatherings carry no named party, so empty would be right. (Standing ban accepted as in force, as in item 14.)"),
 51: ("111111", ""),
 52: ("111101", "Date: 'hours before the announcement' made late on Saturday puts the release on Saturday 2016-01-16, not Sunday."),
 53: ("111111", "Type ASSAULT right (the mode 'seize' is odd); Saturday's fighting date right."),
 54: ("110011", "Source: the rebels (Three Brotherhood Alliance) are Myanmar groups (MMR), not Chinese. Target: the town is in Myanmar; China is not the party attacked (Myanmar's military or empty would be right)."),
 55: ("111011", "Target: the 'at least nine people' killed are named in the sentence; empty is wrong."),
 56: ("111111", "Summoning an ambassador coded ACCUSE (official complaint): accepted."),
 57: ("111111", ""),
 58: ("000000", "No event: France receiving Burkina Faso's letter is not an act of France toward Burkina Faso (the letter is the already-coded termination); awaiting clarification is no act either."),
 59: ("111011", "Target: the demands (hand over weapons, disband) are made of ETA, named in the sentence; empty is wrong."),
 60: ("111111", "A total over the 34-day war: no date is right."),
}

KEYS = ["event", "type", "source", "target", "date", "modality"]

def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        code, why = V[it["n"]]
        v = {k: c == "1" for k, c in zip(KEYS, code)}
        if not v["event"]:
            v = {k: False for k in KEYS}
        v["all"] = all(v[k] for k in KEYS)
        if not v["all"] and not why:
            sys.exit("missing reason for %d" % it["n"])
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = why
        out.append(it)
    with open(os.path.join(ROOT, "events-b.jsonl"), "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
