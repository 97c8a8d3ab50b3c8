# Write paragraphs-d-verdicts.jsonl: judge d's coding of the six first paragraphs.
import json
P = {
 "h64-x249-07": dict(
   coder_events=["AGREE: Bill Clinton (USA) <-> Boris Yeltsin (RUS), agreed to share early-warning data and each remove 50 t of plutonium, 1998-09-02"],
   found=1, spurious=0,
   notes="e1 AGREE is right in every field (mutual, Wednesday 1998-09-02). 'the summit' is named here as a topic only; the meeting is reported in the next paragraph."),
 "h64-x251-02": dict(
   coder_events=["ASSAULT (aerial): Sri Lankan air force (LKA) -> civilians sheltering in the Navaly church (LKA), bombing killing at least 65, 1995-07-09 (the Sunday raid, para 2)"],
   found=1, spurious=0,
   notes="e1 'killed' is the bombing, found with the right type. Its source should be the Sri Lankan air force, named in the same sentence. Its date should be the raid's Sunday, 1995-07-09, not the Tuesday of the ICRC statement. 'fleeing a new army offensive' is background, mentioned only as a noun, and is not counted."),
 "h64-x250-14": dict(
   coder_events=["PROTEST (demo): Shi'ite marchers (IRQ) -> U.S.-led administration (USA), march in Baghdad backing Sistani's demand for elections, 2004-01-19",
                 "REQUEST (assist): Iraqi officials (IRQ) and American officials (USA) -> United Nations (UNO), sought UN help in New York, 2004-01-19"],
   found=2, spurious=0,
   notes="Both are found. Under the crowd-protest rule a support march may instead be SUPPORT toward Sistani; it is counted once. 'Sistani's demand for direct elections' is a standing demand, mentioned as a noun, and is not counted as a new act."),
 "h64-x250-05": dict(
   coder_events=["ASSAULT (firearms/assassinate): unidentified gunmen -> Abdelhak Benhamouda (DZA, UGTA union chief), shot dead outside his Algiers HQ, 1997-01-28"],
   found=1, spurious=0,
   notes="e1 is right. Benhamouda's sector should be labour, not government; the country is right."),
 "h64-x250-11": dict(
   coder_events=["ASSAULT (firearms): Palestinian police (PSE) -> student protesters (PSE), opened fire killing at least two, 2001-10-08",
                 "PROTEST (demo): students in Gaza (PSE) -> United States (USA), protest against the U.S.-led strikes on Afghanistan, 2001-10-08"],
   found=2, spurious=0,
   notes="Both are found. e2 PROTEST has the wrong source country (students AFG; they are Gaza students, PSE). Its target should be the United States, whose strikes they protest, not Afghanistan. 'the U.S.-led strikes on Afghanistan' is background, mentioned only as a noun, and is not counted."),
 "h64-x252-15": dict(
   coder_events=["CONSULT (multilateral): ASEAN leaders (ASEAN members) meeting at the Bali summit, 2003-10-07",
                 "AGREE: ASEAN leaders <-> each other, agreed to build an economic, security and social community by 2020, 2003-10-07 (signed Tuesday, para 2)",
                 "SUPPORT (sign treaty): China (CHN) -> ASEAN, signed the Treaty of Amity and Cooperation, 2003-10-08",
                 "SUPPORT (sign treaty): India (IND) -> ASEAN, signed the Treaty of Amity and Cooperation, 2003-10-08"],
   found=0, spurious=0,
   notes="Dateline coded no event in this first paragraph. It codes the signings only from later sentences (e1 the ASEAN declaration on Tuesday, e2/e3 China and India) and misses the summit meeting and the 2020 community agreement here."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in paras:
        d = P[p['doc']]
        out = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
               "dateline_events": len(p['events']), "spurious": d['spurious'], "notes": d['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
