"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's verdicts (round 134).
Each verdict: (n, trigger, wrong fields, reasons). Fields: event type source target date modality.
'event' in wrong -> spurious, false in every field."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ("helped", ["date"], "Switzerland funding the Geneva talks is a real AID act with no party named as recipient (empty target right). But the financing belongs to the two years of talks before the launch: background, so the date should be empty/unknown, not the document date 2003-12-02."),
 2: ("accused", [], "Standing accusation by U.S. prosecutors against Coke (JAM); 'is accused' is a charge still in force when the story is told, so the document date is right."),
 3: ("offered", ["event"], "Spurious: an analyst's metaphor for Babis's campaign appeal ('offered them a businessman's promise of order') is no act of offering cooperation between political actors. Even if coded, the date (campaign period) and reported_by (a Prague political scientist, not the Czech government) would be wrong."),
 4: ("travelling", ["event"], "Spurious: Munir's private journey to the Netherlands to study for a law degree is not a political visit (CONSULT) to the Dutch state."),
 5: ("signed", [], "Signing the defence cooperation agreement is SUPPORT (CAMEO 057); mutual event with both parties; Monday = 2014-04-28."),
 6: ("reaffirmed", [], "Arab leaders (multinational, no code) reaffirm support for a Palestinian state (PSE); Wednesday = 2017-03-29."),
 7: ("urged", [], "The EU (through Ashton's spokesman) urged Russia to investigate irregularities: REQUEST, EU -> Russia, on the document date."),
 8: ("demanded", ["target"], "Real REQUEST for the tanker's release, but the demand is aimed at Iran, which the same sentence refers to ('the Iranian claims') and which holds the ship: target should be Iran / its Revolutionary Guards (IRN), not empty."),
 9: ("killing", [], "Killing of civilians in Benue inside the rights groups' accusation: ASSAULT, Nigerian soldiers -> civilians (NGA), 'last week' = 2001-W43, modality reported. Right."),
 10: ("travel", ["source"], "Hypothetical visit to Warsaw (if invited), undated: type, target, date and modality right. Source wrong in its code: Timmermans acts as First Vice-President of the European Commission, so he should be coded EU (EUR/IGO), not Netherlands government (NLD)."),
 11: ("accused", ["target", "date"], "Iraq accused UNSCOM of spying: target should be UNSCOM (U.N. body, no country code), not the United States (the beneficiary of the alleged spying). The accusation is background from 1998-99 in a background paragraph, so it should be undated, not 1999-12-17."),
 12: ("firing", ["target"], "The denied shelling is coded as ASSAULT negated by the separatists (UKR), on 2015-01-24; but 'the city' in the sentence is Mariupol, so the target should be Mariupol / its residents (UKR), not empty."),
 13: ("say", [], "Critics in Poland disapprove of the measures (ACCUSE); the sentence names no party as target (the measures are acts; the government is named only as object of the check), so empty is right by the rule. Present-tense 'say' takes the document date."),
 14: ("killed", [], "A total of killings since 2013: ASSAULT with no named perpetrator, target people (CAF), no date as the rule for totals asks. Right."),
 15: ("deployed", [], "Sierra Leone deployed troops to guard quarantine zones: MOBILIZE troops, no target, 'last week' relative to Wednesday 6 August = 2014-W31. Right."),
 16: ("arrested", ["date"], "Arrests of Qataris after protests over the 2021 vote's rules: COERCE arrest right, no source named, target people (QAT) right. The arrests belong to the 2021 vote (background), so the date should be 2021 (or undated), not the document date 2024-11-06."),
 17: ("refused", [], "Zaev refused to concede the election: REJECT, no target named in the sentence (empty right), reported as this news, document date 2016-12-12."),
 18: ("arrested", ["source", "date", "modality"], "The Istanbul court's ruling that Kavala be formally arrested was carried out (the lead: a court on Wednesday ordered him held). Source should be the Istanbul court (TUR), named in the sentence, not empty; modality asserted, not hypothetical; date 2017-11-01 (Wednesday; 13 days after 18 October), not unknown."),
 19: ("convicted", [], "Karim Wade convicted of illicit enrichment in 2015: SANCTION convict, no court named (empty source right), date 2015. Right."),
 20: ("marched", [], "Students march in Lima chanting against the government: PROTEST with the Peruvian state as target per the crowd-protest rule; Thursday = 1997-05-29. Right."),
 21: ("backed", ["target"], "The Knesset's confidence vote is SUPPORT on Sunday 2020-05-17, but 'the coalition' is a definite description of the Netanyahu-Gantz power-sharing government: target should be that government (ISR), not empty."),
 22: ("rejected", [], "Georgia's parliament voted down the promised electoral reform: REJECT (a request for change in institutions), no addressee named, Thursday = 2019-11-14. Right."),
 23: ("detained", [], "Hundreds detained during the Kingston emergency: COERCE arrest, no source named, target people (JAM); the text gives no own date and the paragraph narrates Sunday 2010-05-23, an acceptable reading."),
 24: ("set", ["type"], "The refugee's self-immolation during the U.N. visit is a protest act against the detention regime, not an ASSAULT on another party: type should be PROTEST. Source (IRN), empty target, Wednesday = 2016-04-27 and modality are right."),
 25: ("ordered", ["modality"], "Government ordering police to shoot: REQUEST (order), Mozambique government -> police (MOZ), date acceptable. But the order is Dhlakama's allegation (he 'blamed the authorities' in the same sentence) and the government denies it: an act inside a claim, so modality should be reported, not asserted."),
 26: ("killed", [], "Reza Barati killed during riots in 2014: ASSAULT, no perpetrator named, target Barati (IRN), date 2014. Right."),
 27: ("accused", ["date"], "Interior minister accused Renamo of organising an insurrection: ACCUSE right with right parties; the date 2000-01 is taken from the previous sentence's Supreme Court ruling. It should be the date of this news: the document date 2000-11-10 (or Thursday 2000-11-09)."),
 28: ("backed", ["date"], "AKEL's backing of Papadopoulos is SUPPORT with the right parties, but it is the campaign endorsement before the 16 February vote (background), so it should be undated, not the document date 2003-02-17."),
 29: ("rejected", ["source"], "AMIA and DAIA rejected the Argentina-Iran deal: REJECT right, date right, empty target acceptable (the deal is named, not its parties). Source should be AMIA and DAIA (ARG), not the United States."),
 30: ("proposed", ["type"], "Jamali proposing Shujaat as interim prime minister is an endorsement of an actor: type should be SUPPORT (CAMEO 051), not AGREE (no offer of cooperation). Parties (PAK) and Saturday 2004-06-26 are right."),
 31: ("thanked", [], "Mosisili thanked voters: SUPPORT (praise), Mosisili -> voters (LSO), reported on the document date. Right."),
 32: ("begin", ["source"], "Future structured dialogue with Warsaw: CONSULT, future, undated, target Poland's government right. Source should be the European Commission (EUR/IGO), not a 'Commission' coded POL."),
 33: ("called", ["target"], "Tadic called on Kosovo Serbs to vote: REQUEST, undated (before the vote) is acceptable. But 'them' = the Kosovo Serbs (Serb minority in Kosovo), so the target should be Kosovo Serbs, not Kosovo (XKX) as a country."),
 34: ("resigned", ["target"], "Jamali resigned on Saturday 2004-06-26: RETREAT resign right. The resignation has no target; 'leader' (the ruling party's leader named stop-gap premier) is not acted upon: target should be empty (or Pakistan's government)."),
 35: ("jailed", [], "Total of 50,000 jailed since July 2016: COERCE arrest, no source named, target people (TUR), no date per the totals rule. Right."),
 36: ("blames", ["target"], "Ankara blames the coup attempt on Gulen's network: ACCUSE, Turkey's government, present tense on the document date. Target should be the network of Fethullah Gulen (TUR), named in the sentence, not empty."),
 37: ("ratified", [], "Turkey's parliament ratified the accord on Thursday 2019-12-05: SUPPORT (ratify); the accord is named, not its parties, so an empty target is right."),
 38: ("invited", ["source", "date", "modality"], "Invitation of the Turkish troops: AGREE (invite) and Turkey as the invited party acceptable. Source should be Iraqi local authorities (IRQ), not TUR; the invitation predates the story (troops have been training fighters at Bashiqa for months), so it should be undated, not 2016-10-12; and it is Ankara's contested claim (Baghdad says no permission), so modality should be reported."),
 39: ("approved", ["source"], "The security cabinet approved the settlement moratorium earlier on Wednesday 2009-11-25: SUPPORT (approve policy), empty target right. Source should be Israel's security cabinet (ISR), not PSE."),
 40: ("object", ["modality"], "Romania's objection to Hungary (ACCUSE disapprove, ROU -> HUN, stated on Saturday) is right in type and parties, but the act the sentence affirms is Romania's objection to Hungary acting on its territory without asking: modality should be asserted; the negated non-objection is not the coded act."),
 41: ("endorsed", ["date"], "IGAD endorsed the AU peacekeeping force: SUPPORT, IGAD -> African Union, right. The text gives no date for the endorsement (background); 2006-12 comes from the installation of Somalia's government in the previous sentence. Should be undated."),
 42: ("asked", [], "Iraq asked for an emergency UNSC session: REQUEST, Iraq -> UN Security Council, on the document date. Right."),
 43: ("grant", ["event"], "Spurious: the constitution granting legal rights to nature is no act between political actors, and the U.S. Congress appears nowhere in the sentence."),
 44: ("urged", [], "Bishops urged voters to reject the constitution: REQUEST, bishops (ECU) -> voters (ECU), before the vote with no date given (unknown right)."),
 45: ("standing", ["source"], "Harper's quote says Canada ('we') is not standing with its British and American allies: SUPPORT negated toward GBR/USA on Monday 2003-03-17 is right, but the source should be Canada / the Canadian government (CAN), with Harper only the speaker."),
 46: ("urged", [], "U.S. officials urged Turkey and Iraq ('both sides') to calm the rhetoric: REQUEST, right parties, document date. Right."),
 47: ("criticised", [], "Opposition parties (MAR) and rights groups criticised the arrests: ACCUSE; the authorities are not named in the sentence, so an empty target is right; document date. Right."),
 48: ("detained", ["target"], "Detention on Monday 2018-09-24: COERCE arrest right, but 'the businessman' is the Swiss-Angolan businessman close to Jose Filomeno (not named; CHE/AGO), not Jose Filomeno dos Santos himself."),
 49: ("captured", [], "Shalit captured by Gaza militants in June 2006: ASSAULT abduct, Gaza militants (PSE) -> Shalit (ISR), date 2006-06. Right."),
 50: ("dismissed", [], "Abbas dismissed Haniyeh ('the Hamas leader') as prime minister last month = 2007-06: SANCTION on Haniyeh (PSE) acceptable; right in all fields."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50
with open(HERE / "events-a.jsonl", "w") as f:
    for it in items:
        trig, wrong, reason = V[it["n"]]
        assert trig == it["trigger"], (it["n"], trig, it["trigger"])
        if "event" in wrong:
            v = {k: False for k in F}
        else:
            v = {k: k not in wrong for k in F}
        v["all"] = all(v[k] for k in F)
        f.write(json.dumps({**it, "verdict": v, "reasons": reason}) + "\n")

P = {
 "h44-x169-16": (["ACCUSE: opposition leaders and independent monitors (RUS) -> Putin / the election authorities (RUS), said the result was inflated by fraud, 2012-03-05",
                  "THREATEN: opposition leaders (RUS) -> Putin's government (RUS), vowed to keep up the protests, 2012-03-05"],
                 "Putin's win itself is not coded. Dateline has no event in the paragraph."),
 "h44-x169-11": (["SUPPORT: Serbian parliament (SRB) -> Tomislav Nikolic (SRB), elected him speaker, 2007-05-08",
                  "SUPPORT: Kostunica's Democratic Party of Serbia (SRB) -> Nikolic (SRB), threw its support behind him, 2007-05-08"],
                 "'Stunned Western governments' is a reaction, not an act. Dateline has no event in the paragraph."),
 "h44-x172-06": (["MOBILIZE: Japan's navy (JPN) -> none, three ships left port bound for the Indian Ocean, 2001-11-09"],
                 "The support for the U.S.-led campaign is the mission's purpose, not yet given. Dateline has no event in the paragraph."),
 "h44-x172-20": (["SANCTION (discontinue; or COERCE ban): Australia (AUS) -> Huawei and ZTE (CHN), barred from supplying 5G networks, 2018-08-23"],
                 "The strain on relations with Beijing is a forecast. Dateline has no event in the paragraph."),
 "h44-x169-02": (["ACCUSE: Boris Yeltsin (RUS) -> State Duma (RUS), furious response to the vote, 1996-03-15"],
                 "The Duma's vote to annul the 1991 decision is a domestic legislative act with no PLOVER type toward another actor; 'alarmed the leaders' of other republics is a reaction. Dateline has no event in the paragraph."),
 "h44-x172-22": (["ACCUSE: U.N. human rights office (IGO, no code) -> China (CHN), detention may amount to crimes against humanity, 2022-08-31",
                  "COERCE arrest: China (CHN) -> Uighurs and other Muslims (CHN), detention in Xinjiang, ongoing (reported inside the accusation), undated/ongoing"],
                 "Report released late Wednesday 2022-08-31 (second paragraph). Dateline has no event in the paragraph."),
}
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for l in open(HERE / "paragraphs-a.jsonl"):
        p = json.loads(l)
        ev, notes = P[p["doc"]]
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": 0,
                            "dateline_events": len(p["events"]), "spurious": 0, "notes": notes}) + "\n")
