"""Write events-b.jsonl: each sampled item with `verdict` and `reasons` (judge b, round 38).

V[n] = (event, type, source, target, date, modality, reasons); `all` is derived.
A spurious event (event False) is False in every field.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
T, F = True, False
SPUR = (F, F, F, F, F, F)

V = {
 1: (T, F, T, T, T, T, "Opposing an authorities' decision in street clashes is a PROTEST (or ACCUSE disapprove), not REJECT: PLOVER REJECT is turning down a request/proposal. Target Sudan is right (protest aimed at a state decision); 'Sudanese troops' is extra but I let it pass."),
 2: (T, T, T, T, T, T, ""),
 3: (T, T, T, T, T, T, "Source given as Samaras for 'the government of PM Samaras' - the party is the Greek government; I accept the GRC GOV head of government."),
 4: (T, F, T, T, T, T, "'Targeting' Muslim women for their protest role is repression (COERCE, arrests in context), not armed ASSAULT."),
 5: (T, T, T, F, T, T, "Target empty, but 'with both countries' in the sentence refers to Gambia and Cyprus, so the target should be them."),
 6: (T, T, T, T, T, T, ""),
 7: (T, T, T, T, T, T, "'Continue to cooperate' (contacts and visits) could also be AGREE/SUPPORT; COOPERATE future is accepted."),
 8: (T, T, T, T, T, T, "Source empty is right by the rule: the court is named only in the previous sentence."),
 9: (T, T, T, F, T, T, "The extradition would be asked of Guatemala (named in the sentence), not of Perez Molina; and his code lacks the country (GTM). Marginal event (not even indicated), kept as hypothetical."),
 10: (T, T, T, T, T, T, ""),
 11: (T, T, T, T, T, T, "Background charge by the ICC, undated (unknown) - right; MPs coded as the Rwanda parliament is accepted."),
 12: (T, T, T, T, T, T, "Muddled synthetic text: the story makes Tuilaepa look Tongan; WSM (real-world) accepted since the text never says it."),
 13: (T, T, T, F, T, T, "Target empty, but 'the island, a long-time American ally' in the sentence refers to Bahrain."),
 14: (T, T, T, T, T, T, ""),
 15: (T, T, T, F, T, T, "The deadline is extended for the Syrian government, named in the sentence; target should be it, not empty."),
 16: (T, T, T, F, F, T, "Target empty though the Czech Helsinki Committee is named as the party asked; date 2023-06-11 is the Sunday of the raid, not of the call, which is undated news (document date)."),
 17: (T, T, T, T, F, T, "The approvals are part of the rulings the lead dates 'yesterday' (2023-06-14), not the document date."),
 18: (T, T, T, T, T, T, "'Is expected to support' taken as future; Italy for the 'Italian-led resolution' accepted."),
 19: SPUR + ("Institutional description (the new office's work 'will be supported by' EP and Council), not an act of support between actors.",),
 20: SPUR + ("The sentence holds the opposition's ACCUSE and REQUEST toward the government; recognition is only the content of the demand, not a hypothetical government act (and source/target are reversed).",),
 21: (T, T, T, F, F, T, "The suspect's country is not given (code should be empty, not THA); the arrest is 'soon after the shooting', which the story dates Monday (2023-06-12), so unknown date is wrong."),
 22: (T, T, T, T, T, T, "Truncated sentence; empty target accepted."),
 23: (T, T, T, T, T, T, "Truncated sentence; empty target accepted."),
 24: (T, T, F, T, T, F, "The party that does not recognize is Cuba ('the country' of the Cuban officials), not the United States; the recognition is denied ('does not mean ... recognizes'), so negated, not asserted."),
 25: (T, T, F, T, T, T, "The visitor is the Bahamian attorney general (Pablo Riera, BHS), not the Dutch ambassador."),
 26: (T, T, F, T, T, T, "'The ministers' are the finance ministers of Russia, Ukraine, the US and the EU; a RUS code is wrong for the group."),
 27: SPUR + ("'It will support police' means the military exercise will help police prepare - support in another sense; and France government is not in the sentence.",),
 28: (T, T, F, F, T, T, "The Su-22 sent is Russian, not a French Mirage; DR Congo is only the place of the patrol, not a party acted upon (no target or the French aircraft)."),
 29: (T, T, T, F, T, T, "The Serbs are the majority population of Bosnia (the story), so the code should be BIH (or empty), not SRB. (A dictionary coder might code SRB; by the text it is wrong.)"),
 30: (T, T, T, F, T, T, "'Their work' is the work of the medical institution's units (Al-Wafa Hospital), not the SSSO union, which is the speaker."),
 31: (T, T, T, F, T, T, "The arrested are 'the group of nine', not Canada."),
 32: SPUR + ("Generic background policy ('has restricted arms imports in the past') with no target actor and no specific act; not a PLOVER act between actors.",),
 33: (T, F, T, T, T, T, "The US 'eliminated' sanctions - easing sanctions (CONCEDE/RETREAT side of YIELD), the opposite of SANCTION."),
 34: (T, F, T, T, T, T, "Deepening diplomatic relations is SUPPORT (expand diplomatic cooperation), not COOPERATE (material cooperation)."),
 35: SPUR + ("Paratroopers killed at a training camp in a story of 'military mishaps' - an accident, not an assault.",),
 36: (T, T, T, F, F, T, "'These arrests' refers to the three activists (target empty is wrong); 2023-06-14 is the date of their release, the arrests are earlier and undated."),
 37: SPUR + ("A family's appeal to the public for witnesses is not a political act between actors.",),
 38: (T, F, T, T, T, T, "US drones arriving in South Africa for training is military cooperation (COOPERATE) or military aid, not a CONSULT visit."),
 39: (T, T, T, F, T, T, "'The government' is the Albanian government (his own), not a Belgian government made from 'Brussels' in another sentence."),
 40: (T, T, T, T, F, T, "Background act of a former dictator (the story dates the emergency laws 1975); the document date is wrong."),
 41: SPUR + ("Gabon's 1962 vote for independence from France is not SUPPORT toward France ('voted for' in another sense); no PLOVER act toward France.",),
 42: (T, T, F, T, T, T, "Prince Charles is plainly British (GBR), the source code is empty; marginal event (his support for a hospital), kept."),
 43: (T, T, T, F, T, T, "The sentence names the attacked: government and civilian installations in Borno and Yobe (Nigerian government/civilians); empty target is wrong. Undated span since 2009 - no date right."),
 44: (T, T, T, T, T, T, "PM Bainimarama for 'the government' that made the proposal is accepted."),
 45: (T, T, T, T, F, T, "Attacks that 'are still ongoing' take the document date by the rule; 2015 is only when they started."),
 46: (T, F, T, F, T, T, "Protesters blocking a meeting room is PROTEST obstruct, not REJECT meet; the protest is aimed at the municipal authorities' decision, so they (MAR) are the target, not empty."),
 47: (T, T, F, F, T, T, "The story makes Nasheed Somalia's president ('return to the East African nation'), so MDV is wrong by the text; 'his opponent' refers to Adaa Qaani, target should be her, not empty."),
 48: (T, T, T, T, T, T, ""),
 49: (T, T, T, F, T, T, "The attack is 'on civilians', named in the sentence; target empty is wrong."),
 50: (T, T, T, T, F, T, "The consulate attack is dated 'last Friday' in the story (2023-06-09), not the document date."),
 51: SPUR + ("What the far-right group 'thinks they should' do (quoted police opinion) is not an act; and source local police is the speaker, not the attackers.",),
 52: (T, T, T, T, T, T, ""),
 53: (T, T, T, T, T, T, "Mutual agreement; both parties listed on both sides accepted."),
 54: (T, T, T, T, T, T, ""),
 55: (T, T, T, T, T, T, "'Would not accept a cessation' coded as AGREE negated (REJECT asserted equally right)."),
 56: (T, T, T, F, T, T, "'The country's majority Serbian population' is Bosnian (BIH), not SRB."),
 57: (T, T, T, T, T, T, ""),
 58: (T, T, T, T, T, T, ""),
 59: (T, T, F, T, T, T, "The protesters are members of the National Order, not police chief O'Leary."),
 60: SPUR + ("A homeless man's normative remark ('We can't just arrest and jail people') is no arrest act; source 'Los Angeles Dodgers' comes from his T-shirt.",),
}

KEYS = ("event", "type", "source", "target", "date", "modality")

def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        flags, reasons = v[:6], v[6]
        if not flags[0]:
            assert not any(flags)
        verdict = dict(zip(KEYS, flags))
        verdict["all"] = all(flags)
        if not verdict["all"]:
            assert reasons, it["n"]
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(os.path.join(ROUND, "events-b.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary table
    real = [r for r in out if r["verdict"]["event"]]
    print("| field | of 60 | % | of {} real events | % |".format(len(real)))
    for k in KEYS + ("all",):
        n = sum(r["verdict"][k] for r in out)
        nr = sum(r["verdict"][k] for r in real)
        print(f"| {k} | {n}/60 | {100*n/60:.1f}% | {nr}/{len(real)} | {100*nr/len(real):.1f}% |")

if __name__ == "__main__":
    main()
