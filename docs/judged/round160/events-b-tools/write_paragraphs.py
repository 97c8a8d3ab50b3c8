"""Write paragraphs-b-verdicts.jsonl (judge b's coding of the 6 lead paragraphs)."""
import json
P = {
 "h57-x223-18": (["ACCUSE: Nawaz Sharif (PAK) -> army chief Qamar Javed Bajwa (PAK military), accused him of orchestrating his ouster and rigging the 2018 election, 2020-10-16 (Friday)",
                  "PROTEST: Pakistan Democratic Movement opposition alliance (PAK) -> Pakistan government (PAK), first rally of the anti-government campaign, 2020-10-16"],
                 1, 0, "Dateline found the ACCUSE with the right parties but dated it 2020-10-17, the document date, not Friday 2020-10-16. It missed the opposition rally (PROTEST)."),
 "h57-x222-24": (["ASSAULT (drone): United States (USA) -> Kataib Hezbollah senior commander (IRQ), drone strike on a car in Baghdad that killed him, 2024-02-07 evening",
                  "ACCUSE: Washington (USA) -> the Kataib Hezbollah commander (IRQ), said he was responsible for planning attacks on American troops, 2024-02-07"],
                 1, 0, "The drone strike was found with the right parties and date. The U.S. accusation in the relative clause was missed; the planned attacks are inside that accusation and are not coded separately."),
 "h57-x223-05": (["SUPPORT (sign agreement): leaders of DR Congo (COD) and ten other African countries, mutual, signed the U.N.-backed framework, 2013-02-24",
                  "AGREE: the same eleven countries' leaders, mutual, pledged not to harbour or support armed groups in the region, 2013-02-24"],
                 1, 0, "Dateline coded the pledge (AGREE, mutual, right date). The signing itself (SUPPORT, finalising an agreement) was not coded separately."),
 "h57-x223-11": ([], 0, 0, "The paragraph reports election results (ANC losses); this is not a PLOVER act between actors, so there is nothing to code, and dateline coded nothing."),
 "h57-x223-09": (["CONSULT: Afghan government officials (AFG) <-> Taliban representatives (AFG), first officially acknowledged peace talks in Murree, Pakistan, overnight 2015-07-07/08",
                  "AGREE: Afghan government (AFG) <-> Taliban (AFG), agreed to meet again after Ramadan, 2015-07-07/08"],
                 0, 0, "Dateline coded nothing in this paragraph and missed both the talks (CONSULT) and the agreement to meet again (AGREE)."),
 "h57-x224-16": (["SANCTION (convict): U.S. federal jury in Manhattan (USA) -> Juan Antonio 'Tony' Hernandez (HND), convicted of conspiring to smuggle cocaine, 2019-10-18 (Friday)",
                  "ACCUSE: the U.S. trial/prosecution (USA) -> President Juan Orlando Hernandez (HND), the trial implicated the president, 2019-10-18"],
                 1, 0, "The conviction was found (source the United States, right date Friday 2019-10-18). The trial implicating the president (ACCUSE) was missed."),
}
rows = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert len(rows) == 6
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for r in rows:
        ev, found, spur, notes = P[r["doc"]]
        out = {"doc": r["doc"], "coder_events": ev, "found": found, "dateline_events": len(r["events"]),
               "spurious": spur, "notes": notes}
        assert found <= len(ev) and spur <= len(r["events"])
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
print(len(rows), {k: sum(len(r[k]) if k == "coder_events" else r[k] for r in rows) for k in ["coder_events", "found", "dateline_events", "spurious"]})
