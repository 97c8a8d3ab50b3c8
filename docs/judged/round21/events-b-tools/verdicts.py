"""Round 21, judge b: verdicts on events-b-items.jsonl (seed 20261317).

Scored by docs/judged/CONVENTIONS.md. Each verdict is
n -> (event, type, source, target, date, modality, reason); 1 = right, 0 = wrong.
A non-event (event 0) is wrong in every field.
Run from anywhere: writes ../events-b.jsonl and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = os.path.join(HERE, "..", "events-b-items.jsonl")
OUT = os.path.join(HERE, "..", "events-b.jsonl")

V = {
    1: (1, 1, 0, 1, 1, 1, "source country empty: the protests are in 'Guinea's southwest' against President Conde, so the protesters are GIN (the text's stray 'Accra' aside). Target empty right (the suspended party is not in the truncated sentence); date left unknown is acceptable as the sentence may refer to the crowd of 'a week ago'."),
    2: (1, 1, 1, 0, 1, 1, "target empty: 'accused the U.' names the U.S. (text truncated at 'U.'); a coder codes target USA."),
    3: (1, 1, 1, 0, 1, 1, "target empty: 'attacks on foreign nationals' names the attacked party (foreign nationals, no country). Ongoing trend, document date acceptable."),
    4: (1, 1, 1, 1, 1, 1, ""),
    5: (1, 1, 1, 0, 0, 1, "target empty: the sentence names Gibraltar ('support Gibraltar regarding its immigration policy'); date: the statement quoted was 'issued yesterday' (2023-06-14), not the document date."),
    6: (1, 1, 1, 0, 1, 1, "target country CFR is wrong (not even a valid code); the text places Kony's rebels against the Ugandan military, so UGA."),
    7: (1, 1, 1, 0, 1, 1, "target empty: 'wants them to sell' - 'them' = the many African nations named in the same sentence."),
    8: (1, 1, 0, 1, 1, 1, "source: 'The country' is Bermuda (BMU), not the United States."),
    9: (1, 0, 0, 0, 0, 1, "the act is Keita's pledge that Mali will help Niger's people ('we must ... help Nigerians defend their land'): AGREE, source Keita (MLI), target the people of Niger; 'defend' is not a SUPPORT by Nigerians. Date: said at the Sunday gathering (2023-06-11), not the document date."),
    10: (1, 1, 1, 1, 0, 1, "date: the air strike is 'Wednesday night' (2023-06-14); left unknown. Target terrorists coded BEL from the location, acceptable (no nationality given)."),
    11: (1, 1, 1, 1, 1, 1, ""),
    12: (1, 1, 1, 0, 1, 1, "target country: the civilians are killed in Pakistan by U.S. drone strikes, so PAK, not USA."),
    13: (1, 1, 1, 1, 1, 1, "militants coded AUT from the location (no nationality in the text) - accepted."),
    14: (1, 1, 1, 0, 1, 1, "target empty: the criticized act is Russia's training and arms delivery, Russia is named in the sentence; source empty right (critic unnamed in the sentence)."),
    15: (1, 1, 1, 1, 1, 1, ""),
    16: (1, 1, 0, 0, 1, 1, "the investigation is against Putin's aides, not by Putin: source should be empty (investigator unnamed; later text says Navalny ordered it), target the four closest aides (RUS), not empty."),
    17: (1, 1, 1, 0, 1, 1, "target: Khan refused to meet Theresa May (GBR); the EU is only the subject of the trade plan."),
    18: (1, 1, 1, 1, 0, 1, "date: 'she said' continues Psaki's statement 'said on May 16' in the previous sentence -> 2023-05-16, not the document date."),
    19: (1, 1, 1, 1, 1, 1, ""),
    20: (1, 1, 1, 1, 1, 1, "(reported_by 'Supreme Council' is odd - it should be Reuters - but it is not a scored field)"),
    21: (1, 1, 1, 1, 0, 1, "date: 'Netanyahu had told Obama' is a background act of an earlier, unstated time (pluperfect, before Monday's agreement); the document date is wrong, no date would be right."),
    22: (1, 0, 1, 1, 1, 1, "type: 'promised an investigation into the incident' is an ACCUSE investigate (future), not AGREE - an investigation is not cooperation with another party. Judge's reading; AGREE is arguable."),
    23: (1, 0, 1, 1, 0, 1, "type: ordering compulsory military service and jailing dissidents is repression (COERCE), not a REQUEST to a party; date: background act of former dictator Kotzias (1970s), document date wrong."),
    24: (1, 1, 1, 1, 0, 1, "date: launching 'humanitarian missions' is a biographical background act of unstated time (the news is his hunger strike); the document date is wrong."),
    25: (1, 1, 1, 1, 0, 1, "date: the detentions happened at the march 'on the night of 29 February' (Dalhuisen's quote), not on the document date."),
    26: (0, 0, 0, 0, 0, 0, "not an event: the sentence's act is the police deployment (MOBILIZE) 'to prevent further clashes'; the clashes are not reported as happening in this sentence (they are coded from the next sentences)."),
    27: (1, 1, 1, 1, 1, 1, ""),
    28: (1, 1, 1, 1, 1, 1, ""),
    29: (1, 1, 1, 1, 1, 1, "target split into 'government[None]' + 'Marshall Islands[MHL]'; together they are the Marshall Islands government - accepted."),
    30: (1, 1, 0, 0, 1, 1, "source empty: 'army attack' names the (Guatemalan) army, GTM; target empty: 'killing at least six soldiers' names the victims."),
    31: (1, 1, 1, 0, 1, 1, "target: 'US Congress[USA]' is a misreading of the All People's Congress and 'Niger' of the Niger Delta; the parties to the deal are the APC and the rebel group (NGA)."),
    32: (1, 1, 1, 1, 0, 1, "date: the arrests 'of people who are arrested in the movement' are background acts of unstated time (relative clause on a banner); the document date is wrong, no date would be right."),
    33: (1, 1, 1, 1, 0, 1, "date: the UK government's statement was issued 'in a statement Monday' (2023-06-12); 'The statement concluded' is that statement."),
    34: (1, 1, 0, 1, 1, 1, "source country: the text calls Faure Gnassingbe 'Cote d'Ivoire's President', so by the text CIV, not TGO (world knowledge)."),
    35: (1, 1, 1, 1, 1, 1, "'desire to establish diplomatic relations' as SUPPORT, hypothetical, undated - accepted."),
    36: (1, 1, 1, 1, 1, 1, "targets = the countries where cessation of violence was called for; acceptable. Date before 'July last year', unknown is right."),
    37: (1, 1, 1, 1, 0, 1, "date: Gabon's request is a background act preceding the approval ('last Friday'); the document date is wrong."),
    38: (1, 1, 1, 1, 1, 1, ""),
    39: (1, 1, 1, 0, 1, 1, "target country: in the text Gaston Browne is the president of Tonga (TON), not ATG."),
    40: (1, 1, 1, 1, 0, 0, "modality: the buildup 'is expected to accelerate' - future/hypothetical, not asserted; date: a future act takes no date, not the document date."),
    41: (1, 1, 1, 1, 1, 1, ""),
    42: (1, 1, 0, 0, 0, 1, "source country: the pro-government Rovana Army of Tokelau (TKL), left empty; target empty although TOP is named ('tried to attack TOP'); date: the attack repelled 'yesterday' (2023-06-14)."),
    43: (1, 1, 1, 1, 1, 1, ""),
    44: (1, 1, 1, 1, 1, 1, "date: may belong to the statement of 'yesterday', not explicit - accepted."),
    45: (1, 1, 1, 0, 1, 1, "target empty: 'called on both countries' refers to the Dominican Republic and Honduras."),
    46: (1, 1, 1, 1, 1, 1, ""),
    47: (1, 1, 1, 1, 1, 1, ""),
    48: (1, 1, 0, 0, 1, 1, "roles inverted: the opposition parties (MKD) blamed the VMRO party; source should be the opposition parties, target VMRO."),
    49: (1, 1, 1, 1, 1, 1, "span total ('over the last four months') undated - right by the round-20 rule."),
    50: (1, 1, 0, 1, 1, 1, "source country: the text describes the gunmen as Palestinians (PSE), not ISR."),
    51: (1, 1, 1, 1, 1, 1, ""),
    52: (1, 1, 0, 0, 1, 1, "source: Wallstrom is the foreign minister, not the attacker - the militants (unnamed) are; target: the Social Democrats' headquarters (SWE) named in the sentence."),
    53: (1, 1, 1, 1, 1, 1, ""),
    54: (1, 1, 1, 1, 0, 1, "date: the refusal concerns 'that conference' held years ago (one year after restrictions were lifted, after 2012); document date wrong. Source split association[None] + China accepted like #29."),
    55: (1, 1, 1, 0, 1, 1, "target: the ambassador is Belgium's own; the party the recall is aimed at is Singapore (SGP)."),
    56: (1, 1, 0, 0, 1, 1, "source: the Barbados Football Association (BRB), not the state Barbados; target: FIFA (its summit), no country, not a 'FIFA Ethics Committee[BRB]'."),
    57: (1, 1, 1, 0, 1, 1, "target empty: 'Two more people were killed' names the victims."),
    58: (1, 0, 0, 0, 0, 0, "the act is China's Li Baodong demanding that the Myanmar government pull out its military: REQUEST, asserted, source Li Baodong (CHN), target Myanmar government, date 'on Monday' (2023-06-12); RETREAT hypothetical by the Myanmar government is the content of the demand, not the act."),
    59: (0, 0, 0, 0, 0, 0, "not an event: Libya 'descended into lawlessness', forcing militias to step in for security - no act of aid between political actors."),
    60: (1, 1, 1, 0, 1, 1, "target empty: the welcomed progress is in negotiations between the St. Martin government and the unions, both named in the sentence."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(ITEMS, encoding="utf-8") if l.strip()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = {f: 0 for f in FIELDS + ["all"]}
    nreal = 0
    with open(OUT, "w", encoding="utf-8") as out:
        for it in items:
            v = V[it["n"]]
            verdict = {f: bool(v[i]) for i, f in enumerate(FIELDS)}
            if not verdict["event"]:
                verdict = {f: False for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = v[6]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS + ["all"]:
                counts[f] += verdict[f]
                if verdict["event"]:
                    real[f] += verdict[f]
            nreal += verdict["event"]
    n = len(items)
    print(f"{'field':<10}{'all items':>16}{'real events':>18}")
    for f in FIELDS + ["all"]:
        print(f"{f:<10}{counts[f]:>5}/{n} {100*counts[f]/n:5.1f}%{real[f]:>8}/{nreal} {100*real[f]/nreal:5.1f}%")


if __name__ == "__main__":
    main()
