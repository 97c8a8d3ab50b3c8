"""Write events-b.jsonl from the judge's per-item calls (wrong fields + reasons) below."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
SPUR = "spurious"
# n -> (wrong fields, or SPUR; reasons)
J = {
 1: ([], "Hailemariam's resignation (noun phrase) is a reported RETREAT resign of the Ethiopian PM; the story dates it to February 2018 (\"who resigned in February\"), so 2018-02 is right; no target needed."),
 2: ([], "Washington urged Ankara to show restraint: REQUEST USA -> TUR government, reported as this news (present perfect), document date right."),
 3: (["source"], "SUPPORT for 'the move' is right and an empty target is right (the sentence names no party; Argentina's government would also do); but the source's country should be Argentina (ARG): the provincial governors revoking Repsol's drilling concessions in this Buenos Aires story are plainly Argentine governors, not code-less."),
 4: ([], "Indonesia's government welcomed the arrest: SUPPORT; Thailand, which made the arrest (named in the lead), is clearly the party whose act is approved, so the target is acceptable; document date right."),
 5: (["target"], "ASSAULT by NATO warplanes on Wednesday 1995-08-30 is right, but the target should be the Bosnian Serb forces (Bosnian Serb military targets; BIH, Serb side), not the state of Bosnia and Herzegovina, whose government NATO was defending."),
 6: (["date"], "SANCTION convict by the Bangladeshi court, target 'second person' = Sayedee (BGD) is acceptable; but the sentencing is this story's news, dated in the lead to Thursday, so the date should be 2013-02-28, not unknown."),
 7: ([], "Police shot dead the gunman Rezgui during Friday's attack (\"after about half an hour\"): ASSAULT Tunisian police -> Rezgui, 2015-06-26, all right."),
 8: ([], "The Philippines lodged a formal protest with China on Thursday: ACCUSE (official complaint) PHL -> CHN, 1995-02-09, all right."),
 9: (["date"], "RETREAT resign by Oli is right (the one event for the resignation in this sentence), but the sentence dates it 'on Tuesday', so the date should be 2025-09-09, not the document's Wednesday 2025-09-10."),
 10: ([], "Netanyahu's office said Israel would send a delegation to Cairo to continue talks: a future CONSULT (the conventions code 'will meet' as future), Israel -> Egypt as host; undated future act, so no date is right."),
 11: (["date"], "REJECT (refused to step down) by Lukashenko with no named target is right, but '1994' is when he took power, not the refusal; the refusal is still going on and should take the document date 2020-09-08."),
 12: ([], "Five Thai security-force members killed in Wednesday's fighting: ASSAULT, no attacker named in the sentence (empty source right), target Thai security forces, 2004-04-28, all right."),
 13: (["target"], "ASSAULT killing five on Tuesday 2025-09-09 with no named attacker is right, but the five killed are Hamas members ('its' = Hamas), so the target's country should be Palestinian (PSE), not Qatar."),
 14: ([], "The Ethiopian government declared a state of emergency in February: COERCE (martial-law mode) ETH government, 2018-02, all right."),
 15: ([], "Russian foreign ministry officials called for dialogue: REQUEST by Russia, no party named as addressee (empty target right), document date for this news, all right."),
 16: ([], "The officer noted Philippine fishermen had been detained by Chinese boats in January: COERCE arrest China -> Philippine fishermen (PHL), 1995-01; attribution keeps it asserted; all right."),
 17: ([], "Paramilitary border guards were deployed in several towns (Friday, the document date): MOBILIZE by Bangladeshi border guards, all right."),
 18: ([], "Kawaguchi: 'We strongly request the Chinese side to hand the five people over': REQUEST Japanese FM -> China, document date (Friday), all right."),
 19: (["date"], "ASSAULT Russia -> Dudayev is right, but 'on Wednesday' is when his aides said it; the next sentence dates the strike to Sunday night, so the date should be 1996-04-21."),
 20: (["date"], "ASSAULT Israel -> U.N. base is right, but the sentence dates the shelling to 1996 ('a 1996 Israeli shelling'); 2006-07-12 (start of the 2006 war) is wrong; date should be 1996."),
 21: (["target"], "ACCUSE disapprove by Obama on Friday 2014-12-19 is right, but he criticised 'the studio' for pulling the film, so the target should be Sony Pictures (no country code / USA), not Kim Jong Un, who is only the subject of the comedy."),
 22: (["date"], "PROTEST aimed at Judge Tarek Bitar (an authority, so a right target; the caller is unnamed so empty source is right; the mode should be demo, not strike), but the protest march was on Thursday per the lead, so the date should be 2021-10-14, not 2021-10-15."),
 23: ([], "Israeli agents tried to kill Meshaal two years before 1999: ASSAULT (attempted assassination) ISR -> Meshaal (Hamas, PSE), 1997, asserted; all right."),
 24: (["target"], "ASSAULT by Turkey launched on Jan. 20 (2018-01-20) is right, but the target should be the YPG Kurdish militia (SYR), named in the sentence, not 'Operation Olive Branch', which is the name of Turkey's own operation."),
 25: ([], "France and Germany urged Iran to free the vessel: REQUEST FRA, DEU -> IRN, document date, all right."),
 26: ([], "Greece and Turkey pledged to settle differences through dialogue: a mutual AGREE on Thursday 2023-12-07, distinct in type from the signing (SUPPORT) coded from the same sentence; all right."),
 27: (["target"], "CONCEDE by Masisi (the 'I') on Friday is right, but the sentence names no party he concedes to, so the target should be empty (or the winning UDC / Duma Boko, BWA), not the country Botswana."),
 28: ([], "Rights groups said thousands of Afghans had been detained in recent weeks: COERCE arrest, detainer not named (empty source right), target Afghans (AFG); a vague span with no date is right; asserted with reported_by."),
 29: ([], "Serra thanked the 40 million people who voted for him: SUPPORT (praise) Serra -> Brazilian voters; the text gives no date for it, so the document date is right; all right (a marginal but codable praise)."),
 30: (["date"], "ASSAULT gunmen -> Hezbollah and Amal supporters is right, but the sentence dates the march and the firing 'on Thursday', so the date should be 2021-10-14, not the document date 2021-10-15."),
 31: ([], "Opposition leaders welcomed Abiy's speech: SUPPORT by Ethiopian opposition leaders; the sentence names no party (only 'the speech'), so an empty target is right (Abiy would also be); document date right."),
 32: (["date"], "ACCUSE disapprove (condemned the violence) by Geagea with no named target is right, but the text gives no date for his statement, so by the rule it takes the document date 2021-10-15; 2021-10-14 is carried over from Thursday's shooting (likely close in fact, but not given)."),
 33: ([], "Hun Sen said he would step down: RETREAT resign with future modality (the conventions' 'is to step down' case), undated future act so no date is right; all right (PLOVER's codebook would put the promise under a separate type, but the conventions accept future RETREAT)."),
 34: ([], "Erdogan and Mitsotakis signed about 15 agreements: SUPPORT (sign agreement), mutual, Thursday 2023-12-07, all right."),
 35: ([], "Kyiv and Moscow blamed each other for the shelling: mutual ACCUSE UKR <-> RUS, 2022-09-01, all right."),
 36: ([], "Gaidar demanded that the Duma condemn Makashov's remarks: REQUEST Gaidar -> State Duma (RUS), document date, all right."),
 37: ([], "Yushchenko has accused the authorities of trying to kill him: ACCUSE allege Yushchenko -> Ukrainian authorities; an ongoing accusation (present perfect) takes the document date; all right."),
 38: ([], "Police deployed tens of thousands of officers across Seoul on the ruling day: MOBILIZE by South Korean police, 2025-04-04, all right (the detention is coded separately)."),
 39: ([], "Putin invited Nikolic to visit Moscow: AGREE (invitation, per the PLOVER codebook) RUS -> SRB, document date, all right."),
 40: (["target"], "REJECT by Tehran over the weekend (2005-W31 weekend = Aug 6-7, right) is right, but the proposal was the European trio's, so the target should be Britain, France and Germany (GBR/FRA/DEU, the EU3) or empty, not Iran itself."),
 41: ([], "Gunmen fired on fleeing worshippers at the al-Rawda mosque during Friday prayers: ASSAULT firearms, gunmen (country not given) -> Egyptian worshippers, 2017-11-24, all right."),
 42: ([], "Russia has opposed any use of force: REJECT by Russia (ongoing stance, document date), no party named as target so empty is right; all right (ACCUSE disapprove would also be defensible)."),
 43: ([], "The Security Council did not condemn Israel by name: negated ACCUSE UNSC -> Israel; no date in the text so the document date is right; all right."),
 44: ([], "U.S. officials have been pressing Islamabad: REQUEST USA -> Pakistan government, ongoing so document date; all right."),
 45: ([], "Washington has long pressed Saleh to crack down: REQUEST USA -> Saleh (YEM), ongoing so document date; all right."),
 46: ([], "The border guard service said Kolesnikova had been detained: COERCE arrest -> Kolesnikova (BLR); the detainer is not named so empty source is right; Tuesday 2020-09-08; asserted with reported_by; all right."),
 47: (["source"], "Summoning Argentina's ambassador is an official complaint (ACCUSE) with the right target and document date, but the source's country is wrong: Garcia-Margallo is Spain's foreign minister, so the source should be ESP, not ARG."),
 48: (["target"], "A negated REJECT by Min Aung Hlaing at Saturday's summit (2021-04-24) is right, but the proposals were the ASEAN leaders', so the target should be ASEAN (its leaders; no country code) or empty, not Myanmar."),
 49: (SPUR, "Spurious: officials 'blamed' the low turnout on a confusing ballot and fear of violence, an explanation of causes, not an accusation against any political actor (trigger in another sense)."),
 50: ([], "Forces under Praljak destroyed the Old Bridge in Mostar in 1993: ASSAULT destroy, Bosnian Croat forces (BIH) -> the bridge in Bosnia (BIH), 1993, all right."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(J) == set(range(1, 51))
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, why = J[it["n"]]
        if wrong == SPUR:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
