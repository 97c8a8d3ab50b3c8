"""Write paragraphs-c-verdicts.jsonl (judge c, round 117)."""
import json
P = {
 'h36-x138-19': dict(coder_events=[
    "ASSAULT: gunman (none) -> Nahed Hattar (JOR), shot dead on the court steps, 2016-09-25",
    "ACCUSE: Jordanian judiciary (JOR) -> Nahed Hattar (JOR), trial for sharing the cartoon (ongoing), 2016-09-25"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's ASSAULT gunman -> Hattar (JOR), 2016-09-25 is right in all fields. The ongoing trial (a relative clause) was not coded."),
 'h36-x137-07': dict(coder_events=[
    "PROTEST: Macedonians (MKD) -> President Trajkovski / Macedonian state (MKD), stormed parliament demanding his resignation, 2001-06-25",
    "RETREAT: ethnic Albanian NLA rebels (MKD) -> (Macedonian government), withdrew from the village (Aracinovo) under NATO escort, 2001-06-25"],
    found=0, dateline_events=1, spurious=0,
    notes="Dateline coded the crowd's demand as REQUEST Macedonians -> Trajkovski; the act is real but PLOVER codes protests making demands as PROTEST, so it is not found with the right type. It is not spurious. The rebels' evacuation was not coded."),
 'h36-x140-22': dict(coder_events=[
    "CONSULT: Alex Azar (USA) -> Tsai Ing-wen (TWN), visit and meeting in Taipei, 2020-08-10",
    "MOBILIZE: Chinese air force (CHN) -> Taiwan (TWN), fighter jets crossed the Taiwan Strait median line, 2020-08-10",
    "ACCUSE: Taiwan (TWN) -> China (CHN), called the incursion a provocation, 2020-08-10",
    "SUPPORT: United States (USA) -> China (CHN), switched diplomatic recognition to Beijing, 1979"],
    found=2, dateline_events=2, spurious=0,
    notes="CONSULT found and right. ACCUSE found with the right type, but its target is empty; it should be China (CHN). The jets' crossing and the 1979 recognition were not coded."),
 'h36-x138-07': dict(coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="The king dissolving the lower house at the end of its term and officials signalling a likely postponement of elections are routine domestic acts with no PLOVER interaction; nothing to code, and dateline coded nothing."),
 'h36-x140-18': dict(coder_events=[
    "AGREE: Liberals / Justin Trudeau (CAN) -> (none), campaign promise of a more activist government and a gentler tone abroad, undated (campaign)"],
    found=0, dateline_events=0, spurious=0,
    notes="Winning the election is not a PLOVER event. The campaign promise is listed to match how the Chavalit pledge (item 9) was scored, but it is vague and many coders would skip it. Dateline coded nothing."),
 'h36-x139-22': dict(coder_events=[
    "ASSAULT: Chadian army (TCD) -> Boko Haram (none), two-week offensive that drove the militants from Chadian territory, ending 2020-04-09",
    "THREATEN: Idriss Deby (TCD) -> (regional partners, unnamed), warned that Chadian soldiers would no longer take part in operations abroad, 2020-04-09"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's THREATEN has the right type and date (Thursday 2020-04-09), but the wrong target: 'Chad soldiers' are the subject of the warning, not its target. The target should be empty (partners not named). The offensive was not coded."),
}
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
assert len(paras) == 6
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        assert d['dateline_events'] == len(p['events']), p['doc']
        out.write(json.dumps({'doc': p['doc'], **d}, ensure_ascii=False) + '\n')
