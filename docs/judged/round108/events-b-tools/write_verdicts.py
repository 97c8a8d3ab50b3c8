"""Write events-b.jsonl: each item unchanged plus verdict and reasons (judge b, round 108).
Wrong fields per item are listed in BAD; 'event' in BAD marks a spurious event (all false)."""
import json

BAD = {}      # n -> set of wrong fields
R = {}        # n -> reasons

def v(n, bad, reason):
    BAD[n] = set(bad); R[n] = reason

v(1, ['type'], "State media's 'fresh attacks' on Suu Kyi, 'describing her as a puppet of foreign powers', are verbal: the type should be ACCUSE (disapprove), not ASSAULT. The act is real and the parties, the week (1996-W45, 'earlier this week') and the modality are right. (The rule's 'another sense' clause could be read as making this spurious; I count it as an event with a wrong type because the sentence holds a coded act between the same parties.)")
v(2, [], "Clinton (USA) urged Moscow (RUS) to rescind the ultimatum: REQUEST, asserted. The lead ties the U.S. condemnation to Monday's leaflet drop, so 1999-12-06 is acceptable (the document date 12-07 would also be right).")
v(3, [], "Bomb blasts killing three people in Bangkok: ASSAULT by unknown bombers (empty source right) on three people (THA), New Year's Eve 2006-12-31, asserted with officials as reporter.")
v(4, [], "Rwanda (RWA) deploying troops and weapons to support the M23 rebels (COD) is military AID. It is a present-perfect, still-current claim, so the document date is right. The form 'U.N. experts ... say' is attribution, so asserted with reported_by is right by the rule.")
v(5, [], "Thousands marched in Valledupar on Sunday evening, 2001-09-30: PROTEST demo by Colombian civilians. The sentence names no aim, so by the protest rule the state (COL) is a right target. By context the march was against the killing, which would make an empty target right instead.")
v(6, ['target'], "REJECT by Hasina's government (BGD) of the call for a blasphemy law is right, but the target should be Hefazat-e-Islam (BGD), whose call it was (or empty), not the police spokesman. The date (ongoing, document date) and the modality are right.")
v(7, [], "European leaders voiced dismay: ACCUSE disapprove. The source is multinational (no code), and the sentence names no target, so an empty target is right. The act is reported as this news with no date: 2018-06-10 is right.")
v(8, [], "In February gunmen fired grenades at Shevardnadze's motorcade ('his' = Shevardnadze): ASSAULT, gunmen (GEO) -> Shevardnadze (GEO), 1998-02, asserted. The mode is wrong (firearms/explosives, not crowd-control), but mode is not scored.")
v(9, ['target'], "The EU's demand (REQUEST) is for opening Russia's pipelines, so the target should be Russia (RUS), named in the sentence, not empty. The source EU, the ongoing document date and asserted are right.")
v(10, [], "The Russian Defence Ministry on Tuesday (2017-09-19) dismissed the social media reports as false: a REJECT/denial with no party as target (empty right), asserted.")
v(11, ['target'], "The U.S. and Britain welcomed Schmidt's decision: SUPPORT, right sources and date. The target party is right, but its code DEU is wrong: Schmidt acts as Bosnia's international High Representative, not for Germany, so the code should be empty (international office) or BIH.")
v(12, [], "Sankoh sentenced to death for treason 'last year': SANCTION convict. There is no named court (empty source right), the target is Sankoh (SLE), the date 1998 is right, and the modality is asserted.")
v(13, [], "Schwab (USA) accused India and China of blocking a deal: ACCUSE. The targets IND/CHN are right, the date is the news day 2008-07-29, and the modality is asserted.")
v(14, [], "The United States pressed the U.N. Security Council to confront Baghdad: REQUEST USA -> UNSC on the news day 2002-10-16, asserted.")
v(15, ['target'], "Critics saying the trial was driven by politics is ACCUSE disapprove, and the source (critics, PHL) is right. But they are 'critics of the president', so the target should be President Aquino (PHL), who is named in the sentence, not empty. The date and the modality are right.")
v(16, ['event'], "Spurious: Peres 'asking the audience what they would do if rockets were falling' is a rhetorical question inside his speech, not a REQUEST, and Hamas is not asked anything. The codable act in the sentence is Peres defending Israel's offensive (SUPPORT), which dateline did not code.")
v(17, [], "Ramaphosa (ZAF; 'He') called for de-escalation, the return of children and free grain flows: REQUEST. The sentence names no addressee, so an empty target is right. The date 2023-06-17 (the meeting) and asserted are right.")
v(18, [], "Human rights groups urged both sides (the Nepal government and the Maoists, both NPL) to respect international law: REQUEST, right parties, news date, asserted.")
v(19, ['source', 'target', 'date'], "SUPPORT is right. The source is the G8 leaders, a multinational group whose code should be empty, not RUS. The target should be the six powers whose decision was backed (no single country), not Iran. The date 2006-W28 comes from the six powers' decision 'last week'; the backing happened at the summit, so the date should be 2006-07-17 (document date).")
v(20, [], "Rice will fly to Nairobi on Monday to back the mediation: a future CONSULT visit, Rice (USA) -> Kenya (host, KEN), 2008-02-18, future. All right.")
v(21, [], "Hamdok and Burhan signed the accord: SUPPORT (sign agreement), a mutual act (both SDN), on Sunday 2021-11-21, asserted.")
v(22, [], "A Malaysian court found Anwar guilty and sentenced him on Wednesday, 1999-04-14: SANCTION convict, court (MYS) -> Anwar (MYS), asserted.")
v(23, [], "Blinken (USA) will hold talks with senior Chinese officials (CHN) in Alaska after next week's trip: a future CONSULT. 2021-W11 ('next week' from Friday 2021-03-12) is right.")
v(24, ['target'], "The protests that began in early January (PROTEST, 2002-01, asserted) are aimed at the government's decision on Russian lessons, so by the protest rule the target should be the Moldovan government (MDA), named in the sentence. The sentence names no protesters, so an empty source is right.")
v(25, [], "Rights groups criticised the migration clauses: ACCUSE disapprove. The clauses are not a party, so an empty target is right. The news date 2008-08-31 and asserted are right.")
v(26, ['event'], "Spurious: an anonymous Goree resident saying 'We welcome him' is a vox-pop remark, not an act between political actors. In any case 'him' is Bush (USA), not Wade, and the woman is Senegalese, not USA.")
v(27, [], "Garcia (PER) has accused Chavez (VEN) of trying to 'buy' the election: ACCUSE, current news with no date (document date right), asserted.")
v(28, [], "Abacha (NGA) has promised to hand over to an elected government in 1998: a promise is AGREE, and the promise itself is asserted. The target is the named recipient of the promised handover (NGA), acceptable, and the present-perfect standing promise takes the document date.")
v(29, [], "Hundreds of NLD members detained in May: COERCE arrest. The authorities are unnamed (empty source right), the target is the NLD (MMR), the date 1996-05 is right for the May detentions, and the modality is asserted.")
v(30, [], "The United Nations urged both sides (the Sri Lankan government and the LTTE, both LKA) to let the civilians move: REQUEST, news date 2009-01-03, asserted.")
v(31, ['target'], "Russia called Schmidt's decision ('it') illegitimate: ACCUSE disapprove, with the right source and date. The target should be Christian Schmidt, the High Representative named in the sentence, whose decision 'it' is, not empty.")
v(32, [], "Xi (CHN) has not met Kim Jong Un (PRK) since taking power: a negated CONSULT with no single time, so no date is right, and negated is right.")
v(33, ['date'], "Foreign Minister Corlatean resigned (RETREAT resign, ROU, asserted). But he resigned 'after the first round', two weeks before the run-off, so the document date 2014-11-17 is wrong. The text gives no day: the date should be empty/unknown (early November 2014, after the 2 November first round).")
v(34, ['source', 'target'], "ACCUSE and Sunday 2006-07-16 are right. The G8 leaders are multinational, so the source code should be empty, not RUS. The target 'extremist elements' has no country in the text, so its code should be empty, not RUS.")
v(35, [], "West African leaders have asked Washington for up to 2,000 troops: REQUEST, no-code group -> USA, the report's date (dateline July 8), asserted with diplomats as reporter.")
v(36, ['target', 'date'], "ACCUSE by Georgian officials (GEO) is right. The target should be the Gamsakhurdia loyalists (GEO), named in the sentence, not empty. The blame for the February attack is a background act of that earlier time, so the date should be empty/unknown (1998-02 or after), not the story day 1998-10-19.")
v(37, ['target'], "Cambodia asked the court in April 2011 to interpret the 1962 judgment: REQUEST, with the right date. But 'the court' is the International Court of Justice (a U.N. body, no national code), not a Cambodian court (KHM).")
v(38, [], "Ramaphosa (ZAF; 'he') praised Chinese-built railways, ports and power plants: SUPPORT -> China (CHN), 2018-09-03, asserted.")
v(39, ['modality'], "India (IND) said on Wednesday, 2004-12-29, that it would not for now seek international aid. REQUEST (assist) is acceptable, but the act is explicitly not done, so the modality should be negated, not asserted. (REJECT asserted would be the alternative coding.)")
v(40, [], "Israeli strikes on Syrian territory, raised by Macron: ASSAULT ISR -> SYR. It is an ongoing campaign, so the story's date is acceptable, and the strikes are presupposed fact, so asserted is right.")
v(41, ['target', 'date'], "ASSAULT with an empty source and reported modality (inside the leaders' claim) is right. The victims are 'hundreds of their supporters' (Hefazat supporters, BGD), not the Hefazat leaders who made the claim. The killings are in this news's crackdown, so the date should be 2013-05-06 (document date), not empty.")
v(42, [], "Ahmadinejad (IRN) held talks with Suleiman and Hariri (LBN): CONSULT on Wednesday 2010-10-13, asserted.")
v(43, ['target'], "They (the Hefazat protesters; dateline's 'Hefazat leaders' names the same group, so the source is accepted) refused the police's request to leave: REJECT. The target should be the police (BGD, 'we' in the sentence), whose request was refused, not empty. The document date and asserted are right.")
v(44, [], "The former Rwandan army chief (RWA) was shot and wounded on Saturday, 2010-06-19: ASSAULT with an unnamed gunman (empty source right), asserted.")
v(45, [], "Nyamwasa (RWA) shot in the stomach: ASSAULT, 2010-06-19, asserted, with police as reporter. It restates #44's shooting but from a different sentence, so it is not a duplicate under the sentence rule.")
v(46, [], "Sankoh (SLE) apologised to the nation: an apology is SUPPORT (CAMEO 055), target Sierra Leone (SLE), Sunday 1999-10-03, asserted.")
v(47, ['target'], "Pellegrini (SVK) urged both sides to lower tensions: REQUEST, right date and modality. But both sides (Fico's government and the opposition/protesters) are plainly Slovak, so the target code should be SVK, not empty.")
v(48, [], "Venezuelan authorities (VEN) said on Monday that they had arrested two U.S. citizens (USA): COERCE arrest, 2020-05-04, asserted.")
v(49, [], "Some officers (FJI) have opposed Bainimarama's decision: REJECT (ACCUSE disapprove would also do), target Bainimarama (FJI), ongoing document date, asserted.")
v(50, [], "The United States has sent extra jets and troops to Poland during the drills: a deployment, MOBILIZE (AID would also do), USA -> Poland (POL), ongoing document date, asserted.")

FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and sorted(BAD) == list(range(1, 51))
with open('events-b.jsonl', 'w') as f:
    for it in items:
        bad = BAD[it['n']]
        if 'event' in bad:
            ver = {k: False for k in FIELDS}
        else:
            ver = {k: (k not in bad) for k in FIELDS}
        ver['all'] = all(ver[k] for k in FIELDS)
        out = dict(it); out['verdict'] = ver; out['reasons'] = R[it['n']]
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
