"""Write events-d.jsonl from judge d's hand verdicts (round 129) and check them.

Fields per item: event, type, source, target, date, modality (True/False); `all` is derived.
A spurious item (event False) is False in every field.
"""
import json

T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, T, T, "US welcoming Suu Kyi's release is SUPPORT by the US, reported as this news (document date). 'The release' is an act, not a party, so an empty target is right by the conventions (a coder would otherwise put Myanmar's junta)."),
 2: (T, T, T, T, F, T, "Suu Kyi trying to defy the travel ban is a REJECT (CAMEO 128) with no party named as target. But this background act comes before her confinement in September 2000, so the date should be about 2000-09, not the 2002-05-06 document date."),
 3: (T, F, T, F, F, T, "India hosting the Dalai Lama and his government-in-exile since 1959 is granting asylum (AID, CAMEO 075), not a CONSULT visit. The target should be the Dalai Lama and his government-in-exile, not Wen Jiabao/China. The hosting still goes on, so it takes the document date 2003-06-24."),
 4: (T, T, T, T, T, T, "Marcos meeting Chinese ambassador Huang Xilian is CONSULT PHL -> CHN on Tuesday 2023-02-14 (the document date). It is right in every field."),
 5: (T, T, T, T, F, T, "The ICJ (UNO) rejecting India's demands is a REJECT, asserted and attributed to Pakistan's foreign ministry. The text dates the ruling to Wednesday (lede and dateline July 17), so the date should be 2019-07-17, not unknown."),
 6: (T, T, T, T, T, T, "Israeli fire killing three Egyptian policemen during the chase on Thursday 2011-08-18 is ASSAULT ISR -> Egyptian police (EGY), attributed to Egyptian security officials. It is right."),
 7: (T, T, T, T, T, T, "Rights groups (no country) accusing Indonesian police of excessive force is ACCUSE, reported as this news with no other date (document date). It is right."),
 8: (T, T, T, F, T, T, "Annan urging 'them' (both sides) is REQUEST. The target should be the two sides: Myanmar's military government and Suu Kyi/the NLD (MMR), not the United Nations."),
 9: (F, F, F, F, F, F, "Spurious: Vona hailing his own party's best result is self-praise with no other political party as its object, so no SUPPORT event between actors."),
 10: (T, T, T, F, T, T, "The attackers opening fire on a passenger bus near Eilat is ASSAULT (source right, country unknown). 'The Egyptian border' is only a place: the target should be the bus passengers (Israeli civilians, ISR), not Egypt."),
 11: (T, T, F, F, T, T, "An arrest in 2003 is COERCE, and the date 2003 is right. The arrested man, Marco Archer Cardoso Moreira (BRA), is the target, not an empty slot. The arresting party is not named (Indonesian authorities implied), so the source should be empty or Indonesian authorities (IDN), not Brazil."),
 12: (T, T, T, T, T, T, "Opposition politicians (TZA) being attacked under Magufuli is ASSAULT, with the agent not named (empty source right). It is an undated background act of unknown time, so no date is right."),
 13: (T, T, F, T, F, T, "'They' are the Islamist members of the National Assembly (KWT), not the state of Kuwait, so the source should be those deputies. The accusation came when they filed the motion, before the cabinet resigned on 1998-03-15, so it is a background act with no date in the text, not the document date."),
 14: (T, T, T, T, T, T, "Japan welcoming Taiwan's CPTPP application is SUPPORT JPN -> TWN, reported as this news (document date, Thursday 2021-09-23). It is right."),
 15: (T, T, F, F, T, T, "The killing is ASSAULT on Wednesday 2016-03-02 (the day is right; the T00:00 time misreads 'shortly before midnight'). But the sentence names both parties: the source should be the attackers (country not given) and the target Berta Caceres (HND), not empty."),
 16: (T, T, T, T, T, T, "'They' are the Nigerian protest organisers, who are demanding subsidies, lower prices and action on corruption. This is an ongoing REQUEST (document date), and the government it is aimed at is not named in the sentence, so an empty target is right."),
 17: (T, T, T, T, T, T, "Palestinians being killed (in Israel's offensive, going on as Saddam spoke on Monday 2002-04-08) is ASSAULT on Palestinians (PSE). No agent is named in the sentence, so an empty source is right. The event is marginal because it sits inside rhetoric, but it refers to real ongoing killings."),
 18: (T, T, T, T, F, T, "Marcos's state visit to Beijing is CONSULT visit PHL -> CHN. The text says it came 'a month' before this incident, so the date should be about 2023-01, not unknown."),
 19: (T, T, T, T, T, T, "Militants firing rockets into southern Israel within hours of Monday's withdrawal is ASSAULT -> ISR on 2008-03-03. The sentence gives no country for the militants, so an empty code is acceptable (a coder might add PSE)."),
 20: (T, T, T, F, T, T, "The executions by firing squad are ASSAULT shortly after midnight on Sunday 2015-01-18, with the agent not named in the sentence. But the prisoners were of several nationalities (Brazil, Netherlands, Malawi, Nigeria, Indonesia, Vietnam), so the target is the prisoners with no single country code, not IDN."),
 21: (T, F, T, T, F, T, "U.S. backing for Guatemalan security forces during the civil war was material (training, military support), so the type should be AID; PLOVER SUPPORT is verbal only. It is a background act of the civil-war years (before the 1996 peace accord), so it should not take the 1999-03-10 date of Clinton's remark."),
 22: (T, T, T, T, T, T, "Russia's foreign ministry demanding an explanation is REQUEST, reported as this news (document date). Turkey is not named in the sentence, so an empty target is right."),
 23: (T, F, F, T, T, T, "The 'military support for Ukraine' is the Dutch government's ongoing military aid, which Wilders questions. So it should be AID by the Netherlands government (NLD) -> Ukraine, not SUPPORT by Wilders, which inverts the sentence's meaning."),
 24: (T, F, T, T, T, T, "Saddam ordering a 30-day halt to Iraqi oil exports in protest at Israel's offensive is a cut in commercial exchanges (SANCTION, discontinue/embargo), not a REQUEST. The source, target (Israel), date (Monday 2002-04-08) and modality are right."),
 25: (F, F, F, F, F, F, "Spurious: the rallies were banned, so no protest is reported. The act in this clause is the ban (COERCE), coded separately."),
 26: (T, T, F, F, T, T, "The criticism is ACCUSE by the Moroccan Association for Human Rights (MAR, NGO), not the state of Morocco. The sentence names 'the authorities' as the party criticised, so the target should be the Moroccan authorities (MAR), not empty. The date follows the May 29 dateline."),
 27: (T, T, T, T, T, T, "Indonesia resuming executions in 2013 is ASSAULT (execute) by IDN dated 2013, with no victims named. It is right."),
 28: (T, T, T, T, T, T, "The Sudanese government denying that it backs the Janjaweed militias is AID (military backing) SDN -> militias (SDN), negated by the government's own statement. The date is the document date (a current denial of ongoing backing)."),
 29: (T, T, T, T, T, T, "London seeking Iranian backing is REQUEST GBR -> IRN on Tuesday 2001-09-25. It is right."),
 30: (T, T, T, T, T, T, "Gunmen (no country given) attacking President Conde's home before dawn on Tuesday 2011-07-19 is ASSAULT -> Conde (GIN). It is right."),
 31: (T, T, T, T, F, T, "Russia's invasion of Ukraine is ASSAULT RUS -> UKR. The text dates it 'nearly six months' before the August 2022 killing, so the date should be about 2022-02, not unknown."),
 32: (T, T, T, T, T, T, "EU officials and Stoltenberg (NATO) welcoming the vote is SUPPORT, reported as this news (2019-01-25). 'The vote' is an act, not a party, so an empty target is right."),
 33: (T, T, T, T, T, T, "Two police officers (FRA) killed in the attack on Wednesday 2015-01-07 is ASSAULT. The killers are not named in the sentence, so an empty source is right."),
 34: (T, T, F, T, T, T, "The one who resigned is the Port Said governor (EGY), not Prime Minister Ganzouri, who only told the chamber about it, so the source should be the governor. RETREAT resign, the empty target and the news date are right."),
 35: (T, T, T, T, F, F, "The emir asking Sheikh Saad to form a cabinet is only what analysts expect 'within days', so the modality should be future (hypothetical also defensible), not asserted. An expected act has no date yet, so the document date is wrong."),
 36: (T, T, T, F, T, T, "Annan praising 'both sides' is SUPPORT. The target should be both sides: Myanmar's military government and Suu Kyi/the NLD (MMR), not empty."),
 37: (T, T, T, F, T, T, "The manifesto's standing call for a referendum on leaving the EU can be coded as a REQUEST for change by Wilders. But the EU is the topic, not the party asked, so the target should be empty (the Dutch state is not named)."),
 38: (T, T, T, T, F, F, "The army rescuing the girls is only the Yobe government's claim, which it later withdrew, so the modality should be reported, not asserted. The claim was made days before the 2018-02-25 admission, about a week earlier, so the date should be about 2018-02-20/21, not the document date."),
 39: (T, T, F, F, T, T, "The student demonstrations that began on Tuesday 2003-06-10 are PROTEST. The sentence names the crowds (Tehran University students, IRN) as source, and they are aimed at the fee plans, the clerical establishment, Khamenei and Khatami. So the target should be the Iranian authorities (IRN), not empty."),
 40: (T, T, T, T, T, T, "Straw meeting Kharrazi on Tuesday 2001-09-25 is CONSULT GBR -> IRN. It is right."),
 41: (T, T, T, F, T, T, "Merz thanking lawmakers for their trust is SUPPORT (commend) on 2025-05-06. The sentence names the lawmakers ('told lawmakers', 'you'), so the target should be the Bundestag lawmakers (DEU), not empty."),
 42: (T, T, T, F, T, T, "Pastrana breaking off the peace talks in 2002-02 is SANCTION (CAMEO 164, halt negotiations). The talks were with 'the rebels' named in the same sentence, so the target should be the FARC rebels (COL), not empty."),
 43: (T, T, T, T, T, T, "Kurdish leaders (IRQ) pressing for a federal system is an ongoing REQUEST (document date). The negotiators it is aimed at are not named in the sentence, so an empty target is right."),
 44: (T, T, T, F, T, T, "Police firing tear gas on Sunday 2007-11-25 is ASSAULT crowd-control by MYS police. The sentence names the rally of thousands of ethnic Indians (MYS), so the target should be those protesters, not empty."),
 45: (T, T, T, T, T, T, "Hariri (LBN) condemning the attack is ACCUSE, reported as this news. The perpetrators are not named in the sentence, so an empty target is right."),
 46: (T, T, T, F, T, T, "Howard refusing to let the Tampa land the asylum seekers is REJECT in 2001-08. But the parties refused are the Norwegian freighter Tampa and the mostly Afghan asylum seekers, not the states of Norway and Afghanistan, so the target should be the freighter Tampa (NOR) / the Afghan asylum seekers (AFG refugees)."),
 47: (T, T, T, T, T, T, "Abubakar freeing Obasanjo 'last June' (1998-06) is RETREAT release NGA -> NGA. It is right."),
 48: (F, F, F, F, F, F, "Spurious: 'will not allow its territory to be attacked' describes no attack, just a generic possibility inside Ethiopia's warning. The codable act is a THREATEN by Ethiopia, not an ASSAULT on it."),
 49: (T, T, T, T, F, T, "Sharon calling off the meeting with Straw is SANCTION (halting talks; REJECT meet also defensible) ISR -> GBR, attributed to Israeli officials. It is reported as this news, so the date should be the report date (2001-09-25/26), not unknown."),
 50: (T, T, T, T, T, T, "Several Syrian soldiers (SYR) killed when a border post was hit in the overnight strikes is ASSAULT, attributed to Syrian state media. The attacker is not named in the sentence, so an empty source is right, and the date is the report date."),
}

PARAS = {
 "h42-x163-12": (["REQUEST: Southern African (SADC) leaders (None) -> Thabo Mbeki (ZAF), asked to mediate between Zimbabwe's government and opposition, 2007-03-29",
                  "COERCE: Zimbabwe police (ZWE) -> opposition (ZWE), police crackdown (background, March 2007)"],
                 1, 1, 0, "dateline has the REQUEST, right in every field. It missed the background crackdown. 'Declined to criticise Mugabe' is a non-act (negated ACCUSE) and is not listed."),
 "h42-x164-16": (["ACCUSE: Japan (JPN) -> China (CHN), accused of directing weapons radar at a destroyer, 2013-02-06",
                  "THREATEN: Chinese navy frigate (CHN) -> Japanese navy destroyer (JPN), locked fire-control radar, 2013-01-30 (reported, inside the accusation)",
                  "REQUEST: Shinzo Abe (JPN) -> China (CHN), demanded Beijing avoid a repeat, 2013-02-06"],
                 2, 2, 0, "Both dateline events are right. It missed the radar lock itself (a reported act inside the accusation)."),
 "h42-x162-23": (["CONCEDE: Bashar al-Assad (SYR) -> United Nations (UNO), agreed to open two more crossings for quake aid, 2023-02-13 (reported by Guterres)"],
                 1, 1, 0, "dateline's CONCEDE has the right type, but its target (Turkey) is wrong: the agreement was made with the U.N. Turkey is only the crossings' origin."),
 "h42-x161-08": ([], 0, 0, 0, "An election result has no PLOVER event. dateline coded nothing here, which is right."),
 "h42-x163-24": (["ASSAULT: Nigerian police (NGA) -> protesting crowds (NGA), fired tear gas and live rounds, 2024-08-01",
                  "PROTEST: crowds (NGA) -> Nigerian government (NGA), protests against soaring prices and Tinubu's economic policies, 2024-08-01"],
                 2, 2, 0, "dateline found both. Its ASSAULT date (2024-08-02, the document date) is wrong: the text says Thursday, 2024-08-01."),
 "h42-x162-21": (["ASSAULT: GNA forces (LBY) -> Khalifa Haftar's forces / LNA (LBY), captured the town of Tarhouna, 2020-06-05"],
                 1, 1, 0, "dateline found the seizure as ASSAULT (per the wave-30 rule). Its target is empty, though Haftar's forces are named in the sentence."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
keys = ["event", "type", "source", "target", "date", "modality"]
with open('events-d.jsonl', 'w') as f:
    for it in items:
        v = V[it['n']]
        verdict = dict(zip(keys, v[:6]))
        if not verdict['event']:
            assert not any(verdict.values()), it['n']
        verdict['all'] = all(verdict[k] for k in keys)
        out = dict(it)
        out['verdict'] = verdict
        out['reasons'] = v[6]
        f.write(json.dumps(out, ensure_ascii=False) + '\n')

paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in paras:
        ev, found, n_dl, spur, notes = PARAS[p['doc']]
        assert n_dl == len(p['events']), p['doc']
        f.write(json.dumps({"doc": p['doc'], "coder_events": ev, "found": found, "dateline_events": n_dl,
                            "spurious": spur, "notes": notes}, ensure_ascii=False) + '\n')

# checks and counts
outs = [json.loads(l) for l in open('events-d.jsonl')]
assert len(outs) == 50
for o, it in zip(outs, items):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v.values())
counts = {k: sum(o['verdict'][k] for o in outs) for k in keys + ['all']}
print('per-field right (of 50):', counts)
pv = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pv) == 6
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline events', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
for k in keys[1:]:
    print(k, 'wrong:', [o['n'] for o in outs if o['verdict']['event'] and not o['verdict'][k]])
