"""Write events-a.jsonl from the judge's verdicts below (judge a, round 100).
Each entry: n -> (event, type, source, target, date, modality, reasons)."""
import json
T, F = True, False
V = {
 1: (T,T,T,F,T,T, "Cem's resignation is a RETREAT (resign) by Cem (TUR); the 'new party' he is founding is not the party acted upon: target should be empty (or the Turkish government he left). No date in the text for this background resignation, so unknown is right."),
 2: (T,T,T,T,F,T, "Offer to mediate between Moscow and Kyiv is AGREE (CAMEO 039) Lula (BRA) -> Russia, Ukraine. 'Has proposed' is a background proposal made before this trip, not the day's news: date should be none (undated), not the document date."),
 3: (T,T,T,T,T,T, "SUPPORT Plenkovic (HRV) -> Milanovic (HRV), reported as this news with no date of its own, so the document date is right."),
 4: (T,T,T,T,T,T, "Refusing to recognise the results coded as negated SUPPORT (the convention's 'REJECT asserted or X negated' reading); Costa Junior (AGO) right (his GOV sector is off but only party and country are scored); the sentence names no party, only 'these results', so empty target is right; said as this news, document date right."),
 5: (T,T,T,T,T,T, "Jammeh's 1994 coup coded ASSAULT as armed forces seizing power (by the convention on armed seizures); the ousted government is not named in the sentence, so empty target is right; date 1994 right."),
 6: (T,T,T,T,F,T, "ASSAULT Sudanese army -> JEM rebels right, attribution keeps it asserted. The text dates the assault on Omdurman to Saturday ('Saturday's assault', gunfire died down by Saturday night): date should be 2008-05-10, not the Sunday document date."),
 7: (T,T,T,T,T,T, "Mutual AGREE Yeltsin (RUS) / Kuchma (UKR) to divide the fleet, on Friday 1995-06-09: all right."),
 8: (T,T,T,T,T,T, "Announced future resignation: RETREAT resign with future modality as the convention's 'is to step down' example gives (PLOVER itself would put a promised resignation under CONCEDE); source Chavalit (THA) right, no target, the resignation itself has no date, so unknown is right."),
 9: (F,F,F,F,F,F, "Spurious: presenting a policy document is a public statement (CAMEO 01, no PLOVER event), not a consultation; the sentence's codable act is Hamas refusing to recognise Israel (REJECT Hamas -> ISR), a different act that was not coded."),
 10: (T,T,T,F,T,T, "Past, unattributed condemnation of Hamas's charter is an ACCUSE with no named source (empty right) and no date (right); but the condemned language is Hamas's, and 'the group' in the sentence refers to it: target should be Hamas (PSE), not empty."),
 11: (T,T,T,T,F,T, "CONCEDE by Pashinyan (ARM) with no target named in the sentence is acceptable, and 'critics say' is attribution, so asserted is right; but the concessions are a summary of acts over 2023-25, not an act on the dateline day: date should be none, not 2025-06-25."),
 12: (T,T,T,T,T,T, "ACCUSE army spokesmen (MMR) -> Union Election Commission (MMR); repeated accusations over a span have no single date, unknown is right."),
 13: (T,T,T,T,T,T, "REQUEST BJP (IND) -> Indian government to suspend the dialogue, said as this news: all right."),
 14: (T,T,T,T,T,T, "REQUEST by Wickremesinghe (LKA) for the election to go ahead; no addressee named, empty target right; reported as this news, document date right."),
 15: (T,T,T,T,T,T, "Summoning the ambassador to protest is ACCUSE (CAMEO 114) Kono (JPN) -> Nam Gwan-pyo (KOR); no date of its own, document date right."),
 16: (T,T,T,T,T,T, "Lifting a flight ban is RETREAT (CAMEO 085 ease sanctions) Putin (RUS) -> Georgia (GEO); 'last week' from the 19 May dateline is 2023-W19, right."),
 17: (T,T,T,T,T,T, "ACCUSE Pastrana (COL) -> FARC (COL), statement reported as this news: all right."),
 18: (T,T,T,T,T,T, "'Is to step down' is RETREAT resign, future, as the convention gives; Larayedh stands for his government (TUN); the future act has no date, so unknown is right."),
 19: (T,T,T,T,T,T, "IMF approving a loan coded AID (CAMEO 071, credit), June 2013 right; Tunisia is not named in the sentence, so empty target is right. (Arguable as AGREE since payments were delayed; accepted.)"),
 20: (T,T,F,T,T,T, "REQUEST (demand release and police withdrawal) right, with the Kosovo government (Kurti) as target and an ongoing demand on the document date. But 'they' are Serbs in northern Kosovo: source country should be Kosovo (XKX), not Serbia."),
 21: (T,T,T,T,T,T, "Background ACCUSE Russian deputies (RUS) -> Kiev (UKR) with no date in the text; unknown is right."),
 22: (T,T,T,T,F,T, "Future multilateral CONSULT among the five BRICS states is right, but the text dates 'the summit' as Aug. 22-24 (2023): date should be 2023-08-22/24, not unknown."),
 23: (T,T,T,T,T,T, "REQUEST United States -> all sides in Montenegro to refrain from violence, reaction reported as this news: all right; not a duplicate of the 'welcomed' event."),
 24: (T,T,T,T,F,T, "Morales (BOL) urging his followers (BOL) is a REQUEST, but it was made before Sunday's vote: a background act given the document date; date should be none (before the 2004-07-18 vote)."),
 25: (T,T,T,F,T,T, "An ongoing investigation of fraud allegations (ACCUSE investigate, unnamed investigators, document date) is right, but the allegations are against Capriles and the opposition figures named in the sentence: target should be Capriles et al. (VEN), not empty."),
 26: (T,T,T,T,T,T, "ACCUSE Conservatives (GBR) -> British government, reaction reported as this news: all right."),
 27: (T,T,T,T,T,T, "REQUEST by Iranian conservative politicians for a quick trial; the party asked (the judiciary) is not named, so empty target is right; Tuesday = document date."),
 28: (T,F,T,F,T,T, "A safety warning not to travel is not a coercive threat: type should be REQUEST (advise not to go). 'her' is Ingrid Betancourt, whose trip it was: target should be Betancourt (COL), not Clara Rojas. Source army (COL), unknown date and modality right."),
 29: (T,T,T,T,T,T, "Order is REQUEST Khamenei (IRN) -> Guardian Council (IRN), 'on Tuesday' = 2004-01-13: all right."),
 30: (T,T,T,T,T,T, "SUPPORT by South Korea and Japan; the parties to the agreement are not named in the sentence, so empty target is right; reaction reported as this news."),
 31: (T,T,T,T,T,T, "ACCUSE Saakashvili (GEO) -> Russia on Sunday 2006-01-22: all right."),
 32: (T,T,T,T,T,T, "SUPPORT Krivokapic (MNE) -> Montenegrin police, reaction reported as this news: all right."),
 33: (T,T,T,F,T,T, "'Will not accept a veto' as negated AGREE is accepted as the convention's equivalent of REJECT, with Barroso (EU) as source; but the sentence makes Moscow the referent ('a clear reference to Moscow'): target should be Russia (RUS), not empty."),
 34: (T,T,T,F,T,T, "ACCUSE Sudan on Sunday right, but 'its neighbour' in the same sentence is Chad: target should be Chad (TCD), not empty."),
 35: (F,F,F,F,F,F, "Spurious: 'destroyed the Soviet Union' is a figurative political charge (dissolving the state) in an impeachment count, not a physical ASSAULT; even as an event it would be reported and dated 1991."),
 36: (T,T,T,T,T,T, "SUPPORT Libyan officials (LBY); 'the move' is an act, not a party, so empty target is right; reaction reported as this news."),
 37: (T,T,F,T,F,T, "ACCUSE of rigging against the authorities (JOR) is right, but the source adds 'Jordan' (the state), which accused no one: source should be the Islamic Action Front alone. The accusation followed the November 2007 vote: a background act, date should be 2007-11 (or none), not the document date."),
 38: (T,T,T,T,F,T, "ACCUSE Turchinov (UKR) -> Russia (whose support he denounces) right, but this reaction is reported as the day's news: date should be the document date 2014-05-12, not unknown."),
 39: (T,T,T,T,T,T, "ACCUSE Saakashvili -> Moscow in the same Sunday address, 2006-01-22; a separate sentence, so not a duplicate by the convention."),
 40: (T,T,T,T,T,T, "ASSAULT abduct by unknown attackers (empty source) on Estemirova (RUS), 'last month' = 2009-07: all right."),
 41: (T,T,F,T,T,T, "REQUEST for fresh elections is right, but the source is Bulatovic's supporters (MNE), not the riot police."),
 42: (T,T,T,F,T,T, "SUPPORT (restore ties / reopen embassy) by Cuba on 2015-07-20 right, but the target adds Cuba's own embassy: target should be the United States (USA) alone."),
 43: (T,T,T,T,T,T, "ASSAULT crowd-control Montenegrin police -> protesters in Cetinje on Sunday 2021-09-05: all right."),
 44: (T,T,F,F,F,T, "ACCUSE by rights groups, but the text gives no country for them: source code should be empty, not MMR; the criticism is of the commission's cancellation: target should be the Union Election Commission (MMR); 2020-11-08 is the date of the vote, not of the criticism, which has no date in the text (should be none)."),
 45: (T,T,T,T,F,T, "Negated CONSULT visit Putin (RUS) -> South Africa right, but the text gives the time of the trip that will not happen, next month's Aug. 22-24 summit: date should be 2023-08 (Aug 22-24), not unknown."),
 46: (F,F,F,F,F,F, "Spurious: 'Kim Jong Un may be willing to engage' is the writer's reading of the agreement, not an act; the sentence's act is North Korea agreeing to the moratorium (AGREE PRK -> USA, asserted, 2012-02-29), which this event does not code."),
 47: (T,T,T,F,T,T, "COERCE arrest by Armenian security forces on Wednesday 2025-06-25 right, but the target adds Pashinyan, who was not arrested: target should be Galstanyan (ARM) alone."),
 48: (T,T,T,T,T,T, "REQUEST Costa Junior (AGO) -> supporters (AGO), reported as this news: all right."),
 49: (T,T,F,F,F,T, "Indictment is ACCUSE, but the roles are reversed: source should be the U.N. war crimes tribunal (ICTY), target Mladic and Karadzic (Bosnian Serbs, BIH). The indictments are background acts of an earlier time: date should be none, not the document date."),
 50: (T,T,T,T,T,T, "Dismissal of the prime minister coded SANCTION expel; the dismissing party is not named (state media only report it), so empty source is right; Hijab (SYR) target, reported as Monday's news: all right."),
}
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-a.jsonl', 'w') as f:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = dict(event=ev, type=ty, source=so, target=ta, date=da, modality=mo)
        v['all'] = all(v.values())
        out = dict(it); out['verdict'] = v; out['reasons'] = why
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print('written')
