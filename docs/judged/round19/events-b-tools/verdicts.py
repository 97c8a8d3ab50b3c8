"""Round 19, judge b: verdicts on the 60 sampled events (events-b-items.jsonl).

Run from docs/judged/round19:  python events-b-tools/verdicts.py
Writes events-b.jsonl and prints the per-field table.
Each verdict: n -> (event, type, source, target, date, modality, reason); 1 = right, 0 = wrong.
Scored by docs/judged/CONVENTIONS.md; where I would code differently I say so in the reason.
"""
import json, os

N = None  # non-event: wrong in every field
V = {
 1: (0,0,0,0,0,0, "not an event of this kind: 'protests' is the topic of an accusation (opposition parties accused Liberal Party leaders of allowing protests to turn violent); the act of the sentence is ACCUSE opposition parties -> Liberal Party leaders, which is not coded here; no protesting party is named"),
 2: (1,0,1,0,0,1, "type: restrictions actually lifted = material concession, RETREAT (CONCEDE is only a promise of future easing); target: the 12 associations (CYP), not the country; date: 'over the past six weeks' is a total over a span -> no date ('on Tuesday' is when the minister said it)"),
 3: (1,1,0,1,0,1, "PROTEST is right (the 'people's strike' is the demonstration, a separate act from the clash coded as e1; mode strike is off); source: 'Protesters' (FRA, near Paris) are named in the sentence, empty is wrong; target empty acceptable (protest against a planned FTA, no party named); date: the text gives Tuesday (2023-06-13), unknown is wrong"),
 4: (1,1,1,1,1,1, "truncated sentence, but China donated money in 2011; no recipient in the sentence, empty target right"),
 5: (1,1,1,1,1,1, ""),
 6: (1,1,1,1,1,1, "deal term: Venezuela to provide weapons to Colombia, AID hypothetical/unknown date acceptable (some coders would code the deal as AGREE)"),
 7: (1,1,1,1,1,1, "background investigation of a Bogota company (passive, no investigator in the sentence); weak but acceptable"),
 8: (1,1,1,1,1,1, "police investigating the bloodshed, Saturday = 2023-06-10; empty target acceptable (an incident is investigated, no party named as suspect)"),
 9: (1,1,1,0,1,1, "target: the three union leaders (MDA) were convicted, not 'the government' (the government is the employer in the story)"),
 10: (1,1,1,1,1,1, "activists in New Caledonia agreed to suspend activities; FRA accepted for a French overseas territory (NCL would also be defensible)"),
 11: (1,1,1,1,1,1, "Diarra hosted the chief of staff (Monday 2023-06-12); by PLOVER's visit note the visitor is ACTOR and host RECIPIENT, so roles are swapped, but scored right under the conventions' mutual-meeting rule"),
 12: (1,1,1,0,1,1, "target: the companies do not sign with each other; they join a multilateral pact with the US, EU etc. -> target those partners or empty, not the source parties themselves"),
 13: (1,1,1,1,1,1, "negated consult, 'They' = Vietnamese authorities; chief of staff/military chief of Sierra Leone"),
 14: (0,0,0,0,0,0, "not an event: three motorcycle passengers died after ramming Khatib's vehicle (a crash, nobody assaulted them); the assault is the shooting coded from the previous sentence"),
 15: (1,1,1,1,1,1, "call for a policy, no addressee named; 'recently' with document date accepted"),
 16: (1,1,1,1,1,1, "suicide bombers in Berlin (DEU as for protesters in a named capital); attack on Thursday = document date 2023-06-15"),
 17: (1,1,1,0,1,1, "target: 'the people arrested' (USA) are named in the sentence as those investigated; empty is wrong"),
 18: (0,0,0,0,0,0, "not a COOPERATE event: the sentence is about the Czech Republic possibly REDUCING cooperation; a coder would code SANCTION CZE -> SVK, hypothetical (Fico's statement)"),
 19: (1,1,0,0,1,1, "source: 'hundreds of people' gathered (MNE), named in the sentence, empty is wrong; target: the protest is against the parliament's law, in front of the parliament -> Montenegro parliament (MNE LEG), empty is wrong"),
 20: (1,1,0,1,1,1, "source: 'They' = the protesters (ECU), not the country Ecuador; target Correa accepted (the demand concerns him and his government)"),
 21: (1,1,1,0,1,1, "target: the European Parliament approved the EU-Suriname deal; target is Suriname (the partner) or empty, not the EU itself (the source's own body)"),
 22: (1,1,1,0,0,1, "target: the ceasefire deal was offered to India, named in the sentence; date: the offer predates India's blocking 'last week', document date is wrong (about 2023-W23 or earlier)"),
 23: (1,1,1,0,1,1, "target: the soldiers of the Tigri group (ERI), named in the sentence, empty is wrong"),
 24: (1,1,0,0,0,1, "source/target swapped: 'it' (the tribunal, ICC) rejected the UAE's bid -> ICC -> UAE, not UAE -> Niger/ICC; date: 'previously', a background act, document date is wrong"),
 25: (1,0,1,1,1,0, "type: Israel AGREED to accelerate the withdrawal = a promise of future withdrawal, CONCEDE (or AGREE), not an actual RETREAT; modality: the withdrawal has not happened, not asserted"),
 26: (1,1,1,1,1,1, "UNHCR (UN body) condemned Rahmon's move; Friday applies to the concurrent events"),
 27: (1,1,1,0,1,1, "target country: the pro-Russian rebels are the separatists of eastern Ukraine (UKR REB, or empty), not RUS"),
 28: (1,1,0,0,1,1, "the clashes on Taksim Square at 8:30 Tuesday are between security forces and anti-government demonstrators (TUR), named in the sentence; empty source/target are wrong"),
 29: (1,0,1,0,1,1, "type: the exercise is the joint training with the Royal Navy, COOPERATE (military exchanges), not MOBILIZE; target: Royal Navy (GBR), named in the sentence as co-participant"),
 30: (1,1,1,1,1,1, "suspected murder under investigation, hypothetical; one of the two girls as target accepted; no date in the sentence"),
 31: (0,0,0,0,0,0, "not an event: generic statement ('in war time the last thing you want is to get shot')"),
 32: (0,0,0,0,0,0, "not an event: people evacuated after an earthquake, no political actors, no aid act between parties"),
 33: (0,0,0,0,0,0, "not an event: people 'asking the same questions' is not a REQUEST"),
 34: (1,1,1,1,0,1, "date: the attack was 'more than a week' before Saturday's statement, document date is wrong (about early June); target name 'Buddhist pilgrims' drops 'non-', the party (pilgrims) accepted"),
 35: (1,1,1,1,1,1, "charge against a named suspect (passive, no charging party in the sentence)"),
 36: (0,0,0,0,0,0, "not an event: 'was due to give a speech' is not a concession; the trigger 'give' is used in another sense"),
 37: (1,1,1,0,1,1, "target: the two police officers and two ethnic minorities (MCO) who were shot are named in the sentence; empty is wrong (e5 codes the same killing again)"),
 38: (1,1,0,0,1,1, "source: Belfort is the (Saint Lucia) Defense Minister, LCA GOV, not USA; target: the Ministry of Foreign Affairs he contacted is named, empty is wrong"),
 39: (0,0,0,0,0,0, "not an event: 'no one was killed' is the outcome of the rocket attack already coded from the same sentence (e4), a duplicate/non-act"),
 40: (1,1,1,1,1,1, "foiled cyber attack on the ministry (Interior Ministry); attacker not named in the sentence"),
 41: (0,0,0,0,0,0, "not an event: a quoted justification of the Botswana Defence Force operation begun in late April; no act of force described; if coded at all: BDF source, April 2023, MOBILIZE/COERCE"),
 42: (1,0,0,0,0,0, "the act is the Spanish government pushing the BVM to step down = REQUEST (Spain GOV -> BVM), asserted, document date ('currently'); a demanded resignation is not coded as RETREAT"),
 43: (1,1,1,1,0,0, "ongoing fighting ('are fighting their own war', Chechnya): date: an ongoing act takes the document date, unknown is wrong; modality: 'reports indicate that' is attribution, asserted, not hypothetical (borderline figurative)"),
 44: (0,0,0,0,0,0, "not an event: a minister's aim to create conditions for services to foreigners in Germany, no aid act between political actors"),
 45: (1,1,0,0,1,1, "source: families of the two protesters killed in Somalia (SOM is plain), country empty is wrong; target: 'collective settlement' is not a party (with whom is not said -> empty)"),
 46: (1,1,1,0,1,1, "target: the two rebel-held villages -> the rebels/villagers (SYR), empty is wrong"),
 47: (1,1,1,1,1,1, ""),
 48: (1,1,1,1,1,1, ""),
 49: (1,1,1,1,1,1, "deployment reported in the ministry statement on the current campaign; document date accepted"),
 50: (1,1,1,1,0,1, "date: the promise to review is today's news ('Radebe said', Wednesday 2023-06-14 / document date), not August (the cabinet's vote)"),
 51: (1,1,1,1,0,1, "date: 'early Sunday morning' is the time of the bombings; the blaming is undated news (document date)"),
 52: (1,1,1,0,1,1, "target: the people crossing the Southwark Bridge (GBR civilians) are named in the sentence as those attacked; empty is wrong"),
 53: (1,1,1,1,1,1, ""),
 54: (1,1,1,0,0,1, "target: the civilians/hospital members killed (ITA) are named; date: 'five civilians killed since Tuesday' is a total over a span -> no date"),
 55: (1,1,1,1,0,1, "date: a condemnation reported as this news takes the document date; unknown is wrong; empty target right (the vandalism is an act, not a party)"),
 56: (1,1,1,0,0,1, "background boycott of the 2012 election: date is 2012, not the document date; target: the election/CAR authorities, not the UN (which only backed it)"),
 57: (0,0,0,0,0,0, "not an event: 'Free' is part of an organisation's name (International Coalition to Free the Five Political Prisoners); truncated sentence"),
 58: (0,0,0,0,0,0, "not an event: a conditional domestic visa policy in HRW's warning is not COOPERATE (and the text says non-Albanian); a coder codes HRW ACCUSE Madagascar government"),
 59: (1,1,1,1,1,1, ""),
 60: (1,1,1,1,0,1, "the abduction of the three Italians: the text dates it Wednesday morning (2023-06-14), unknown is wrong; no party named in this sentence, empty arguments right"),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    base = os.path.dirname(here)
    items = [json.loads(l) for l in open(os.path.join(base, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = open(os.path.join(base, "events-b.jsonl"), "w")
    tot = {f: 0 for f in FIELDS + ("all",)}
    real = {f: 0 for f in FIELDS + ("all",)}
    nreal = 0
    for it in items:
        v = V[it["n"]]
        if not v[0]:
            assert not any(v[1:6]), it["n"]
        verdict = {f: bool(v[i]) for i, f in enumerate(FIELDS)}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it); rec["verdict"] = verdict; rec["reasons"] = v[6]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for f in verdict:
            tot[f] += verdict[f]
            if verdict["event"]: real[f] += verdict[f]
        nreal += verdict["event"]
    out.close()
    print(f"{'field':<9} {'all 60':>12} {'real events (' + str(nreal) + ')':>20}")
    for f in FIELDS + ("all",):
        print(f"{f:<9} {tot[f]:>3}/60 {100*tot[f]/60:5.1f}% {real[f]:>8}/{nreal} {100*real[f]/nreal:5.1f}%")

if __name__ == "__main__":
    main()
