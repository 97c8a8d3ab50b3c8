"""Write paragraphs-b-verdicts.jsonl: judge b's coder events for the 12 first paragraphs.

usage (from docs/judged/round37): python events-b-tools/write_paragraphs.py
"""
import json

P = {
 "ngec-2311": (["ASSAULT: militant supporters of Mohammed Farah Aqel and protesters clash (mutual) in a suburb of central Bangladesh, more than 90 dead, Sunday 2023-06-11 (police and officials said)"],
               0, 0, "Dateline codes nothing from the clash sentence."),
 "ngec-4014": (["CONSULT: Singapore PM Lee Hsien Loong meets Putin and Medvedev (RUS), September 18 (2022-09-18)"],
               0, 0, "The second sentence (a representative addressed visa cooperation) is part of the same meeting, not a separate act. Dateline found nothing."),
 "ngec-1598": (["COERCE (cyber): the Pentagon (USA) pursued cyber means to combat Russian propaganda campaigns (RUS), earlier (its recent announcement), reported",
                "COERCE (misinformation): Russia runs propaganda campaigns against Europe and America, ongoing, document date"],
               0, 0, "'Major problem' remark by U.S. officials is a comment, not coded. Dateline found nothing."),
 "ngec-0676": (["COERCE (state of emergency): Trump's nationwide state of emergency, already extended three months, could be extended by five days - hypothetical, Erdogan said Monday 2023-06-12"],
               0, 0, "'seeks to curb the power of his chief adversary' is too vague to code. Dateline found nothing."),
 "ngec-2889": (["CONSULT: the finance ministers met to finalize the new Capital Requirements, document date (government source)"],
               0, 0, "'expected to announce their recommendations to the parliament' is an announcement, no PLOVER type. Dateline found nothing."),
 "ngec-0819": (["AGREE: the Finnish Defence Ministry says it will join Honduran counterparts (HND) to upgrade the vessel Husky's radar, document date"],
               0, 0, "Dateline found nothing."),
 "ngec-3702": (["ACCUSE (investigate): a human rights group documented more than 40 war crimes in Uzbekistan (UZB), before Sunday 2023-06-11 (The Guardian reported)"],
               0, 0, "'facing a serious threat of international sanctions' names no threatener - a risk, not a THREATEN. Dateline found nothing."),
 "ngec-2381": (["RETREAT (resign): Zagreb's mayor (HRV) resigned amid a bribery scandal, document date"],
               0, 0, "Dateline found nothing."),
 "ngec-3591": (["RETREAT: the regional government of Andalucia (ESP) eased restrictions on civil society groups, Thursday 2023-06-15"],
               0, 0, "Dateline coded the act (e1) but as CONCEDE: the easing is implemented with immediate material effect, which PLOVER codes RETREAT (CONCEDE is promises of easing); counted not found, not spurious. Its source is Spain the country rather than the Andalucian government. Under a looser CONCEDE reading found would be 1."),
 "ngec-0042": ([],
               0, 0, "The UN Human Rights Council forming a working group is an internal institutional act with no PLOVER type between actors; nothing to code. Dateline coded nothing."),
 "ngec-2512": (["AGREE (offer to mediate): an unnamed populous African country offered a peace broker to open talks between rebel groups and the government, before Wednesday 2023-06-14 (rebel leaders and state media said)"],
               0, 0, "Dateline found nothing."),
 "ngec-3345": (["MOBILIZE: the Japanese army prepares for potential conflict with Brunei (BRN) by strengthening its armed forces, ongoing, document date"],
               0, 0, "The announced new battle tank at yesterday's Defense Ministry meeting is part of the same build-up (not coded separately). Dateline found nothing."),
}

rows = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [r["doc"] for r in rows] and set(P) == {r["doc"] for r in rows}
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for r in rows:
        ev, found, spurious, notes = P[r["doc"]]
        out.write(json.dumps({"doc": r["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(r["events"]), "spurious": spurious,
                              "notes": notes}, ensure_ascii=False) + "\n")
print("wrote", len(rows))
