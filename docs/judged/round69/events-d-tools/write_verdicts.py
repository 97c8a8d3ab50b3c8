"""Write events-d.jsonl from judge d's verdicts (fields listed are the WRONG ones; 'SPURIOUS' = not an event)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

J = {
 1: (["date"], "AGREE UAE/Bahrain/Morocco -> Israel is right, but the sentence dates the act 'in 2020'; date should be 2020, not the document date 2022-03-28."),
 2: ([], "Saleh thanking voters in his victory speech is SUPPORT (praise) Saleh (YEM) -> voters (YEM), reported as this news; document date fine."),
 3: (["target"], "AGREE for Petro's promise is acceptable, but the sentence names for whom he promises to govern: target should be Colombians (all Colombians, COL), not empty."),
 4: ([], "Pelosi's August 2022 visit to Taiwan is CONSULT visit USA -> TWN with its explicit date 2022-08; all right."),
 5: ([], "Soldiers killed over the past day, reported by Ukraine's military on Monday: ASSAULT, no attacker named, target Ukrainian soldiers, 2014-11-03; all right."),
 6: (["date"], "Russia's backing of Serbia is SUPPORT RUS -> SRB, but it is a standing stance still going on when the story is told, so it takes the document date 2011-07-28, not no date."),
 7: (["target"], "Myanmar taking part in the EU's dialogue with ASEAN, an act the EU says it will not allow (hypothetical, no date), is CONSULT; but the dialogue is the EU's, so Myanmar's counterpart (target) should be the European Union (EU), not ASEAN, of which it is a member. (The sentence's main act, an EU THREATEN/REJECT against Myanmar, is not this event.)"),
 8: (["target"], "SANCTION withdraw by Trump/USA in 2018 is right, but the sentence names the other party of the 2015 deal: target should be Iran (IRN), not empty."),
 9: (["source"], "The February 2013 nuclear test (MOBILIZE weapons, 2013-02) was North Korea's ('its third nuclear test' = Pyongyang's); source should be North Korea (PRK), not the United Nations."),
 10: (["source", "date"], "'Brussels' here is the EU/European Commission, not the Belgian government: source should be the European Union (EU/IGO). 'Has also criticised' is a background act of unspecified earlier time, so it should have no date rather than the document date."),
 11: (["target"], "REQUEST by Erdogan on 2017-03-12 is right, but the call is addressed to 'international organisations', which the sentence names: target should be international organisations (no country code), not empty."),
 12: ([], "Kosovo policeman killed in an ambush on Tuesday 2011-07-26: ASSAULT, attacker not named, target Kosovo police (XKX); all right."),
 13: ([], "Khatami's call on Tuesday 1999-07-13 for an end to the unrest is REQUEST; the call names no addressee, so an empty target is right."),
 14: ([], "Panama establishing diplomatic relations with China on Tuesday 2017-06-13 is SUPPORT PAN -> CHN; all right."),
 15: ([], "Kim Dae-jung's strong backing of the U.S. opening is SUPPORT KOR -> USA, a stance still going on, so the document date is right."),
 16: (["target"], "Tsipras conceding defeat is CONCEDE with the document date acceptable, but the same sentence names the winner he concedes to: target should be Mitsotakis (GRC), not empty."),
 17: (["type", "target"], "Buyoya calling the blockade 'unjust' and warning that Burundians would suffer is a criticism, not a threat: type should be ACCUSE (disapprove); Burundians are the ones said to suffer, not the target, which should be the regional leaders who imposed the blockade (or empty). Date 1996-07-31 evening is right."),
 18: ([], "Mursi's 'I want the armed forces to devote themselves to ... protecting the nation' in his Sunday speech is a REQUEST Mursi (EGY) -> armed forces (EGY), 2012-08-12; all right."),
 19: (["date"], "Aliyev's promise of reforms is AGREE (CAMEO 034) with no target named, but 'has promised' is a background act of unspecified earlier time; it should have no date, not the document date 2005-11-27."),
 20: ([], "UN mission in Libya condemning the abduction is ACCUSE; the sentence names no perpetrator, so the empty target is right; document date right for this news."),
 21: ([], "Japanese business leaders welcoming the meeting is SUPPORT with source code JPN (sector GOV is wrong but only party and country are scored); 'the meeting' is no party, so the empty target is right."),
 22: ([], "Rabin and Arafat signing the interim agreement on Thursday 1995-09-28 is mutual SUPPORT; all right."),
 23: (["type"], "Primakov warning against measures that could isolate Belgrade carries no threat of his own: type should be ACCUSE (disapprove; objection to the measures), not THREATEN. Empty target and document date are right."),
 24: (["target"], "The ban of more than 100 CNRP politicians is COERCE ban (source unnamed, no date given: right), but the target should be the CNRP politicians ('its politicians', KHM opposition), not the Cambodian government."),
 25: (["SPURIOUS"], "Duplicate: the pledge is the content of the declaration whose signing is already coded (e1, SUPPORT) from the same sentence; even as a separate act it would need the ASEAN members as parties."),
 26: (["date"], "The Hadera shooting (ASSAULT gunmen -> Israeli border police) happened during the opening dinner on Sunday night: date should be 2022-03-27, not 2022-03-28."),
 27: ([], "Saudi Arabia and Yemen signing the border treaty on Monday 2000-06-12 is mutual SUPPORT; all right."),
 28: ([], "Protesters blaming corruption and negligence for the tragedy is ACCUSE by Serbian protesters, no party named as target, still-current stance with the document date; all right."),
 29: (["target", "date"], "Saakashvili's offer of autonomy and aid is AGREE, but the sentence names its recipient: target should be South Ossetia (GEO separatists). 'Has offered' is background of an unspecified earlier time, so it should have no date, not 2004-08-19."),
 30: (["target"], "Signing by al-Ahmad (Fatah, PSE) on Thursday 2017-10-12 is SUPPORT, but the co-signatory is named in the sentence: target should be Saleh al-Arouri / Hamas (PSE), not empty."),
 31: (["source", "target"], "Approval of the guarantors' plan this month (SUPPORT, 1998-10) is right, but the source is the congresses of Peru and Ecuador, so its code should be PER/ECU, not empty; target should be the guarantor states (BRA, ARG, CHL, USA) whose plan they approved."),
 32: (["date"], "North Korea barring South Koreans from the zone is COERCE restrict PRK -> KOR, but the text dates it 'since last Wednesday': date should be 2013-04-03 (or the document date as an ongoing act), not none."),
 33: (["date"], "Lopez Obrador asking supporters to gather is REQUEST -> supporters (MEX), but 'has asked' is a background act of unspecified earlier time; it should have no date, not 2006-09-05."),
 34: ([], "Masked Serbs shooting at NATO peacekeepers on Wednesday night 2011-07-27 is ASSAULT firearms; ethnic Serbs coded SRB is acceptable; all right."),
 35: (["source"], "REQUEST -> Milosevic (SRB) reported on Saturday 1996-12-28 is right, but the source is the OSCE mission: its code should be OSCE (IGO), not SRB."),
 36: ([], "Obama urging a representative government is REQUEST USA -> Iraqi leaders; 'government[IRQ]' stands for Talabani/Maliki's government with the right code; the White House as a second source is his own office. Document date acceptable."),
 37: ([], "NATO leaders rebuffing the French-Italian push on Tuesday 1997-07-08 is REJECT NATO -> FRA, ITA; all right."),
 38: (["target"], "Rouhani's call for a new chapter of cooperation is REQUEST on 2016-02-29, but the sentence names the other party: target should be his (hardline) rivals (IRN), not empty."),
 39: ([], "M23 seizing the two largest cities 'this year' is ASSAULT (armed seizure of ground) by M23 (COD), 2025; no defender named, so empty target is right."),
 40: ([], "One person shot dead at a campaign rally (undated, during the campaign): ASSAULT, no shooter named, target one person (UGA), no date; all right."),
 41: (["modality"], "Sharon backing the deal is SUPPORT with the document date acceptable, but 'was said by aides to have backed' is attribution only: modality should be asserted with reported_by aides, not reported."),
 42: ([], "'We will not accept this theft' is a refusal: coded as AGREE negated, which the conventions accept as equivalent to REJECT asserted (like 'refused to withdraw'); source UPND official (ZMB), no party as target, document date right."),
 43: ([], "Israel's commitment under the deal signed Thursday to withdraw from six cities is CONCEDE (promise to withdraw) ISR -> Palestinians, asserted on 1995-09-28; all right."),
 44: (["source"], "The June phone call is CONSULT phone 2025-06, but Paetongtarn Shinawatra is the Thai prime minister: source code should be THA, not KHM."),
 45: ([], "Mubarak saying he did not want to accuse anyone is a negated ACCUSE with no target, document date right for this news. (The veiled accusation of those who sheltered militants is a separate act.)"),
 46: (["type"], "Iraq ordering the American inspectors out is an expulsion: type should be SANCTION (expel inspectors, CAMEO 1662) or COERCE deport, not REQUEST; Iraq -> Americans (USA) on 1997-11-13 is right."),
 47: ([], "Norway's envoy and Western embassies urging restraint is REQUEST with no addressee named (empty target right), dated by the dateline day 2003-11-04; all right."),
 48: (["SPURIOUS"], "Earthquake deaths: no political actor acted; not an event."),
 49: ([], "Thailand and Cambodia agreeing to a ceasefire on Monday 2025-07-28 is mutual AGREE; all right."),
 50: (["target", "date"], "The Palestinian commitment to the security plan is AGREE, but the CIA only monitors it: target should be Israel (the other party to the deal) or empty, not the CIA; the commitment was made in the deal signed on Friday, so date should be 1998-10-23."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and set(J) == set(range(1, 51))
with open(HERE / "events-d.jsonl", "w") as f:
    for it in items:
        wrong, reason = J[it["n"]]
        if "SPURIOUS" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

counts = {k: 0 for k in FIELDS + ["all"]}
for l in open(HERE / "events-d.jsonl"):
    v = json.loads(l)["verdict"]
    for k in counts:
        counts[k] += v[k]
print(counts)
