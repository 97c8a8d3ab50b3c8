"""Write events-b.jsonl from the judge's verdicts below (fields that are wrong, plus reasons).

usage (from docs/judged/round83): python3 events-b-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, or "spurious"; reasons)
V = {
 1: ("spurious", "Spurious: Kosovo's 2008 declaration of independence is a background clause and no PLOVER act (no request or demand is made of Serbia; REQUEST change does not fit and no other type does)."),
 2: ([], "Bourita's trip to Tehran to inform Iranian officials is a CONSULT visit MAR->IRN on the Tuesday of the announcement (2018-05-01), asserted with Bourita as reporter."),
 3: (["type", "source", "target", "date"], "Chavez (\"He\", VEN) proposed moving the UN headquarters: a REQUEST for change (not AGREE), source should be Chavez (VEN) not the Security Council, target the United Nations not New York; date should be 2006-09-20, the Wednesday of the speech, not the document date."),
 4: ([], "Modi thanking Khan is SUPPORT IND->PAK on the day of the report (Saturday 2019-11-09)."),
 5: ([], "Killing of Ali al-Gharawi in June (1998, less than a year before Feb 1999) is ASSAULT with unknown attacker (the blame on Baghdad is the opposition's claim), target IRQ; all right."),
 6: ([], "Mondale's public apology is SUPPORT (CAMEO 055); the sentence names no addressee so an empty target is right; present-perfect act with no date takes the document date."),
 7: (["type"], "Saudi Arabia launching a military campaign against the Houthis is ASSAULT, not ACCUSE; source, target (Houthis, YEM), date 2015-03 and modality are right."),
 8: ([], "China's standing objection to the U.S. missile-defence plan is ACCUSE disapprove CHN->USA; an ongoing stance takes the document date."),
 9: ([], "Jagland's long-standing support for joining the EU is SUPPORT toward the EU; the source is the right person, coded NOR through the appositive (though split into two actors, the Jagland entry lacking the code); ongoing stance takes the document date."),
 10: (["date"], "ACCUSE PER lawmakers -> Kuczynski is right, but the accusation is background of an earlier, unstated time (it preceded the Wednesday resignation), so it should have no date, not the document date 2018-03-22."),
 11: (["target"], "Hu's praise of the trade relationship is SUPPORT CHN, but the relationship praised is with Australia, whose parliament the sentence names: target should be Australia (AUS). Date Friday 2003-10-24 is right."),
 12: ([], "U.S. welcoming Fujimori's decision is SUPPORT USA; the sentence names no party (\"the decision\" is an act), so an empty target is right by the rule (I would code Fujimori, PER); undated reaction takes the document date."),
 13: (["type"], "The union official's rhetorical \"how many more must die?\" is a criticism of the government's failure to protect, ACCUSE disapprove, not a REQUEST; source (union official, ZWE), target (Zimbabwe government) and date are right."),
 14: (["target", "date"], "Ghose's objection is ACCUSE disapprove by IND, but its target is the treaty clause / the Conference on Disarmament, not India (her own country): target should be empty or the CD; date should be 1996-08-20, the Tuesday session, not the document date."),
 15: (["target"], "ACCUSE by Burundi's exiled opposition is right, but \"the government\" is Burundi's government (BDI), not Uganda's."),
 16: (["modality"], "The Putin-Zelenskiy meeting is a proposed future meeting (\"would be left for a meeting\"): CONSULT RUS/UKR with no date is right, but modality should be future, not asserted."),
 17: ([], "Obama's offer of assistance is AGREE by the offer/pledge rule; the sentence names no recipient so an empty target is right; undated reaction takes the document date."),
 18: ([], "Saakashvili's resignation as Odessa governor the year after 2015 is RETREAT resign, 2016, asserted; no target needed."),
 19: ([], "The conflict's total of more than 40,000 killed is ASSAULT with no source; a total summed since 1984 has no date, so the unknown date is right."),
 20: (["date"], "China backing UN sanctions is SUPPORT CHN->UN, but \"has backed successive rounds\" sums repeated past acts from earlier times, which have no date; the document date is wrong."),
 21: ([], "The State Department urging Syria to cooperate is REQUEST USA->SYR, document date; all right."),
 22: ([], "Arab governments and the EU condemning the strike is ACCUSE; the sentence names no party (\"the strike\"), so an empty target is right by the rule (I would code Israel); undated reaction takes the document date."),
 23: ([], "Stoltenberg calling on Russia and Syria to halt the offensive is REQUEST NATO->RUS/SYR on Friday 2020-02-28; all right."),
 24: ([], "The Commercial Farmers' Union urging its members to stay calm is a REQUEST ZWE union -> its members (ZWE), document date; all right."),
 25: (["target"], "A re-mention in another sentence of Abu Akleh's killing (not a same-sentence duplicate): ASSAULT with unknown shooter on 2022-05-11 is right, but Abu Akleh is Palestinian(-American), not Israeli: target country should be PSE (or USA), not ISR."),
 26: (["target"], "U.S. and Britain resisting pressure to ease the Iraq embargo is REJECT; target should be Iraq only (the embargo's object); Kuwait is no party to the refusal."),
 27: ([], "Russian officials' warning that a refusal would complicate dialogue with the West is THREATEN RUS with no target named; an earlier undated act with unknown date is right."),
 28: (["target"], "Trump's accusation is ACCUSE USA->WHO, but the \"Geneva-based agency\" is the WHO, an international body (no country, or WHO/IGO), not a USA group."),
 29: ([], "The Iraqi Kurdish government welcoming the PKK's decision is SUPPORT IRQ; the sentence names no party, so an empty target is right by the rule (I would code the PKK); document date right."),
 30: ([], "Saudi Arabia calling for a meeting between the Yemeni government and the separatists is REQUEST (meet) SAU -> YEM government and STC; document date; all right."),
 31: (["modality"], "Iran's repeated accusation of the U.S. and Britain is ACCUSE IRN->USA/GBR with no date (repeated acts), but it was made: modality should be asserted; the denial is by the accused and does not negate the accusation."),
 32: (["target"], "The Istanbul rally against the pope's visit is PROTEST on Sunday 2006-11-26, but its aim is the visit, not the Turkish authorities: target should be empty (or the pope, VAT), not Turkey."),
 33: ([], "Sierra Leone officials rejecting the criticism is REJECT SLE; the critics are named only in earlier sentences, so an empty target is right by the rule (I would code Robinson/UN and Amnesty); document date right."),
 34: (["type"], "Crowds storming and burning the embassies is a violent protest, PROTEST riot (CAMEO 145), not ASSAULT; source (Syrian protesters), targets (DNK, NOR embassies), date 2006-02-04 and modality are right."),
 35: (["target"], "The Kocharyan-Aliyev meeting is CONSULT, but the mutual pair is Armenia-Azerbaijan: target should be Aliyev (AZE) with Kocharyan as source (or the two as mutual parties); the U.S. envoys only shuttled between them. Date 2001-04-07 is within the talks and accepted."),
 36: ([], "The junta inviting the RUF into government is AGREE (invitation to cooperate) SLE army officers -> RUF, May 1997, asserted; all right."),
 37: (["date"], "Perry meeting Kim Yong Nam is CONSULT USA->PRK, but it took place during his four-day visit that ended Friday 1999-05-28: date should be within 1999-05-25..28 (the visit), not the document date 1999-05-29, after he had left."),
 38: ([], "The West's condemnation of Russia's recognition is ACCUSE (no code) -> RUS; the text gives no date, so unknown is right."),
 39: ([], "MbS launching the Yemen campaign is ASSAULT SAU->Yemen with no date in the text (unknown right), asserted."),
 40: ([], "Correa urging early elections is REQUEST ECU with no addressee named (empty right); document date right."),
 41: ([], "Hadi's government accusing the UAE of a coup is ACCUSE YEM->ARE, document date; all right."),
 42: (["target"], "The court sentencing Dodik is SANCTION convict BIH court -> Dodik on Wednesday 2025-02-26, but Serbia (SRB) is no target: Dodik heads Republika Srpska, not Serbia; target should be Dodik (BIH) only."),
 43: (["target"], "Iraqi police detaining two men is COERCE arrest IRQ police, but the text says some of the men were reported foreigners, so the target's country is not plain: it should be empty, not IRQ."),
 44: ([], "Pakistan saying it supports a test ban is SUPPORT PAK with no party as target (empty right); undated statement takes the document date."),
 45: ([], "Morocco cutting ties with Iran in 2009 is SANCTION withdraw MAR->IRN, 2009, asserted; all right."),
 46: ([], "Trump's congratulation is SUPPORT USA->crown prince (SAU), a distinct act from the phone call (CONSULT); document date right."),
 47: ("spurious", "Spurious: \"concession\" here is CK Hutchison's port-operating contract, not a CONCEDE act; the sentence's event is the auditor general's review (ACCUSE investigate PAN -> CK Hutchison), which this is not."),
 48: (["date"], "Marty's report alleging the killings is ACCUSE CHE with no accused named in the sentence (empty right), but the report was made public on Tuesday 2010-12-14: date should be 2010-12-14, not the document date."),
 49: (["target"], "China opposing North Korea's test is ACCUSE disapprove, but the sentence names North Korea (\"North Korea's main ally\", \"Pyongyang\") as the party whose test is opposed: target should be North Korea (PRK), not empty."),
 50: ([], "Guterres condemning the killing is ACCUSE UN with no party named (empty right), document date; all right."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote events-b.jsonl")
