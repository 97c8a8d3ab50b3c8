"""Write paragraphs-a-verdicts.jsonl (judge a, round 143)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
P = {
 "h49-x191-12": dict(
   coder_events=["COERCE: Supreme Court (PAK) -> election officials (PAK), barred them from declaring Musharraf the winner until it rules, undated (before 2007-10-06)"],
   found=0, dateline_events=0, spurious=0,
   notes="The election win itself (lawmakers voting for Musharraf) is not coded as a PLOVER act; the court's bar is a restriction (COERCE) that dateline missed."),
 "h49-x190-07": dict(
   coder_events=["ASSAULT suicide-attack: Palestinian suicide bomber (PSE) -> guests at a Netanya hotel (ISR), killed at least 20 and wounded 100+, 2002-03-27 (Wednesday)"],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline found no event in the lead sentence of a suicide bombing; 'blew himself up' / 'killing' were missed."),
 "h49-x190-08": dict(
   coder_events=["RETREAT (release; nearest type, PLOVER has no acquittal): Egypt's highest appeals court (EGY) -> Saad Eddin Ibrahim (EGY), acquitted him, 2003-03-18 (Tuesday)"],
   found=0, dateline_events=0, spurious=0,
   notes="Borderline: an acquittal has no PLOVER type of its own (RETREAT release or CONCEDE are the nearest); some coders would not code it. The strained Cairo-Washington relations are background, not an act."),
 "h49-x190-09": dict(
   coder_events=["SUPPORT (apologize): George W. Bush (USA) -> Iraqi prisoners (IRQ), apologised for the abuse, 2004-05-06 (Thursday)",
                 "ASSAULT (torture/abuse): American soldiers (USA) -> Iraqi prisoners at Abu Ghraib (IRQ), abuse, undated earlier"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's apology (SUPPORT) is right; the abuse named in the noun phrase 'the abuse of Iraqi prisoners by American soldiers' was not coded."),
 "h49-x191-22": dict(
   coder_events=["ACCUSE (sue in court): Embalo's rival Domingos Simoes Pereira (GNB) -> Embalo's election victory / Embalo (GNB), court challenge, undated earlier",
                 "COERCE: Umaro Sissoco Embalo (GNB) -> the prime minister, Aristides Gomes (GNB), dismissed him, 2020-02-28 (Friday)"],
   found=0, dateline_events=0, spurious=0,
   notes="Embalo's self-declaration as president has no clear PLOVER type (one might code REJECT for not waiting on the court); the dismissal of the prime minister in a contested power struggle is coded COERCE. Dateline found nothing in the paragraph."),
 "h49-x189-24": dict(
   coder_events=["RETREAT withdraw: Ukraine's armed forces (UKR) -> Russia (RUS), withdrew troops from Avdiivka, 2024-02-17 (said on Saturday)",
                 "ASSAULT (taking ground): Russia (RUS) -> Ukraine (UKR), battlefield gain of Avdiivka, 2024-02-17",
                 "ASSAULT (taking ground): Russia (RUS) -> Ukraine (UKR), capture of Bakhmut, 2023-05 ('last May')"],
   found=0, dateline_events=1, spurious=1,
   notes="Dateline's only event, THREATEN from 'Kyiv warned that its forces were running short of ammunition', is spurious: this 'warned' means a warning about a shortage, not a threat. The withdrawal and the two Russian gains were missed."),
}
docs = [json.loads(l)["doc"] for l in open(HERE / "paragraphs-a.jsonl")]
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for d in docs:
        f.write(json.dumps({"doc": d, **P[d]}, ensure_ascii=False) + "\n")
tot = dict(coded=sum(len(P[d]["coder_events"]) for d in docs), found=sum(P[d]["found"] for d in docs),
           dateline=sum(P[d]["dateline_events"] for d in docs), spurious=sum(P[d]["spurious"] for d in docs))
print(tot)
