"""Round 30, judge b: recall on 12 story first paragraphs -> ../paragraphs-b-verdicts.jsonl."""
import json
import pathlib

ROUND = pathlib.Path(__file__).resolve().parent.parent
P = {
    "ngec-4442": (["THREATEN: coalition of Cambodian nationalists and rebels vowed to renew attacks if talks stall (conditional)"], 0, 0,
                  "The conditional vow to renew attacks is THREATEN. The extractor has no event."),
    "ngec-2011": (["ACCUSE disapprove: Zimbabwe's president -> Paraguay government (denounced its move)"], 1, 0,
                  "Found as ACCUSE, but the target is 'Zimbabwe government' instead of Paraguay (arguments are not scored here). The closing of the consortium is a domestic regulatory background act, not coded."),
    "ngec-1897": (["ACCUSE allege: prosecutors -> NJ state trooper (accused; could face trial)",
                   "ASSAULT sexual (reported): trooper -> 16-year-old girl"], 1, 0,
                  "ACCUSE found, with target 'New Jersey' instead of the trooper. The accusation and the possible trial are coded once. The alleged abuse is coded as reported."),
    "ngec-0840": (["SUPPORT sign: Presidents of Micronesia and Algeria signed an agreement",
                   "AGREE: promise to sign an initial FTA in September (future)"], 1, 0,
                  "The signing was found (mutual). The promise to sign in September was missed. The president calling it historic is not coded."),
    "ngec-1143": (["RETREAT disarm: Iraqi militia lays down its arms",
                   "SUPPORT (agreement): disarmament pact between the militia and the Baghdad government"], 1, 0,
                  "The disarmament was found (the government is not a target). The pact itself is missed."),
    "ngec-1363": (["RETREAT ceasefire: Spanish government suspended airstrikes on Islamist rebels",
                   "ASSAULT (reported): rebels' recent rocket attacks in Catalonia",
                   "CONSULT multilateral: emergency EU meeting"], 1, 0,
                  "The suspension was found, with target EU (wrong, since the rebels are the party) but arguments are not scored here. The accused rocket attacks and the EU meeting are missed."),
    "ngec-2275": (["SANCTION convict: Croatian Croat convicted in 1999",
                   "ASSAULT: siege of Sarajevo (background, his role)"], 1, 0,
                  "The conviction was found (target 'Croatia' rather than the man). The siege, a background act, is missed."),
    "ngec-0332": (["AGREE: Obama administration reached an 'agreement of principle' with Burundi"], 1, 0,
                  "Found as AGREE, but modality hypothetical and no date (wrong: 'signaled Wednesday that it had reached'). The activists' forecast is not an act."),
    "ngec-3018": (["AGREE: Norway and Russia reached an agreement on civilian nuclear cooperation"], 1, 0,
                  "Found, mutual."),
    "ngec-1176": (["REJECT: Israeli government -> United States (did not allow the US to use the peace talks as a platform), as admitted by Barak"], 0, 0,
                  "Missed. The admission could also be read as a verbal CONCEDE, and I code the act once."),
    "ngec-0285": ([], 0, 0,
                  "An MP says the government has not yet given the army information: a non-act, with no PLOVER event. The extractor has none either."),
    "ngec-2340": (["AGREE: New Zealand MFAT 'keen to commence negotiations' with Vanuatu",
                   "SUPPORT sign (background): trade agreement already signed with Greece"], 0, 0,
                  "Both missed."),
}


def main():
    pars = [json.loads(l) for l in (ROUND / "paragraphs-b.jsonl").open()]
    assert {p["doc"] for p in pars} == set(P)
    tot = {"coder": 0, "found": 0, "dl": 0, "sp": 0}
    with (ROUND / "paragraphs-b-verdicts.jsonl").open("w") as fh:
        for p in pars:
            ce, found, sp, notes = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": ce, "found": found,
                   "dateline_events": len(p["events"]), "spurious": sp, "notes": notes}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot["coder"] += len(ce); tot["found"] += found; tot["dl"] += len(p["events"]); tot["sp"] += sp
    print(f"coder events {tot['coder']}, found {tot['found']} (recall {100*tot['found']/tot['coder']:.0f}%); "
          f"dateline events {tot['dl']}, spurious {tot['sp']} ({100*tot['sp']/max(tot['dl'],1):.0f}%)")


if __name__ == "__main__":
    main()
