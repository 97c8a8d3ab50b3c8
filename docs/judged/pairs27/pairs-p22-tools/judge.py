"""Judge p22, pairs27 items 1-80: judgments written by hand below, expanded to pairs-p22.jsonl
and summarised in pairs-p22.md. Run from the worktree root."""
import json, collections

F = ("event", "type", "source", "target", "date", "modality")

def ok(*wrong):
    d = {f: f not in wrong for f in F}
    d["all"] = not wrong
    return d

SPUR = {f: False for f in F} | {"all": False}
def null(right): return {"omit_right": right}

# kinds: SRC = one side names the acting crowd/group, the other leaves the source empty
# (the country-as-target of a domestic protest travels with it); NULL = event vs no event;
# SPUR = spurious event vs null; DATE = date of a background act anchored by a relative phrase;
# OTHER
J = {}
def j(n, X, Y, better, kind, reason): J[n] = (X, Y, better, kind, reason)

j(1, ok("source"), ok(), "Y", "SRC", "Y names 'Hundreds of protesters' (TUR) as the marchers; X leaves the source empty. Target and Sunday date right in both.")
j(2, ok(), ok("source"), "X", "SRC", "X has '10,000 people' (USA) as source; Y empty. Target USA accepted: the May 4 marches are the anti-U.S. demonstrations of the sentence before. May 4 right in both.")
j(3, ok("source", "date"), ok("source", "date"), "X", "SRC", "X names the National Front members (country left empty though the rally is in Brussels with the Belgian minister: I count the country as plain); Y empty source. Both give the document date but the rally is Sunday's (sentence before): shared date error.")
j(4, ok("source", "date"), ok(), "Y", "SRC+DATE", "Y names 'thousands of demonstrators' and dates the march two days before the move (read as this news); X empty source and unknown date although the text dates it relatively. (If the move is Tuesday's, the march is 06-11 and Y's date is off too.)")
j(5, SPUR, null(True), "Y", "SPUR", "Quoted generic comparison ('more activists protesting in solidarity across the globe'): no specific act. X's PROTEST is spurious; Y right to omit.")
j(6, ok("source"), null(False), "X", "NULL", "Clear protest in Bangladesh over the weekend; X codes it (source left empty, though 'thousands of people' is named), Y has no event. Same sentence as item 38.")
j(7, ok("source", "date"), ok("source", "date"), "X", "DATE", "Both wrong source: the ceasefire was between the government and opposition groups, not Russia. It failed a week before the announcement: Y's document date puts a background act on today's date; X's unknown is also wrong by the rule (relative date given) but less misleading.")
j(8, ok("target", "date"), null(False), "X", "NULL", "Real march (2,000 people, SWE) that Y misses. X's target Sweden is wrong (the protest denounces 'fascists', not the state) and the date should be Monday, the protest of the sentences before; still X records the act with right type and source.")
j(9, ok("source"), ok(), "Y", "SRC", "Y names 'people' who blocked roads (country left empty: several Caribbean countries in play); X empty source.")
j(10, ok("source"), ok("source"), "Y", "SRC", "Y names 'thousands' but with no country though Alexandria in an Egypt story makes EGY plain; X empty source. Y is the nearer of two wrong sources. Friday right.")
j(11, null(False), ok(), "Y", "NULL", "Y codes the road blockade by hundreds of people (ECU) against the government (target Ecuador accepted); X has no event.")
j(12, ok("source"), ok(), "Y", "SRC", "Y names 'Hundreds of demonstrators' (USA); X empty. Target USA accepted (they denounce the President's calls); I would rather target Trump.")
j(13, null(False), ok("source"), "Y", "NULL", "Clear strike Tuesday; Y codes it (source empty though 'thousands of workers' is named), X has none. Same sentence as item 44.")
j(14, ok("source"), ok(), "Y", "SRC", "Y names 'over 50,000 people' (RUS, Khabarovsk) and targets the authorities' country; X empty source.")
j(15, null(False), ok(), "Y", "NULL", "Y codes the teachers joining the strikes (USA); X has no event.")
j(16, ok("target"), ok("source"), "X", "SRC", "X names the striking workers (Curaçao); Y empty source. X's target Curaçao is doubtful (a union contract dispute over paid leave, not a state act), so both have one argument wrong; the actor matters more.")
j(17, ok(), ok("source"), "X", "SRC", "X names the demonstrators (CHN) protesting an official land grab, target China accepted; Y empty.")
j(18, ok(), ok("source"), "X", "SRC", "X names the Tangier demonstrators (MAR), target Morocco (government buildings, police); Y empty.")
j(19, ok(), ok("source"), "X", "SRC", "X names 'dozens' (MMR) and targets Myanmar (urging the government); Y empty source. Same sentence as item 29.")
j(20, ok("date"), ok("source", "date"), "X", "SRC", "X names the 60,000 marchers (ZAF); Y empty. Both give the document date though the march follows Friday's protest (shared).")
j(21, ok("source"), ok(), "Y", "SRC", "Y names 'hundreds of thousands' (JPN); X empty. LDP target and 2023-06 right in both.")
j(22, null(True), SPUR, "X", "SPUR", "The spokeswoman says no royal traveled to the march: a reference to the march with a negated act, not a new protest. Y's asserted PROTEST is spurious; X right to omit.")
j(23, ok("source"), ok("source"), "Y", "SRC", "Y names the crowd (text 'crowd estimated', country empty though Los Angeles makes USA plain); X empty. Saturday right.")
j(24, ok("source"), ok("source"), "Y", "SRC", "Y names the 5,000 Christian student group members but no country (Thimpu, the Bhutanese capital, makes BTN plain); X empty.")
j(25, ok("target"), ok("source"), "X", "SRC", "X names the 2,000 people (ARG); Y empty. X's target Argentina is wrong: they protest the day's violence, not a state act. Source outweighs.")
j(26, ok("source"), ok(), "Y", "SRC", "Y names up to 1,200 people (GIN) protesting tax rises, target Guinea; X empty.")
j(27, ok("source", "target", "date"), null(False), "X", "NULL", "A strike is plainly reported; Y has none. X's GHA is not in the shown text (no context) and its 2012-11-15 date is unsupported for 'are going on strike' (document date expected); right type and party though.")
j(28, ok("date"), ok("source", "date"), "X", "SRC", "X names the hundreds of demonstrators (USA); Y empty. Both take Monday from the spokesman's statement, a different act (shared).")
j(29, ok("source"), ok(), "Y", "SRC", "Y names 'dozens' (MMR); X empty. Government target right in both. Same sentence as item 19 (each version codes it twice).")
j(30, ok("date"), ok("date"), "X", "DATE", "Cut relations two days before the deal signed Friday (~06-07). Y's document date is wrong; X's unknown also wrong by rule but not a false date.")
j(31, ok("source"), ok(), "Y", "SRC", "Y names the crowds (EGY) marching on the palace against Mursi; X empty.")
j(32, ok("source", "target", "date"), ok("source", "target", "date"), "X", "DATE", "Both wrongly list the university as a co-source (it is the employer the walkout targets) and leave the target empty. Walkout three weeks before the announcement: Y's document date is false, X's unknown is less wrong.")
j(33, ok("source", "target"), ok("target"), "Y", "SRC", "Y names the two men; X empty. Both miss the target the sentence names ('the government').")
j(34, ok(), ok("source"), "X", "SRC", "X names the 50 royal family members (JOR), target Jordan (protest against the government); Y empty.")
j(35, ok("source"), ok(), "Y", "SRC", "Caption of an anti-government march in Yangon, 8 Aug 2014; Y names the protester (MMR), X empty.")
j(36, ok("target"), ok("source"), "X", "SRC", "X names about 500 people (PAN); Y empty. X's target Panama is wrong (the protest is against mining companies).")
j(37, ok(), ok("source"), "X", "SRC", "X names the thousands of youths (JPN) rioting over the curfew in 2006; Y empty.")
j(38, ok(), ok("source"), "X", "SRC", "X names 'thousands of people' (BGD); Y empty. Same sentence as item 6.")
j(39, ok("source"), ok(), "Y", "SRC", "Y names the tens of thousands (TUR) in Istanbul; X empty.")
j(40, ok("source"), ok(), "Y", "SRC", "Y names 'Hundreds' (EGY) in Alexandria; X empty.")
j(41, ok(), ok("source", "target"), "X", "SRC", "Treating 'During the strike' as reporting the teachers' strike: X names California teachers and targets the state (USA for the Governor); Y empty for both though the sentence names the teachers and the Governor.")
j(42, ok(), null(False), "X", "NULL", "Teachers taking to the streets of San Francisco: X codes it fully; Y has none. Same sentence as item 78.")
j(43, ok("target"), ok("target", "date"), "X", "DATE", "The Coalition's call came a day before Wednesday's proposal: X's 06-13 is right, Y's document date wrong. Both wrongly target Syria (no addressee in the sentence).")
j(44, ok("source", "target"), null(False), "X", "NULL", "The strike is an event; Y has none. X's Japan is not in the shown text (first sentence, no context), so source/target count wrong here; right if the story is Japanese.")
j(45, null(False), ok(), "Y", "NULL", "Y codes Monday's Ankara protest of about 1,000 people (TUR); X has none.")
j(46, ok("date"), ok("date"), "Y", "DATE", "The shooting was a week before Friday's statement (~06-02). X's document date is false; Y's unknown is wrong by rule but not false. Source/target India/Bhutan accepted for the guard and the citizen.")
j(47, ok("source"), ok(), "Y", "SRC", "Y names about 5,000 people (BGD); X empty. Sunday right.")
j(48, ok("source", "modality"), ok("modality"), "Y", "SRC", "The boycott is a purpose of the government's order ('in order to make people boycott'): future/hypothetical, not asserted (shared). Y names the people; X empty.")
j(49, ok(), null(False), "X", "NULL", "Ransacking during one of the May 4 demonstrations: X codes it (people, USA, anti-U.S.); Y has none.")
j(50, ok(), ok("source"), "X", "SRC", "X names the thousand protesters (BLR) and Lukashenko; Y empty.")
j(51, null(False), ok(), "Y", "NULL", "Y codes the 5,000 protesters' march against China's decision; X has none. (CHN for Hong Kong accepted.)")
j(52, null(False), ok(), "Y", "NULL", "The quoted protest of more than four hours is an act; Y codes it (DOM); X has none.")
j(53, ok("source"), ok(), "Y", "SRC", "Y names the people who rioted (CHN) on Wednesday; X empty.")
j(54, ok("source", "target"), ok("target"), "Y", "SRC", "Y names the rally's participants (AGO from Luanda); X empty. Both miss Kabila, whom the rally supports (Y's Angola is wrong). I would code a support rally as SUPPORT; both PROTEST, scored as given.")
j(55, ok("target"), ok("source", "target"), "X", "SRC", "X names the 8,000 marchers (JAM); Y empty. Both target the Jamaican government, but the march marks a day of people of colour, not an act against it (shared).")
j(56, ok(), ok("source"), "X", "SRC", "X names the hundreds of drivers (PAK) striking against austerity; Y empty.")
j(57, ok(), null(False), "X", "NULL", "Demonstrations outside the presidential palace are reported; X codes them (DOM); Y has none.")
j(58, SPUR, SPUR, "same", "OTHER", "'As a special demonstration ... neared' is a time frame for a coming event; the students' act is celebrating a law. Both code an asserted PROTEST: spurious in both. X's added actor does not make it right.")
j(59, ok(), ok("source", "target"), "X", "SRC", "The July 2011 demonstration has no named party: X's empty source/target is right; Y wrongly makes the suing Turkish man the demonstrator.")
j(60, ok("source"), ok(), "Y", "SRC", "Y names the thousands (GRC) marching to the regional government HQ; X empty.")
j(61, ok(), ok("source"), "X", "SRC", "X names the ethnic people in the capital (BFA); Y empty. Date 2016-09-21 right in both.")
j(62, ok("source"), ok(), "Y", "SRC", "Y names the 300 armed people (USA); X empty. Hawaii/USA target accepted (local government).")
j(63, ok("source", "modality"), ok("modality"), "Y", "SRC", "The blockade was only planned and then called off: not asserted (shared). Y names the movement members; X empty.")
j(64, ok("source"), ok(), "Y", "SRC", "Y names the hundreds of protesters (POL); X empty.")
j(65, ok(), ok("source"), "X", "SRC", "X names the thousands of demonstrators (PAK); Y empty. Support rally coded PROTEST by both (I would prefer SUPPORT).")
j(66, ok("target", "date"), ok("target", "date"), "Y", "DATE", "Syria agreed a year before Pillay's call (~2022): X's document date is false, Y's unknown wrong by rule but not false. Both miss the UN as target.")
j(67, ok("source"), ok(), "Y", "SRC", "Y names the tens of thousands of students (SLV); X empty.")
j(68, null(True), SPUR, "X", "SPUR", "The government agreed to provide a loan: one AGREE act. An asserted AID for a loan not yet given is a second event for the same act; X right to omit.")
j(69, ok("source"), ok(), "Y", "SRC", "Y names the thousands of protesters (MYS) in Kuala Lumpur; X empty.")
j(70, ok(), ok("source"), "X", "SRC", "Subhead 'Thousands attend protest' does report an act; X names 'Thousands' (UZB); Y empty.")
j(71, ok("date"), ok(), "Y", "DATE", "Ban asked 'days' before Sunday: no computable date, so Y's unknown is right; X's document date is false.")
j(72, ok("target"), ok("source", "target"), "X", "SRC", "X names the people (SWE); Y empty. Both make 'outside parliament' the target; it is the place, they denounce 'fascists' (shared).")
j(73, ok("source"), ok("source"), "X", "SRC", "X names 'Thousands' but no country (Cairo makes EGY plain); Y empty. Government target and Thursday right in both.")
j(74, ok("source"), ok("source"), "Y", "SRC", "Y names 'thousands' with no country (Kuwait named just before); X empty.")
j(75, null(False), ok(), "Y", "NULL", "Y codes the Lahore protest of 2,000 people (PAK); X has none.")
j(76, ok(), ok("source"), "X", "SRC", "X names the six hunger strikers (LTU); Y empty.")
j(77, ok("source", "target"), ok("target"), "Y", "SRC", "Y names 'Hundreds' (USA); X empty. Both target the US government, but the march is against election violence (shared).")
j(78, ok("source"), null(False), "X", "NULL", "'As the strike has continued' reports the ongoing teachers' strike; X codes it (source empty though teachers are named); Y has none. It is a second act besides item 42's street protest.")
j(79, ok("source"), ok("target"), "same", "SRC", "Hypothetical protest by the plaintiff: X misses the named elderly man; Y names him but targets 'New York' (the protest is against terrorism). One argument wrong each.")
j(80, ok("source", "target"), ok("target"), "Y", "SRC", "Y names about 60,000 people (EGY); X empty. Y's target Egypt is not supported (protest over students' deaths).")

assert sorted(J) == list(range(1, 81))
out = open("docs/judged/pairs27/pairs-p22.jsonl", "w")
cnt = collections.Counter(); allx = ally = 0; kinds = collections.defaultdict(list)
for n in range(1, 81):
    X, Y, b, k, r = J[n]
    out.write(json.dumps({"n": n, "X": X, "Y": Y, "better": b, "reasons": r, "kind": k}) + "\n")
    cnt[b] += 1; kinds[k].append(n)
    allx += X.get("all", False); ally += Y.get("all", False)
out.close()
print(cnt, "allX", allx, "allY", ally)
for k, v in kinds.items(): print(k, len(v), v)
# per-field counts on non-null sides
for s in "XY":
    fc = collections.Counter(); m = 0
    for n in range(1, 81):
        d = J[n][0 if s == "X" else 1]
        if "omit_right" in d: fc["omit_right"] += d["omit_right"]; fc["null"] += 1; continue
        m += 1
        for f in F + ("all",): fc[f] += d[f]
    print(s, m, dict(fc))
