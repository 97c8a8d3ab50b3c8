"""Write events-d.jsonl from judge d's verdicts below (fields listed are the wrong ones;
"spurious" marks an item that holds no event).  usage: python write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (["type", "target"], "Moscow's denied sending of troops or weapons to the rebels is military assistance, so type should be AID (CAMEO 072/074), not MOBILIZE; target should be the pro-Russian rebels (UKR), named in the sentence. Source, document date (ongoing denial) and negated modality are right."),
 2: ([], "China staging the Joint Sword-2024A drills in May 2024 is MOBILIZE (military exercise); no target is named in the sentence, so empty is right; date 2024-05 is right."),
 3: ([], "Taiwan's defence ministry (the 'It') condemned Beijing: ACCUSE TWN -> CHN, on Monday 2024-10-14 as the dateline gives; all right."),
 4: ([], "Background killing of 166 people in the Mumbai attacks: ASSAULT with no named attacker and victims in India is right; the sentence gives no date, so an unknown date is right by the rules (2008, from the lead, would be more precise)."),
 5: ([], "The Supreme Court (MOZ) rejecting Renamo's election challenge in January (2000-01) is a REJECT toward Renamo (MOZ); all right."),
 6: (["date"], "Musharraf's pledge to pull troops back from the Indian border is CONCEDE (promise of future withdrawal) toward India, asserted; but the address was 'a day before' Monday's decision, so the date should be 1999-10-17, not 1999-10-18."),
 7: (["target"], "US sanctions (SANCTION accepted) on pipe-laying companies, dated 2019-12 ('last month'), are right, but the companies' country is not given (the one named later, Allseas, is Swiss-Dutch): target should be the companies with no country code, not RUS."),
 8: (["source"], "A REQUEST to Australia's government dated the document date is right, but the source is the Chinese commerce ministry spokesman ('In Beijing'): its code should be CHN, not empty."),
 9: (["spurious"], "Spurious: 'would now fight for its goals through politics' is fight in the political sense, not an ASSAULT, and the U.N. mission is not acted upon."),
 10: ([], "Western governments incl. Britain welcomed the move: SUPPORT, document date, asserted with attribution to diplomats. The sentence names no party as target ('the move'), so empty is right by the rules (I would code the Sri Lankan government, LKA)."),
 11: ([], "Ethiopian government spokesman accused Asmara (Eritrea's government, ERI) of destabilising the region: ACCUSE, document date, asserted; all right."),
 12: ([], "Gazmin (PHL) and Goldberg (USA) signing the EDCA is SUPPORT (sign agreement), mutual, on Monday 2014-04-28; it is in a different sentence from the lead's signing so not a duplicate by the rules; all right."),
 13: (["target"], "Critics in Congress (USA) criticising the administration is ACCUSE on the document date, but 'the administration' is the Biden administration: target should be the US government (USA), not VEN."),
 14: ([], "More than 140 killed in the 1994 Zapatista fighting: ASSAULT, no named attacker, victims in Mexico (MEX); the sentence gives no date so unknown is right by the rules (January 1994 from the previous sentence would be better)."),
 15: ([], "Zelenskiy (UKR) met Carney (CAN) on Tuesday 2025-06-17: CONSULT, all right."),
 16: (["spurious"], "Spurious: a typhoon killing people is a natural disaster, not an act between political actors."),
 17: ([], "Mainassara's promise of a quick return to civilian rule is AGREE (CAMEO 034, intent to reform), no party acted upon, background of unknown date; all right."),
 18: (["target", "date"], "ACCUSE by Israeli politicians (ISR) is right, but what they called a mistake is Carter's meeting, so the target should be Jimmy Carter (USA), not Meshaal; the criticism is reported as this news with no date, so it should take the document date 2008-04-19, not unknown."),
 19: (["date"], "Japan sending no troops (MOBILIZE, negated) is right, but it happened during the 1991 Gulf War: date should be 1991, not the document date."),
 20: (["source", "target"], "Media groups calling on journalists to stop work is a REQUEST on the document date, asserted, but both parties are named in the sentence: source should be the media groups (BFA) and target the journalists (BFA), not empty."),
 21: ([], "India and Pakistan's nuclear tests in May 1998 ('May last year') are MOBILIZE (test weapons), no target; all right."),
 22: (["date"], "Prosecution (ACCUSE allege) of Gbagbo supporters (CIV) by unnamed authorities is right, asserted with the critics as reporters; but 'have been prosecuted' sums prosecutions since the 2011 conflict, a span, so it should have no date, not the document date."),
 23: (["target"], "Ukraine backing the ceasefire proposal last month (2025-03) as SUPPORT is right, but the sentence names whose proposal it is: target should be the United States (USA), not empty."),
 24: ([], "Kostunica (SRB) urging Kosovo Serbs (XKX) not to vote: REQUEST, pluperfect background of unknown date, asserted; all right."),
 25: ([], "Kavala (TUR) detained at Istanbul airport on October 18 (2017-10-18): COERCE arrest, detaining party unnamed; all right."),
 26: (["target"], "Senators (NGA) calling for the defence minister to appear before parliament is a REQUEST on the document date, but the target should be the (Nigerian) defence minister (NGA), not Governor George Akume."),
 27: ([], "Separatist officials (in Ukraine, UKR) blamed Ukrainian forces (UKR): ACCUSE on Saturday's document date 2015-01-24; all right."),
 28: ([], "The Chinese air force (CHN) sent jets to track and warn off aircraft: MOBILIZE, unnamed aircraft so no target, Saturday 2015-03-14; a different sentence from the lead's scramble, so not a duplicate; all right."),
 29: ([], "Chilima (MWI) arrested in 2022: COERCE arrest, arresting party unnamed, date 2022; all right."),
 30: (["target"], "Surinamese gunboats ordering the rig out (coercive expulsion; SANCTION expel accepted) on Saturday 2000-06-03 are right, but the party ordered out is the rig of Canada's CGX Energy: target should be CGX Energy (CAN), not Guyana."),
 31: ([], "Azerbaijani opposition groups saying they will hold protests in Baku over the referendum: PROTEST demo, future, target the Azerbaijani state (the aim is the authorities' vote), no date; all right."),
 32: (["date"], "Witkoff (USA) meeting Putin (RUS) is CONSULT, asserted, but the sentence dates it two days before Sunday's strike: date should be 2025-04-11, not unknown."),
 33: (["date"], "Putin and Erdogan's joint call for a Libyan ceasefire is REQUEST, no named addressee, asserted; but the call was issued 'later' on the day of the ceremony: date should be 2020-01-08 (2020-01-05 is neither the call nor the ceasefire's start, Sunday 12 January)."),
 34: ([], "Nasheed (MDV) jailed in 2015 on terrorism charges: COERCE arrest (imprisonment) accepted, date 2015; all right."),
 35: (["source"], "ACCUSE toward Netanyahu (ISR), asserted, on the day of the announcement is right, but the accuser is the Yesha settlers' council (ISR), not Palestine (PSE)."),
 36: (["spurious"], "Spurious: that permanent foreign bases are banned by the Philippine constitution is a standing provision, not an act, and is not a ban imposed on the United States."),
 37: ([], "At least 40 people (MOZ) killed Thursday 2000-11-09 in clashes between demonstrators and police: ASSAULT with no single named attacker; all right."),
 38: (["source", "target"], "Resignation (RETREAT resign) in June 2022 is right, but those who resigned were the lawmakers loyal to Sadr: source should be the Sadrist lawmakers (IRQ), not Sadr with no code, and a resignation has no target, so the target should be empty."),
 39: ([], "Jordan's King Abdullah hosting the Arab League summit on Wednesday 2017-03-29: CONSULT (host a meeting); all right."),
 40: (["spurious"], "Spurious: 'would not give up on the treaty' is a statement of continued commitment to the test ban treaty, not a refusal to yield (CONCEDE) to any party."),
 41: ([], "Zelenskiy (UKR) calling on the United States (and Europe) to respond with strength: REQUEST on Sunday's document date 2025-04-13; all right."),
 42: ([], "AMIA bombing on July 18, 1994 killing 85 people (ARG): ASSAULT, attacker not named in the sentence; all right."),
 43: ([], "National police (IDN) opening a murder investigation: ACCUSE investigate, suspects unknown so no target; the sentence gives no date so the document date is right by the rules (Thursday 2004-11-11 from the previous sentence would be more precise)."),
 44: (["target"], "EU member states' still-required ratification (SUPPORT, hypothetical, no date) is accepted, but the agreement ratified is Bosnia's SAA with the EU, so the member states' counterpart is Bosnia (BIH), or no target; the EU itself is not the party acted upon."),
 45: (["target"], "Mogherini (EU) saying she will ask ministers to consider new measures is a future REQUEST, but the ministers are EU foreign ministers: target should be the EU ministers (EU code or none), not Ukrainian ministers (UKR)."),
 46: (["date"], "Poroshenko (UKR) accusing Russia (RUS) is right, but 'Sunday' is the day of mourning he declared; the accusation was made on Saturday: date should be 2015-01-24, not 2015-01-18."),
 47: ([], "Sierra Leone declaring a public health emergency last week (2014-W31): COERCE state of emergency, no target; all right."),
 48: (["source", "date"], "Blaming the authorities (MOZ government) for the bloodshed is ACCUSE, asserted, but the accuser is Renamo leader Afonso Dhlakama (MOZ), not the government; and it is reported as this news, so the date should be the document date 2000-11-10, not unknown."),
 49: (["date"], "Erdogan's appeal to his supporters (TUR) over a video call is a REQUEST, but the sentence dates it to July's failed coup: date should be 2016-07, not unknown."),
 50: (["target"], "The Egyptian army (EGY) striking targets is ASSAULT on the document date, but the targets are named as militant ones: target should be the Islamist militants in Sinai (EGY), not empty."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(HERE / "events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in FIELDS}
        else:
            assert all(w in FIELDS for w in wrong), wrong
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
