"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's verdicts (round 107).
Verdict letters per item: event,type,source,target,date,modality (1 = right, 0 = wrong); 'X' = spurious."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

V = {
 1: ("111111", "Peres phoning Erdogan after the clash is a CONSULT (phone) ISR->TUR; 'afterwards' is the Thursday of the story (Jan 29, the dateline), asserted with the Israeli official as reporter."),
 2: ("111111", "Ahmadinejad beginning his visit to Lebanon is CONSULT visit IRN->LBN on Wednesday 2010-10-13."),
 3: ("111101", "Restoring full relations with Doha is SUPPORT (resume diplomatic cooperation) SAU/ARE/EGY->Qatar, but it is a background act of an earlier time ('have since restored', after 2017); date should be none (unknown), not the document date."),
 4: ("111111", "Obasanjo's appeal for calm in a national broadcast is a REQUEST with no party named as addressee (empty target right), reported as this news on the document date."),
 5: ("X", "Spurious: 'I did not target the Israeli people' uses 'target' in the sense of verbal criticism (Erdogan saying his anger was not aimed at Israelis); there is no ASSAULT. At most a denial of ACCUSE."),
 6: ("111111", "EU and Britain announcing new sanctions on (Venezuelan) officials is SANCTION EU/GBR->VEN officials on the day of the story (Friday 2025-01-10)."),
 7: ("111111", "North Korea's threat to restart its frozen facilities is THREATEN from PRK; no addressee named (empty target right); a background pluperfect threat with no date in the text, so no date is right."),
 8: ("111101", "Rebels killed in the mutiny: ASSAULT on Fijian rebel soldiers, killer not named in the sentence (empty source right); but the text dates the mutiny Thursday, so date should be 2000-11-02, not the document date 2000-11-03."),
 9: ("111111", "'The United States stands firmly with the Annan process' is SUPPORT USA->Annan (the mediation he leads), said by Bush on Sunday 2008-02-17."),
 10: ("111111", "About 40 killed in the crackdown since Oct. 25 is ASSAULT on Sudanese people; killer not named (empty source right); a total summed since an earlier date has no date, as given."),
 11: ("111111", "Saudi Arabia's pledge of $500 million is AGREE (offer of aid, wave-76 rule); the Palestinians are not named in the sentence, so empty target is right; dated Monday 2007-12-17."),
 12: ("111101", "The UN mission's signed promise of protection for Serb communities is acceptable as AGREE UNO->Serbs (a coder might rather code the signing with Belgrade as SUPPORT); but it is a background act before the election ('had dropped calls ... after'), so date should be none, not the document date."),
 13: ("111101", "Maduro accusing Trump and Colombia is ACCUSE VEN->USA/COL, but the accusation was part of Monday's televised address (the lead: 'said on Monday ... what Maduro called a plot'), so date should be 2020-05-04, not the document date 2020-05-05."),
 14: ("X", "Spurious: 'to press a 13-point list of demands' is the aim of the siege already coded as PROTEST (e1) from the same sentence; PLOVER codes protests making requests as PROTEST, not REQUEST, so this is a duplicate."),
 15: ("111111", "Riot police firing tear gas and water cannon at Anwar's supporters is ASSAULT crowd-control MYS police->MYS supporters on Wednesday 1999-04-14."),
 16: ("111111", "The government's condemnation of the killing is ACCUSE (disapprove) from NGA; the killers are unknown so empty target is right; reported as this news on the document date."),
 17: ("111111", "Bennett holding talks with Sisi is CONSULT ISR->EGY on Monday 2021-09-13."),
 18: ("111101", "Trump discussing religious freedom with Modi is CONSULT USA->IND, but the talks and Trump's remarks were on Tuesday 2020-02-25 (the day of the story), not the document date 2020-02-26."),
 19: ("111111", "AU and several governments urging Pretoria to protect foreigners is REQUEST AU/governments->ZAF government, reported as this news on the document date."),
 20: ("111111", "Kenya sending troops into Somalia in 2011 is acceptable as MOBILIZE troops KEN->SOM (an ASSAULT coding of the incursion would also do), dated 2011 as the text gives."),
 21: ("111011", "Dyer's troops firing into the crowd is ASSAULT firearms by British(-led) troops, 1919-04-13; but the crowd's country is plain from the story ('unarmed Indians'), so target should be the crowd (IND), not an uncoded crowd. (The 'massacre' event e1 of the same sentence is the duplicate, not this one.)"),
 22: ("111111", "Hamas seizing control of Gaza is ASSAULT (taking ground, wave-30 rule) Hamas->Palestine (Gaza), dated June 2007 as the text gives."),
 23: ("111111", "M23 seizing eastern Congo's two largest cities is ASSAULT (taking ground) M23->DR Congo, dated 2025 ('this year') as the text gives."),
 24: ("X", "Spurious: the Mainland Affairs Council saying Chen did not plan to declare independence is a reassurance about intent, not an act; declaring independence is no PLOVER act toward a party, and nothing was done or refused."),
 25: ("111011", "Beijing's standing threat to use force is THREATEN from CHN (document date acceptable for a threat still in force), but the threat is aimed at 'the island' named in the sentence: target should be Taiwan (TWN), not empty."),
 26: ("111111", "Criticism of the amnesty by rights groups and the UN is ACCUSE (disapprove); no party is named as the target (the amnesty is a policy), so empty is right; a criticism still voiced ('which say') takes the document date."),
 27: ("111011", "The Council of Europe criticising the suspension is ACCUSE (disapprove) dated the day of the story (Jan 21); but the suspension was Moldova's act and Moldova is named in the sentence, so target should be Moldova / its Justice Ministry (MDA), not empty."),
 28: ("111011", "North Korea rejecting any reactor made in the South is REJECT from PRK dated April 1995; the sentence names the South, whose reactor was rejected as a 'Trojan horse', so target should be South Korea (KOR), not empty."),
 29: ("110011", "Prachanda saying his movement would not accept a settlement keeping the monarchy's powers is acceptable as AGREE negated (or REJECT asserted), undated; but source should be Prachanda / the Maoist rebels (NPL), not Prime Minister Deuba, and target should be empty (or the government), not 'any settlement', which is no party."),
 30: ("111111", "Sheinbaum's stated support for the judicial overhaul is SUPPORT from MEX; no party named (empty target right); a support still held takes the document date."),
 31: ("111111", "The ICJ ordering Thailand and Cambodia to withdraw is REQUEST (demand de-escalation) ICJ->THA/KHM on Monday 2011-07-18."),
 32: ("111111", "Yeltsin and Lukashenko signing the union treaty is SUPPORT (sign agreement), mutual RUS<->BLR, Wednesday 1997-04-02."),
 33: ("111111", "Obama welcoming China's statements on the yuan is SUPPORT USA->CHN on the day of the talks (2009-11-17, the document date)."),
 34: ("111101", "Yemen's leaders accusing Saudi Arabia of backing secessionists in last year's war is ACCUSE YEM->SAU, but it is a background accusation of an earlier time (1994 war period), so date should be none (or 1994), not the document date."),
 35: ("111001", "Biden backing the operation is SUPPORT from USA, but the operation is Turkey's and Ankara is named in the sentence: target should be Turkey (TUR); and the text says 'on the same day', Wednesday, so date should be 2016-08-24, not 2016-08-25."),
 36: ("111111", "EU leaders agreeing on the outline of a treaty is AGREE (reciprocal, no recipient) on Saturday 2007-06-23."),
 37: ("111111", "Hamas and Fatah signing the Beijing declaration is SUPPORT (sign agreement), mutual PSE factions, Tuesday 2024-07-23."),
 38: ("111011", "Maduro accusing his opponents and Washington is ACCUSE VEN->USA and the opposition on Friday 2025-01-10; but 'his opponents' are plainly the Venezuelan opposition, so they should carry VEN, not an empty code."),
 39: ("111111", "Azerbaijani police detaining over a hundred people is COERCE arrest AZE police->AZE protesters on Saturday 2011-04-02."),
 40: ("111111", "Chavez praising Humala is SUPPORT VEN->PER; praise repeated through the campaign ('has praised') and still going on takes the document date."),
 41: ("111111", "Khaleda Zia demanding the government step down is REQUEST BGD opposition->BGD government on Sunday 2013-05-05."),
 42: ("111111", "The Jerusalem bus suicide bombing is ASSAULT by a Palestinian bomber on Israelis (Israel acceptable for the bus victims), Thursday morning 2004-01-29."),
 43: ("111101", "Senior army officers detained in Rwanda is COERCE arrest on RWA officers (authorities not named, empty source right), but the text dates it 'this year': date should be 2010, not none."),
 44: ("111101", "A man killed in a shootout with police during voting is ASSAULT on a Macedonian (killer not stated, empty source acceptable), but 'during voting' is Sunday's election: date should be 2008-06-01, not the document date 2008-06-02."),
 45: ("111111", "Araujo's kidnapping by Marxist guerrillas is ASSAULT abduct COL rebels->Araujo, six days before Sunday Sept 30: 2001-09-24."),
 46: ("111111", "The second attack killing at least 10 people is ASSAULT on Kenyan civilians (attackers unnamed in the sentence, empty source right), Monday night 2014-06-16."),
 47: ("101001", "Trump telling U.S. officials not to endorse the communique is his withdrawal of support for the G7 text: type should be REJECT and target the G7 partners / Trudeau (CAN), not an order to his own officials (REQUEST->USA officials); the outburst was Saturday night, so date should be 2018-06-09."),
 48: ("111111", "Xi and Park pledging to conclude an FTA is AGREE, reciprocal CHN<->KOR, on Thursday 2014-07-03 (the document date)."),
 49: ("111101", "Putin backing Yanukovych in the campaign is SUPPORT RUS->UKR, but it is a background act of the 2004 election campaign: date should be 2004 (or none), not the document date 2005-02-05."),
 50: ("110111", "Rights groups urging F1 teams to pull out is REQUEST->teams, undated background; but the rights groups' country is not given (the Britain in the sentence belongs to the politicians), so source should be rights groups with no code, not GBR."),
}

PARAS = {
 "h31-x118-17": dict(coder_events=[
     "ASSAULT: Bahrain police (BHR) -> Shi'ite protesters (BHR), fired tear gas and birdshot, 2012-04-22"],
     found=1, dateline_events=1, spurious=0,
     notes="The protesters' claim that the race whitewashes a crackdown is their protest's message, not a separate act; the crackdown is background."),
 "h31-x117-25": dict(coder_events=[
     "PROTEST: tens of thousands of Slovaks (SVK) -> Prime Minister Robert Fico (SVK), rallies in Bratislava and other towns, 2025-01-24",
     "CONSULT: Robert Fico (SVK) -> Russia (RUS), his visit to the Kremlin a month earlier, 2024-12"],
     found=1, dateline_events=1, spurious=0,
     notes="'accusing him of steering the country ...' is the protest's message (PROTEST, not a separate ACCUSE). The background Kremlin visit was not coded."),
 "h31-x120-07": dict(coder_events=[
     "ASSAULT: Marxist guerrillas (COL) -> Consuelo Araujo (COL), kidnapped, 2001-09-24",
     "ASSAULT: (guerrillas, not named in the paragraph) -> Consuelo Araujo (COL), her killing, body found 2001-09-30",
     "CONSULT: President Andres Pastrana's government (COL) <-> the rebels (COL), ongoing peace talks, 2001-10-01"],
     found=2, dateline_events=2, spurious=0,
     notes="Dateline found the kidnapping and the (ongoing) peace talks; the killing itself was not coded. Finding the body is no event."),
 "h31-x117-11": dict(coder_events=[
     "SUPPORT: Ukraine's parliament (UKR) -> Yulia Tymoshenko (UKR), confirmed as prime minister, 2005-02-04"],
     found=0, dateline_events=0, spurious=0,
     notes="Parliament's confirmation of the prime minister (approve an actor) was not coded. The Orange Revolution is a background name, not coded."),
 "h31-x118-16": dict(coder_events=[
     "PROTEST: thousands of Moroccans (MAR) -> Moroccan state / King Mohammed VI (MAR), marches demanding a new constitution, 2011-02-20"],
     found=1, dateline_events=1, spurious=0,
     notes="The demand is the protest's aim (PROTEST, not REQUEST). The uprisings that toppled the Tunisian and Egyptian leaders are background and not coded. Dateline's protest has an empty target where the state would be right (aim at the constitution/king's powers)."),
 "h31-x117-02": dict(coder_events=[
     "RETREAT: Bosnian Serb authorities (BIH) -> Muslim-Croat federation (BIH), handover of the Serb-held Grbavica district completed, 1996-03-19",
     "MOBILIZE: federation police (BIH) -> Grbavica, police moved in to take over the district, 1996-03-19"],
     found=0, dateline_events=0, spurious=0,
     notes="Dateline coded nothing in the lead; the handover (territory transferred under Dayton) and the police deployment are the paragraph's acts (a coder might merge them into one)."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 50
    out = []
    for it in items:
        code, reason = V[it["n"]]
        if code == "X":
            v = {f: False for f in F}
        else:
            v = {f: c == "1" for f, c in zip(F, code)}
            assert v["event"]
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.append(o)
    with open(HERE / "events-b.jsonl", "w") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as fh:
        for p in paras:
            d = PARAS[p["doc"]]
            assert d["dateline_events"] == len(p["events"]), p["doc"]
            fh.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
    counts = {f: sum(o["verdict"][f] for o in out) for f in F + ("all",)}
    print(counts)
    print({k: sum(len(PARAS[p["doc"]]["coder_events"]) if k == "coded" else PARAS[p["doc"]][k] for p in paras)
           for k in ("coded", "found", "dateline_events", "spurious")})

if __name__ == "__main__":
    main()
