"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts below.
Field order in each tuple: event, type, source, target, date, modality; then reasons."""
import json

T, F = True, False
V = {
 1: (T,T,T,T,F,T, "ASSAULT by Maoist rebels (IND) on several people (IND) is right, but the killings took place during the four-week voting (mid-April to mid-May 2009), a background act of an earlier time: date should be undated (or the voting period, 2009-04/05), not 2009-05-16, the day results were shown."),
 2: (T,T,T,T,T,T, "Kassir (LBN) killed by a car bomb on Thursday morning, 2005-06-02; no attacker is named in the sentence, so an empty source is right."),
 3: (T,T,T,T,T,T, "COERCE arrest by Montenegrin police (MNE) of 20 Serbian citizens (SRB), reported on Monday 2016-10-17 with no other date in the text; all right. reported_by should be the Montenegrin special prosecutor, not Serbia (not a scored field)."),
 4: (T,T,T,F,T,T, "Filing a formal election protest is ACCUSE (future, undated, right), but the Presidential Electoral Tribunal is the forum, not the party complained against: target should be empty (the sentence names no accused party; from context Arroyo's proclamation/camp)."),
 5: (T,T,T,T,T,T, "Beijing (CHN) summoning Japan's ambassador (JPN) in protest at the visit is a diplomatic protest, ACCUSE; date 2006-08-15, the day of the visit and reaction; all right."),
 6: (T,T,F,T,T,T, "'Called for calm' is a REQUEST with no named addressee (empty target right, dated Friday 2018-07-06), but the source is Sharif's party (PML-N, PAK), not the Supreme Court."),
 7: (T,T,T,T,F,T, "Russia's (RUS) backing of Serbia (SRB) on Kosovo is an ongoing SUPPORT, but it is a state still holding when the story is told: date should be the document date 2011-03-09, not 2008-02 (borrowed from Kosovo's secession in the previous sentence)."),
 8: (T,T,T,T,T,T, "Iraq (IRQ) expelled Sweden's ambassador (SWE) on Thursday 2023-07-20: SANCTION expel; all right."),
 9: (T,T,F,T,T,T, "CONCEDE of the election by Advani to Singh (IND) dated 2009-05-16 is right, but the source's principal party, L.K. Advani, has no country code: should be IND (BJP[IND] alongside him is acceptable)."),
 10: (T,T,T,T,T,F, "ACCUSE by Netanyahu's office/Israel (ISR) against Obama's administration (USA) is right, but the accusation was made: modality should be asserted; 'a charge U.S. officials denied' is a separate denial and does not negate it (reported_by is also wrong)."),
 11: (T,T,T,F,T,T, "Kuleba (UKR) welcomed 'Washington's firm stance': SUPPORT, but Washington is named in the sentence, so target should be the United States (USA), not empty."),
 12: (T,T,T,T,T,T, "Iran (IRN) flatly rejected the U.S. charges: REJECT; no party is named in the sentence, so an empty target is right (USA would also be acceptable); undated, document date 2011-10-12 right."),
 13: (T,T,T,T,T,T, "Sharaa (SYR) accused Israel (ISR) in his speech early on Thursday 2025-07-17: ACCUSE; all right."),
 14: (F,F,F,F,F,F, "Spurious: Sudan's army blaming the blaze on an accident accuses no party; 'blamed' here attributes a cause, no PLOVER act between political actors."),
 15: (T,T,T,F,F,T, "AGREE (promise of work visas) by Lopez Obrador (MEX) is right, but the target should be Central Americans (migrants, no single country), not 'Americans' coded USA; and 'has promised' is an undated earlier promise (background), so date should be empty/unknown, not the document date."),
 16: (T,T,F,T,F,T, "The killing of Jawawdeh (JOR) is ASSAULT, but the sentence names 'the guard' who killed him: source should be the Israeli embassy guard (ISR), not empty; and the killing was on Sunday evening, 2017-07-23 per the story, not the document date 2017-07-25."),
 17: (T,T,T,T,T,T, "South Korea's Foreign Ministry (KOR) expressed disappointment at the visit: ACCUSE disapprove; the sentence names no party (only 'the visit'), so empty target is right by the rules (Japan/Koizumi would be the natural target); date 2006-08-15 right."),
 18: (T,T,F,F,T,T, "AGREE to hold a Normandy-format meeting is right and dated 2017-05-29, but 'the two leaders' are Macron (FRA) and Putin (RUS): source should be them (a mutual agreement, one as source, the other as target), not an uncoded 'leaders' group, and Ukraine is only a future participant, not the target."),
 19: (T,T,T,T,F,T, "Putin (RUS) blamed Kiev (UKR): ACCUSE right, but it was said in the Tuesday video call (Kremlin readout): date should be 2021-12-07, not the document date 2021-12-08."),
 20: (T,T,T,F,T,T, "Guineans (GIN) appearing to welcome the soldiers is SUPPORT, but 'the soldiers' (the junta, GIN military) are named in the sentence: target should be the soldiers/junta (GIN), not empty."),
 21: (T,T,T,T,F,T, "COERCE arrest of more than 500 people (UGA), empty source acceptable (the arrester is not named as actor), but 'more than 500 had been arrested' is a total summed over two days of protests: it has no date (or 2020-11-18/19), not the document date 2020-11-20."),
 22: (T,T,T,T,T,T, "The U.S. House committee's approval of the Armenian-genocide resolution on Wednesday 2007-10-10: SUPPORT toward Armenians acceptable; source 'United States' is coarse (the committee, USA) but the party and country are right."),
 23: (T,T,T,T,T,T, "EU and Australia (AUS) called for Kem Sokha's release: REQUEST; the Cambodian authorities are not named in the sentence, so empty target is right; date 2017-09-04 right."),
 24: (T,T,T,T,T,T, "France (FRA) urged elections: REQUEST; the junta is not named in the sentence, empty target right; date 2008-12-24 right."),
 25: (T,T,T,T,T,T, "U.S. officials (USA) welcomed the arrest: SUPPORT; 'the move' is an act, no party named, empty target right; date 2001-04-01 right."),
 26: (T,T,T,T,T,T, "Serbian prosecutors accuse Milosevic ('the former leader'): ACCUSE allege, standing accusation at the document date; all right."),
 27: (T,T,T,T,T,T, "Wu (TWN) accused China (CHN) of dollar diplomacy at Friday's news conference 2019-09-20: all right."),
 28: (T,T,T,T,F,T, "Lifting travel and remittance restrictions is an implemented easing of sanctions, RETREAT, by the Obama administration (USA) toward Cuba (CUB, clearly the party acted upon); but 'days earlier' than Friday's session: date should be a few days before 2009-04-17 (mid-April 2009), not 2009-04-17."),
 29: (T,T,T,T,F,T, "Vance (USA) rebuked European leaders (no single country, empty code right): ACCUSE, but the Munich speech was on Friday: date should be 2025-02-14, not the document date 2025-02-15."),
 30: (T,T,T,T,T,T, "The Obama administration (USA) vetoed a draft in 2011: REJECT (veto), no target party named, date 2011; all right."),
 31: (T,T,T,F,T,T, "Putin's (RUS) promise to 'establish the whole truth' is AGREE dated 2017-05-29, but it was made to Macron, who is named in the sentence and raised the issue: target should be Macron (FRA), not empty."),
 32: (T,T,T,F,T,T, "The 1975 killing by junior and mid-ranking officers (BGD) dated 1975-08-15 is right, but the victim is Mujib (Sheikh Mujibur Rahman, BGD): target should be Mujib, not judge Kazi Golam Rasul."),
 33: (T,T,T,T,T,T, "Biden (USA) will speak with Zelenskiy (UKR) on Thursday 2021-12-09: CONSULT future; all right."),
 34: (T,T,T,T,T,T, "Putin (RUS) ordered the FSB (RUS) to lead the investigation: REQUEST (order); undated, document date 2004-08-25 right."),
 35: (T,T,T,F,T,T, "Tuesday's bombing (2015-11-24) is ASSAULT with no attacker named (empty source right), but the sentence names 'the security forces guarding the head of state': target should be Tunisia's presidential guard (TUN), not empty."),
 36: (T,T,T,F,T,T, "Djukanovic's camp (MNE) dismissing the fraud complaints is REJECT, but the complaints are Bulatovic's and the sentence refers to him ('a man who has lost power'): target should be Momir Bulatovic (MNE), not empty (reported_by Bulatovic is also wrong)."),
 37: (T,T,T,F,T,T, "Erdogan (TUR) agreed this month (2023-07) to forward Sweden's NATO application: AGREE right, but Sweden is named in the sentence and is the party acted upon: target should be Sweden (SWE), not empty."),
 38: (T,T,T,T,T,T, "Nigerian officials (NGA) rejected any outside interference: REJECT; the phrase names no party (Iran is implied), so empty target is acceptable by the rules; date 2015-12-15 right."),
 39: (T,T,T,F,T,T, "Pakistan (PAK) agreed to cooperate with the United States: AGREE, 2001-09-15 right, but the target list adds New York coded as a country, which is the attack site, not a party: target should be the United States (USA) only."),
 40: (T,T,T,T,T,T, "Chirac (FRA) accused London (GBR) of 'British egoism' on 2005-06-18: ACCUSE; all right."),
 41: (F,F,F,F,F,F, "Spurious: 'offered its own draft' means tabled a rival draft resolution, not an offer of cooperation; the act of that draft is already coded from this sentence as Russia's REQUEST for an inquiry (e3), so this is a second event for the same act."),
 42: (T,T,T,F,T,T, "Greek parliament (GRC) ratified the Prespa deal on 2019-01-25: SUPPORT right, but the target 'Ministers' is a fragment of the previous sentence; target should be Macedonia (MKD), named in the sentence, or empty."),
 43: (T,T,T,T,F,T, "Djukanovic (MNE) accusing Russia (RUS) is ACCUSE, but 'has accused' is an earlier, undated accusation (background, made before the vote): date should be empty/unknown, not the document date 2016-10-17."),
 44: (T,T,T,F,T,T, "Sudan's (SDN) future complaint is ACCUSE (future, undated, right), but the U.N. Security Council is the forum, not the party complained against: target should be empty (Israel from the previous sentence)."),
 45: (T,T,T,T,T,T, "Hundreds of thousands (HKG) marched against the planned security law on Tuesday 2003-07-01: PROTEST aimed at the authorities' law, so Hong Kong is a right target; all right."),
 46: (T,T,T,T,T,T, "Pakistan (PAK) 'stands with the world against terrorism': verbal SUPPORT with no party as target; document date 2001-09-15 right."),
 47: (T,T,T,T,T,T, "Uganda (UGA) and Rwanda (RWA) sent troops into Congo (COD) in 1998: a deployment, MOBILIZE troops acceptable (no fighting described in the clause); date 1998 right."),
 48: (T,T,T,T,T,T, "Turkey (TUR) recalled its ambassador to the United States (USA) on Thursday 2007-10-11: SANCTION; all right."),
 49: (T,T,T,F,F,T, "Mahama (GHA) congratulating his rival is SUPPORT, but 'his rival'/'him' is Akufo-Addo (GHA), so target should be Akufo-Addo, not empty; the call was on Friday before the result was announced: date should be 2016-12-09, not 2016-12-10."),
 50: (T,T,T,F,T,T, "The June 2015 Sousse shooting by a gunman (empty code right) is ASSAULT, but the victims are 38 foreign tourists, most British: target should be the 38 foreigners (tourists, mainly GBR), not the United Kingdom state."),
}

P = [
 {"doc": "h21-x78-24", "coder_events": [
   "ACCUSE: Saied's opponents (TUN) -> Kais Saied (TUN), said the election was emptied of meaning, 2024-10-07",
   "COERCE arrest: Tunisian authorities (TUN) -> Saied's rivals (TUN), jailing of rivals (background, nominal, inside the opponents' claim), undated",
   "COERCE ban: Tunisian electoral authorities (TUN) -> most challengers (TUN), exclusion from the race (background, nominal), undated"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Saied's election win is not a PLOVER act. The two nominal background acts are listed because a trained coder would code them, but they sit inside the opponents' claim."},
 {"doc": "h21-x80-22", "coder_events": [
   "CONSULT multilateral: Joe Biden (USA) -> leaders of the Americas, opened/hosted the Summit of the Americas in Los Angeles, 2022-06-08",
   "PROTEST boycott: Andres Manuel Lopez Obrador (MEX) -> United States (USA), stayed away from the summit, 2022-06-08",
   "SANCTION: United States (USA) -> Cuba (CUB), Venezuela (VEN), Nicaragua (NIC), exclusion from the summit (earlier decision), undated"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Biden's 'call for democracy and economic cooperation' is a general appeal with no addressee and is not listed; the Central American leaders' absence is not given as a protest (later text: 'for a variety of reasons')."},
 {"doc": "h21-x77-20", "coder_events": [
   "COERCE restrict (sanctions/tariffs): Donald Trump (USA) -> Turkey (TUR), authorised doubling tariffs on steel and aluminium, 2018-08-10",
   "COERCE arrest: Turkey (TUR) -> Andrew Brunson, American pastor (USA), detained pastor (background, participial), undated in the paragraph (October 2016 per the story)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The lira's fall is not an act between political actors. Dateline found nothing here, missing the central tariff event."},
 {"doc": "h21-x80-01", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win and vote counts; no PLOVER act between political actors. Dateline rightly coded nothing."},
 {"doc": "h21-x79-19", "coder_events": [
   "CONCEDE: John Mahama (GHA) -> Nana Akufo-Addo (GHA), conceded defeat, 2016-12-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 CONCEDE has the right type and date (Friday 2016-12-09) but an empty target where Akufo-Addo is named. The unattributed 'widely praised' has no source and is not listed."},
 {"doc": "h21-x78-05", "coder_events": [
   "CONSULT: Sheikh Isa bin Salman al-Khalifa (BHR) -> William Cohen (USA), meeting hours before his death, 1999-03-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The emir's death and Hamad's proclamation as emir are not PLOVER acts between actors; the meeting with Cohen was missed."},
]

items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
keys = ["event", "type", "source", "target", "date", "modality"]
with open('events-c.jsonl', 'w') as f:
    for it in items:
        v = V[it['n']]
        verdict = dict(zip(keys, v[:6]))
        if not verdict['event']:
            assert not any(v[:6])
        verdict['all'] = all(v[:6])
        out = dict(it); out['verdict'] = verdict; out['reasons'] = v[6]
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert len(p['events']) == q['dateline_events']
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for q in P:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
