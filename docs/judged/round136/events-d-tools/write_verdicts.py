"""Write events-d.jsonl from the judge's verdicts (fields: event,type,source,target,date,modality; all = and)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
T, F = True, False
V = {
 1: ((T,T,T,F,T,T), "REJECT of a meeting in June 2006 is right, but the target should be the government negotiators (Sri Lankan government, LKA), the party the rebels refused to meet; Norway is only the talks' host (source sector GOV is off but party and LKA are right)."),
 2: ((T,T,T,F,T,T), "Visit on Tuesday 2004-04-27 is right, but the target should be the European Union leaders the sentence names as his hosts (EU, no country), not the Belgian government."),
 3: ((T,T,T,T,T,T), "Repeated, undated request by Saudi officials to Britain; unknown date is right for this background act."),
 4: ((T,T,T,T,T,T), "Request for consular access by U.S. diplomats, reported as this news; the sentence names no addressee, so the empty target is right by the rules (a coder would add Cuba)."),
 5: ((T,T,T,T,F,T), "Police investigation of the shootings is right, but the text gives the statement no day (Monday is the shootings' day): date should be the document date 2012-01-10."),
 6: ((T,T,T,T,T,T), "Student march on Tuesday 2019-12-10 against the army-backed election, an act of the authorities, so the Algerian state is a right target."),
 7: ((T,T,T,F,T,T), "'Would not bow to kleptocrats' is a refusal to yield (CONCEDE negated, like the rules' RETREAT negated / REJECT asserted), but the target should be the 'kleptocrats', the UMNO rivals (MYS) the same sentence names."),
 8: ((T,T,T,T,T,T), "Army reinforcements flown in on Sunday 2002-02-17; Royal Nepal Army (NPL) is right."),
 9: ((T,T,T,T,T,T), "Security forces killed six attackers in the shootouts of the Sunday-evening attacks (2024-06-23, given in the previous sentence)."),
 10: ((T,T,T,F,F,T), "Srebrenica killings: the victims are Bosnian Muslims (BIH), not SRB, and the date should be 1995-07, given in the sentence, not the document date."),
 11: ((T,T,T,T,T,T), "Kremlin dismissing the video as 'nonsense' is a disapproval (ACCUSE); 'it' is the film, not a party, so the empty target stands by the rules (a coder might add Navalny's team)."),
 12: ((T,T,T,T,T,T), "EU preparing sanctions on Belarusian officials: SANCTION, future, no date, all right."),
 13: ((T,F,T,T,F,F), "Lavrov's claim that European politicians 'encouraged the protesters' is verbal backing, type SUPPORT not REQUEST; being part of Russia's blaming of the West it is reported, and the undated earlier act should have no date, not the document date."),
 14: ((T,T,T,T,T,T), "Killings in the UDPS building overnight (night of Monday 2016-09-19); the killer is given only through the accusation, so the empty source is right."),
 15: ((T,T,T,T,T,T), "Lukashenko thanked Putin at the Sochi talks, 2020-09-14: SUPPORT, all right."),
 16: ((T,T,T,F,T,T), "Pledge of aid is AGREE on Friday 2012-08-31, but the target should be the Pacific Islands Forum / its island states, the recipients named in the sentence (borderline: the amount's recipients are spelled out in the next sentence)."),
 17: ((T,T,T,T,T,T), "State of emergency declared on Thursday 2024-01-11 by Marape: COERCE, all right."),
 18: ((T,T,T,T,T,T), "Scheduled, committed continuation of the West Bank withdrawal coded as a promise (CONCEDE, asserted, document date); RETREAT future would also have been right."),
 19: ((T,T,T,T,F,T), "Joint exercises are COOPERATE, but 'on Monday' in a Monday Sept 14 story is that day: date should be 2020-09-14, not 2020-09-21."),
 20: ((T,T,F,F,F,F), "'To help investigate' is the commission's purpose: the investigating party is the UN-backed commission (not Congress), its target the criminal networks in Guatemala's state institutions (GTM), with no date and future modality (August is Congress's approval)."),
 21: ((T,T,T,T,T,T), "Iraqi court sentenced Tariq Aziz on Tuesday 2010-10-26: SANCTION convict, all right."),
 22: ((T,T,T,T,T,T), "EU's promised invitation to Libya once Tripoli accepts the principles: AGREE (invite), future, no date, all right."),
 23: ((T,T,T,T,T,T), "Police detained hundreds of Minsk marchers on Sunday 2020-09-13: all right."),
 24: ((T,T,T,F,T,T), "Future meeting is right, but the target should be the heads of Belgian industry groups (BEL business), not the Belgian state."),
 25: ((T,T,T,T,T,T), "Opposition officials blamed the security forces (COD): ACCUSE, document date, all right."),
 26: ((T,T,T,T,T,T), "Kok and his cabinet resigned on Tuesday 2002-04-16: RETREAT resign, all right."),
 27: ((T,T,F,T,F,T), "'They' are the U.S. diplomats (Keiderling and two colleagues, USA), so the source is wrong, and the meetings are an earlier undated trip, so the date should be unknown, not the document date."),
 28: ((T,T,T,T,T,T), "A week of road-safety protests by students, ongoing on Sunday 2018-08-05; road safety is not an act of the authorities, so the empty target is right."),
 29: ((T,F,T,T,T,T), "'Did not join the latest protests' is a negated PROTEST by the Brotherhood, not an ACCUSE (disapprove); other fields right."),
 30: ((T,F,T,F,T,T), "Setting fire to cells 'in protest at the transfers' is PROTEST (riot), not ASSAULT, aimed at the authorities' act, so the target should be the Israel Prison Service (ISR)."),
 31: ((T,T,T,T,T,T), "Norway urged both sides (Sri Lankan government and Tigers, LKA) to show restraint: all right."),
 32: ((T,T,T,F,T,T), "Future request is right, but the OSCE is coded with country GEO; it is an international body with no country code."),
 33: ((T,T,T,T,T,T), "Islamic State affiliate praised the attack: SUPPORT; 'the attack' is not a party, so the empty target stands by the rules."),
 34: ((T,T,T,T,T,T), "Hungary sought an IMF loan in autumn 2008: REQUEST assist, date 2008-FA right."),
 35: ((T,T,T,F,T,T), "Sending a carrier and jets as a show of force is MOBILIZE, separate from the joint exercise, but the sentence says it is 'aimed at North Korea': target should be North Korea (PRK)."),
 36: ((T,T,T,F,T,T), "Call for resignations on the day of the ruling (2009-04-29) is right, but the target should be the judges and security officials (LBN) whose resignation is demanded."),
 37: ((T,T,T,T,T,T), "Previous cabinet resigned in January 2023: all right."),
 38: ((F,F,F,F,F,F), "Spurious: 'hold relations hostage' is a metaphor in an analyst's quote, no abduction."),
 39: ((T,T,T,T,T,T), "Police fired tear gas and rubber bullets at students on Sunday 2018-08-05: all right."),
 40: ((T,T,T,T,T,T), "Syrian court sentenced 12 activists on Wednesday 2008-10-29: all right."),
 41: ((T,T,F,F,T,T), "Detentions in central Seoul: the source is South Korean police (KOR), not USA, and the detained are the student protesters (KOR)."),
 42: ((T,T,T,T,T,T), "Western governments welcomed the news: SUPPORT; 'the news' is not a party, so the empty target stands by the rules (a coder might add Yeltsin)."),
 43: ((T,T,T,T,F,T), "Promise of an investigation (AGREE) is right, but the text gives the statement no day: date should be the document date 2003-12-23, not the attack's Monday."),
 44: ((T,T,T,T,T,T), "Prosecutors expected to charge the four MPs: ACCUSE allege, future, no date, all right."),
 45: ((T,T,T,T,T,T), "Opposition accused Harper's government: ACCUSE; Harper for his government is right."),
 46: ((T,F,T,T,T,T), "Myanmar agreeing to give up the ASEAN chair under members' pressure is a yielding, type CONCEDE (promise of a future concession), not AGREE."),
 47: ((T,T,T,F,T,T), "Finns approved EU entry in October 1994, but 'it' is entry into the European Union: target should be the EU, not Norway."),
 48: ((T,T,T,T,T,T), "More than 100 people arrested, reported by Boshab; no arresting party named, empty source right."),
 49: ((T,T,T,T,F,T), "Rouhani's accusation is right, but 'on Monday' dates the officials' insistence; the present-perfect accusation is undated (date unknown, at most the document date 2018-06-26)."),
 50: ((T,T,T,T,F,T), "A meeting not expected during the 12-day trip has no date: date should be unknown, not the document date."),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open(HERE / "events-d.jsonl", "w") as out:
    for it in items:
        vals, reason = V[it["n"]]
        if not vals[0]:
            assert not any(vals)
        v = dict(zip(KEYS, vals)); v["all"] = all(vals)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {k: sum(V[n][0][i] for n in V) for i, k in enumerate(KEYS)}
counts["all"] = sum(all(V[n][0]) for n in V)
print(counts)
