"""Round 60, judge b: verdicts on the 50 sampled events (events-b-items.jsonl).

V[n] = ([false fields], "reasons"). Writes ../events-b.jsonl and prints the per-field table.
Run from anywhere: python write_verdicts.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["source", "target"],
        "source: 'Labour groups' (labour unions) resolved to the Labour Party, a wrong party. target: Dela Cruz is "
        "the hostage whose release is demanded, not the party protested against; the protest is outside the "
        "presidential palace (PHL government, by the crowd-protest rule) - Dela Cruz is wrong. date: pluperfect "
        "background act with no time given -> unknown is right."),
    2: (["target"],
        "target: the five officers are officers of China's People's Liberation Army -> CHN (MIL), not USA."),
    3: ([], "all right: REQUEST (release of prisoner) Tillerson USA -> China, document date for the news act."),
    4: ([], "all right: 'all sides' in Guinea-Bissau, country GNB plain from the story."),
    5: (["target"],
        "type: 'would not accept any talks' coded AGREE negated - accepted by the conventions' 'refused to withdraw' "
        "rule (I would code REJECT meet, asserted). target: the refused talks are with 'the government' named in the "
        "sentence (Ethiopian government, ETH); empty is wrong."),
    6: (["source", "modality"],
        "source: 'leaders[None]' is not a resolved party; 'the two leaders' are Erdogan (TUR) and Putin (RUS), and "
        "with Putin/Russia as target the source must be Erdogan/Turkey. target Russia government for Putin is right. "
        "modality: 'said ... that the two leaders would discuss it when they meet' is a future meeting (future), "
        "not hypothetical (the 'that' clause hangs on 'said'; a reader taking it under 'believed' could argue "
        "hypothetical). date unknown is right for a future act with no date."),
    7: (["date", "modality"],
        "Obama POSTPONED the visits: no visit took place, so an asserted CONSULT is wrong (negated at best) -> "
        "modality false. date: 'last year' in a 2011-11-16 story is 2010 (March 2010), not 2011-03."),
    8: (["target"],
        "event: a pledge (to fight corruption, to feed the poor) is AGREE by the codebook ('promise'); a reader "
        "might drop a domestic policy pledge, I keep it. target: the United States comes from the background "
        "'banned from entering the United States' clause; it is not the party of the pledge (the country's poor / "
        "none)."),
    9: (["source", "target"],
        "source and target swapped: Barrow (GMB) urged Jammeh (GMB) to hand over power; dateline has Jammeh -> "
        "Barrow. date 2016-12-10 is the Saturday of the story: right."),
    10: (["date"],
         "date: the ban was imposed 'shortly after the vote' (May 15 poll), i.e. May 2005, a background act; the "
         "document date 2005-06-09 is wrong. target empty right (no party named; 'all public demonstrations')."),
    11: ([],
         "all right: 'give up his seat in parliament' is a second announced resignation distinct from stepping "
         "down as Labour leader (e2); a promised future resignation is CONCEDE by the codebook ('promise of future "
         "concessions'); future, no date."),
    12: (["date"],
         "date: the text dates the coup seizure 1994; dateline gave the document date 2016-12-10. Type ASSAULT for "
         "seizing power in a coup accepted."),
    13: ([],
         "all right: source empty is right (passive, the Spanish troops are named only in earlier sentences); "
         "target the six Moroccans MAR (agent CVL is wrong - they are soldiers/gendarmes - but only party and country "
         "are scored); Wednesday = document date."),
    14: ([], "all right: sentence/conviction is SANCTION convict per the codebook."),
    15: ([],
         "all right: 'the attacks' (US/UK strikes) names no party in this sentence, so empty target is right by the "
         "rule (I would code USA/GBR as target of the denunciation). Monday news conference = document date."),
    16: (["source", "date"],
         "source: 'his fighters' are Islamic State fighters; 'Mauritius fighters[MUS]' is a wrong party and country. "
         "date: the text gives it - the caliphate was declared in July 2014 'a month after' the seizure, so June "
         "2014; unknown is wrong."),
    17: (["date"],
         "date: the 'days of student demonstrations' preceded Wednesday's (June 8) violence; a background act of "
         "earlier days given the document date 2005-06-09 (wrong day). target empty accepted: the aim is alleged "
         "fraud in the poll, no party named."),
    18: ([], "all right: Moscow sending forces into Chechnya in 1999 is MOBILIZE troops; 1999 from the text."),
    19: ([], "all right (the separate 'targeting' event e2 is the duplicate, not this one)."),
    20: (["target"],
         "target: the sentence names the victims, 'three Ukrainian navy vessels' (UKR navy); empty is wrong."),
    21: (["target"],
         "target: Medvedev called the attack an act of terrorism; the attacker, 'a suicide bomber', is named in the "
         "same sentence - empty target is wrong."),
    22: ([], "all right."),
    23: ([], "all right: expelling diplomats is SANCTION expel (CAMEO 166)."),
    24: (["target"],
         "type AGREE negated for 'would not accept faits accomplis' accepted by the 'refused to' rule (I would code "
         "REJECT). target: the faits accomplis are Morocco's, and Morocco is named in the sentence; empty is wrong."),
    25: ([], "all right: insurgents (IRQ) -> four American contractors (USA), March 2004 from the text."),
    26: ([], "all right: 'the criticism' names no party in this sentence, empty target right."),
    27: ([], "all right."),
    28: (["type", "target"],
         "type: to 'appeal to the Constitutional Court' against the president's decree is a legal challenge, ACCUSE "
         "(allege: sue in court, CAMEO 115), not a REQUEST addressed to the court; target: the court is not the "
         "party acted against (the president/his decree, not named in this sentence -> empty). A reader could keep "
         "REQUEST -> court as 'appeal to'; I code the legal sense."),
    29: ([],
         "all right: an electoral board investigating complaints is ACCUSE investigate ('any investigation'); "
         "ongoing -> document date."),
    30: (["target"],
         "target: ethnic Albanian guerrillas in Macedonia (the NLA) are Macedonian insurgents -> MKD, not ALB "
         "(Albania)."),
    31: (["target"],
         "target: 'local branches' (of the Jehovah's Witnesses) are named in the sentence; empty is wrong. date "
         "unknown accepted for a repeated past act (2004 is one instance)."),
    32: (["type", "target", "date"],
         "type: 'armed and supported' the RUF is material military aid -> AID (SUPPORT is verbal only, per the "
         "codebook). target: the Revolutionary United Front is Sierra Leonean (SLE), not LBR. date: the arming took "
         "place during Sierra Leone's civil war (1990s), a background act; the verdict date 2012-04-26 is wrong. "
         "modality asserted (court finding, attribution) right."),
    33: (["date"],
         "date: the peacekeepers were killed in the fighting as the rebels overran Bangui on Saturday (2003-03-15), "
         "reported as this news; an unknown/empty date is wrong (document date or Saturday would be right)."),
    34: (["date"],
         "date: 'had earlier praised' is a background act of an unstated earlier time; the document date is wrong "
         "(unknown would be right). Source EU for its chief observer Ana Gomes is right; praise of the turnout "
         "with no target party -> empty target right."),
    35: (["source", "target"],
         "source: the Congress is Bolivia's Congress (BOL), not the US Congress. target: the resignation is Sanchez "
         "de Lozada's, and he is named in the sentence; empty is wrong. type AGREE (accept) accepted."),
    36: ([], "all right."),
    37: ([], "all right: lawyers for the Witnesses in a Russian court, RUS accepted; authorities RUS."),
    38: (["date", "modality"],
         "modality: that 'terrorists' carried out the killings is the Syrian government's contested claim (it "
         "denied any role) -> reported, not asserted. date: the killings were on Friday and Saturday (May 25-26); "
         "the document date 2012-05-29 is wrong."),
    39: (["source", "target"],
         "source: 'the guerrillas' are the Macedonian ethnic-Albanian National Liberation Army; 'ELN[COL]' is a "
         "wrong party and country. target: they fight for the Albanian minority's rights against the Macedonian "
         "state, not Albania (ALB)."),
    40: (["target", "date"],
         "event: execution is a distinct act from the torture (e7), kept. target: 'some 14,000 people' are named in "
         "the sentence (KHM); empty is wrong. date: Tuol Sleng executions are 1975-79 background; document date "
         "2007-09-19 is wrong. source empty accepted (passive; no agent)."),
    41: (["source"],
         "source: the demand was made by 'his captors ... the Khaled bin al-Waleed Brigade', not by Dela Cruz (the "
         "hostage). target Manila -> Philippines government right; background demand with no time -> unknown right."),
    42: (["target"],
         "event: a journalist's investigation into corruption links kept as ACCUSE investigate ('any "
         "investigation'); a reader might drop it as not a political act. target: the sentence names 'businessmen, "
         "politicians and organised crime' (SVK); empty is wrong."),
    43: (["date"],
         "date: no date in the text for the Quetta clash; it follows the strikes begun late Sunday and is reported "
         "as this news -> document date 2001-10-08; 2001-10-07 is wrong. Type ASSAULT crowd-control (tear gas) "
         "per the codebook."),
    44: (["target"],
         "target: Russia allegedly backed the coup plotters/mutineers; Saakashvili is the party the attempt was "
         "against and NATO is only in a time phrase - both wrong as the supported party."),
    45: ([], "all right: 'next week' from a Thursday 2022-11-03 story = ISO week 45; 'is expected to hold' future."),
    46: ([], "all right."),
    47: ([], "all right: formal protest = ACCUSE (CAMEO 114)."),
    48: ([],
         "all right: Kishida hosting the Quad summit, target 'Quad' accepted as the visiting body (Biden, Modi and "
         "Albanese are named in the sentence and would be a finer target)."),
    49: (["type"],
         "type: US agencies 'targeted' Huawei by hacking/espionage (Snowden documents) - COERCE cyber in PLOVER, not "
         "ASSAULT (no physical harm). modality asserted accepted (documents 'showed', attribution to Chinese "
         "officials)."),
    50: ([],
         "all right: REQUEST Robertson (NATO) and Solana (EU) -> Macedonian government; present-perfect recent act "
         "with no date -> document date accepted."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert all(f in FIELDS for f in false), it["n"]
        if "event" in false:
            false = FIELDS[:]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(os.path.join(ROOT, "events-b.jsonl"), "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<9} {'right/50':>9} {'right/real':>11}")
    for f in FIELDS + ["all"]:
        k = sum(r["verdict"][f] for r in out)
        kr = sum(r["verdict"][f] for r in real)
        print(f"{f:<9} {k:>6}/50 {kr:>7}/{len(real)}")
    print("spurious:", 50 - len(real))
    for f in FIELDS[1:]:
        print(f, "false:", [r["n"] for r in out if not r["verdict"][f]])


if __name__ == "__main__":
    main()
