"""Write paragraphs-c-verdicts.jsonl: the judge's coding of each first paragraph."""
import json
P = {
 'h64-x250-24': dict(
   coder_events=["ACCUSE: Iran's Revolutionary Court/prosecution (IRN) -> about 100 reformists incl. a former vice president (IRN), put on trial accused of plotting a 'velvet revolution', 2009-08-01 (Saturday)"],
   found=0, spurious=0,
   notes="dateline found no event in this paragraph; bringing to trial is ACCUSE/allege. The post-election protests are a background noun phrase, not coded."),
 'h64-x252-01': dict(
   coder_events=["AGREE: the NPT review conference / states parties (no country) -> (none), agreed by decision without a vote to extend the treaty indefinitely, 1995-05-11 (Thursday)"],
   found=0, spurious=0,
   notes="dateline found no event; the collective decision to extend the treaty (AGREE, or SUPPORT 'finalize an agreement') is missed, likely because the sentence is passive ('was extended')."),
 'h64-x251-16': dict(
   coder_events=["ACCUSE: Special Court for Sierra Leone (SLE) -> three leaders of the pro-government Civil Defence Forces militia incl. Sam Hinga Norman (SLE), trial opened and charged with war crimes, 2004-06-03 (Thursday)"],
   found=1, spurious=0,
   notes="dateline e1 (charging, ACCUSE) is the act, right in all fields (item 47)."),
 'h64-x251-03': dict(
   coder_events=["ACCUSE: India's federal police / CBI (IND) -> L.K. Advani (IND) and other politicians incl. two cabinet ministers (IND), filed corruption charges, 1996-01-16 (Tuesday)"],
   found=1, spurious=0,
   notes="dateline e1 (filed, ACCUSE/allege) is the act, with the right arguments and date."),
 'h64-x250-22': dict(
   coder_events=["ACCUSE: Israeli (Winograd) commission of inquiry (ISR) -> Israel's political and military leaders (ISR), found 'serious failings' in running the 2006 Lebanon war, 2008-01-30 (Wednesday, the report's presentation)"],
   found=0, spurious=0,
   notes="dateline found no event; 'found serious failings' is a criticism (ACCUSE/disapprove). 'stopped short of blaming Olmert' is a negated accusation and the 2006 war a background noun phrase; neither counted."),
 'h64-x252-22': dict(
   coder_events=["REJECT: Supreme Electoral Council (NIC) -> opposition / Constitutionalist Liberal Party (NIC), rejected charges of massive fraud while confirming the Sandinista win, 2008-11-18 (Tuesday)",
                 "ACCUSE: the opposition (NIC) -> the electoral council / Sandinistas (NIC), charges of massive fraud in the Nov. 9 elections, undated (before 2008-11-18)"],
   found=0, spurious=0,
   notes="dateline found no event in the lede: the participial 'rejecting opposition charges' (REJECT) and the opposition's fraud charges (ACCUSE, noun phrase) are both missed."),
}
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for l in open('paragraphs-c.jsonl'):
        p = json.loads(l)
        v = P[p['doc']]
        out = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
               'dateline_events': len(p['events']), 'spurious': v['spurious'], 'notes': v['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
