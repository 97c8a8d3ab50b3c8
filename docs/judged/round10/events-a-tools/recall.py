"""The judge's coding of 15 story first paragraphs (hand-written), appended to events-a.jsonl."""
import json
import sys

# doc: (events a coder would code, matched predicted event ids, spurious predicted ids with reasons)
R = {
    "ngec-2153": (["COERCE/arrest: Antigua and Barbuda Defense Force detaining British Dominica citizens (reported)"], [], {}),
    "ngec-3705": (["ACCUSE/investigate: ICC opens investigation of the Holy See"], ["e1"], {}),
    "ngec-3909": (["ASSAULT: two ethnic groups clashed over the island"], ["e1"], {}),
    "ngec-4042": (["CONCEDE/ease: Honduran government will suspend the curfew (future)"], [],
                  {"e1": "'reports that security forces would be attacked' coded as an ASSAULT by Honduras"}),
    "ngec-0635": (["ACCUSE/investigate: police and FBI began looking into an altercation"], [], {}),
    "ngec-2867": (["ASSAULT: militants detonated bombs", "ASSAULT: militants clashed with the SDF"], [], {}),
    "ngec-1398": (["AGREE: representatives reached an agreement on a joint project",
                   "CONSULT: Turkish-Angola delegation held talks with Angolan counterparts",
                   "CONSULT: Turkish-Angola and Turkish-Swiss delegations held talks in Marmaris on Friday",
                   "AGREE/AID pledge: Turkey pledged $60 million for Angola in 2010",
                   "SUPPORT: Natalegawa reiterated Indonesia's support for the dialogue"],
                  ["e1", "e2", "e3", "e4", "e5"],
                  {"e6": "'the ongoing dialogue' is the object of Indonesia's support, the talks already coded"}),
    "ngec-3793": (["ASSAULT (riot): rioters set a police van on fire on Sunday"], [], {}),
    "ngec-0736": (["ACCUSE/allege: US alleged the Dominican Republic violates a trade accord"], ["e1"], {}),
    "ngec-1951": (["ACCUSE/criticize: Pienaar lashed out at his countrymen"], [], {}),
    "ngec-1896": (["COOPERATE (military): joint exercise in Kampala", "AID (military): US troops training the forces (reported)"], [], {}),
    "ngec-3241": (["AGREE: Madagascar agreed an asylum deal with another island nation"], ["e1"], {}),
    "ngec-3812": (["AGREE/assure: the Vatican gave Spain assurances"], [], {}),
    "ngec-3312": (["AGREE: rebel group agreed (deal reached Saturday) to withdraw and surrender to the Indonesian authorities"], ["e1"],
                  {"e2": "'a deal reached Saturday' is the same agreement as e1, coded twice"}),
    "ngec-0278": (["THREATEN: Albania threatened force against demonstrators", "PROTEST: demonstrators rallying against reforms"], ["e1", "e2"], {}),
}
tot = [0, 0, 0, 0]
with open(sys.argv[2], "a") as f:
    for line in open(sys.argv[1]):
        d = json.loads(line)
        coded, found, spurious = R[d["doc"]]
        pred = [e["event_id"] + " " + e["trigger"] + " " + e["type"] for e in d["events"]]
        assert len(found) + len(spurious) == len(pred), d["doc"]
        tot[0] += len(coded); tot[1] += len(found); tot[2] += len(pred); tot[3] += len(spurious)
        f.write(json.dumps({"kind": "paragraph-recall", "doc": d["doc"], "paragraph": d["paragraph"][:2000],
                            "coder_events": coded, "predicted": pred, "found": len(found),
                            "spurious": spurious}) + "\n")
print(f"coder events {tot[0]}, found {tot[1]} (recall {100*tot[1]/tot[0]:.0f}%); predicted {tot[2]}, spurious {tot[3]}")
