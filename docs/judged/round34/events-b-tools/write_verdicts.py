"""Write events-b.jsonl: judge b's verdicts on the 60 sampled events of round 34.

Field order in each tuple: event, type, source, target, date, modality; then the reasons.
A spurious event (event False) is False in every field.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
T, F = True, False
SPUR = (F, F, F, F, F, F)

V = {
    1: ((T, T, T, T, F, T), "Date: 'has been rejected' has no date in the text; 2023-06-12 is Monday of the referendum vote in the first sentence, another act (document date would be right)."),
    2: ((T, T, T, T, T, T), "Right: the US strike, no target named as struck in the sentence (Yemen is the condoler), undated (only 'during Ramadan')."),
    3: ((T, T, T, T, T, T), "Right: refusal to extradite coded as judicial COOPERATE negated (REJECT asserted would also do); future act undated."),
    4: ((T, T, T, T, T, T), "Right: signing a protocol is SUPPORT (sign/finalize agreement), mutual parties, 'earlier this month' = 2023-06."),
    5: ((T, T, T, F, T, T), "Target: an anti-government protest at home takes the state (Israel) as target; empty is wrong."),
    6: ((T, F, T, T, T, T), "Type: judicial authorities supporting China in drug law enforcement is material/judicial cooperation (COOPERATE), not verbal SUPPORT."),
    7: ((T, T, T, T, T, T), "Right: police arrest Ansar Dine members; Tuesday is given to the fighting that began right after the arrest, accepted (I would leave the arrest's day less certain)."),
    8: ((T, T, F, F, T, T), "Source: the applauders are the Muslim-world leaders/Abbas, not Trump; target: what was applauded is Trump's (US) announcement, not Israel."),
    9: ((T, T, T, T, T, T), "Right: Robb spoke with Patino last week (2023-W23)."),
    10: ((T, T, T, T, T, T), "Right: Kosovo did not accept Montenegro's negotiation results, AGREE negated (REJECT asserted also acceptable), undated."),
    11: ((T, T, T, T, T, F), "Modality: 'has not made any reference ... except to encourage' means the council did encourage; asserted, not negated. (Target 'the Council' is obscure in the text; accepted.)"),
    12: ((T, T, T, F, T, T), "Target: 'all those who were detained' (the students, KEN) are named in the sentence; empty target is wrong."),
    13: ((T, T, F, T, T, T), "Source: journalists and opposition leaders are Bahraini in the sentence but carry no country code (opposition leaders also not GOV)."),
    14: ((T, T, T, T, T, T), "Right: conviction is SANCTION convict; the court is not named in the sentence; Friday = 2023-06-09."),
    15: ((T, F, T, T, F, T), "Type: a ransomware attack is COERCE cyber in PLOVER, not ASSAULT; date: 'on Wednesday evening' = 2023-06-14, not the document date."),
    16: ((T, T, T, T, T, T), "Right by the rules: arson attack last week; I would code the police (ISR), whose vehicles were damaged, as target, but empty is defensible."),
    17: ((T, T, T, F, T, T), "Target: the regime lifts restrictions for the SSSO workers/hospital it agreed with, not Syria (its own country)."),
    18: ((T, T, T, T, F, T), "Date: the police's refusal belongs to the clashes of 21 September 2016 told in the story; a background act given the document date."),
    19: ((T, T, T, T, T, T), "Right: Calvo welcomed Trump's decision, statement reported as news."),
    20: ((T, T, T, T, T, T), "Right: Saratov shot, date Sunday as the text gives the shooting."),
    21: ((T, T, T, T, T, T), "Right: Ongwen urged UNHCR last week."),
    22: ((T, T, F, T, T, T), "Source: Bolivia on both sides of a meeting; the other party ('they', the Mauritanian and Gambian ministers) is missing. (Modality future accepted; I would say hypothetical.)"),
    23: ((T, T, T, T, T, T), "Right: the ministry has rejected something (sentence truncated, object lost); REJECT with empty target and news date."),
    24: ((T, T, T, T, T, T), "Right: protesters demand Odinga step down (ongoing)."),
    25: (SPUR, "Spurious: military personnel blowing apart the wrecked camp to recover bodies is a recovery operation, not an attack on anyone."),
    26: ((T, T, T, T, T, T), "Right: Slovenia signed the EU-Kosovo agreement in August 2016."),
    27: ((T, T, T, T, T, T), "Right: reciprocal agreement of the ministers, all parties as actors, undated, reported by Storchak."),
    28: ((T, T, T, T, T, T), "Right: FJP praised the shooting; no party named as target; news date."),
    29: ((T, T, T, T, T, T), "Right: US military agencies sending forces, ongoing."),
    30: ((T, T, T, T, F, T), "Date: the abductions run over 12 days/since last summer; Sunday (one day of the count in a previous sentence) is not the date of this act."),
    31: ((T, T, T, F, T, T), "Target: marches chanting 'Down with Obiang/the regime' aim at the authorities, so the state (GNQ) is the target; empty is wrong."),
    32: ((T, T, T, F, T, T), "Target: the civilians were killed near Maiduguri, Borno (Nigeria): country NGA, not PHL."),
    33: ((T, T, T, T, F, T), "Date: seven arrests 'in the past two weeks' is a total over a span, which has no date."),
    34: ((T, T, F, T, T, T), "Source: the killer is the Hamas movement named in the sentence, not the state of Palestine."),
    35: ((T, T, T, F, T, T), "Target: the Vanuatu Border Guard, whose website was hacked, is named in the sentence; empty is wrong."),
    36: ((T, T, T, T, T, T), "Right: invitation is AGREE, future, later Tuesday = 2023-06-13. (Blair is the Falklands' premier in the story; GBR accepted as sovereign, FLK would be finer.)"),
    37: ((T, T, T, F, T, T), "Target: the attack 'targeted multiple government and private organizations' (Lebanon); the sentence names the targets, empty is wrong."),
    38: ((T, T, T, T, F, T), "Date: the letter is background to the deployment (tied to the earlier appeal/December meeting), not news of the day; document date wrong."),
    39: (SPUR, "Spurious: 'had been targeted for joint military action with the ANLF' means chosen/planned for joint action, no attack; and UK against Antigua reverses any reading."),
    40: ((T, T, T, F, T, F), "Target: the civilians the attacks are aimed at are named in the sentence; modality: an 'alleged' wave of attacks is reported."),
    41: (SPUR, "Spurious: 'called for' is the Senate committee convening a debate, a procedural act, not a request by Sarkozy."),
    42: ((T, T, F, T, T, T), "Source: 'They' are the Chinese soldiers (CHN) of the previous sentence; empty source is wrong."),
    43: (SPUR, "Spurious: people needing to be 'willing' to give email information is a condition of an application, no AGREE act."),
    44: (SPUR, "Spurious: diplomats 'currently stationed' in missions is a state, not a troop mobilization (the real act is Azerbaijan returning the diplomats)."),
    45: ((T, T, F, T, T, F), "Source: Obiang is president of Equatorial Guinea (GNQ), not GAB; modality: the threat was made (asserted), only the invasion is conditional."),
    46: ((T, T, T, T, F, T), "Date: the text gives the incident Sunday afternoon (2023-06-11); the document date is wrong. (Target code XKX vs 'a Serbian' accepted.)"),
    47: ((T, T, T, T, T, T), "Right: a Haryana court ordered police (IND) on Sunday; 'Haryana' for the court accepted."),
    48: ((T, T, F, T, T, T), "Source: the condemning statement is the Cuban exile group's, not the government spokesman's."),
    49: ((T, T, T, T, F, T), "Date: the cited headline is dated 05.03.2011; the document date is wrong."),
    50: (SPUR, "Spurious: an editor 'working for the restoration of our services' with partners is no political cooperation act."),
    51: ((T, T, T, T, T, T), "Right: the Patriotic Front's leadership supports the pro-democracy movement (standing support, news date)."),
    52: ((T, T, T, T, T, T), "Right: reciprocal agreement of the leaders, no recipient, news date."),
    53: ((T, T, F, T, T, F), "Source: 'the government' signing the election accord is Barbados's government, not the British; modality: a provision of the accord, future, not asserted."),
    54: (SPUR, "Spurious: a habitual statement of the army calling on its own conscripts, no request between political actors."),
    55: ((T, T, F, T, F, F), "Source: Scarpa is the person to be extradited, not the extraditing party; date: the weekend belongs to the flight, the extradition is pending and undated; modality: 'waiting to be extradited' is future."),
    56: ((T, T, T, T, T, T), "Right: Cuba agreed, said Tuesday (2023-06-13); Nicaragua is only in the next sentence."),
    57: ((T, T, F, T, F, T), "Source: 'they' who arrested her party are the authorities, not the doctors; date: the arrest is an earlier background act, not news of the day."),
    58: (SPUR, "Spurious: the purpose of the agreement ('meant to strengthen ties') restates the agreement already coded; no act of its own."),
    59: ((T, T, T, T, F, T), "Date: the protest went ahead 'yesterday' (2023-06-14, first sentence), not the document date."),
    60: ((T, T, T, T, T, T), "Right: university officials called the police for reinforcements on Sunday."),
}

KEYS = ("event", "type", "source", "target", "date", "modality")
out = []
for line in open(HERE / "events-b-items.jsonl"):
    item = json.loads(line)
    flags, reasons = V[item["n"]]
    verdict = dict(zip(KEYS, flags))
    verdict["all"] = all(flags)
    item["verdict"] = verdict
    item["reasons"] = reasons
    out.append(item)
assert len(out) == 60 and len(V) == 60
with open(HERE / "events-b.jsonl", "w") as f:
    for item in out:
        f.write(json.dumps(item, ensure_ascii=False) + "\n")

n = len(out)
ev = sum(i["verdict"]["event"] for i in out)
print(f"{'field':10} {'of 60':>6} {'%':>6} {'of real':>8}")
for k in KEYS + ("all",):
    c = sum(i["verdict"][k] for i in out)
    print(f"{k:10} {c:>6} {100*c/n:>5.0f}% {c:>4}/{ev} {100*c/ev:>4.0f}%")
