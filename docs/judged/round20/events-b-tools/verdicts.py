"""Round 20, judge b: verdicts on the 60 sampled events (events-b-items.jsonl).

n -> (event, type, source, target, date, modality, reason). Scored by docs/judged/CONVENTIONS.md.
Run from docs/judged/round20:  python events-b-tools/verdicts.py
Writes events-b.jsonl and prints the per-field table.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

V = {
    1: (1, 1, 0, 0, 1, 1, "source: the investigators are the Italian law enforcement agencies named in the sentence (ITA/COP), not empty; target: the detainees ('some of them') are named in the sentence. Date ok: investigation still going on."),
    2: (1, 1, 1, 0, 1, 1, "target: the Central African Republic government soldiers killed in the attack (CAF/MIL) are named in the sentence; empty is wrong."),
    3: (1, 1, 1, 0, 1, 1, "target: 'killing at least two people' (civilians in Aden, YEM) is in the sentence; empty is wrong. Source accepted (bomber = self-declared Jamaat al-Mujahideen commander; the YEM/MIL label on the second entry is loose). Mode should be suicide-attack, not scored."),
    4: (1, 1, 1, 1, 1, 1, ""),
    5: (1, 0, 0, 0, 1, 1, "'They had vowed to do so' = the Puerto Rican independence protesters vowed to block entrance ahead of the president's arrival: THREATEN (restrict/obstruct), not AGREE; source is the protesters ('they'), not the US government; target the president / US government (the blockade's object)."),
    6: (1, 0, 1, 1, 1, 1, "type: a rally 'in support of the government's peace initiatives' is not a protest against the recipient (PLOVER PROTEST); a coder codes SUPPORT from the demonstrators to the government."),
    7: (1, 1, 1, 0, 1, 1, "target: the car was seized from 'a woman' (the driver) named in the sentence; empty is wrong."),
    8: (1, 1, 1, 1, 1, 1, "Borderline: the sentence's main acts are the pull-back (RETREAT) and readiness to negotiate; the attacks against southern Israel are an earlier real act of Hamas' armed wing, accepted as ASSAULT with unknown date."),
    9: (1, 1, 1, 1, 0, 1, "date: the call was made by the marchers at Saturday's march in Kiev (previous sentences) -> 2023-06-10, not the document date."),
    10: (1, 1, 1, 0, 1, 1, "target: Paraguay submits its response to the special envoy Roberto Giusti; Jorge Gomez Piter is the speaker, not the recipient."),
    11: (1, 1, 1, 0, 1, 0, "target: the hostage's country is not given in the text (SAU unsupported; should be empty); modality: the execution is only what a video 'purports to show' -> reported/claimed, not asserted. Source empty accepted (executioner not stated)."),
    12: (1, 1, 1, 1, 1, 1, "(mode would be disapprove; type right)"),
    13: (1, 1, 1, 0, 1, 1, "target: 'a Daesh gathering' -> Islamic State is the target named in the sentence; empty is wrong."),
    14: (1, 1, 1, 1, 0, 1, "date: the killings are tied to 2007 ('In 2007 ... after two officers were killed'); 1831 comes from an earlier sentence about the origin of ties."),
    15: (1, 1, 1, 0, 1, 1, "target: the soldier killed is 'one of the two Americans' -> USA, not PSE."),
    16: (1, 1, 1, 1, 1, 1, ""),
    17: (1, 1, 1, 1, 1, 1, "(target keeps only Syrian government forces, the rebels are missing; one right target accepted)"),
    18: (1, 1, 1, 1, 1, 1, ""),
    19: (1, 1, 0, 0, 1, 1, "'Obiang has been accused of' -> Obiang is the accused (target), the accuser is unnamed (source empty); also his country is Equatorial Guinea (GNQ), not GAB."),
    20: (1, 1, 1, 0, 1, 1, "target: the kidnapped are 'more than 200 schoolgirls' (NGA civilians), not the state of Nigeria."),
    21: (1, 1, 1, 0, 1, 1, "target: 'those detained' are named in the sentence (the detained protesters, BDI); empty is wrong."),
    22: (1, 1, 1, 1, 1, 1, ""),
    23: (1, 1, 1, 1, 1, 1, ""),
    24: (1, 1, 1, 1, 1, 0, "modality: 'is also prepared to provide other aid' is an offer, not aid given: AID future/hypothetical (or AGREE asserted); AID asserted is wrong."),
    25: (1, 1, 1, 1, 1, 1, ""),
    26: (1, 1, 0, 1, 1, 1, "source: the protesters are in Bahrain against the Bahraini monarchy -> BHR, not USA."),
    27: (1, 0, 1, 1, 1, 1, "type: offering/promising to end a curfew is CONCEDE (codebook: promise of removing curfews), not AGREE."),
    28: (1, 0, 1, 1, 1, 1, "type: negotiators 'began informal discussion' is CONSULT (a meeting/discussion), not AGREE."),
    29: (1, 1, 0, 1, 0, 1, "source: Netanyahu met the settlement-bloc heads (sentence split at the dash); Har Homa/Pisgat Zeev are settlements standing for their heads (target accepted), not the source; date: 'met Tuesday' -> 2023-06-13."),
    30: (1, 1, 1, 1, 1, 1, "(mode would be riot)"),
    31: (1, 1, 1, 0, 1, 1, "target: 'the youth ... along with their families' (Qunayrat residents, SYR) are named in the sentence; empty is wrong."),
    32: (1, 1, 1, 0, 1, 1, "target: NATO is the partner whose support is required, not the target of martial law (the Estonian public / empty)."),
    33: (1, 1, 0, 0, 1, 1, "country: the president of a small South Pacific island (Palau, Peleliu in context) and its opposition parties are not USA."),
    34: (1, 1, 1, 0, 1, 1, "target: 'condemned the statement' -> the statement of Brig. Gen. Mohamed Samir / the Egyptian army (also the addressee of the call); empty is wrong. (sector HRI, not LAB; not scored)"),
    35: (1, 1, 1, 0, 0, 1, "target: 'the country' = Gambia; date: background criticism (the September UNGA address; withdrawn on Thursday), not an act of the document date."),
    36: (1, 1, 1, 0, 1, 1, "target: the pledge to move the embassy is toward Israel (or no target); 'Israeli settlements' are the object of relocation, not the party."),
    37: (1, 1, 0, 1, 1, 1, "source: the visitors are Ramos and Villar of the Philippines (PHL); the UK is the host, and the two persons carry no country."),
    38: (1, 1, 0, 0, 1, 1, "source: 'security troops in plain clothes' (EGY) raided and confiscated, not the human-rights activist who told Reuters; target: the office of the Human Rights Center (EGY), empty is wrong."),
    39: (1, 0, 1, 0, 1, 1, "type: 'decided they would like to meet the prime minister' is willingness to meet -> AGREE (codebook); target: the prime minister (India's, New Delhi), not 'Kashmir'."),
    40: (1, 1, 1, 0, 1, 1, "target: 'an offensive against DPP strongholds' -> the DPP is the target; empty is wrong. (KMT=TWN accepted as dictionary coding although the story places the war in North China.)"),
    41: (1, 1, 1, 0, 1, 1, "target: 'turn their attention to the camp' -> the rebels in the Bamenda camp; empty is wrong."),
    42: (1, 1, 1, 0, 1, 1, "target: the beheaded local government official (Abd Al Rahman Mohammed per next sentence), not police chief Abu Mubarak bin Shubab."),
    43: (1, 1, 1, 1, 1, 1, ""),
    44: (1, 1, 1, 1, 1, 1, ""),
    45: (1, 1, 1, 0, 0, 1, "target: 'he' = the young man shot (Mohammad Hamed, EGY), empty is wrong; date: the shooting was Monday night (2023-06-12) per the previous sentence."),
    46: (1, 1, 1, 1, 1, 1, ""),
    47: (1, 1, 1, 1, 0, 1, "date: 'has refused to back down' is current -> document date; April 2022 is the date of the boat incident."),
    48: (1, 1, 1, 1, 1, 1, ""),
    49: (1, 1, 1, 1, 1, 1, ""),
    50: (1, 1, 1, 1, 1, 1, ""),
    51: (1, 1, 0, 1, 1, 1, "source: 'other Islamic leaders' are set apart from the Saudi cleric; the text gives no country and they are not government (should be empty country, REL)."),
    52: (1, 0, 1, 0, 1, 1, "type: armed forces seizing land and a river is occupation of territory -> ASSAULT, not COERCE/seize (police confiscation); target: the village residents / Russia."),
    53: (1, 1, 1, 1, 1, 1, ""),
    54: (1, 1, 1, 0, 1, 1, "target: the order is about the former Brussels police major (Jurgen Melenchon, BEL) named in the sentence; empty is wrong."),
    55: (1, 1, 1, 1, 1, 1, ""),
    56: (1, 1, 1, 0, 1, 1, "target: the two arrested are in Los Angeles -> USA; the text makes the country plain."),
    57: (1, 1, 0, 1, 1, 1, "source: the strikers, 'Palestinian civil servants in Jordan', are named in the sentence; empty is wrong."),
    58: (1, 0, 1, 0, 1, 1, "type: vowing to 'fight against extremist terrorist organizations' is THREATEN (violence), not AGREE; target: the extremist terrorist organizations (IS)."),
    59: (1, 1, 0, 1, 1, 0, "source: 'we' is not the IAEA ('the agency' is the third party in the same sentence; the speaker is the negotiating side); modality: 'after we have reached a full and final agreement' is future."),
    60: (1, 1, 0, 1, 1, 1, "source: the local government official refused the request to resign, not police chief Abu Mubarak bin Shubab."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        ev = bool(v[0])
        verdict = {f: (bool(x) and ev) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
    with open(HERE / "events-b.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'all 60':>10} {'real events':>14}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:3d}/60 {100*a/60:5.1f}%  {b:3d}/{len(real)} {100*b/len(real):5.1f}%")


if __name__ == "__main__":
    main()
