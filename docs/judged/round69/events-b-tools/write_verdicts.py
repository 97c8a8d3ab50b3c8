"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's hand verdicts (round 69)."""
import json, collections
base = '/work/wt/j69b/docs/judged/round69/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of false fields, reasons); 'SPURIOUS' marks a spurious event
V = {
 1: ([], "Gunmen (no country given) opened fire on Mubarak's motorcade: ASSAULT firearms, Monday 1995-06-26 as the text says, asserted."),
 2: ([], "Obama's statement that the US is fully lifting the arms ban on Vietnam is an easing of an embargo (RETREAT); US -> Vietnam, announced on Monday = document date 2016-05-23."),
 3: ([], "Poroshenko calling the polls a farce is ACCUSE disapprove; the sentence names only 'the polls', no party, so the empty target is right by the rule (a coder might add the separatists); undated statement of the day takes the document date."),
 4: ('SPURIOUS', "Not an event: 'the emir struggled to form a new government' reports a difficulty, not an accusation or any act between actors."),
 5: ([], "Annan condemning the attack is ACCUSE disapprove; the attackers are unknown and not named, so no target; undated reaction takes the document date 2001-10-09."),
 6: (['target', 'date'], "REJECT by Mitsotakis is right, but 'Prespa' is the agreement, not a party (a person coded GRC): target should be empty; and his opposition is a background act of an earlier time (before he took office), so the document date is wrong: date should be none/unknown."),
 7: (['source', 'date', 'modality'], "Approving the text is SUPPORT (ratify), but the actor is Netanyahu's cabinet (Israeli cabinet, ISR), not Netanyahu himself; the approval is expected in future ('once ... approves'), so modality should be future and the date none, not the document date."),
 8: ([], "Museveni dismissing the complaints is REJECT; 'the complaints' is not a party, so the empty target is right by the rule (a coder might name Besigye). Undated reaction on the news day: 2001-03-14 (the Wednesday of the declaration) is accepted, as would be the document date."),
 9: ([], "NATO ambassadors demanding a halt to such acts is REQUEST (de-escalation); the sentence names no party acted upon (Syria is implied only), so an empty target is right; 'late on Wednesday' = 2012-10-03."),
 10: (['date'], "China -> Australia anti-dumping duties are SANCTION (curtailed trade), future, right; but the text gives the act a date: date should be 2020-11-28, the Saturday from which the duties apply, not unknown."),
 11: ([], "Erdogan accusing Berlin (German government, DEU) of 'Nazi practices' is ACCUSE; 'last week' before Sunday 2017-03-12 is ISO week 2017-W09."),
 12: (['target'], "Arab leaders preparing to fly to Riyadh is a future visit (CONSULT visit, future, no date); the host is Saudi Arabia (SAU) named by its capital, not a 'Riyadh mosque' (a mosque appears only in another sentence): target should be Saudi Arabia (SAU)."),
 13: (['date'], "Rwanda's undertaking in the deal to withdraw its troops from Congo is a promised withdrawal (CONCEDE per the codebook), RWA -> COD right; but the promise was made in the agreement signed on Tuesday: date should be 2002-07-30, not the document date."),
 14: ([], "Police and paramilitaries deployed across Dhaka: MOBILIZE police, Bangladesh police (BGD), no target, the verdict day 2018-02-08 = document date."),
 15: (['target'], "Sharif asking for a judicial commission is REQUEST, date of the day right; the sentence names the party asked: target should be the chief justice (PAK, judiciary), not empty."),
 16: ([], "Kadyrov urging voters to back United Russia is REQUEST, Kadyrov (RUS) -> voters (in Chechnya, RUS); an undated pre-election act with unknown date is right."),
 17: ([], "Biden and Xi met at Filoli: CONSULT, mutual USA/CHN, Wednesday 2023-11-15, asserted."),
 18: (['date'], "Buyoya's promise of a three-year transition is AGREE, BDI, no target; but 'has promised' is an undated background promise made since the 25 July coup, not part of the Wednesday radio address: date should be none/unknown, not 1996-07-31."),
 19: (['source'], "Smirnov accusing Chisinau (Moldovan government, MDA) is ACCUSE, document date right; but Smirnov is the Transnistrian separatist leader inside Moldova: source country should be MDA, not RUS."),
 20: ([], "Khan accusing the prime minister (and others) on Friday of plotting to kill him: ACCUSE, Imran Khan (PAK) -> the prime minister (PAK), 2022-11-04, asserted."),
 21: (['target', 'date'], "Moscow's accusation is ACCUSE with source Russia right, but 'the body' accused is the OSCE's election watchdog (ODIHR, no country), not the United States (whose pressure is the content); and it is a background act from before the vote (when the watchdog pulled out), so date should be none, not the document date."),
 22: ([], "The Supreme Court lifting the travel ban on Arroyo is RETREAT (eased restriction), PHL court -> Arroyo (PHL), 'on Tuesday' = 2011-11-15."),
 23: (['target'], "China and ASEAN's ten members signing the declaration is SUPPORT (sign agreement) on Monday 2002-11-04; but the other party is named in the sentence: target should be ASEAN / its ten members, not empty."),
 24: (['target'], "The leaders' pledge to fight those who use violence against the peace is coded THREATEN (violence) acceptably (an AGREE reading is also possible), source (multinational leaders, no code) and Wednesday date right; but the sentence refers to the threatened party: target should be 'those who use violence' (militants, no code), not empty."),
 25: ([], "Police firing tear gas and rubber bullets at stone-throwing BNP supporters: ASSAULT crowd-control, Bangladesh police -> BNP supporters (BGD) (the name is clipped but the party is right), verdict day = document date."),
 26: ([], "French troops deployed to patrol Bangui: MOBILIZE troops, FRA, no target, Friday 2014-01-10 (the news day)."),
 27: (['date'], "Israel's undertaking under the deal to release 750 Palestinian prisoners is a promised release (CONCEDE per the codebook), ISR -> Palestinian prisoners (PSE) right; but the promise was made in the deal signed on Friday: date should be 1998-10-23, not the document date 1998-10-24."),
 28: (['date'], "Palestinians accusing the Israeli army of starving those inside is ACCUSE, PSE -> Israeli army right; but it is a background accusation made during the five-week siege, so the document date (day the siege ended) is wrong: date should be none/unknown."),
 29: ([], "A masked Serb crowd burning a border crossing aimed at Pristina's takeover: PROTEST riot, Serbs -> Kosovo (the authorities) right under the crowd rule; Wednesday night 2011-07-27; the shooting at NATO is a separate event (e2)."),
 30: ([], "US and France welcoming the move is SUPPORT; 'the move' (Syria-Lebanon ties) is not a party, so the empty target is right by the rule (a coder might name Syria); document date right."),
 31: ([], "Leaders in Washington (and Athens, Belgrade) condemning the bombing: ACCUSE, US leaders one right source, perpetrators unknown so no target, document date = the day of the attack."),
 32: ([], "Obama telephoning Karzai to congratulate him: SUPPORT, USA -> Karzai (AFG), document date 2009-11-02; the phone call itself is a separate CONSULT (e2), not a duplicate."),
 33: (['type'], "Rwanda -> M23 with the backing negated in Kigali's denial is right in parties, modality and date (the report's dateline day June 27 is accepted); but 'backing' an armed group that the UN says Rwanda commands with troops is material/military support: type should be AID, not SUPPORT (verbal endorsement)."),
 34: (['type', 'target'], "Police closing Ennahda's headquarters and barring meetings at its offices on Tuesday 2023-04-18 is COERCE (ban/restrict political activity), not REJECT meet (rejecting a proposal to meet); and the party acted upon is named: target should be Ennahda (TUN)."),
 35: (['target'], "A North Korean court convicting the journalists in June 2009 is SANCTION convict, source right; but 'them' are Laura Ling and Euna Lee: target should be the two US journalists (USA), not China."),
 36: ([], "Washington urging ASEAN to postpone Myanmar's entry: REQUEST, US government -> ASEAN; undated background act with unknown date is right."),
 37: ([], "The tribunal's judges criticising Fox: ACCUSE disapprove, judges (MEX) -> Vicente Fox (MEX), Tuesday 2006-09-05 of the ruling."),
 38: ([], "Tang Jiaxuan and ASEAN foreign ministers signing the declaration: SUPPORT, mutual CHN/ASEAN, Monday 2002-11-04; a new sentence, so not a duplicate by the sentence rule."),
 39: (['modality'], "Kerry saying Washington would continue to support Libya's transition is SUPPORT, USA -> Libya right, no date right; but 'would continue to support' is reported 'will': modality should be future, not hypothetical."),
 40: ([], "Kokoity, the South Ossetian separatist leader (GEO), accusing Georgia of preparing a military solution: ACCUSE, Thursday 2004-08-19 of the report."),
 41: (['type', 'target'], "'Congo committed to support operations against the FDLR' is a commitment under the deal (AGREE, asserted, June 27), not an ASSAULT that took place; as AGREE the counterpart is Rwanda (the other side), so the FDLR target is wrong: target should be Rwanda (RWA) or empty."),
 42: ([], "Stanishev conceding defeat: CONCEDE, BGR, no target named for the concession (his rival is the congratulation's target), undated news-day act = document date."),
 43: ([], "Khamenei ordering an inquiry into the dormitory attack: ACCUSE investigate, IRN, no party named; 'over the weekend' = weekend of 1999-W27."),
 44: (['source'], "The regional leaders demanding that the army restore parliament is REQUEST -> the Burundian army (BDI), Wednesday 1996-07-31; but the leaders are Burundi's neighbours (Tanzania, Kenya, Uganda ...): source country should be empty (several states), not BDI."),
 45: ([], "EU officials urging Belgrade (Serbian government, SRB) to respect peaceful protest: REQUEST, undated present-perfect statement = document date."),
 46: ([], "Russian lawmakers (RUS) accusing Tbilisi (Georgian government, GEO): ACCUSE; undated, the report's day 2004-08-19 is accepted."),
 47: ([], "Djotodia resigned on Friday 2014-01-10: RETREAT resign, CAF, asserted."),
 48: ([], "Novi Sad mayor Milan Djuric (SRB) also resigned on the news day: RETREAT resign, 2025-01-28."),
 49: ([], "Poroshenko condemning the grenade attack: ACCUSE disapprove, UKR, attackers unidentified so no target, Monday 2015-08-31 = document date."),
 50: ('SPURIOUS', "Duplicate: the talks between M23 and Kinshasa in this sentence are already coded as e4 ('Talks', CONSULT M23 -> Congolese government); e5 ('held') is a second event for the same act."),
}
items = [json.loads(l) for l in open(base + 'events-b-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
cnt = collections.Counter()
with open(base + 'events-b.jsonl', 'w') as f:
    for it in items:
        bad, why = V[it['n']]
        if bad == 'SPURIOUS':
            v = {k: False for k in F}
        else:
            assert all(b in F for b in bad)
            v = {k: (k not in bad) for k in F}
        v['all'] = all(v[k] for k in F)
        for k, x in v.items(): cnt[k] += x
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print({k: cnt[k] for k in F + ['all']})

P = [
 {"doc": "h12-x43-12", "coder_events": [
   "ASSAULT: Pakistani forces (PAK) -> Nawab Akbar Khan Bugti (PAK), killed in a military operation, 2006-08-26 (Saturday per the next sentence; reported Sunday 2006-08-27)",
   "PROTEST riot: rioters in Quetta (PAK) -> none (set off by the killing), 2006-08-27",
   "ACCUSE disapprove: opposition parties (PAK) -> Pakistani government/forces (PAK), angry condemnation of the killing, 2006-08-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has only the killing (ASSAULT), dated 2006-08-27 (the Sunday of the report; the next sentence dates the death to Saturday) and with the name split into two targets. It misses the riots and the opposition's condemnation."},
 {"doc": "h12-x44-23", "coder_events": [
   "AGREE: Joe Biden (USA) <-> Xi Jinping (CHN), agreed to resume military-to-military communications and cooperate against fentanyl, 2023-11-15",
   "CONSULT: Joe Biden (USA) <-> Xi Jinping (CHN), first face-to-face meeting in a year, 2023-11-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "AGREE found, mutual and correct. The meeting that the lead mentions ('in their first face-to-face meeting') is not coded here; dateline codes it from the next sentence ('met')."},
 {"doc": "h12-x41-12", "coder_events": [
   "ASSAULT crowd-control: Azerbaijani riot police (AZE) -> opposition supporters (AZE), water cannon and truncheons to break up a rally, 2005-11-26",
   "PROTEST demo: opposition supporters (AZE) -> Azerbaijan (AZE; against the election results), 2005-11-26"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with right parties and the Saturday date."},
 {"doc": "h12-x42-06", "coder_events": [
   "SUPPORT (sign agreement): Saudi Arabia (SAU) <-> Yemen (YEM), border treaty, 2000-06-12"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found, mutual, Monday = document date. 'Ending a quarrel that ... erupted into clashes' is background with no dated act."},
 {"doc": "h12-x42-11", "coder_events": [
   "REJECT: Faisal bin Shamlan, Saleh's main challenger (YEM) -> election commission / the result (YEM), 2006-09-23",
   "ACCUSE allege: Faisal bin Shamlan (YEM) -> ruling party (GPC, YEM), widespread fraud, 2006-09-23"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The ACCUSE is found with the right type but the wrong source: dateline gives Saleh, when the accuser is 'his main challenger' (bin Shamlan). The challenger's rejection of the result (REJECT) is missed. Saleh's election win and the commission's announcement are not events."},
 {"doc": "h12-x44-05", "coder_events": [
   "SUPPORT (sign agreement): Peru (PER) <-> Ecuador (ECU), presidents signed a peace treaty, 1998-10-26"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found, mutual, Monday 1998-10-26 right."},
]
with open(base + 'paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + '\n')
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
