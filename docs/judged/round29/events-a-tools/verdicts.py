"""Round 29, judge a: verdicts on the 60 sampled events (events-a-items.jsonl), scored by CONVENTIONS.md.

usage (from docs/judged/round29): python events-a-tools/verdicts.py
writes events-a.jsonl and prints the per-field table (all 60, and real events only).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")
S = (0, 0, 0, 0, 0, 0)  # spurious: wrong in every field

V = {
 1: (1, 1, 0, 1, 1, 1, "SUPPORT sign treaty right; source 'Africans' is not the signers ('we, as representatives' = Koroma and the other signers)"),
 2: (1, 0, 0, 1, 1, 1, "'would welcome all migrants' is a promise: AGREE, not SUPPORT; Martelly is Haiti's president (Port-au-Prince), HND wrong; future right for the welcoming; no date in text, unknown accepted"),
 3: (1, 0, 1, 0, 0, 1, "'fully committed to democratic institutions in Israel' is verbal SUPPORT, not AGREE; Israel named in sentence, empty target wrong; 2023-06-12 is Netanyahu's Monday act, the spokesman spoke Wednesday per the lead"),
 4: (1, 1, 1, 1, 1, 1, "THREATEN by Israel (garbled warning); no party clearly threatened, empty target accepted; pluperfect background, unknown date right"),
 5: (1, 1, 1, 1, 1, 1, "ASSAULT (burned to death), perpetrator not named in sentence; victim's nationality not given; date of the report (Tuesday) accepted for an act reported as this news"),
 6: S + ("'rebels backed by Turkey' is a standing relation in a noun phrase, no act reported: spurious",),
 7: (1, 1, 1, 0, 1, 1, "AID by US right; 'some personnel' is the aid given, not a recipient: recipient not named, target should be empty"),
 8: (1, 1, 1, 0, 1, 1, "COERCE arrest by prosecutors (ZWE); arrested were the three named leaders, not the MDC party; Sunday (released ~10h after arrest) accepted"),
 9: (1, 1, 1, 1, 0, 1, "ACCUSE charged right, charger unnamed; the charge is background of the running trial, document date wrong"),
 10: (1, 1, 0, 1, 1, 1, "COERCE arrest; the sentence names the police's operation as the arrest, empty source wrong; group in Brazil per text"),
 11: (1, 1, 1, 0, 1, 1, "strikes on the Russian jet: ASSAULT; striker not named (empty source ok) but the Russian jet (Russia) is named, empty target wrong"),
 12: (1, 1, 1, 1, 1, 1, "lifting the state of emergency: RETREAT (implemented easing); Bouteflika->Algeria; last month = 2023-05"),
 13: (1, 1, 1, 1, 0, 1, "SUPPORT sign by Myanmar right; 2022 comes from a different deal ('went into effect last year'); the signing is this news, no date"),
 14: S + ("a state agency receiving budget funding (no giver, domestic) is not a PLOVER AID event between actors: spurious",),
 15: (1, 1, 1, 0, 1, 1, "MOBILIZE by French officials right; the mobilized police are not a target (no party acted upon named): empty would be right"),
 16: (1, 1, 1, 0, 1, 1, "ASSAULT by Yemeni forces right; fired into Houthi-occupied Aden, killing 40 people: target is Houthis/people, not the Yemen government"),
 17: (1, 1, 1, 0, 0, 1, "ACCUSE by activists right; blamed 'government forces' (SYR military), not Assad; Friday is the date of the killings, the blaming has no date -> document date"),
 18: (1, 1, 1, 1, 1, 1, "ASSAULT clashes with rebels, 2015 explicit for the first count; acceptable"),
 19: (1, 0, 1, 0, 1, 1, "an executive order prohibiting entry of Gambian citizens is COERCE (restrict movement), not REQUEST; Gambian citizens named, empty target wrong; Friday right"),
 20: (1, 0, 1, 1, 1, 1, "being sought by Interpol for abduction is ACCUSE (legal), not REQUEST; Interpol->eight Russians right; 2023 year-level compatible with the ongoing act"),
 21: (1, 0, 1, 1, 1, 1, "'supported the Congolese military against rebels' is material/military support: AID, not verbal SUPPORT; args right; background, unknown date right"),
 22: (1, 1, 1, 1, 0, 1, "Duma resolution calling for cooperation: REQUEST accepted; the resolution is 2010 background (July/Aug 2010 in context), document date wrong"),
 23: (1, 0, 1, 1, 1, 1, "'would offer new aid' is an offer: AGREE in PLOVER (CAMEO 033), not AID; Pakistan->Indian-controlled Kashmir (IND) accepted; future right for the offer of aid"),
 24: (1, 0, 1, 0, 0, 1, "pledging that opponents 'would be condemned to die' is THREATEN, not AGREE; 'any people who dare to oppose them' named, empty wrong; text gives May 23-24, 2014, not 2023"),
 25: (1, 1, 1, 0, 0, 1, "ASSAULT right, attacker not in sentence; victim is the elderly Sikh man, Jaswant Singh is a neighbour who spoke; attack was Dec. 2, not Dec. 5"),
 26: (1, 1, 1, 1, 1, 1, "ASSAULT government shelling killed 34 children today: all right"),
 27: (1, 0, 1, 1, 1, 1, "reciprocal training under a joint arrangement is COOPERATE (military exchange), not AID; Hondurans->Netherlands right"),
 28: (1, 1, 1, 0, 1, 1, "MOBILIZE peacekeepers by UN in 1999 right; 'South Pacific' is a place, not a party; deployment presented as fact inside the accusation, asserted accepted"),
 29: (1, 1, 0, 0, 0, 1, "ACCUSE complaint right but reversed: the blogger's family filed against Khaira; case filed in August per next sentence"),
 30: (1, 1, 1, 1, 0, 1, "army arrived at the protest: MOBILIZE accepted; the protest is dated Wednesday in the text, document date wrong"),
 31: (1, 0, 1, 0, 1, 0, "ordering the killing of thousands is the killing (ASSAULT), not REQUEST; 'thousands of blacks' named, empty wrong; the act sits inside the jury's finding: reported"),
 32: (1, 1, 1, 0, 0, 1, "COERCE jailed right; Duterte is the jailed party, empty target wrong; 2002 is the photo's date, not the jailing"),
 33: (1, 1, 0, 1, 1, 1, "ASSAULT 2013 right; 'Islamist gunmen' named in sentence, empty source wrong"),
 34: (1, 1, 0, 1, 0, 1, "REQUEST right; 'the Council' is the UN Security Council (story), COD wrong; story dates the Council's act January 16, 2017"),
 35: (1, 1, 1, 1, 1, 1, "REQUEST Philippines (del Rosario) -> Nepal: all right"),
 36: (1, 1, 0, 1, 0, 1, "COERCE arrest; police named in sentence, empty source wrong; the events are March 2013 (story), not the document date"),
 37: (1, 1, 1, 0, 1, 1, "SUPPORT sign right; Hallem is the Algerian counterpart (next sentence, 'representative of the Algerian Ministry'), FSM wrong"),
 38: (1, 1, 0, 0, 1, 1, "MOBILIZE inside a claim (reported right); the deployed party is the East African coast guard/naval force (named), the AU only backs it; AU is not the target"),
 39: (1, 1, 1, 0, 1, 1, "ASSAULT attack right; a police officer was injured (named by common noun), empty target wrong"),
 40: (1, 1, 1, 0, 1, 0, "RETREAT resign by McCain right; Vietnam is only his war record, not a target; 'is stepping down' (term ends next year) is future"),
 41: (1, 1, 1, 1, 1, 1, "ACCUSE prosecute, Jordan -> five persons, 2010 (three years after Feb 2007): all right"),
 42: (1, 1, 1, 1, 1, 1, "REQUEST cabinet -> ministry and tribunal; statement of Friday: all right"),
 43: (1, 0, 1, 1, 1, 1, "coordinating joint exercises is COOPERATE (military exchange), not CONSULT; args, future right"),
 44: (1, 1, 0, 0, 0, 1, "PROTEST right; organizers 'a handful of young men' named, empty source wrong; protest against the government's ban plan -> Croatia target (crowd-protest rule); protest was Saturday"),
 45: S + ("'the UN Charter does not permit a country to dismiss its parliament' is a general statement of law, no act: spurious",),
 46: S + ("'a war ... should be fought as a war' is a generic remark, no ASSAULT: spurious",),
 47: (1, 0, 1, 1, 1, 0, "'working to ratify very quickly' is a commitment (AGREE: promise to ratify), not a ratification; the ratifying is not asserted"),
 48: (1, 1, 1, 1, 1, 1, "REQUEST Jalki (chamber head, Tunisia in story) -> Tunisian government: all right"),
 49: (1, 1, 1, 1, 1, 0, "Caricom asks the UK for 'the same commitment': a REQUEST asserted; only 'major action' is negated"),
 50: (1, 1, 1, 0, 0, 1, "ASSAULT by Jordanian police right; protestors in Aqaba calling on Jordan: JOR plain, None wrong; the protest was Sunday in the text"),
 51: (1, 0, 0, 0, 1, 1, "'have been warning neighboring countries that they may attack' is THREATEN, not ASSAULT; source is the two countries, target neighboring countries"),
 52: (1, 1, 1, 1, 1, 1, "ASSAULT (the blast), no perpetrator or target in sentence; this news: accepted"),
 53: (1, 1, 0, 1, 1, 1, "ASSAULT shooting; 'a gunman' named in sentence, empty source wrong; seven people (of the French group) accepted; yesterday right"),
 54: (1, 1, 1, 1, 1, 1, "ACCUSE opposition and lawyers criticized the president's legislation -> Botswana: all right"),
 55: (1, 1, 1, 1, 0, 1, "SANCTION Austria -> Syrian companies right; 2008-08 is the UN sanctions' date, the latest sanctions are this news"),
 56: S + ("a law's requirement that organisations not be financed by the government: no act, spurious",),
 57: (1, 1, 1, 1, 0, 1, "ASSAULT police -> demonstrators right; the Sunday is in March 2013 (story), not 2023-06-11"),
 58: (1, 1, 0, 1, 1, 1, "SUPPORT sign last Thursday right; the sentence names Afwerki as the signing party, 'delegation' is from another sentence; other party truncated"),
 59: (1, 1, 0, 1, 1, 1, "REQUEST -> Mali, Guinea right; Qureshi heads the African division of the Committee Against Torture (IGO), not LBR"),
 60: (1, 1, 0, 0, 0, 1, "REJECT 'refused to let' right; Bermuda coded USA; the defendants named, empty wrong; 'has long refused' goes on: document date, not unknown"),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == set(range(1, 61))
    out = []
    for it in items:
        v = V[it["n"]]
        flags = dict(zip(F, (bool(x) for x in v[:6])))
        flags["all"] = all(flags.values())
        it = dict(it, verdict=flags, reasons=v[6])
        out.append(it)
    with open(HERE / "events-a.jsonl", "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    real = [it for it in out if it["verdict"]["event"]]
    print(f"{'field':10} {'all 60':>14} {'real events':>16}")
    for k in F + ("all",):
        a = sum(it["verdict"][k] for it in out)
        r = sum(it["verdict"][k] for it in real)
        print(f"{k:10} {a:>3}/{len(out)} {100*a/len(out):5.1f}%  {r:>3}/{len(real)} {100*r/len(real):5.1f}%")


if __name__ == "__main__":
    main()
