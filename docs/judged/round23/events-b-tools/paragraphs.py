"""Round 23, judge b: first-paragraph recall verdicts. Run from docs/judged/round23; writes paragraphs-b-verdicts.jsonl."""
import json
P = [
 ("ngec-1969", ["MOBILIZE weapons: North Korea test-fires four short-range rockets into the sea (PRK, Thursday)",
                "COERCE restrict (sanctions): the United Nations' tightening of sanctions on North Korea (UN -> PRK, background)"], 1, 0,
  "MOBILIZE found (weapons test). The 'defiant protest' is the state's motive, not a PROTEST. The UN sanctions tightening is not extracted."),
 ("ngec-3756", ["SUPPORT: Lebanon thanks its benefactor (China) for its support (LBN -> CHN, Monday)",
                "AID: China's sponsorship of the infrastructure development programme / support against terrorism (CHN -> LBN)"], 1, 0,
  "SUPPORT found (target benefactor left empty; any arguments count). The Chinese-sponsored programme (AID) is not extracted."),
 ("ngec-1326", ["CONSULT mediation: the international community's attempt to broker a cease-fire in Liberia",
                "ASSAULT: fighting between rival forces violating the cease-fire (CAMEO 196)"], 0, 0,
  "Nothing extracted. The governments' announcement that the cease-fire was violated names no culprit, so no ACCUSE is coded."),
 ("ngec-0783", ["COERCE arrest: a Canadian journalist was detained (agent unnamed; Nauru)",
                "PROTEST hunger: the journalist's hunger strike against Australia's offshore camps"], 2, 0,
  "Both found with the right type (the hunger strike as PROTEST, mode 'strike')."),
 ("ngec-2429", ["AGREE (intent to yield, CAMEO 035; CONCEDE also defensible): Netanyahu agrees to a three-month construction freeze"], 1, 0,
  "Found as AGREE, which cameo2plover's mapping of 'express intent to yield' supports."),
 ("ngec-0594", ["AGREE: Denmark's parliament agrees to end the Syrian-Turkish war by implementing a ceasefire",
                "ASSAULT: the four-year Syrian-Turkish war (SYR <-> TUR, going on)"], 1, 0,
  "AGREE found. The ongoing war named in the noun phrase is not extracted."),
 ("ngec-2964", ["COERCE restrict (future): police prepare to ban gatherings and demonstrations in France next weekend"], 0, 0,
  "Nothing extracted. 'Protest conditions are deteriorating' reports no specific protest act."),
 ("ngec-0045", ["COOPERATE: Brazil's Federal Police and the FAPB jointly establish a working group"], 0, 0,
  "Nothing extracted."),
 ("ngec-3552", ["SUPPORT ratify (future): the EU is set to ratify a trade deal with Suriname"], 1, 0,
  "Found (SUPPORT, future). The unnamed critics' unspecified concerns are not coded: no actor or target."),
 ("ngec-0702", ["AID: Kaesong receives a surprise payment of nearly HK$200 million (payer unnamed)",
                "AGREE: Kaesong agreed to accept Chinese soldiers stationed on its soil",
                "MOBILIZE troops: Beijing's 2008 troop build-up in the region (CHN, 2008)"], 1, 0,
  "AGREE found. The payment (AID) and the 2008 troop build-up (MOBILIZE) are not extracted."),
 ("ngec-3661", ["ACCUSE allege: Sata and Nkoana-Mashabane accuse Angola, Zimbabwe, Mozambique and Seychelles",
                "ASSAULT (reported): the killing of Nelson Mandela, inside the accusation"], 1, 0,
  "ACCUSE found (Seychelles missing from the targets; any arguments count). The embedded killing is not extracted."),
 ("ngec-2151", ["ACCUSE: Switzerland says Palau violated Hague-based international treaties (CHE -> PLW)"], 0, 0,
  "Nothing extracted: a plain 'X says Y violated ...' accusation missed."),
]
src = {json.loads(l)["doc"]: json.loads(l) for l in open("paragraphs-b.jsonl")}
assert [p[0] for p in P] == [json.loads(l)["doc"] for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for doc, coder, found, spur, notes in P:
        f.write(json.dumps({"doc": doc, "coder_events": coder, "found": found,
                            "dateline_events": len(src[doc]["events"]), "spurious": spur,
                            "notes": notes}, ensure_ascii=False) + "\n")
c = sum(len(p[1]) for p in P); fo = sum(p[2] for p in P)
d = sum(len(src[p[0]]["events"]) for p in P); s = sum(p[3] for p in P)
print(f"coder events {c}, found {fo} ({100*fo/c:.0f}%), dateline events {d}, spurious {s} ({100*s/d:.0f}%)")
