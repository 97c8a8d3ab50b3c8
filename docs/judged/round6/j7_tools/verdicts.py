"""Judge's verdicts for the 80 sampled actors (j7-actors, seed 20261204): writes actors.jsonl."""
import json
import sys

NOT_ACTOR = {
    0: "place: destination of Turkish troops ('into Iraq'); the target is the PKK",
    2: "place: 'jobs in Spain' (location of job cuts)",
    3: "platform/product (iTunes App Store); also kind=person",
    6: "product fragment ('MacBook Wi-Fi', 'Wi-Fi')",
    13: "place: 'Stocks exchanges in Tokyo' is a location, not metonymy; resolved to 'Japan government'",
    14: "product (RIM's BlackBerry)",
    17: "currency (USD); 'them' = applications",
    21: "stock index (Singapore Straits Times), resolved to the country",
    23: "place: 'jobs in Germany'",
    27: "nationality modifier of a company ('France's Thales'); the actor is Thales",
    28: "stock exchange named as closed market (RTS), not acting",
    29: "place (Wimborne, a UK town), typed kind=country",
    30: "region ('Asia Pacific region')",
    31: "stock index (NASDAQ 'took heavy losses')",
    34: "aircraft type ('Vickers VC-10 aircraft')",
    53: "list of EU member states, not acting or acted on",
    54: "party adjective of 'Socialist Economy Minister Arnaud Montebourg'",
    61: "adjective ('Islamic villages')",
    68: "truncated 'Pacific Rim deal', a trade deal",
}
WRONG = {  # n -> {field: reason}
    7: {"mentions": "boundary: 'Although Gallois' (mention and alias include the conjunction)"},
    8: {"name": "appositive 'the U.S. car maker' of Ford Motor Company made a separate actor"},
    11: {"mentions": "'The company' refers to Airbus (previous sentence), merged into Boeing"},
    12: {"mentions": "'it ... closed up 11.08%' refers to a stock index, merged into the IMF"},
    16: {"name": "title token 'Mr' as the name (Mr Howard)", "country": "null; John Howard -> AUS",
         "sector": "null; prime minister -> GOV", "kind": "organization; is a person",
         "mentions": "spans are the title 'Mr' only"},
    18: {"mentions": "boundary: 'most United Auto Workers' includes the quantifier"},
    24: {"country": "ROU; Ford is the U.S. car maker (ROU is the plant's country)"},
    25: {"mentions": "'its dealership' = GM, 'I don't think it's' / 'expected it to be' = the "
                     "situation/sale, merged into U.S. government"},
    26: {"kind": "organization; 'Union officials' are people (group)",
         "country": "null; French Airbus unions -> FRA",
         "mentions": "'its A380' = Airbus merged into the union officials"},
    32: {"sector": "null; Airbus spokesman -> BUS"},
    35: {"sector": "null; GM chief executive -> BUS", "mentions": "'16:15 UTC' (a time) is a mention"},
    37: {"sector": "null; Apple CEO -> BUS (same person got BUS in another doc)"},
    39: {"name": "appositive 'Europe's biggest aircraft manufacturer' of Airbus made a separate actor"},
    40: {"name": "stray paren: 'European Bank for Reconstruction and Development (EBRD'",
         "sector": "BUS; a multilateral development bank is IGO"},
    41: {"country": "null; armies in South Sudan's Pibor -> SSD"},
    42: {"country": "null; 'its (the United States') military and diplomats' -> USA"},
    43: {"sector": "BUS; a multilateral development bank is IGO"},
    44: {"country": "COD; the text says 'South Africa's military, the RDD' -> ZAF",
         "sector": "null; special forces regiment -> MIL"},
    45: {"mentions": "'its Climate Action Plan' = the European Commission, merged into the Court"},
    46: {"country": "null; Xi Jinping's Politburo -> CHN"},
    50: {"name": "'rebel M23 rebel group' duplicated from M23 (a separate actor in the same doc)"},
    51: {"kind": "country; Gulati is a person", "country": "null; Philippine cleric -> PHL",
         "sector": "null; Al Qaeda figure -> REB/RAD"},
    52: {"name": "descriptor \"Micronesia's President\" instead of the name given next to it "
                 "(James 'Jazz' Jatamagbu)"},
    57: {"country": "null; Fresno Police Department -> USA"},
    59: {"country": "null; the (Eritrean) military receiving Saudi arms -> ERI"},
    62: {"country": "RUS; 'Kyrgyzstan ... its interior ministry said' -> KGZ"},
    67: {"mentions": "'the commander of our army' is another person criticised by the speaker"},
    69: {"country": "null; the story's Congress/Senate (Bolivia/Brazil) -> a country"},
    71: {"name": "'Le Gendre', not resolved to 'Pauline Le Gendre' named earlier",
         "sector": "null; union president -> LAB"},
    73: {"mentions": "'they' = the two presidents, 'it' = the agreement, merged into Algeria"},
    75: {"country": "null; unidentified gunmen in Volgograd -> RUS"},
    78: {"mentions": "'Darfur' (a region) merged in as a mention/alias of Sudan"},
}
FIELDS = ("name", "country", "sector", "kind", "mentions")
sample = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as fh:
    for it in sample:
        n = it["n"]
        row = {"n": n, "corpus": it["corpus"], "doc": it["doc"], "document_date": it["date"],
               "context": it["context"], "predicted": it["actor"]}
        if n in NOT_ACTOR:
            row["verdict"] = {"is_actor": False, **{f: None for f in FIELDS}, "all": False}
            row["reasons"] = {"is_actor": NOT_ACTOR[n]}
        else:
            w = WRONG.get(n, {})
            row["verdict"] = {"is_actor": True, **{f: f not in w for f in FIELDS}, "all": not w}
            row["reasons"] = w
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
