"""Write events-d.jsonl from the judge's per-item verdicts (fields judged false are listed; the rest are true)."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "SPURIOUS"
# n -> (fields judged false, or SPURIOUS; reasons)
V = {
 1: ([], "Arab leaders' communique urging states to halt normalisation with Israel is a REQUEST; multinational leaders and unnamed 'states' rightly carry no country; news of the 28 March summit close."),
 2: ([], "Kirchner's camp accusing Menem is ACCUSE; Kirchner stands for his camp (ARG); the text gives no day, so the document date is right by the rule."),
 3: ([], "Trovoada urging residents to stay calm is a REQUEST to Sao Tome residents (STP); undated statement of this news, document date right by the rule (the Friday of the government statement is only inferable)."),
 4: ([], "Rajoelina denouncing an 'illegal attempt to seize power' is ACCUSE; the sentence names no party behind the attempt, so the empty target is right; the pluperfect act before the vote has no day in the text, so no date is right."),
 5: ([], "Cisse's team saying it will file complaints with the Constitutional Court is ACCUSE (sue) in the future; the court is the forum, not the target, and no other party is named; a future act with no date is rightly undated."),
 6: ([], "Maduro calling on Venezuelans to join the militia is a REQUEST (MOBILIZE would also be defensible) to Venezuelans (VEN); present-perfect act with no date given, document date accepted."),
 7: ([], "Abbas thanking France is SUPPORT PSE->FRA, on Monday 22 September, the day of the conference."),
 8: ([], "Two other opposition leaders backing the legal challenge is SUPPORT (ZMB); 'the legal challenge' is an act, not a party, so the empty target is right by the rule (a coder would name Mazoka's UPND)."),
 9: (["date"], "REQUEST by the Koutla opposition parties to their supporters is right, but urging a yes vote came before Friday's 13 September referendum; the document date (14th, after the vote) is wrong: the text gives no day, so no date."),
 10: (["date"], "Russia deporting Georgian migrants is COERCE deport RUS->GEO, but it is a background act after the September detentions, not of 13 November; date should be empty (autumn 2006, no day given)."),
 11: ([], "Fico threatening to cut electricity to Ukraine is THREATEN SVK->UKR; present-perfect threat with no date in the text, document date accepted by the rule."),
 12: ([], "Diakite opening fire on Camara is ASSAULT firearms GIN->GIN on Thursday evening 3 December, reported by the junta."),
 13: (["target"], "Army detaining the civilian leader on 1 February is COERCE arrest, but the target is named 'Aung San' (her father, a different person); it should be Aung San Suu Kyi (MMR)."),
 14: ([], "Compaore proposing a transitional body is an offer, AGREE; the Guinean parties it is put to are not named in the sentence, so the empty target is right; present-perfect, document date accepted."),
 15: (["source"], "ASSAULT firearms on Monday 22 December on displaced villagers (MEX) is right, but the attackers are a paramilitary band linked to Mexico's ruling PRI in Chiapas, so their country is plain: source should carry MEX, not none."),
 16: (["target"], "Argentina invading in April 1982 is ASSAULT, but 'the islands' in the sentence is the Falkland Islands, the invaded party: target should be the Falklands (FLK, British-held), not empty."),
 17: (["date"], "At least 22 killed (MDG) is ASSAULT with no named perpetrator, but it is a toll summed over the early days of the unrest: no date, not the day 2025-09-25 the unrest began."),
 18: (["type"], "The High Constitutional Court 'inviting' Randrianirina to exercise the functions of head of state is a ruling endorsing him, SUPPORT (approve actor/action), not AGREE (no offer of cooperation); parties and date (Tuesday 14 October) right."),
 19: (["target"], "Vucic (for Serbia) urging Serbs in Kosovo not to respond is a REQUEST on 16 January, but the Serbs are those in Kosovo: target country should be XKX, not SRB."),
 20: (["target"], "Ivanovic shot dead on Tuesday 16 January is ASSAULT firearms with no named gunman, but the target list adds 'Kosovo', which was not attacked; target should be Ivanovic (XKX) alone."),
 21: (["source", "target"], "'It' is the summit's final resolution, so the source should be the Arab League-OIC summit (no single country), not the International Criminal Court; the request names no addressee (the siege is Israel's), so target should be empty, not Palestine, the beneficiary."),
 22: (["target"], "Israel refusing to deal with Hamas is REJECT, ongoing (document date right), but the target list adds the United States and the EU, who are only fellow labellers; target should be Hamas (PSE) alone."),
 23: (["target", "date"], "Boycotting the king's 1992 constitutional changes is PROTEST boycott by the Koutla parties (Istiqlal, one of them, accepted as source), but the sentence names the king: target should be King Hassan (MAR), and date should be 1992, which the text gives."),
 24: (["target", "modality"], "The four states' accusation is ACCUSE on 5 June, but 'it' accused is Qatar: target should be Qatar (QAT), not Iran; the accusation itself is asserted (only its content is a claim), not reported."),
 25: (["source", "target", "date", "modality"], "The release is only the condition Washington will judge the junta by: RETREAT release by the Myanmar junta (MMR), not the U.S., of Myanmar's political prisoners (MMR, not JPN), hypothetical, with no date."),
 26: ([], "Several guards (GIN) killed in the exchange is ASSAULT with no named killer, Thursday 3 December; a separate act from the shooting of Camara (other victims, other sentence)."),
 27: ([], "Japan and the Philippines signing the access agreement on Monday 8 July is SUPPORT (sign), mutual."),
 28: (SPURIOUS, "Duplicate: the firing on crowds is the same act as the killing of the demonstrators already coded from this sentence (e5 'killed', ASSAULT security forces -> demonstrators)."),
 29: (["target"], "Saakashvili calling the referendum a farce staged from Moscow is ACCUSE, but Kokoity is not named or referred to in the sentence; the party accused is Russia ('Moscow', RUS) or the separatists, not Kokoity."),
 30: (["source", "target"], "The investigation is ACCUSE investigate, ongoing (document date right), but its source is the U.N. commission of inquiry (UN, IGO), not Guinea, and the sentence names its object: officers under scrutiny including Diakite (GIN), not empty."),
 31: (["date"], "Chen jailed is COERCE arrest (CHN, jailer unnamed), but he was jailed for four years before his 2010 release, a background act: no date (before 2010), not the document date."),
 32: (["source", "target"], "The pledge is AGREE on Monday 16 September, but it is Bucharest's: source should be Romania (ROU) alone, and target the ethnic Hungarian minority (ROU) or Hungary, not Hungary and Romania both ways."),
 33: ([], "The Sri Lankan government rejecting the U.N. panel's figures is REJECT, ongoing (present tense, document date right); 'the figures' is no party, so the empty target is right by the rule."),
 34: ([], "Armed men attacking the army headquarters overnight (early Friday 25 November) is ASSAULT on the army (STP); attackers of unstated country rightly uncoded."),
 35: (["source", "target"], "Adamkus congratulating Grybauskaite is SUPPORT, but Adamkus is Lithuania's outgoing president (LTU, not USA) and she is congratulated as Lithuania's president-elect (LTU, not EUR)."),
 36: (SPURIOUS, "'to defend the country' is the purpose of Maduro's call to join the militia, not an act of verbal support toward the United States; no event."),
 37: ([], "Vajpayee defending his party (BJP, IND) against charges is SUPPORT (defend verbally) in Tuesday's farewell speech, the document date."),
 38: (["date"], "The Angolan bus driver (AGO) killed is ASSAULT with no named killer, but he was killed at the scene of Friday's ambush: date should be 2010-01-08, not the Saturday document date."),
 39: (["type"], "The National Assembly voting to impeach Rajoelina for desertion of duty is a formal charge against him, ACCUSE (allege), not SUPPORT; parties and date (Tuesday 14 October) right."),
 40: ([], "Israeli troops withdrawing from Jenin and handing control to Palestinian police is RETREAT withdraw ISR->PSE on Monday 13 November."),
 41: ([], "The army seizing power on 1 February is coded as an armed takeover, ASSAULT (by the seizure convention; COERCE would also be defensible); the sentence names no target for the seizure itself, so empty is right."),
 42: ([], "Arzu condemning the murder is ACCUSE disapprove with no named killer (empty target right); undated statement of this news, document date right."),
 43: ([], "Clinton urging all sides in Egypt to show restraint is REQUEST USA->EGY; undated, document date right by the rule."),
 44: (["target"], "The State Department pulling its personnel out is RETREAT withdraw (in progress), but its own personnel are what it withdraws, not the target; target should be empty (or Syria, SYR, from the previous sentences)."),
 45: (["target"], "Munter thanking the families is SUPPORT on Wednesday 16 March, but they are the families of the two Pakistani victims: target country should be PAK, not USA."),
 46: ([], "Menem pulling out of the run-off on Wednesday 14 May, which he blamed on a defamation campaign and no guarantee of a clean vote, is accepted as PROTEST boycott of the election; Kirchner is the beneficiary, not a target, so empty is right."),
 47: (["source", "target"], "Restoring ties in March 2023 is SUPPORT, but between 'their countries', Iran (IRN) and Saudi Arabia (SAU), mutual; not Israeli forces -> China (China only brokered the deal)."),
 48: (["source"], "Radev calling for caution is a REQUEST (addressee unnamed, empty right; present-perfect, document date accepted), but Radev is Bulgaria's president: source country should be BGR, not RUS."),
 49: (["source", "date"], "The appeal to the UN, European Parliament and OSCE is a REQUEST, but 'it' is the Transnistrian congress's resolution (Transnistrian authorities, MDA), not the Moldovan government; the appeal was made on Wednesday 28 February 2024, not 1 January (when the customs duties began)."),
 50: (["target"], "Pakistan's foreign ministry rejecting the allegations is REJECT on 22 November, but the allegations are Bangladesh's and the sentence names 'Dhaka': target should be Bangladesh (BGD), not empty."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == SPURIOUS:
            verdict = {f: False for f in F}
        else:
            verdict = {f: f not in wrong for f in F}
        verdict["all"] = all(verdict[f] for f in F)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
