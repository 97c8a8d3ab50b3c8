"""Round 20, judge a: verdicts on the 60 sampled events (events-a-items.jsonl).

V[n] = (event, type, source, target, date, modality, reason); 1 = right, 0 = wrong.
A non-event (event=0) is wrong in every field.  Scored by docs/judged/CONVENTIONS.md.
Run from docs/judged/round20:  python events-a-tools/verdicts.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NE = (0, 0, 0, 0, 0, 0)

V = {
 1: (1, 1, 1, 1, 0, 1, "date: the shoot-down is this story's news with no date in the text -> document date; dateline left it unknown as background"),
 2: (1, 1, 1, 0, 0, 1, "target: the requests are Cuba's (the Cuban state), not prosecutor Jorge Rodriguez; date: the denial came the week before the Monday announcement -> 2023-W23, not W24"),
 3: (1, 1, 1, 1, 1, 1, ""),
 4: (1, 1, 1, 1, 0, 1, "date: a total deported since 1993 has no date (CONVENTIONS, span rule); dateline gave the document date"),
 5: (1, 1, 1, 1, 0, 1, "date: the cease-fire agreement is the story's news, quoted on Sunday -> 2023-06-11 (or document date); dateline left it unknown"),
 6: (1, 1, 1, 1, 0, 1, "date: the strikes were announced one day before the Tuesday statement -> Monday 2023-06-12 at latest, not the document date"),
 7: (1, 1, 1, 1, 1, 1, "ok: attackers not named in the sentence (empty source right); Friday from the story's narrative accepted"),
 8: NE + ("non-event: 'the agreement also calls for' restates a term of the US-Burundi deal already given in sentence 2; no actor makes a request (the White House is not in the sentence)",),
 9: (1, 1, 1, 0, 1, 1, "target: the demonstrators (Yangon protesters, MMR) are named in the sentence; left empty"),
 10: (1, 1, 1, 1, 1, 1, "ok: rioters not named in this sentence, empty args right by rule"),
 11: (1, 1, 1, 0, 1, 1, "target: the government in Angola (AGO GOV) is commended, not the Laos government"),
 12: NE + ("non-event: truncated fragment 'Kabila has long opposed a' - a standing attitude with no object, no act",),
 13: (1, 1, 1, 0, 1, 1, "target: the counterpart is the IHC (Heard/McDonald Islands) governments; dateline gave only the Australian government, i.e. the source itself. AGREE accepted for 'agreed to a treaty' (SUPPORT sign would also do)"),
 14: NE + ("non-event: Renzi's vow to continue his own reform agenda is a domestic pledge with no counterpart (source = target); not an AGREE between political actors",),
 15: (1, 1, 1, 0, 1, 1, "target: Hamas (its military infrastructure) is named in the sentence; left empty"),
 16: NE + ("duplicate: 'to demand increased government investment' is the purpose of the same march coded as PROTEST (#31) from this sentence; were it kept, the target would be the Ukrainian government and the date Saturday 2023-06-10, not the document date",),
 17: NE + ("non-event: a generic line in a quote ('more activists protesting in solidarity across the globe'), no specific protest by a party",),
 18: (1, 1, 0, 0, 0, 1, "roles reversed: the 70 students are the detained (target); the detaining police are unnamed (source empty); date: Wednesday 2023-06-14, not the document date"),
 19: (1, 1, 1, 0, 1, 1, "target: the message went to Macky Sall and his cabinet; France is in the message's content, not a recipient"),
 20: (1, 1, 1, 0, 1, 1, "target: 'the media' (UAE press) is named in the sentence; left empty"),
 21: (1, 1, 1, 0, 1, 1, "target: the supply contract is with a Curacao factory (CUW business), not the state of Curacao"),
 22: (1, 1, 1, 1, 1, 1, "ok: mutual agreement; August -> 2022-08"),
 23: (1, 0, 1, 1, 1, 0, "the sentence's act is officials declaring the union's strike illegal (ACCUSE disapprove / COERCE ban, asserted); a negated SUPPORT for the non-approval is not what a coder codes"),
 24: (1, 0, 1, 0, 0, 1, "type: agreeing to end peace talks is breaking off negotiations (REJECT / SANCTION), not AGREE; target: the rebel factions, not South Sudan; date: shortly before the late-Saturday statements -> about 2023-06-10, not the document date"),
 25: (1, 1, 1, 0, 1, 1, "target: al Qaeda (Yemen-based, YEM) is named in the sentence; left empty"),
 26: (1, 1, 1, 0, 1, 1, "target: the 200 schoolgirls (NGA civilians) are the abducted, not the state Nigeria"),
 27: (1, 1, 1, 1, 1, 1, ""),
 28: (1, 1, 1, 0, 1, 1, "target: Djibouti is only the place withdrawn from (Guelleh's own country); a coder leaves it empty or codes the opposition parties"),
 29: (1, 1, 1, 0, 1, 1, "target: Scarpa is 'an Argentine man' in the text (ARG), code left empty (or Argentina, the party told to extradite). REQUEST accepted for a court order (COERCE deport would also do)"),
 30: (1, 1, 1, 1, 1, 1, ""),
 31: (1, 1, 1, 1, 1, 1, ""),
 32: (1, 1, 1, 0, 1, 1, "target: the two convicted men to be freed, not the French tourists (their victims)"),
 33: (1, 1, 0, 1, 1, 1, "source: in a US State Department statement 'the President has requested additional assistance' for the ANSF is the US President, not Karzai (AFG)"),
 34: (1, 1, 1, 1, 1, 1, "headline with an act ('Gives Up on Plan'); CONCEDE accepted"),
 35: (1, 1, 1, 1, 1, 1, ""),
 36: NE + ("non-event: ambulances and firemen 'fought' a fire - trigger in another sense",),
 37: (1, 1, 1, 1, 1, 1, "ok: agent not in the sentence; Saturday (raids began) accepted"),
 38: (1, 1, 1, 0, 1, 1, "target: the protest is against Moroccan police brutality -> police (MAR COP); left empty"),
 39: (1, 1, 0, 1, 0, 1, "source: the workers of the national transportation workers union are named as the strikers; date: the strike is going on now -> document date, not unknown"),
 40: (1, 1, 1, 0, 1, 0, "target: the former U.S. naval officer (USA) to be charged, left empty; modality: 'to be charged' is future"),
 41: (1, 1, 1, 1, 0, 1, "date: the text gives the death as Tuesday; Saturday is the announcement's date"),
 42: (1, 1, 0, 0, 1, 1, "source: the island's (Falklands) government made the request, not the United Kingdom; target: 'me' = the speaker, the islands' PM, left empty"),
 43: (1, 0, 1, 0, 1, 1, "type: a government holding surrendered rebels captive is detention (COERCE arrest), not ASSAULT abduct; target: the rebel group ('the group'), not the Liaoning Front (the speaker's own organisation)"),
 44: (1, 0, 1, 0, 1, 1, "type: military occupation of territory (CAMEO 192) is ASSAULT (the fight family), not COERCE seize; target: Cyprus (the occupied area) left empty"),
 45: NE + ("non-event: Luther's remark that torture is legal in Egypt is no torture act (the sentence's event is an ACCUSE of Egypt by Amnesty)",),
 46: (1, 1, 1, 1, 1, 1, ""),
 47: (1, 1, 1, 1, 1, 1, "ok: Houthis not named in this sentence; Thursday = document date"),
 48: (1, 1, 1, 0, 1, 1, "target: the DR and China each agreed to allow arms trade with Kiribati; Kiribati (KIR) is the counterpart, not a mutual DR-China agreement"),
 49: (1, 1, 1, 0, 1, 1, "target: the Liberian troops are right but Habre (the campaign's enemy) is no target of the offer"),
 50: (1, 1, 1, 1, 1, 1, ""),
 51: (1, 1, 0, 1, 1, 1, "source: Croatia, Slovenia and Macedonia (HRV/SVN/MKD), not 'Yugoslavia' (YUG)"),
 52: (1, 1, 1, 1, 0, 1, "date: the detention followed a meeting in December 2016 -> 2016-12 (or unknown), not the document date"),
 53: (1, 1, 1, 0, 1, 1, "target: 'our NATO ally' is Cyprus (CYP), not NATO"),
 54: (1, 1, 0, 1, 1, 1, "source: Starr is the U.N.'s Special Representative (UN), not USA"),
 55: (1, 1, 1, 1, 0, 1, "date: the statement is reported as this news -> document date, not unknown. 'would never accept' as AGREE negated accepted (refused-to-withdraw rule); sentence truncated"),
 56: (1, 0, 0, 1, 1, 1, "type: a trip to the Syrian capital is CONSULT (visit), not AGREE; source: Plenkovic travels to Syria, nothing in the text makes him Syrian (a coder's dictionary gives HRV)"),
 57: (1, 1, 0, 1, 0, 1, "source: 'the group' is the donor delegation led by France's FM Fabius (FRA/IGO), not GHA; date: the lead gives the meeting as Wednesday 2023-06-14"),
 58: (1, 1, 1, 1, 1, 1, ""),
 59: NE + ("non-event: 'Austria has accepted its new place at the heart of the EU' is a characterisation, no act toward a party",),
 60: (1, 1, 1, 1, 1, 1, "ok: next Tuesday 2023-06-20, future; mutual"),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-a-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = {f: bool(v[i]) for i, f in enumerate(FIELDS)}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
    with open(os.path.join(ROOT, "events-a.jsonl"), "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10s} {'all 60':>10s} {'real events':>14s}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10s} {a:3d}/60 {100*a/60:4.0f}%  {b:3d}/{len(real)} {100*b/len(real):4.0f}%")


if __name__ == "__main__":
    main()
