import json
P = {
 "h34-x132-02": ([], 0, 0, 0, "Winning an election and releasing results are not PLOVER events; dateline coded nothing, rightly."),
 "h34-x129-04": ([], 0, 0, 0, "Election results only; no PLOVER act. Dateline coded nothing, rightly."),
 "h34-x130-18": ([], 0, 0, 0, "A president retiring his own intelligence chief is a domestic personnel act with no PLOVER category (a stretch reading would be SANCTION expel from an organisation: Bouteflika (DZA) -> Mediene (DZA), by 2015-09-13); not counted. Dateline coded nothing."),
 "h34-x132-15": (["AGREE: leaders of 47 nations (no code, mutual) -> none, pledge to secure all vulnerable nuclear material within four years, 2010-04-13",
                  "CONSULT (multilateral): leaders of 47 nations -> United States / Obama (USA) as host, the Washington nuclear summit ending, 2010-04-13"],
                 1, 1, 0, "Dateline found the AGREE (its target Obama is wrong for a pledge the 47 make among themselves, but recall counts type only); it missed the summit meeting itself."),
 "h34-x130-08": (["THREATEN: Israel's security cabinet (ISR) -> Yasser Arafat (PSE), decision to 'remove' him, 2003-09-11",
                  "ASSAULT (suicide-attack): suicide bombers (not named in the paragraph; Hamas per the story) -> Israelis (ISR), twin bombings killing 15, 2003-09-09",
                  "SUPPORT: thousands of Palestinians (PSE) -> Yasser Arafat (PSE), rushing to his compound in a show of support, 2003-09-11"],
                 0, 0, 0, "Dateline coded none of the three acts in this paragraph."),
 "h34-x131-13": (["ASSAULT: insurgents (AFG; the Taliban per the story) -> the national peace conference / Afghan government (AFG), rockets and suicide attackers, 2010-06-02",
                  "REQUEST: Hamid Karzai (AFG) -> the Taliban (AFG), appeal to lay down their arms, 2010-06-02",
                  "CONSULT: Hamid Karzai / Afghan government (AFG) -> tribal elders and delegates (AFG), opening the national peace conference (jirga), 2010-06-02"],
                 1, 1, 0, "Dateline found the ASSAULT (with an empty target where the conference was the target); it missed Karzai's appeal to the Taliban and the jirga meeting."),
}
rows=[json.loads(l) for l in open('paragraphs-c.jsonl')]
with open('paragraphs-c-verdicts.jsonl','w') as f:
    for r in rows:
        ev, found, n, sp, notes = P[r['doc']]
        assert n==len(r['events']), r['doc']
        f.write(json.dumps({"doc":r['doc'],"coder_events":ev,"found":found,"dateline_events":n,"spurious":sp,"notes":notes}, ensure_ascii=False)+'\n')
