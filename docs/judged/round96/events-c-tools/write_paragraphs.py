"""Write paragraphs-c-verdicts.jsonl (the judge's own coding of each first paragraph)."""
import json
P = {
"h25-x96-02": dict(coder_events=[
    "SUPPORT: U.N. Security Council (IGO) -> Kofi Annan (GHA), unanimously recommended him as next secretary-general, 1996-12-13 (Friday)"],
    found=0, spurious=0,
    notes="The Washington-Paris deadlock is background with no act in this sentence. dateline found no event."),
"h25-x95-04": dict(coder_events=[
    "ACCUSE: Moi's main rivals (KEN) -> electoral commission / Moi (KEN), say the election was rigged, 1998-01-05 (present-tense statement, document date)"],
    found=0, spurious=0,
    notes="Swearing-in and the commission declaring the winner are not PLOVER interactions. dateline found no event."),
"h25-x93-17": dict(coder_events=[
    "COERCE (state of emergency): Crimea's authorities (UKR, Russian-run) -> none, declared a state of emergency, 2015-11-22 (Sunday)",
    "ASSAULT (destroy): saboteurs (no code) -> electricity pylons supplying Crimea, blew them up, before Sunday (Friday night/Saturday 2015-11-20/21 by the next sentence)"],
    found=1, spurious=0,
    notes="dateline found the state of emergency (right); it missed the sabotage."),
"h25-x95-23": dict(coder_events=[
    "COERCE (state of emergency): Ethiopia's government (ETH) -> none (Amhara region), declared a state of emergency, 2023-08-04 (Friday)",
    "ASSAULT: Ethiopian army (ETH) <-> Fano militia (ETH), days of fighting, going on up to 2023-08-04"],
    found=1, spurious=0,
    notes="The Tigray peace deal of last year is a background reference inside a time phrase, not coded. dateline missed the army-Fano fighting."),
"h25-x93-01": dict(coder_events=[
    "ASSAULT: troops loyal to Aliyev (AZE) -> mutinous special police unit OPON (AZE), stormed its headquarters near Baku, 1995-03-17 (Friday)",
    "ACCUSE: Azerbaijani government (AZE) -> the police unit (AZE), described the standoff as an attempt to seize power, 1995-03-17"],
    found=1, spurious=0,
    notes="dateline found the storming with the right type but an empty target (the police unit is named in the sentence); it missed the government's accusation."),
"h25-x94-24": dict(coder_events=[
    "ACCUSE: International Court of Justice (IGO) -> Israel (ISR), advisory opinion that the occupation is illegal, 2024-07-19 (Friday)",
    "REQUEST: International Court of Justice (IGO) -> Israel (ISR), occupation should be ended as rapidly as possible, 2024-07-19",
    "REJECT: Israel (ISR) -> International Court of Justice (IGO), rejected the opinion out of hand, 2024-07-19"],
    found=0, spurious=0,
    notes="The occupation itself is the object of the opinion, not a reported act, so not coded. dateline found no event."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        o = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
             "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
