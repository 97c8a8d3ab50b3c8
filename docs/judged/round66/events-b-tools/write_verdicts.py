"""Write events-b.jsonl: each item unchanged plus judge b's verdict and reasons (round 66).
Fields in F are the wrong ones; SPURIOUS items are false everywhere.
usage (from docs/judged/round66): python events-b-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "spurious"

# n: (wrong fields, or SPURIOUS; reasons)
V = {
 1: (["type"], "Ordering Indian military advisers to leave is an expulsion, SANCTION (expel; CAMEO 166), not a REQUEST; Pakistan -> India, Thursday 2025-04-24 and asserted are right."),
 2: (["target"], "ASSAULT by the protesters (Bolivia) on the police is right, but the police are the Bolivian police in La Paz (BOL), not Indian police (IND); undated ongoing clash takes the document date."),
 3: ([], "Background seizure of Fiji's parliament by gunmen, dated May 19 in the text: ASSAULT (armed seizure) by unnamed gunmen on Fiji's parliament (FJI); all right."),
 4: ([], "Bukele (the 42-year-old, SLV) declaring a state of emergency in March 2022 is COERCE; no target in the sentence; date 2022-03 right."),
 5: (["target"], "The Arab states condemned Israel's attack; the target should be Israel (ISR), whose attack is condemned (or empty, as the sentence names no attacker), not Iran, the victim."),
 6: ([], "Muslim Brotherhood (EGY) condemning the killing: ACCUSE; the killer is unknown so an empty target is right; undated statement takes the document date."),
 7: (["target"], "SUPPORT Chen Shui-bian -> Ma is right, but Ma (Ma Ying-jeou) is Taiwanese: target code should be TWN, not empty."),
 8: (["target", "date"], "Sweden's pledge (AGREE) is made to Turkey under the deal: target should be Turkey (TUR), the PKK is the object of the cooperation; the deal was reached and announced late on Monday, date should be 2023-07-10."),
 9: (["target"], "Offer to resign is AGREE by the convention (CAMEO 0341 intent to change leadership); Monday night 2005-06-06 right; but the target is Bolivia's Congress (BOL/LEG), not India's Congress party (IND)."),
 10: (["target"], "Warning shot by a French aircraft (THREATEN, France) is acceptable, but the sentence names the party acted upon: target should be the rebel column, the Chadian rebels (TCD/REB); week 2006-W15 and asserted right."),
 11: (["date"], "India (New Delhi) closing the Attari crossing to Pakistan is COERCE restrict and the parties are right, but the measures were announced late on Wednesday (previous sentence): date should be 2025-04-23, not the document date."),
 12: ([], "Megawati (IDN) urging Indonesians (IDN) to accept the outcome: REQUEST; date Monday 2001-07-23 (oath day) right."),
 13: (["type", "date"], "The sultan welcoming Netanyahu at his palace is hosting a visit, CONSULT (visit; CAMEO 043), not SUPPORT; the visit was on Thursday, date should be 2018-10-25."),
 14: ([], "Kurdish leaders (Syrian Kurds, SYR) calling for restraint: REQUEST with no addressee named, empty target right; document date right."),
 15: ([], "Israel declaring a state of emergency: COERCE (CAMEO 1724), no target; Friday 2025-06-13 (document date) right."),
 16: (SPURIOUS, "Voters taking part in a referendum is not a protest or any PLOVER act; spurious (the opposition's call to boycott is a different act, not coded here)."),
 17: ([], "OAS urging Nicaragua and Costa Rica to withdraw forces: REQUEST, Friday 2010-11-12; all right."),
 18: (["type"], "Riot police storming the opposition party's headquarters is a law-enforcement raid, COERCE (seize/raid) by the conventions, not ASSAULT; parties (Georgian police -> United National Movement, GEO) and Tuesday 2021-02-23 right."),
 19: (["target"], "Syrian officials blaming \"troublemakers\": ACCUSE; the sentence names the accused, target should be the troublemakers (rioters in Syria's northeast, SYR), not empty."),
 20: ([], "Georgian riot police arresting Nika Melia (GEO): COERCE arrest, Tuesday 2021-02-23; all right (sector GOV is off but not scored)."),
 21: (["target", "date"], "The four leaders' demand for a ceasefire is addressed to Moscow, named in the sentence (\"if Moscow refused\"): target should be Russia (RUS); it came before Putin's proposal last weekend, date should be that weekend (2025-05-10, 2025-W19), not the document date."),
 22: ([], "Sheikh Hasina (BGD) refusing to accept the election result: REJECT, Wednesday 2001-10-03; no party is clearly the target, empty acceptable."),
 23: (SPURIOUS, "Analysts' expectation that the new emir would \"press for a more open economy\" is a prediction about economic policy, no request to any party; spurious (the source code USA is wrong too)."),
 24: ([], "Grace Poe (PHL) conceding late on Monday 2016-05-09: CONCEDE; no other party in the sentence, empty target right."),
 25: (["target"], "Israel telling its citizens to stay near shelters: REQUEST; target should be Israeli citizens (ISR), not Iranian (IRN)."),
 26: ([], "United States urging all parties in Ecuador (ECU) to respect constitutional order: REQUEST, document date; all right."),
 27: (["source"], "The complainers are Syria's Kurds (Syrian Kurds, SYR), not the state of Syria; ongoing complaint, ACCUSE, document date and empty target (no discriminator named) right."),
 28: (["source"], "Sisi called for the laws to be amended: source should be Abdel Fattah al-Sisi (EGY), not the Egyptian courts; REQUEST, no addressee, Tuesday 2015-06-30 right."),
 29: (["source", "target"], "Source should be the PJD (Justice and Development Party, MAR); \"largest party\" is what it hoped to become, not an actor; target should be its rivals (Moroccan parties, MAR), named in the sentence, not empty."),
 30: (["target"], "Iran agreed in talks with the foreign ministers of Britain, France and Germany, named in the sentence: target should be Britain, France and Germany (GBR/FRA/DEU), not empty; AGREE, Tuesday 2003-10-21 right."),
 31: (["source", "target"], "Mutual clash: source should be the Syrian Kurds (SYR) and target the Syrian security forces (SYR) (or the reverse); dateline fused both sides into one source actor and left the target empty. Type and Saturday 2004-03-13 right."),
 32: (["type"], "Announcing India's measures (treaty suspension, expulsions) against Pakistan is the SANCTION itself, not a THREATEN; Misri (IND), empty target (Pakistan not in the sentence) and late Wednesday 2025-04-23 right."),
 33: (["target", "date"], "Ivanov says the citizens rejected the name deal: target should be the deal's author, the Macedonian government of Zoran Zaev (MKD), not Ivanov, who is the speaker; the referendum was on Sunday, date should be 2018-09-30. Attribution keeps it asserted."),
 34: ([], "Perry (USA) saying he would travel to the kingdom (Saudi Arabia): CONSULT visit, future, undated; all right."),
 35: (["date"], "Netanyahu's talks with Sultan Qaboos are CONSULT with the right parties, but they were held on the Thursday trip (flew to Muscat on Thursday, returned after the talks); \"said on Friday\" dates the statement: date should be 2018-10-25."),
 36: ([], "Ukraine expected to sign its charter with NATO in Madrid in July: SUPPORT (sign agreement), future, 1997-07; all right."),
 37: ([], "Kerry (USA) telephoning Museveni (UGA): CONSULT phone; undated call takes the document date; all right."),
 38: (["target"], "Detention of Interim President Raimundo Pereira: COERCE arrest, detainer unnamed in the sentence (empty source right), but his country is Guinea-Bissau: code should be GNB, not GIN (Guinea)."),
 39: ([], "Kim Young-sam (KOR) asking the people (KOR) to share the pain: REQUEST (appeal); undated, document date right."),
 40: ([], "Talabani (IRQ) calling for dialogue: REQUEST; the sentence names no addressee, empty target right; document date right."),
 41: (["source", "target"], "Target should be the protesters (\"them\", Thai protesters in Bangkok, THA), not Cambodia; the police urging them are the Bangkok police, code should be THA, not empty (Thaksin is right)."),
 42: ([], "Irish voters approving the Lisbon treaty in a referendum last month: SUPPORT, 2009-10; no target needed; all right."),
 43: ([], "India congratulating the kingdom (Bhutan, BTN): SUPPORT, undated, document date; all right."),
 44: ([], "Washington and London proposing a compromise last August: an offer, AGREE by the convention; Libya not in the sentence, empty target right; 1998-08 right."),
 45: ([], "Three judges (Egyptian, EGY) shot dead in northern Sinai in May: ASSAULT firearms, attacker unnamed in the sentence; 2015-05 right."),
 46: (SPURIOUS, "Supporting Turkey's EU bid is the second half of Sweden's pledge already coded from this sentence (e3, AGREE); a duplicate, and Turkey is not its source (Sweden is); spurious."),
 47: (["target"], "\"Both sides\" are Russia and Georgia: target should be Russia (RUS) and Georgia (GEO), not an uncoded group; REQUEST by the State Department spokesman (USA), document date right."),
 48: (["source"], "De Menezes is President Fradique de Menezes of Sao Tome and Principe: source code should be STP, not empty; ACCUSE, empty target (the takeover, no party named) and document date right."),
 49: ([], "Hamas (PSE) welcoming the opening of the border: SUPPORT, no party as target; dated the day of the opening, Wednesday 2008-01-23, the dateline's day; all right."),
 50: ([], "Car bomb in Riyadh last November killing Americans (USA) and Indians (IND): ASSAULT, attacker unknown, 1995-11; all right."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    wrong, reasons = V[it["n"]]
    if wrong == SPURIOUS:
        v = {f: False for f in FIELDS}
    else:
        assert set(wrong) <= set(FIELDS[1:]), wrong
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reasons
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(counts)
