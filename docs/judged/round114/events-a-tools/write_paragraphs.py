"""Write paragraphs-a-verdicts.jsonl (judge's recall coding of the 6 first paragraphs)."""
import json
P = {
 "h34-x129-16": dict(coder_events=[
   "ASSAULT: part of a crowd of thousands at the Srebrenica memorial (BIH) -> Aleksandar Vucic (SRB), pelted him with stones, bottles and shoes, 2015-07-11",
   "ASSAULT (massacre): [no source named] -> some 8,000 Muslim men and boys (BIH), the Srebrenica massacre marked at its 20th anniversary, 1995-07"],
   found=0, dateline_events=0, spurious=0,
   notes="dateline coded nothing in the lead; the stoning of Vucic (the story's main event) is missed. The background massacre is listed because the conventions count noun-phrase acts."),
 "h34-x131-14": dict(coder_events=[
   "CONCEDE: Blaise Compaore (BFA) -> [his government / the mutineers], dissolved his government, 2011-04-15",
   "SANCTION (expel/dismiss): Blaise Compaore (BFA) -> head of the armed forces (BFA), dismissed, 2011-04-15",
   "PROTEST (riot/mutiny): members of the presidential guard (BFA military) -> Compaore's government (BFA), mutinied in Ouagadougou firing into the air and looting shops, 2011-04-14/15"],
   found=0, dateline_events=0, spurious=0,
   notes="No dateline event in the lead; the dissolution, the dismissal and the mutiny are all missed (dateline has a later REQUEST for the soldiers' demands and the CONSULT with the mutineers)."),
 "h34-x129-01": dict(coder_events=[
   "PROTEST (demo): opposition supporters (ALB) -> Albania government (ALB), rally in central Tirana over the election, 1996-05-28",
   "ASSAULT (repression/crowd-control): Albanian riot police (ALB) -> opposition rally (ALB), broke up the rally, 1996-05-28",
   "ASSAULT (beat): Albanian riot police (ALB) -> several opposition party leaders (ALB), beaten with batons and rifle butts, 1996-05-28"],
   found=0, dateline_events=0, spurious=0,
   notes="No dateline event in the lead; the police charge is found only in paragraph 2 ('police charged the crowd', undated)."),
 "h34-x131-16": dict(coder_events=[
   "AGREE (offer aid): Narendra Modi (IND) -> African nations, offered $10 billion in concessional loans, 2015-10-29",
   "CONSULT (summit hosted): India (IND) <-> African leaders, New Delhi hosted the India-Africa Forum Summit, 2015-10-29"],
   found=1, dateline_events=1, spurious=0,
   notes="The AGREE offer is found with right arguments and date; the hosting of the summit (CONSULT) is missed."),
 "h34-x130-04": dict(coder_events=[
   "MOBILIZE (weapons test): Iran (IRN), test-fired a new medium-range ballistic missile, 1998-07-22 (confirmed Thursday 1998-07-23)",
   "ACCUSE (disapprove): United States (USA) -> Iran (IRN), expressions of concern, 1998-07-23",
   "ACCUSE (disapprove): Israel (ISR) -> Iran (IRN), expressions of concern, 1998-07-23"],
   found=0, dateline_events=0, spurious=0,
   notes="No dateline event in the lead; the test is coded only from paragraph 2 ('the missile, tested on Wednesday', with empty source and the document date), and the U.S./Israeli concern is missed here."),
 "h34-x132-21": dict(coder_events=[
   "PROTEST (boycott): United States (USA) -> China (CHN), will send no government officials to the Beijing Winter Olympics over human rights, announced 2021-12-06",
   "THREATEN: China (CHN) -> United States (USA), warned Washington would pay a price, 2021-12-06"],
   found=1, dateline_events=1, spurious=0,
   notes="The THREATEN is found with right arguments; the diplomatic boycott itself (the story's main act) is missed."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in paras] == list(P)
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"])
        out.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
tot = dict(coded=sum(len(d["coder_events"]) for d in P.values()), found=sum(d["found"] for d in P.values()),
           dateline=sum(d["dateline_events"] for d in P.values()), spurious=sum(d["spurious"] for d in P.values()))
print(tot)
