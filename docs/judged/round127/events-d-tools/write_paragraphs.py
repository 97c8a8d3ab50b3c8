"""Write paragraphs-d-verdicts.jsonl (the coder's events per first paragraph and the counts)."""
import json
HERE = '/work/wt/j127d/docs/judged/round127/'
P = {
 "h41-x160-12": (["AGREE: Pacific Rim (APEC) leaders (no code) -> none, pledged to help revive stalled world trade talks, 2006-11-19",
                  "AGREE: APEC leaders (no code), mutual, agreed to study a Pacific free trade zone, 2006-11-19",
                  "CONSULT (multilateral): Vietnam (VNM) hosting the APEC leaders' summit, 2006-11-19"],
                 1, 1, 0, "Dateline coded the pledge (AGREE, right type; source coded VNM, wrong for a group of 21 economies). The separate agreement to study the free trade zone and the Hanoi summit itself were not coded."),
 "h41-x158-25": (["SANCTION (convict): Algerian court (DZA) -> Boualem Sansal (DZA/FRA), sentenced to five years, 2025-03-27",
                  "ACCUSE (disapprove): France (FRA) -> Algeria (DZA), dismay at the verdict, 2025-03-27"],
                 0, 0, 0, "No events found: the sentencing (Thursday, 2025-03-27) and France's dismay were both missed. The deepening row is only 'likely', not an act."),
 "h41-x159-17": (["REQUEST: Bosco Ntaganda (COD) -> United States (USA, its embassy in Kigali), asked to be sent to The Hague, 2013-03-18",
                  "RETREAT (surrender): Bosco Ntaganda (COD) -> United States (USA), walked into the US embassy to give himself up, 2013-03-18"],
                 1, 1, 0, "Dateline found the request (right type and date; target coded as 'American officials', acceptable). The surrender itself (walking into the embassy, called 'the surrender' in the story) was not coded; some coders would fold it into the request."),
 "h41-x160-22": (["SANCTION: Barbados (BRB) -> Queen Elizabeth / Britain (GBR), removed the Queen as head of state on becoming a republic, 2021-11-30"],
                 0, 0, 0, "No events. Becoming a republic and swearing in its own president are domestic institutional acts with no PLOVER type; removing the British monarch as head of state is the one act a coder would code (a reduction of the formal tie to the Crown)."),
 "h41-x157-11": (["SUPPORT (sign agreement): United States (USA) <-> Czech Republic (CZE), radar basing agreement, 2008-07-08",
                  "THREATEN: Russia (RUS) -> United States (USA) and Czech Republic (CZE), warned it would respond with military means, 2008-07-08"],
                 1, 1, 0, "The signing was found, all right. Russia's warning was missed here (the story's later sentence quoting the Foreign Ministry gave dateline only a hypothetical MOBILIZE, not a THREATEN)."),
 "h41-x160-09": (["ACCUSE (disapprove): Non-Aligned Movement leaders (no code) -> United States (USA), declared opposition to a U.S.-led war on Iraq, 2003-02-25",
                  "CONSULT (multilateral): NAM leaders, two-day summit hosted by Malaysia (MYS) in Kuala Lumpur, 2003-02-24/25",
                  "ACCUSE (disapprove): Malaysia (MYS) -> none (the West), fiery speeches against the 'bullying of the developing world', 2003-02-24/25"],
                 1, 1, 0, "Dateline's single event is the declaration, ACCUSE (right type), but its arguments are wrong: source 'Leaders' coded MYS (the leaders are NAM's 116 members), target 'their opposition[MYS/PTY]' is a misparse; should be the U.S. The summit and Malaysia's speeches were missed."),
}
rows = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
assert len(rows) == 6
tot = [0, 0, 0, 0]
with open(HERE + 'paragraphs-d-verdicts.jsonl', 'w') as out:
    for r in rows:
        ce, found, dl, sp, notes = P[r['doc']]
        assert dl == len(r['events']), r['doc']
        out.write(json.dumps({"doc": r['doc'], "coder_events": ce, "found": found, "dateline_events": dl,
                              "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
        for i, x in enumerate((len(ce), found, dl, sp)): tot[i] += x
print("coded acts, found, dateline events, spurious:", tot)
