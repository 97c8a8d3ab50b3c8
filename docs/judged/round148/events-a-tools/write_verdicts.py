"""Write events-a.jsonl from judge a's verdicts (fields that are wrong, and reasons), and check it.
usage (from docs/judged/round148): python events-a-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
SPUR = "spurious"
# n -> (wrong fields or SPUR, reasons)
V = {
 1: (["date"], "Parliament approving the elections is SUPPORT (approve policy) with no party as target, but it is a background act of an earlier, undated time: date should be none, not the document date 1998-05-25."),
 2: ([], "Shoigu (RUS) urging Russian prosecutors to open a case is REQUEST; reported as this news with no date, so the document date is right."),
 3: (["target"], "Zeman criticising the timing is ACCUSE; the sentence names the party criticised ('the district had acted'): target should be the Prague 6 district authorities (CZE), not empty."),
 4: (["target"], "Calderon condemning the killings is ACCUSE aimed at their perpetrators, the Zetas cartel named in the previous sentence (accepted as clearly the party), but the Zetas are a Mexican cartel in Mexico's drug war: target code should be MEX, not empty."),
 5: (["target"], "The kidnapping (ASSAULT abduct) by Kwalik's OPM fighters (IDN) on 1996-01-08 is right, but 'the group' seized is the hostages (the research team of Europeans and Indonesians), not the OPM: target should be the hostages."),
 6: (["source"], "REQUEST to Washington, future, undated is right, but the Iraq Study Group is the bipartisan U.S. panel led by James Baker: source code should be USA, not IRQ."),
 7: (["source"], "ASSAULT (killing) of the Algerian diplomats (DZA), reported as this news, is right, but the killer is Al Qaeda's wing in Iraq, not the state of Iraq: source should be al-Qaeda in Iraq (not IRQ/the country)."),
 8: (SPUR, "'could face arrest if he travels to any of the court's member states' reports no visit: a generic hypothetical trip, and the ICC is not a host; no CONSULT event."),
 9: (["target"], "A rally of the party's supporters outside the assembly is a support rally: by the crowd-protest rule the state (South Korea) is wrong and an empty target is right."),
 10: ([], "Saudi court (SAU) sentencing McLauchlan (GBR) is SANCTION convict; undated, reported as this news on the Wednesday of the report."),
 11: ([], "Protesters (MLI) killed in the crackdown before the March 1991 coup: ASSAULT, agent not stated in the killing clause (empty source accepted; Traore's government would also do), background with no date, so unknown is right."),
 12: ([], "Western diplomats (no single country) calling on all sides is REQUEST; 'all sides' of a Georgian dispute coded GEO accepted (Moscow was also a side, a looser reading would leave it empty)."),
 13: ([], "A toll of the Owo church attack: ASSAULT with the attackers not referred to in this sentence (empty source right), victims in Nigeria, Pentecost Sunday 2022-06-05."),
 14: ([], "'will step down within 30 days' is a future RETREAT resign of the Somali PM, undated."),
 15: ([], "Conde's (GIN) earlier conviction is SANCTION convict with no agent named and no date given: all right."),
 16: ([], "Tung (HKG) asking Beijing to step in is REQUEST to the Chinese government, 'last month' = 1999-05."),
 17: (["date"], "SANCTION (halting dairy imports) Russia -> Lithuania, future, is right, but 'from Tuesday' in a Monday 2013-10-07 announcement is 2013-10-08 (the document date), not 2013-10-15."),
 18: ([], "Indonesian church leaders condemning the violence is ACCUSE with no party named as target, on the day of the attacks."),
 19: (["target"], "The ELN (COL) offensive of last Thursday 2025-01-16 is ASSAULT, but it was against the rival FARC dissident faction: target should be the FARC dissidents (COL); Venezuela is only a place near the border."),
 20: ([], "EU and OSCE condemning the killing is ACCUSE; the attackers are unknown, so an empty target is right."),
 21: (["target"], "Assad's future visit is CONSULT visit, undated future right, but Istanbul is in Turkey, the host: target should be Turkey (TUR), not empty."),
 22: (["type"], "Jordan and Syria reopening their border crossing is mutual COOPERATE (resuming economic exchange), not RETREAT access (allowing observers, peacekeepers or aid workers in); parties, date 2018-10-15 and modality right."),
 23: (["target"], "Ukrainian politicians condemning the shooting is ACCUSE; the shooter is unknown, so the target should be empty (or the gunman), not Lviv's mayor Sadovyi from the previous sentence."),
 24: ([], "NATO inviting Poland, Hungary and the Czech Republic to join is AGREE (an invitation), dated 'last July' = 1997-07."),
 25: ([], "Sarkozy calling for a 'Eurafrica' partnership is coded REQUEST with no addressee (AGREE would also be defensible); Thursday 2007-07-26 is right."),
 26: ([], "Two people (SOM) killed when gunfire broke out in the Mogadishu protests: ASSAULT with the shooters not stated, Friday 2011-06-10."),
 27: (["target"], "Kyiv pressing for security guarantees is a REQUEST going on now (document date right), but the sentence names the party asked: target should be Kyiv's Western allies (no single country), not empty."),
 28: (["target"], "Mauritania extraditing Senussi is COOPERATE on 2012-09-05, but the target list adds Muammar Gaddafi, who is only named as Senussi's former boss: target should be Libya (LBY) (with Senussi at most)."),
 29: (SPUR, "Kikwete's campaign pledge to create jobs and fight corruption is a domestic policy promise to voters, not a commitment to cooperate with a political actor: no AGREE event."),
 30: ([], "'Iran would not give up its right to enrichment' is a refusal, coded as a negated CONCEDE (allowed, like RETREAT negated); said at Thursday's news conference."),
 31: ([], "Morocco recalling its ambassador is SANCTION (reduced relations) on Friday 2007-11-02; Spain is not named in the sentence, so an empty target is right by the rules."),
 32: (["source", "target"], "ACCUSE by critics in Colombia's Congress: source code should be COL, not USA; the sentence names the party criticised (Petro's peace policy): target should be Petro (COL), not empty."),
 33: (SPUR, "'calling Peres a man who never stopped believing' is naming in a eulogy (praise), not a phone call: trigger in another sense, no CONSULT event."),
 34: ([], "France urging respect for the constitution is REQUEST with no addressee named; the wire is dated Jan 7, so 2019-01-07 is accepted as the report date."),
 35: (["source", "target", "date"], "Destroying the Old Bridge is ASSAULT, but the Croat forces of the Mostar war are Bosnian Croats: source code should be BIH, not HRV; target should be the Muslim-held east bank / Mostar's Muslims (BIH), not the United States; the text gives 1993-1994, not 1993 alone."),
 36: ([], "Fakhfakh resigning is RETREAT resign; the text puts it just before the July nomination, so 2020-07 is accepted."),
 37: ([], "Dissanayake's expected visit to New Delhi is a future CONSULT visit to India, 'next month' = 2024-12."),
 38: ([], "The Colombian government sending 5,000 troops is MOBILIZE troops, reported as this news."),
 39: ([], "Israel (ISR) killing more than 44,000 Palestinians is a total over the Gaza war: ASSAULT with no date is right."),
 40: ([], "Juan Carlos (ESP) opening the session with the Saudi king (SAU) is a meeting, CONSULT, on Wednesday 2008-07-16."),
 41: (["target"], "War deaths as a total with no date is right, but the 20,000 dead of the Nagorno-Karabakh war were on both sides: target country should be empty, not AZE."),
 42: ([], "Hundreds of suspects (TUR) detained since 2007 is COERCE arrest with no agent named and no date (a total): right."),
 43: (["date"], "The officer (GEO) killed in the shootout is ASSAULT with the shooter not named in this sentence, but the text dates the shootout late on Wednesday: date should be 2005-07-20, not 2005-07-22."),
 44: ([], "Iran agreeing to let U.N. (IAEA) inspectors into the Qom plant is a promise of a future concession (CONCEDE), on Thursday 2009-10-01."),
 45: ([], "The shots fired at the Interior Ministry and grenades dropped on the Supreme Court (VEN) on Tuesday 2017-06-27 are ASSAULT, the attackers not named in the sentence."),
 46: (["target"], "Morales attending a summit in Venezuela is CONSULT, but the United States is not in it: target should be Venezuela (VEN), the host, or the summit's leftist leaders."),
 47: ([], "The United States reaching an understanding with Iran is AGREE, Thursday 2015-04-02."),
 48: ([], "Iranian security forces killing more than 450 protesters is a total since September: ASSAULT with no date is right."),
 49: (["date"], "Lashkar-e-Taiba (PAK) rejecting the ceasefire is REJECT, but the rejection is a background act of the past month with no date in the text: date should be none, not the document date 2000-12-23."),
 50: (["date"], "Russia's foreign ministry accusing the Czech authorities is ACCUSE, but it is reported as this news: date should be the document date 2020-04-04, not unknown."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == SPUR:
        v = {f: False for f in F}
    else:
        assert all(w in F for w in wrong)
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = why
    out.append(rec)
with open(HERE / "events-a.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(back) == 50
for a, b in zip(back, items):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: a[k] for k in b} == b
    assert a["verdict"]["all"] == all(a["verdict"][f] for f in F)
    if not a["verdict"]["event"]:
        assert not any(a["verdict"].values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ["all"]}
print(counts)
