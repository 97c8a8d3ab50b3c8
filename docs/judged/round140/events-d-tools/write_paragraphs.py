"""Write paragraphs-d-verdicts.jsonl: the acts a trained coder would code in each first paragraph."""
import json
P = {
 "h47-x183-01": (["AGREE: Bill Clinton (USA) -> Pakistan (PAK), promised to ask Congress for more flexibility in the arms-delivery law, 1995-04-11",
                  "SANCTION: United States (USA) -> Pakistan (PAK), law freezing arms deliveries to Islamabad, since 1990 (ongoing background sanction)"],
                 0, 0, 0, "Dateline found no event here. Clinton's 'not fair to keep both the money and the aircraft' is a verbal statement that goes with the promise; I coded it once, with the promise."),
 "h47-x182-14": (["RETREAT: Syrian rebel fighters (SYR) -> Syrian government (SYR), began pulling out of the Old City of Homs, 2014-05-07",
                  "AGREE: Syrian rebels (SYR) <-> Syrian government (SYR), evacuation deal (reached earlier, undated)"],
                 0, 0, 0, "Dateline found no event here; the rebel withdrawal is the main act of the story."),
 "h47-x181-10": (["SANCTION: Paddy Ashdown (High Representative, BIH) -> 59 Bosnian Serb officials (BIH), dismissed from office, 2004-06-30",
                  "ACCUSE: Paddy Ashdown (BIH) -> Bosnian Serb officials (BIH), accused of shielding war crimes suspects, 2004-06-30"],
                 1, 1, 0, "Dateline has the ACCUSE, with a narrower target (the Serb Republic's parliament rather than the 59 officials), but missed the dismissals themselves."),
 "h47-x182-09": (["ASSAULT: Hamas security forces (PSE) -> Jund Ansar Allah (PSE), stormed the Rafah mosque, overnight 2009-08-14/15",
                  "ASSAULT: Hamas security forces (PSE) -> Abdel-Latif Moussa, leader of Jund Ansar Allah (PSE), killed, overnight 2009-08-14/15"],
                 1, 1, 0, "Dateline has the killing (a Saturday date, accepted for 'overnight'), but not the storming of the mosque. The 'Islamic emirate' declaration is a claim, not a PLOVER act."),
 "h47-x183-19": (["SANCTION: UN Security Council sanctions committee (UN) -> Masood Azhar (PAK), added to the global terrorist list, 2019-05-01",
                  "RETREAT: China (CHN) -> India/UN Security Council, dropped its decade-long technical hold on the listing (undated, just before 2019-05-01)"],
                 0, 0, 0, "Dateline found no event here, though the listing is the headline act of the story."),
 "h47-x184-20": (["SANCTION: Philippines (PHL) -> Canada (CAN), recalled its ambassador and consuls, 2019-05-16"],
                 1, 1, 0, "Dateline has the recall, right in all fields. 'Ottawa missed a deadline' is a failure to act, and the dumping was by a company years ago: neither is coded."),
}
out = open('paragraphs-d-verdicts.jsonl', 'w')
for l in open('paragraphs-d.jsonl'):
    p = json.loads(l)
    ce, found, de, sp, notes = P[p['doc']]
    assert de == len(p['events']), p['doc']
    out.write(json.dumps({"doc": p['doc'], "coder_events": ce, "found": found, "dateline_events": de,
                          "spurious": sp, "notes": notes}, ensure_ascii=False) + '\n')
out.close()
