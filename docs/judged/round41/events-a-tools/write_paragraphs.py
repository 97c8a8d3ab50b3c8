"""Judge a, round 41: write paragraphs-a-verdicts.jsonl.
paragraphs-a.jsonl's 'paragraph' holds the whole story: the records separate paragraphs with a single newline
and sample41.paragraph_of splits on a blank line. The brief and CONVENTIONS ask for first paragraphs, so each
is judged on the story's true first paragraph (text up to the first newline) and on dateline's events whose
sentence starts in it (events-a-tools/first_para.py lists them)."""
import json

P = {
    "hn-w3-25": dict(
        coder_events=[
            "REJECT: Bashir tells supporters the ICC can keep its arrest warrant (rejects the warrant), Thursday 2009-03-05",
            "ACCUSE: the ICC charges Bashir with war crimes and crimes against humanity in Darfur, 2009-03-04 ('a day after')",
            "COERCE (deport) / SANCTION (expel): Sudan's government orders more than a dozen aid agencies out of the country, 2009-03-04",
        ],
        dateline_events=["e1 ACCUSE charged", "e2 REQUEST ordered"], found=1, spurious=0,
        notes="e1 found (source 'based court[SDN]' should be the ICC, date 03-05 should be 03-04). e2 is the expulsion of the aid agencies coded REQUEST: a real act of the wrong type (ordering agencies out is an expulsion, not a request). Bashir's defiance (REJECT) missed."),
    "hn-w1-07": dict(
        coder_events=[
            "AGREE: Armenia and Azerbaijan agree to end the fighting under a Russian-brokered deal, effective early Tuesday 2020-11-10",
            "MOBILIZE: Russia sends peacekeepers into Nagorno-Karabakh under the deal, 2020-11-10 (future/ongoing)",
            "PROTEST (riot): protesters in Yerevan storm government buildings against the deal, i.e. against Armenia's government, overnight 2020-11-10",
        ],
        dateline_events=["e1 AGREE agreed", "e2 ASSAULT stormed"], found=1, spurious=0,
        notes="e1 found. e2 codes the storming of government buildings by protesters as ASSAULT; PLOVER codes a riot against the government as PROTEST riot, so it is a real act of the wrong type. The Russian deployment is missed. Russia's brokering not listed (attributive to the deal)."),
    "hn-w1-25": dict(
        coder_events=[
            "SUPPORT (sign/finalize agreement): the prime ministers of Serbia and Kosovo initial an agreement to normalise relations, Brussels, Friday 2013-04-19",
            "CONSULT (third-party): months of Serbia-Kosovo talks mediated by the EU, ending 2013-04-19",
        ],
        dateline_events=[], found=0, spurious=0,
        notes="dateline has no event in the lead sentence; the deal is coded from the next sentence ('reached the deal', AGREE e1)."),
    "hn-w1-18": dict(
        coder_events=[
            "ACCUSE (investigate/legal procedure): the European Parliament votes to launch the Article 7 procedure against Hungary, Wednesday 2018-09-12",
            "ACCUSE (allege): the European Parliament accuses Orban's government of undermining judicial independence, media freedom and minority rights, 2018-09-12",
        ],
        dateline_events=[], found=0, spurious=0,
        notes="dateline has no event in the lead (the vote is coded from the next sentence, SUPPORT 'backed' e1). A coder might merge the two into one ACCUSE or code the procedure as SANCTION; either way none is found."),
    "hn-w4-22": dict(
        coder_events=[
            "ASSAULT (aerial): Myanmar's military strikes a village gathering of opponents in Sagaing from the air, killing up to 100 (Tuesday 2023-04-11 per the next paragraph; the lead gives no day)",
        ],
        dateline_events=["e1 ASSAULT carrying"], found=1, spurious=0,
        notes="Found (mode heavy-weapons should be aerial; target empty though the village gathering of opponents is named; dated the document date)."),
    "hn-w2-25": dict(
        coder_events=[
            "AGREE: Saudi Arabia and Iran agree to re-establish diplomatic relations and reopen embassies within two months, Friday 2023-03-10",
        ],
        dateline_events=["e1 AGREE agreed"], found=1, spurious=0,
        notes="Found, mutual, right date. China's brokering (attributive) and the 2016 cutting of ties (a time reference) not listed."),
    "hn-w4-16": dict(
        coder_events=[
            "ASSAULT (assassinate): a group of armed men shoot dead Haitian President Jovenel Moise at his residence, early Wednesday 2021-07-07",
        ],
        dateline_events=[], found=0, spurious=0,
        notes="dateline has no event in the lead: the assassination of a head of state is missed there (a later 'killing' is coded ASSAULT e6)."),
    "hn-w4-12": dict(
        coder_events=[
            "REJECT: Colombian voters reject the peace agreement between the government and the FARC in a referendum, Sunday 2016-10-02",
        ],
        dateline_events=["e1 REJECT rejected"], found=1, spurious=0,
        notes="Found, right date (target empty; the agreement's parties, the government and the FARC, would be the target)."),
    "hn-w2-17": dict(
        coder_events=[
            "ASSAULT: Iran's armed forces shoot down a Ukrainian passenger jet near Tehran, killing 176, this week (Wednesday 2020-01-08)",
            "PROTEST: protesters take to the streets of Tehran against the authorities, Saturday 2020-01-11",
        ],
        dateline_events=["e1 ASSAULT shot", "e2 PROTEST took"], found=2, spurious=0,
        notes="Both found; 'this week' dated 2020-W02 is right at the text's precision. Iran's admission is not a PLOVER act of its own."),
    "hn-w2-01": dict(
        coder_events=[
            "AGREE (willingness to end a conflict; CONCEDE would also do as a declared halt): Sharon and Abbas pledge to stop all acts of violence against each other, Tuesday 2005-02-08",
        ],
        dateline_events=["e1 AGREE pledged"], found=1, spurious=0,
        notes="Found, mutual, right date. 'a conflict that has killed thousands' is a background total, not listed."),
    "hn-w3-18": dict(
        coder_events=[
            "RETREAT (ceasefire) / CONCEDE: Kiir and Machar order their forces to stop fighting (Monday 2016-07-11 per the next paragraph)",
            "ASSAULT: four days of clashes between Kiir's and Machar's forces in Juba kill hundreds and drive tens of thousands from their homes (span 2016-07-07..11)",
        ],
        dateline_events=[], found=0, spurious=0,
        notes="dateline has no event in the lead; the ceasefire orders are coded from the next sentence (CONCEDE e1, REQUEST e2)."),
    "hn-w1-22": dict(
        coder_events=[
            "PROTEST (riot): mostly ethnic Russian youths riot in Tallinn against the statue's removal (against Estonia's authorities), night of 2007-04-26/27, one dead, dozens injured",
            "ACCUSE: Moscow protests angrily to Estonia over the removal, 2007-04-27",
        ],
        dateline_events=[], found=0, spurious=0,
        notes="dateline has no event in the lead (the next sentence's protest is coded, PROTEST e2). The removal of the statue itself is not a PLOVER act between actors and is not listed."),
}

order = [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
assert set(order) == set(P) and len(order) == 12
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for doc in order:
        p = P[doc]
        assert p["found"] <= len(p["coder_events"])
        ids = p["dateline_events"]
        row = {"doc": doc, "coder_events": p["coder_events"], "found": p["found"], "dateline_events": len(ids),
               "spurious": p["spurious"],
               "notes": (f"dateline in the lead: {', '.join(ids)}. " if ids else "") + p["notes"]}
        out.write(json.dumps(row) + "\n")
tot = sum(len(P[d]["coder_events"]) for d in order)
found = sum(P[d]["found"] for d in order)
dl = sum(len(P[d]["dateline_events"]) for d in order)
sp = sum(P[d]["spurious"] for d in order)
print(f"coder events {tot}, found {found} ({100*found/tot:.1f}%), dateline events {dl}, spurious {sp}, "
      f"paragraphs with no dateline event {sum(not P[d]['dateline_events'] for d in order)}")
