"""Write events-a.jsonl from the judge's verdicts below (judge a, round 143).
Each entry: n -> (event, type, source, target, date, modality, reasons)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
T, F = True, False
V = {
 1: (T, T, T, T, T, T, "CONSULT visit by the leaders of France, Germany and Italy to Kyiv (host Ukraine) on Thursday 2022-06-16; all fields right (e3 'visit' in the same sentence is the duplicate, not this one)."),
 2: (F, F, F, F, F, F, "Spurious: taking up a post in October is no PLOVER act and nothing is mobilised; the source Jacob Zuma is also not the person (Dlamini-Zuma)."),
 3: (T, F, T, T, T, T, "NATO backing the rebels with air strikes is material military support: type should be AID (military assistance), not SUPPORT, which PLOVER keeps for verbal support; actors, ongoing date and modality right."),
 4: (T, T, T, T, F, T, "The alleged help (AID, reported inside Hamas's accusation; COOPERATE intelligence would also do) is right in type, actors and modality, but it happened before Thursday's raid: date should be undated (earlier than 1998-09-10), not the document date 1998-09-11."),
 5: (F, F, F, F, F, F, "Spurious duplicate: 'what it called a cowardly attack' is part of the one statement already coded as e1 (Abbas's office holding Hamas responsible, ACCUSE); a coder codes the sentence's accusation once."),
 6: (T, T, T, T, T, T, "PROTEST by students that began Monday 2007-08-20 against the soldiers (Bangladesh army) after the scuffle; the target (the soldiers, BGD) is right under the authorities rule. The protesters are not named as such in the sentence, so the empty source is accepted (a coder would write students, BGD)."),
 7: (F, F, F, F, F, F, "Spurious: receiving Nobel prize money is not aid between political actors; no PLOVER act."),
 8: (T, F, T, T, T, T, "Opening the border to migrants 'to pressure Europe' is coercion, not a concession: type should be COERCE (RETREAT access is for letting aid, observers or peacekeepers in); Turkey -> Greece (border with Greece, aimed at Europe) and 2020-W09 ('last week') are right."),
 9: (T, T, T, T, T, T, "Bouteflika's resignation, RETREAT resign, dated 2019-04-02 as the text gives; all right."),
 10: (T, T, F, T, T, T, "The speaker is the government of President Pastrana: source should be the Colombian government (COL), not the FARC; REQUEST to prosecutors (COL), future, undated, is right."),
 11: (T, T, F, F, T, T, "ACCUSE by Cuba's foreign ministry against the Bush administration: source should carry CUB (code empty), and the target's code should be USA, not CUB; type, date (document date for this news) and modality right."),
 12: (T, T, T, T, T, T, "Summoning Iran's ambassador with a note of protest is an official complaint (ACCUSE), Azerbaijan -> Iran's ambassador (IRN) on Tuesday 2001-07-24 (the lead's 'lodged a sharp protest ... on Tuesday'); all right."),
 13: (T, T, T, T, T, T, "ECOWAS condemned the prison attack (ACCUSE); the attackers are not named in the sentence, so the empty target is right; 2023-11-04 (Saturday) right."),
 14: (T, T, T, F, T, T, "ACCUSE investigate by Lithuanian prosecutors is right, but the sentence names the party investigated, the pilot who will be questioned: target should be the Russian pilot (RUS/MIL), not empty."),
 15: (T, T, T, T, T, T, "Opposition politicians (NGA) accuse the Nigerian government; document date for this news; all right (the GOV sector for opposition is not scored)."),
 16: (T, T, F, T, F, T, "The accuser is Embalo: source should be Umaro Sissoco Embalo (GNB), not his rival Pereira; the date should be the document date 2020-02-28 (the statement is this news), not 2019-12-29, the run-off date."),
 17: (T, T, T, T, T, T, "A minister's resignation (BRA) in Thursday's fallout; 2017-05-18 follows the story's Thursday narrative and is accepted (the document date would also do); all right."),
 18: (T, T, T, T, F, T, "COERCE arrest by Mali's army of 51 fighters is right, but the arrests were made in the Moura operation of March 27-31 (per the report), before the army's April 1 statement: date should be 2022-03 (late March), not 2022-04-01."),
 19: (T, T, T, T, T, T, "Mutual CONSULT between Belgrade and Pristina, 'last month' = 2011-03; all right."),
 20: (T, T, T, T, T, T, "The Democrats' call to supporters to boycott is a REQUEST (ALB -> ALB); an earlier undated act left undated is right."),
 21: (T, T, T, F, T, T, "Dodon criticised the participation of Moldovan soldiers in exercises: target should be the Moldovan government / soldiers (MDA), not NATO; the standing criticism ('has criticised') takes the document date, accepted."),
 22: (T, T, T, T, T, T, "ASSAULT by gunmen on Younes, announced late Thursday; 2011-07-28 is right (the attack preceded Thursday's news conference); all right."),
 23: (T, T, T, T, F, T, "The 1915 killings of Armenians (ASSAULT, perpetrator not in the sentence) are right, but the text dates them: date should be 1915 / World War One (the lead says 1915), not undated."),
 24: (T, T, T, T, T, T, "The LTTE pulling out of the talks is halting negotiations (SANCTION, CAMEO 164) dated 2003-04; the government is not named in the sentence, so the empty target is right."),
 25: (T, T, T, T, T, T, "Repeated earlier resignations of Sheikh Nasser, undated, are right undated; the parliament as target (he resigned rather than face its grillings) is accepted, though I would leave it empty."),
 26: (T, T, T, T, T, T, "White House rebukes Sharon on Friday 2001-10-05; all right."),
 27: (T, T, T, T, T, T, "India's non-recognition of the Taliban government, SUPPORT (recognition) negated, a standing state at the document date; all right."),
 28: (T, T, T, T, T, T, "Rival Afghan factions sign the Bonn agreement on Wednesday 2001-12-05 (SUPPORT sign); reciprocal, so no target; all right."),
 29: (T, T, F, T, T, T, "Emsis says his government will not bow to outside pressure: the source should be the Latvian government (LVA), not Russia; CONCEDE negated (or REJECT asserted), empty target for unnamed 'pressure from outside' and document date are right."),
 30: (T, T, T, F, T, T, "Britain's intent to recognise is right in type, modality and date, but the party to be recognised is the rebels' council: target should be the National Transitional Council (LBY/REB), not 'Libya's government'."),
 31: (T, T, T, T, F, T, "Nano's resignation is right, but 1998-10 is the month Majko took office; the text ties the resignation to the unrest that began in September: date should be 1998-09 (or undated 1998), before Majko took office."),
 32: (T, T, T, T, T, T, "Algeria accuses Rabat (MAR); the ongoing dispute ('has ... accused') takes the document date; all right."),
 33: (F, F, F, F, F, F, "Spurious: 'until a successor is named and approved by parliament' is a future procedural condition with no act and no party approved; a coder would not code it (at most future modality, undated)."),
 34: (T, T, T, T, T, T, "The HDP (named 'DEM Party', its later successor's name; same pro-Kurdish party, TUR) accuses Erdogan; the ongoing campaign charge takes the document date; all right."),
 35: (T, T, T, T, T, T, "Exiled opposition groups dismissing the king's changes: REJECT accepted (ACCUSE disapprove would also fit); the king is not named in the sentence, so no target is right; document date right."),
 36: (T, T, T, T, T, T, "Alvarez resigned on Friday 2000-10-06; all right."),
 37: (T, T, T, T, T, T, "Hashimoto's talks with Jiang and Li (CONSULT) during the trip reported as this news, document date, no day given; all right."),
 38: (T, T, T, F, T, T, "The mass protests forced Karami's government to resign, so they were aimed at it: target should be the Karami government (LBN), not empty; unnamed protesters as empty source accepted; 2005-W09 right."),
 39: (T, T, T, T, F, T, "Jahjaga's promise (AGREE) is right, but she made it to lawmakers right after taking the oath on the day of her election: date should be Thursday 2011-04-07, not the document date 2011-04-08."),
 40: (T, T, T, F, F, T, "Slovenia opposed military action (REJECT accepted): the UN is only the mandate it asks for, not the party opposed, so the target should be empty (the U.S.-led action is not named in the sentence); date should be 2003-W12 ('said last week'), not undated."),
 41: (T, T, F, T, F, T, "The accuser is the murdered lawyer: source should be Rodrigo Rosenberg (GTM), not Colom (the target 'president' = Colom is right); the accusation was recorded before his death on Sunday, so the date should be undated (before 2009-05-10), not 2009-05-13."),
 42: (T, T, T, T, T, T, "Israeli officials dismiss Arafat's statement (REJECT); 'the statement' names no party, so no target is right (a coder might write the PA); all right."),
 43: (T, T, T, T, T, T, "Mandelson (EU) blames Washington (ACCUSE); document date for this news; all right."),
 44: (T, T, F, T, T, T, "The stray bomb is one of the U.S. warplanes' bombs named in the same sentence: source should be the U.S. warplanes (USA/MIL), not empty; target, Wednesday date and modality right."),
 45: (T, T, T, F, T, T, "The offensive to retake the rebel stronghold is aimed at the rebels: target should be the Syrian rebels (SYR/REB), not Assad, who is the offensive's side; source, December 2019 and modality right."),
 46: (T, T, T, T, T, T, "Pakistan urges India to respect human rights in Kashmir (REQUEST), Saturday 2013-02-09; all right."),
 47: (T, T, T, F, T, T, "What was banned is the Welfare Party: target should be the Welfare Party (TUR), and Erbakan, its leader, is coded DEU, not TUR; 1998 ('last year') and the empty source are right."),
 48: (T, T, T, T, T, T, "Cardoso asked the federal police to send investigators (REQUEST/order, BRA -> BRA); document date for this news; all right."),
 49: (F, F, F, F, F, F, "Spurious: 'He freed us' is a vendor's metaphor for Mugabe's liberation struggle, not a release of captives; and Kenyatta is not the speaker."),
 50: (T, T, T, T, T, T, "Gusmao's promise to speed up the gas fields' development (AGREE, no counterpart named) on the day of the results; accepted as an event; all right."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    e, t, s, g, d, m, why = V[it["n"]]
    if not e:
        t = s = g = d = m = False
    v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
    v["all"] = all(v.values())
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = why
    out.append(rec)
with open(HERE / "events-a.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
fields = ["event", "type", "source", "target", "date", "modality", "all"]
print({k: sum(r["verdict"][k] for r in out) for k in fields})
