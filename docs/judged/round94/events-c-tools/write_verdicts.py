"""Write events-c.jsonl from the judge's verdicts below (fields that are wrong, plus reasons)."""
import json
FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "spurious"; reasons)
V = {
1: ([], "Simitis calling the attack \"a blow to Greece\" is a disapproval of the attack (ACCUSE disapprove), separate from the telephone CONSULT in the same sentence; the sentence names no perpetrator, so an empty target is right; Thursday 2000-06-08 is the document date."),
2: ([], "A past summit is a CONSULT (multilateral); the EU-Africa summit participants with no country code are a right party for a multilateral meeting and an empty target is acceptable; the year 2000 is given by the text."),
3: (["target"], "The killings are a total since 1992 (no date, asserted, no named killer, so the empty source is right), but the target should be the more than 900 people killed, mostly police officers and militants in Egypt (EGY), not the Greek government."),
4: ([], "Iran's foreign ministry spokesman condemning the Saudi executions is ACCUSE disapprove; the sentence names no party acted upon (\"the killings\"), so an empty target is right; reported as Sunday's news, document date 2022-03-13."),
5: ([], "The Kiev court sentencing the two Russians (\"They\") is SANCTION convict; \"in April\" in a May 2016 story is 2016-04."),
6: ([], "The Bolivian government urging its supporters to boycott the referendum is a REQUEST to its own supporters (BOL); the call came before the vote at an undated time, so no date is right."),
7: ([], "U.S. officials saying they supported the Siniora government's reading of the constitution is SUPPORT; Siniora stands for his government (LBN); reported as this news on the document date."),
8: (["date"], "Milosevic making \"serious concessions\" (CONCEDE, asserted under Yeltsin's attribution, no addressee named) is right, but the concessions were made at Tuesday's Moscow talks, so the date should be 1998-06-16, not unknown."),
9: (["source", "target"], "A court barring the arms from crossing South Africa is COERCE restrict on Friday 2008-04-18, but the source should be the South African (Durban High) court (ZAF), not China, and the target should be the Chinese freighter/its arms shipment (CHN), not South Africa."),
10: ([], "Washington calling on Moscow to withdraw the vehicles is a REQUEST from the U.S. to the Russian government on Friday 2014-08-22."),
11: (["source"], "Hua Chunying accusing Canberra of trying to deflect attention is ACCUSE, target the Australian government, dated Monday 2020-11-30, but the source should be Hua Chunying / China (CHN), not Australia."),
12: ([], "Russia's foreign ministry accusing Kiev of holding up the aid is ACCUSE (RUS -> Ukraine government), on the document date Friday 2014-08-22."),
13: ([], "Venezuela recalling its ambassador from Bogota is SANCTION (CAMEO 161 reduce relations), VEN -> Colombia, Thursday 2015-08-27."),
14: ([], "Merkel criticising Zimbabwe's government is ACCUSE disapprove, DEU -> ZWE government, Saturday 2007-12-08."),
15: ("spurious", "\"Russian forces are pressing near Avdiivka\" uses \"pressing\" in its military sense, not a request: by the trigger-in-another-sense rule the REQUEST is not an event (a coder would code an ongoing ASSAULT by Russian forces (RUS) here instead)."),
16: ([], "Hungary refusing to take part in the relocation plan is REJECT; the sentence names no other party (empty target right); reported as part of this news, document date 2015-09-22."),
17: (["date"], "The years of Taliban-Washington talks hosted by Qatar are a CONSULT (Taliban AFG <-> USA), but a background act of earlier years: the date should be none/unknown, not the document date 2022-12-21."),
18: ([], "Biden \"is due to meet Xi on Saturday\" is a future CONSULT, USA -> CHN, Saturday 2024-11-16."),
19: ([], "India, the U.S. and Britain urging both Nepalese sides to return to negotiations is a REQUEST (target: government and Maoists, NPL), reported as this news on the document date."),
20: (["type"], "Mahathir saying Kuala Lumpur would work with Manila to free the hostages is a pledge to cooperate, which PLOVER codes AGREE (\"indicate willingness or commitment to cooperate\"), not COOPERATE; source MYS government and target PHL government are right, and the future modality/undated date fit the act as coded."),
21: (["source", "target"], "The 2001 shooting down of a U.N. helicopter is ASSAULT dated 2001, but the U.N. mission was the victim: the source should be empty (the shooter is not named) and the target should be the U.N. Observer Mission in Georgia (its helicopter)."),
22: ([], "Zakayev detained in Copenhagen on Wednesday is COERCE arrest dated 2002-10-30; the passive sentence names no arresting party, so an empty source is right; Zakayev as a Chechen separatist envoy carries RUS."),
23: ([], "Mori having said he will step down this month is a future RETREAT resign, JPN, dated 2001-04."),
24: (["type", "date"], "Nationalist lawmakers (RUS) warning Yeltsin against territorial concessions, with no stated repercussion, is a REQUEST (a demand not to concede), not THREATEN; it is a reaction reported as this news, so the date should be the document date 1997-11-03, not unknown."),
25: ([], "Israeli commandos killing nine Turkish activists in the May 2010 raid is ASSAULT, ISR -> TUR, dated 2010-05, asserted."),
26: (["target"], "Signing the power-sharing agreement on Tuesday 2002-12-17 is SUPPORT with Congo's government as a right source, but the sentence names the other signers: the target should be the main rebel movements and the unarmed opposition (COD), not empty."),
27: ([], "Investors and opposition parties welcoming Zuma's dismissal is SUPPORT (ZAF); the sentence names no party acted upon, so an empty target is right; same-day reaction on 2005-06-14."),
28: ([], "The U.S. asking governments in the region to turn the vessel away is a REQUEST from the USA to the (unnamed, multi-country) regional governments, reported as this news on the document date."),
29: ([], "Thailand welcoming the road map as \"a positive step\" is SUPPORT; the sentence does not name the junta, so an empty target is right; reaction reported as this news on the document date."),
30: (["target", "date"], "Dozens of civilians killed is ASSAULT with no named killer, but the text says \"on both sides\": the target should be Indian and Pakistani civilians (IND, PAK), not Pakistani only; the deaths are a total over four days of fighting (2025-05-07 to 05-10), so no single date, not 2025-05-10."),
31: (["source", "target"], "The accusation is ACCUSE on the document date, but the source should be Bosnia's Bosniak and Croat politicians (BIH), not a person \"Muslim Bosniak\" and the state of Croatia (HRV), and the target should be \"them\", the Bosnian Serb (Republika Srpska) lawmakers (BIH), not empty."),
32: (["target"], "Nandi-Ndaitwah pledging to create jobs is an AGREE-type promise (NAM, reported as this news on the document date), but the sentence names the beneficiary: the target should be young people in Namibia (NAM), not empty."),
33: ([], "Albanese backing the government is SUPPORT, Albanese (AUS) -> Australian government, Monday 2020-11-30."),
34: ([], "Iran condemning Pakistan's recognition of the Taliban is ACCUSE disapprove; \"the move\" names no party, so an empty target is right; reaction reported as this news on the document date."),
35: ("spurious", "\"Mugabe ... hit back on Sunday\" is a verbal retort, not an assault: by the trigger-in-another-sense rule the ASSAULT is not an event (a coder would code ACCUSE Mugabe (ZWE) -> his European critics, 2007-12-09)."),
36: (["target"], "The Maoist blockade keeping traffic off the roads is COERCE restrict (CAMEO 191) by the Maoist rebels (NPL), ongoing on Thursday 2004-08-19, but the sentence names those it acts on: the target should be the truck drivers and bus operators / Kathmandu (NPL), not empty."),
37: (["target"], "Pyongyang promising to investigate the missing Japanese is AGREE, asserted under Abe's attribution, on the document date, but the target should be Japan / the Japanese nationals (JPN) named in the sentence, not empty."),
38: (["date"], "Aoun calling on his supporters to stay calm is a REQUEST to his (LBN) supporters, but it is a reaction to this week's arrests reported as this news, so the date should be the document date 2001-08-08, not unknown."),
39: (["date"], "Kyagulanyi backing Wadri is SUPPORT (UGA -> UGA candidate), but the backing was during the earlier by-election campaign, a background act: the date should be none/unknown, not the document date 2018-08-16."),
40: (["date"], "The 16,000 killed in the 1996-2006 conflict are an ASSAULT total (target NPL, no named killer), which has no date: the document date 2012-05-28 is wrong."),
41: ([], "The Taliban being recognised by Pakistan, Saudi Arabia and the UAE is SUPPORT (recognition), a standing act still in force when the story is told, so the document date is right; sources and target (AFG) are right."),
42: ([], "Sharif thanking Trump for his role is SUPPORT, PAK -> USA; undated in the text and reported as this news, so the document date 2025-05-11 is right."),
43: (["date"], "Some (Ukrainian) soldiers criticising Syrskyi over Bakhmut losses is ACCUSE, UKR -> UKR, but it is background criticism from 2023 (\"has been criticised\"): the date should be none/unknown, not the document date 2024-02-08."),
44: ([], "The U.S. and Japan reaching a car-trade deal on Wednesday 1995-06-28 is an agreement between both (AGREE accepted; SUPPORT-finalize would also fit); mutual USA/JPN arguments are right."),
45: ([], "Armenians killed in 1915-1917 is ASSAULT on Armenians (ARM) with no named killer in the sentence; it is a total over a span, so no date is right by the totals rule; attribution (\"Armenians say\") keeps it asserted."),
46: (["target", "date"], "Vucic calling for an internal dialogue is a REQUEST (SRB), but the dialogue is within Serbia about Kosovo, so the target should be empty (or Serbia's public), not Kosovo (XKX); it is a background call of an earlier time, so the date should be none, not the document date."),
47: (["target", "date"], "\"the warrant was issued\" is the ICC warrant (COERCE arrest, CAMEO 173; the issuer is not named here, so an empty source is right), but the target should be Netanyahu (ISR), named in the sentence, and the date should be 2024-11 (November, per the previous sentence), not 2025-04-10. It re-mentions e5 of the previous sentence; a coder would code it once, but the duplicate rule counts only the same sentence."),
48: ([], "The U.S. and Russia blaming each other is a mutual ACCUSE, USA <-> RUS, on Thursday 2012-08-02."),
49: ([], "The Burundi government (\"it\") expelling the WHO representative earlier this month is SANCTION expel, BDI -> WHO (no country), dated 2020-05."),
50: ([], "Israeli shells killing refugees at a U.N. base in southern Lebanon is ASSAULT, ISR -> refugees (no nationality given), Thursday 1996-04-18; not a duplicate of the Cairo shooting in the same sentence."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open('events-c.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == "spurious":
            v = {k: False for k in FIELDS}
        else:
            assert all(w in FIELDS[1:] for w in wrong), wrong
            v = {k: (k not in wrong) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
counts = {k: 0 for k in FIELDS + ['all']}
for l in open('events-c.jsonl'):
    d = json.loads(l)
    for k in counts: counts[k] += d['verdict'][k]
print(counts)
