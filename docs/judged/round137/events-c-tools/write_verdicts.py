"""Write events-c.jsonl from the judge's verdicts below (judge c, round 137).

Each entry: n -> (set of wrong fields, or "SPURIOUS"), reasons.
usage: python3 events-c-tools/write_verdicts.py   (run in docs/judged/round137/)
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (set(), "ACCUSE Musavat (AZE party) -> Azerbaijan's authorities for calling the election a farce; document date for the undated reaction is right. All fields right."),
 2: (set(), "ACCUSE by rights groups (no country in the sentence, empty code right). The sentence names no party, only 'the decision' (Peru's Congress vote), so by the conventions an empty target is right (I would code Peru's Congress, PER). Document date right."),
 3: (set(), "SUPPORT: EU's Mogherini and Hahn (EU) congratulated Pendarovski (MKD); document date right."),
 4: ({"target"}, "REQUEST by Mark Berenson (USA) is right, but 'our government' spoken by the American father is the U.S. government: target should be the United States government (USA), not Peru's."),
 5: (set(), "SANCTION/convict: Peru's military tribunal (PER) -> Lori Berenson (USA). The sentencing is reported as Thursday's news (1996-01-11), which I accept; asserted with the family as reporter."),
 6: (set(), "REQUEST Pompeo (USA) -> Gulf states (a multi-country group, empty code right) to end the Qatar dispute; a second request distinct from the 'urged' one, not a duplicate. Date 2019-01-10 (Thursday speech) right."),
 7: ({"source"}, "'They' are the G8 leaders (the preceding sentence's 'The leaders'), not China: source should be the G8 leaders (no single country code). Type REQUEST, empty target and document date right."),
 8: ({"type", "source"}, "RAMSI's 2003 deployment is a real dated act, but it is an assistance/peacekeeping mission sent at the host's request: type should be AID (CAMEO 074, military and police assistance), not MOBILIZE; source should be the Australian-led RAMSI (AUS-led mission), not empty. Target SLB and date 2003 right."),
 9: ({"target", "date"}, "REQUEST/yield by the U.S. embassy is right, but the demand for release is aimed at the Houthis named in the same sentence: target should be the Houthis (YEM). Date should be the document date 2025-07-10 (the embassy's statement is undated); 2025-07-07 is the day of the attack on the ship."),
 10: (set(), "REQUEST EU officials -> Turkey (TUR); document date right."),
 11: ({"date"}, "ASSAULT with no named killer -> five people (TUN) is right, but the killings happened in the 'two days of street clashes' before Sunday's resignation (Friday and Saturday per the story): date should be 2011-02-25/26, not Sunday 2011-02-27."),
 12: ({"date"}, "REJECT (defying Australia's extradition request) Sogavare/Solomons -> Australia is acceptable, but the act took place when Moti was flown in 'in late 2006': date should be 2006, not the document date 2007-12-14."),
 13: ("SPURIOUS", "'will remain free while he appeals' is a temporal clause in the judge's ruling about an expected court appeal, not a reported act between political actors (a legal appeal is no PLOVER REQUEST, and it has not happened yet: it would be future, not asserted)."),
 14: ({"source"}, "CONSULT Hariri -> Assad (SYR) is right (a meeting distinct from the visits to Damascus, not a duplicate), and the span 'several times since December' rightly has no date, but Saad al-Hariri is Lebanon's prime minister: source code should be LBN, not SYR."),
 15: ({"target"}, "COERCE (Houthis holding crew members taken off the sunk ship) Houthi forces (YEM) is acceptable, reported by Saree; but the crew of a Liberian-flagged, Greek-managed ship are not Yemeni: target should be the crew members with an empty code (the text gives no nationality), not YEM."),
 16: (set(), "ASSAULT Houthis (YEM) -> the Magic Seas, coded by its flag and manager (Liberia, Greece) as the text gives; 'On Sunday' = 2025-07-06 right."),
 17: ({"type"}, "Hundreds of protesters gathering outside the White House to denounce Beijing's record is a demonstration: type should be PROTEST (demo); PLOVER keeps protests expressing disapproval out of ACCUSE. Source (Tibetan/Uighur protesters) and target China's government accepted; document date accepted."),
 18: (set(), "REQUEST Pompeo (USA) -> Gulf Arab states, Egypt (EGY), Jordan (JOR); Thursday 2019-01-10 right."),
 19: ({"source", "date", "modality"}, "'They' are the opposition politicians (KEN) who called for Kibaki to answer the allegations: source should be Kenya's opposition politicians, not the ministers they want to quit. Target Kibaki (KEN) right. The call was made, as this news: date should be the document date 2006-02-02 and modality asserted, not unknown/hypothetical."),
 20: (set(), "REJECT by the JVP (LKA) of the referendum; the sentence names no party as the referendum's owner, so an empty target is right by the conventions (I would code the government/Kumaratunga, LKA). Document date right."),
 21: (set(), "REQUEST (an order) Trump (USA) -> the Pentagon (USA), reported in Saturday's post: 2025-11-01 accepted; asserted with Trump as reporter."),
 22: ({"target"}, "SANCTION/convict Myanmar court (MMR) -> the two Reuters journalists is right, but their code GBR is not in the text: Reuters is a multinational (empty code) and the two reporters, Wa Lone and Kyaw Soe Oo, are Myanmar nationals; target code should be empty or MMR. Monday 2018-09-03 right."),
 23: (set(), "AGREE: Israel's standing offer of about nine percent (an offer to yield, CAMEO 035 -> AGREE); no recipient in the sentence, empty target right; an earlier offer of unknown time, no date right."),
 24: (set(), "RETREAT/ease: UN sanctions on Libya suspended in April 1999; UN (UNO) -> Libya (LBY), 1999-04 right."),
 25: ({"target"}, "COERCE/restrict Orban (HUN), closing borders, a done act of unknown time (no date right); but 'movement' is no party: target should be the foreigners barred at the border (no code) or Hungary's public (HUN)."),
 26: ({"target"}, "CONSULT/visit Ohana (ISR) to Rabat (Morocco, MAR) in June 2023 is right, but the target list also holds 'most senior Israeli official', an apposition naming Ohana himself: target should be Morocco alone."),
 27: (set(), "SANCTION/expel Niger's rulers (NER) -> French troops (FRA); an act of unknown time since the coup, no date right."),
 28: ({"type", "source", "target"}, "'They' are Sadr's followers (IRQ), not Iran; protesters breaking into parliament is a protest (PROTEST, riot/obstruct), not ASSAULT; target should be Iraq's parliament (IRQ), 'the building'. Wednesday 2022-07-27 right."),
 29: ({"target"}, "AGREE by Washington (USA) to resume military aid and intelligence sharing is right, but the recipient and party to the deal is Ukraine, named in the same sentence: target should be Ukraine (UKR). Tuesday 2025-03-11 right."),
 30: (set(), "AGREE (pledge of aid) EU -> Moldova (MDA); document date 2023-06-01 (the summit day) right."),
 31: (set(), "REQUEST Abbas (PSE) -> Mustafa (PSE) in the letter of appointment; Thursday 2024-03-14, the appointment day, right."),
 32: (set(), "MOBILIZE (police deployment) Egyptian police (Cairo, EGY), no target; document date of the vote day right."),
 33: (set(), "AGREE Arafat (PSE) -> United States (USA), accepting the American plan, reported by Palestinian officials; document date accepted for the standing acceptance."),
 34: ({"type"}, "Protesters (SEN) clashing with police (SEN) while setting up burning barricades and stoning police is a violent protest: type should be PROTEST (riot), not ASSAULT. Date (overnight to 2012-01-28) right."),
 35: ({"target"}, "ACCUSE Iranian state media (IRN) -> Lee Bollinger is right, but Bollinger is the president of Columbia University in New York: target code should be USA, not IRN. Date 2007-09-24 (the wire's day) accepted."),
 36: ("SPURIOUS", "Croatia 'should not give up sovereignty to Brussels' is the content of opponents' past argument, not an act by Croatia (and Brussels here is the EU, not Belgium); no CONCEDE event."),
 37: (set(), "REJECT Netanyahu (ISR) -> the U.S. (USA) proposal; during the talks ending Tuesday 1998-05-05, right."),
 38: ({"type"}, "Protesters camped outside Ghannouchi's offices demanding his departure is a protest: type should be PROTEST (demo); PLOVER codes protests making demands as PROTEST, not REQUEST. Source protesters (TUN), target Ghannouchi (TUN), ongoing act with document date right."),
 39: ({"source", "target"}, "The second 'killed' is the Oct. 7 Hamas attack in which about 1,200 people were killed in Israel: source should be Hamas (PSE) and target the about 1,200 people in Israel (ISR), not empty and Hamas. Date 2023-10-07 right."),
 40: (set(), "ASSAULT (no named killer) -> at least 16 people (SEN) in June 2023 ('a month after' the July announcement); right."),
 41: (set(), "RETREAT/resign negated ('will not step down') Mugabe (ZWE), no target; the statement's time is not given, no date right."),
 42: (set(), "ACCUSE Hamas (PSE) of the appointment; the sentence names no party, only 'the appointment', so an empty target is right by the conventions (I would code Abbas, PSE). Document date right."),
 43: ("SPURIOUS", "'struck from ballots on technicalities' means removed from the ballot, not a physical attack: the trigger is in another sense (at most a COERCE ban by election officials), and the USA target is nonsense."),
 44: ({"source", "target"}, "SANCTION/withdraw (SLMC quitting the coalition) in June 2001 is right, but the Sri Lanka Muslim Congress is Sri Lankan: source code should be LKA, not USA; target should be 'the coalition', Kumaratunga's People's Alliance (LKA), named in the same sentence."),
 45: (set(), "REJECT Bazoum (NER) refusing to resign, no demander in the sentence (empty target right); an ongoing refusal, document date right."),
 46: ("SPURIOUS", "'had clashed repeatedly with Canberra over Julian Moti' is a diplomatic row, not the use of force: the trigger is in another sense (at most ACCUSE), so no ASSAULT event."),
 47: (set(), "SUPPORT (defend verbally) Ahmadinejad (IRN) of Iran's nuclear programme, Monday 2007-09-24; right."),
 48: ({"type", "target"}, "Street protests by five parties demanding an end to royal 'regression' are protests: type should be PROTEST (demo), not REQUEST; the aim is the royal regime, with 'the king' named in the sentence: target should be King Gyanendra (NPL). Source (parties, NPL) and date (protests going on at May 7) accepted."),
 49: (set(), "COERCE/arrest Belarus authorities (BLR) -> Roman Protasevich (BLR), May 2021; right."),
 50: (set(), "SANCTION/expel New Zealand (NZL) -> Fiji's envoy (FJI), future, undated; right."),
}

def main():
    items = [json.loads(l) for l in open("events-c-items.jsonl")]
    assert len(items) == 50
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in FIELDS}
        else:
            assert wrong <= set(FIELDS) - {"event"}, (it["n"], wrong)
            v = {f: (f not in wrong) for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.append(rec)
    with open("events-c.jsonl", "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
    print(counts)

if __name__ == "__main__":
    main()
