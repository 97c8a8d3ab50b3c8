"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, and check them.
Fields per item: n -> (event, type, source, target, date, modality, reasons). Run from docs/judged/round139."""
import json

T, F = True, False
V = {
 1: (T, T, T, F, T, T, "Trump's call for a 'free and open Indo-Pacific' in his Friday speech (2017-11-10) is kept as a REQUEST with no addressee (a borderline slogan); the target should be empty: 'Indo-Pacific' is a region, not a party, and not a USA organisation."),
 2: (T, T, F, F, T, T, "The pledge is by Iraq's two Kurdish leaders, Barzani and Talabani, so the source should be them with code IRQ, not USA; the target should be empty (a mutual pledge, or each other): the PKK is the party to be denied bases, not the party cooperated with."),
 3: (T, T, T, T, T, T, "Freeing the hostages is AID (PLOVER: rescue hostages) by the Saudi special forces; passengers of the Russian airliner, mostly Russian, taken as RUS; Friday 2001-03-16."),
 4: (T, T, T, F, T, T, "Biden pressed for higher oil output while visiting 'the kingdom'; the target should be Saudi Arabia (SAU), which the sentence refers to, not empty; July 2022 is right."),
 5: (T, T, T, F, T, T, "The storming is an ASSAULT on the hijackers; the target should be the Chechen gunmen who hijacked the plane (RUS), not the state of Russia, whose airliner and citizens were being rescued."),
 6: (T, T, F, T, T, T, "The accusers are Indian opposition politicians (the sentence is about Vajpayee's coalition and the government they accuse), so the source's country should be IND, not empty."),
 7: (T, T, T, T, T, T, "Cook's condemnation of the murders: ACCUSE by Robin Cook (GBR); the murders' perpetrators are not named as the object of the condemnation, so an empty target is right; document date."),
 8: (T, T, T, F, T, T, "Extradition is COOPERATE from Tunisia; the target should be Libya (LBY) (with Mahmoudi, a Libyan, if at all); Muammar Gaddafi is no party to the act and Mahmoudi is coded TUN wrongly."),
 9: (T, T, T, F, T, T, "Mbeki urged the parties to the inter-Congolese talks, plainly Congolese (government, MLC, RCD, UDPS), so the target 'parties' should carry COD, not an empty code."),
 10: (T, F, F, T, T, T, "The prosecutor's gag order banning media coverage is COERCE (censor), not REQUEST, and its source is Jordan's public prosecutor (JOR), not the detained union leader Nasser al-Nawasreh; an empty target is fine (no party named)."),
 11: (T, T, F, F, F, T, "The clashes are between 'the two parties', the KDP and the PUK (IRQ), named in the sentence as source and target (mutual), not empty; the death toll is a total summed since May 1994, so it takes no date, not 1994-05."),
 12: (F, F, F, F, F, F, "Spurious: 'Russia does not extradite its citizens' states a standing legal policy, not an act; the sentence's act, the refusal to cooperate with the Lithuanian investigation, is the REJECT (e8)."),
 13: (T, T, F, T, F, T, "The killings are attributed in the sentence to the Ottoman Empire, which deported the Armenians: the source should be the Ottoman Empire (TUR), not empty; the text dates them 'between 1915 and 1917', so the date should be 1915-1917, not unknown."),
 14: (T, T, T, T, T, T, "Libya's interim authorities pressing neighbouring countries (unnamed common-noun group) to return Gaddafi-era figures: a REQUEST still going on, document date."),
 15: (T, T, T, F, T, T, "Erdogan's promise that those responsible would be punished is kept as a THREATEN; its target should be 'those responsible', the attackers in Malatya, which the sentence refers to, not empty."),
 16: (T, T, T, T, T, T, "Calling the warrant groundless is ACCUSE by the Russian Foreign Ministry; the sentence names no party (the warrant is a thing), so an empty target is right; distinct from the SUPPORT for the release."),
 17: (T, T, T, T, T, T, "Democratic lawmakers (USA) criticised the timing: ACCUSE; the sentence names no party, so an empty target is right; document date."),
 18: (T, T, T, T, T, T, "More than 20 people (PER) killed in clashes with Peruvian security forces; a total since the protests began, so no date is right."),
 19: (T, T, T, T, T, T, "Latvia's and Estonia's foreign ministers expressed support for Vilnius (the Lithuanian government): SUPPORT, document date."),
 20: (F, F, F, F, F, F, "Spurious: 'throwing tens of thousands of people out of work' is the consequence of a 1992 fisheries moratorium, not a deportation or any PLOVER act by Canada against people."),
 21: (T, T, T, T, T, T, "Fourteen civilians killed in the 13 January 1991 storming of the Vilnius TV tower; the sentence names no perpetrator, so an empty source is right; date from the previous sentence."),
 22: (T, T, T, T, T, T, "France has urged Mali's junta to hold elections: REQUEST France -> junta (MLI), document date."),
 23: (T, T, T, T, F, T, "Human rights groups urged Congress (USA): REQUEST right; but the text gives no date for the urging, so it should take the document date 2007-10-23, not Monday 2007-10-22 carried from Bush's request."),
 24: (T, T, T, T, T, T, "A Peruvian judge ordered Castillo held in pre-trial detention: COERCE arrest; undated in the text, document date accepted for a recent act."),
 25: (T, T, T, T, T, T, "Washington had repeatedly asked India and Pakistan since last May's tests: REQUEST; repeated acts over a span, so no date is right."),
 26: (T, T, F, T, T, T, "The accuser is Khan's party (Pakistan Tehreek-e-Insaf, PAK), not Imran Khan himself; target (the Pakistani government) and date are right."),
 27: (T, T, T, F, T, T, "'The group is also blamed for the 2001 attack' is an ACCUSE with no named accuser; the target should be the group, Jaish-e-Mohammad (Pakistan-based), not Indian Airlines."),
 28: (T, T, T, F, T, T, "The EU condemned the verdict as showing 'the government's contempt': the target should be the Nicaraguan government (NIC), named in the sentence, not empty; Feb 10 is the dateline's date."),
 29: (T, T, T, T, T, T, "The United States and the EU urged the Indonesian government to act more firmly: REQUEST, undated, document date."),
 30: (T, T, T, F, T, T, "Paris and its allies warned 'the West African state' against hiring mercenaries: the target should be Mali (MLI), not the Russian mercenaries."),
 31: (T, F, T, T, F, T, "Erdogan's rhetorical question about Macron's 'problem' and his 'mental' jibe is ACCUSE (disapprove), not REQUEST; the text dates it Saturday, 2020-10-24, not 2020-10-25."),
 32: (T, T, F, T, T, T, "'It' is NATO's summit declaration, so the source should be NATO (NATO leaders), not Russia; target (China) and date (Wednesday 2024-07-10) are right."),
 33: (T, T, T, T, T, T, "Muslim groups in Bangladesh protested over the lawyer's killing: PROTEST; its aim is a death, so an empty target is right."),
 34: (T, T, T, F, T, T, "Iran's missile strike was at Islamic State targets: the target should be Islamic State, named in the sentence, not empty; Sunday 2017-06-18 is right."),
 35: (T, T, T, T, T, T, "Davutoglu accused the (Kurdish) protesters in Turkey of exploiting events in Syria: ACCUSE, document date."),
 36: (T, T, T, T, T, T, "Pro-government Syrian forces attacked SDF positions earlier on Sunday 2017-06-18: ASSAULT; attribution to the coalition keeps it asserted."),
 37: (T, T, T, T, T, T, "The joint declaration condemns violence in the name of religion: ACCUSE by Pope Francis (with al-Tayeb) with no target party; Monday 2019-02-04."),
 38: (T, T, T, F, T, T, "West Bengal opposition politicians urged 'the federal government', i.e. India's (IND), not Bangladesh's government."),
 39: (F, F, F, F, F, F, "Spurious: 'the continued deployment of French and European troops' is a condition in France's warning about Wagner, not a deployment act reported in the sentence."),
 40: (T, T, T, F, T, T, "The U.S. strikes hit radar sites in Houthi-controlled territory: the target should be the Houthis (YEM), named in the sentence, not the state of Yemen."),
 41: (T, T, T, F, T, T, "Equatorial Guinea's officials accuse 'others' of bankrolling the coup plot: the target should be those alleged financiers (the party the sentence refers to), not empty."),
 42: (T, T, T, T, T, T, "Hollande pledged continued support to Burkina Faso: a pledge is AGREE by the conventions; document date."),
 43: (T, T, T, F, T, T, "Wahid rejected calls from some Christian groups: the target of the rejection should be those Christian groups (IDN), not the United Nations peacekeepers they asked for."),
 44: (T, F, T, F, T, T, "Rudd's promise to take legal action if Japan did not stop is a THREATEN against Japan, not an AGREE; the target should be Japan (JPN); the text only says 'before winning power in 2007', so no date is accepted."),
 45: (T, T, T, T, T, T, "Azerbaijani police violently broke up the protests after the October 2003 vote: ASSAULT (crowd control), 2003-10."),
 46: (T, T, T, T, T, T, "Wahid had resisted pressure for months to declare the emergency: REJECT with no named requester; a span of months, so no date is right."),
 47: (T, T, T, T, T, T, "Omar Karami called the amnesty an insult: ACCUSE; the sentence names no party, so an empty target is right; document date."),
 48: (T, T, T, T, T, T, "Critics in Bosnia and abroad accused Ashdown (High Representative in Bosnia): ACCUSE, ongoing, document date; the BIH code for 'critics in Bosnia and abroad' is accepted."),
 49: (T, T, T, T, T, T, "Russia has refused to cooperate with the Lithuanian investigation: REJECT Russia -> Lithuania, a stance still held, document date."),
 50: (T, T, T, T, F, T, "The signing is SUPPORT between Milosevic and Rugova (mutual); the next sentence dates it Sunday, so the date should be 1996-09-01, not the document date 1996-09-02."),
}

PARAS = {
 "h47-x181-15": (["ASSAULT: unknown police officer(s) in custody (RUS) -> Magomed Yevloyev (RUS), shot in the head in police custody, 2008-08-31",
                  "REQUEST: Yevloyev's opposition website Ingushetiya.ru (RUS) -> leader of Ingushetia, Murat Zyazikov (RUS), campaigned for his removal, undated (before 2008-08-31)"],
                 0, 0, 0, "dateline has nothing in the lead; it codes the shooting only from paragraph 3 (e2 'accidentally shot') and the detention from paragraph 2."),
 "h47-x182-10": (["COERCE (cyber): unknown authors of the Stuxnet worm -> Iran (IRN), worm infected Bushehr staff computers, undated (reported 2010-09-26)"],
                 0, 0, 0, "Iran's statement and its insistence that the reactor is untouched are no acts; dateline has no event in the lead (its only event in the story is the June UN sanctions)."),
 "h47-x184-02": (["CONSULT (multilateral): WTO members' trade ministers (IGO), first ministerial conference in Singapore ended, 1996-12-13",
                  "AGREE: WTO members' trade ministers, deal to scrap tariffs on computers and IT goods, 1996-12-13"],
                 0, 0, 0, "dateline codes nothing in the lead, nor the signing of the declaration in paragraph 2."),
 "h47-x181-06": (["SANCTION (expel/dismiss): Boris Yeltsin (RUS) -> Prime Minister Yevgeny Primakov and his government (RUS), sacked, 1999-05-12",
                  "ACCUSE (allege, future): State Duma (RUS) -> Boris Yeltsin (RUS), due to debate impeachment charges, 1999-05-13"],
                 0, 0, 0, "Naming Stepashin acting premier is an appointment with no PLOVER type; dateline has no event in the lead and none for the sacking anywhere."),
 "h47-x182-21": (["ACCUSE (allege): Mauritanian judge (MRT) -> former President Mohamed Ould Abdel Aziz (MRT), charged with corruption, money laundering and illicit enrichment, 2021-03-11",
                  "ACCUSE (disapprove): Aziz (MRT) -> his successor Mohamed Ould Ghazouani (MRT), calls the case a political vendetta, 2021-03-12"],
                 0, 0, 0, "dateline has no event in the lead; it codes the charge from paragraph 2 ('was charged alongside about a dozen other people')."),
 "h47-x181-04": ([], 0, 0, 0, "An election result is no PLOVER act between actors; nothing to code, and dateline codes nothing."),
}

KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        v = V[it["n"]]
        verdict = dict(zip(KEYS, v[:6]))
        if not verdict["event"]:
            assert not any(v[:6]), it["n"]
        verdict["all"] = all(v[:6])
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, n_dl, spur, notes = PARAS[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                              "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-a.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    vv = r["verdict"]
    assert vv["all"] == all(vv[k] for k in KEYS)
    if not vv["event"]:
        assert not any(vv[k] for k in KEYS + ["all"])
pv = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(pv) == 6
counts = {k: sum(r["verdict"][k] for r in rows) for k in KEYS + ["all"]}
print("per-field right of 50:", counts)
print("paragraphs: coded acts", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline events", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
from collections import Counter
print("wrong fields among real events:", Counter(k for r in rows if r["verdict"]["event"] for k in KEYS if not r["verdict"][k]))
