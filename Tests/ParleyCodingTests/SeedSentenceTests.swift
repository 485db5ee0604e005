import ParleyCoding
import ParleyModel
import ParleyText
import Testing

/// Key sentences of the seed article (Bloomberg, 2016-02-10), shortened, with hand-written
/// UD parses, coded by the whole coding stage: the events an analyst expects.
@Suite struct SeedSentenceTests {
    static let text = """
        Chancellor Angela Merkel expressed shock at the humanitarian conditions in Syria and publicly blamed Russia when she visited Ankara for talks with Turkish leaders on Monday.

        The main Syrian opposition group, the Saudi-backed High Negotiations Committee, demanded an end to Russia's air campaign.

        Kerry said Monday after meeting Saudi Foreign Minister Adel al-Jubeir in Washington.

        U.S. Secretary of State John Kerry and his Russian counterpart Sergei Lavrov will meet with foreign ministers from Europe in Munich on Thursday.

        Government forces raised the pressure on rebels by encircling Aleppo.

        Kerry on Jan. 31 urged all sides to join negotiations.
        """

    static let parses = [
        "Chancellor/Chancellor/PROPN/2/compound Angela/Angela/PROPN/4/nsubj Merkel/Merkel/PROPN/2/flat expressed/express/VERB/0/root shock/shock/NOUN/4/obj at/at/ADP/9/case the/the/DET/9/det humanitarian/humanitarian/ADJ/9/amod conditions/condition/NOUN/4/obl in/in/ADP/11/case Syria/Syria/PROPN/9/nmod and/and/CCONJ/14/cc publicly/publicly/ADV/14/advmod blamed/blame/VERB/4/conj Russia/Russia/PROPN/14/obj when/when/ADV/18/advmod she/she/PRON/18/nsubj visited/visit/VERB/14/advcl Ankara/Ankara/PROPN/18/obj for/for/ADP/21/case talks/talk/NOUN/18/obl with/with/ADP/24/case Turkish/Turkish/ADJ/24/amod leaders/leader/NOUN/21/nmod on/on/ADP/26/case Monday/Monday/PROPN/18/obl ././PUNCT/4/punct",
        "The/the/DET/5/det main/main/ADJ/5/amod Syrian/Syrian/ADJ/5/amod opposition/opposition/NOUN/5/compound group/group/NOUN/13/nsubj ,/,/PUNCT/5/punct the/the/DET/11/det Saudi-backed/Saudi-backed/ADJ/11/amod High/High/PROPN/11/compound Negotiations/Negotiations/PROPN/11/compound Committee/Committee/PROPN/5/appos ,/,/PUNCT/5/punct demanded/demand/VERB/0/root an/a/DET/15/det end/end/NOUN/13/obj to/to/ADP/20/case Russia/Russia/PROPN/20/nmod:poss 's/'s/PART/17/case air/air/NOUN/20/compound campaign/campaign/NOUN/15/nmod ././PUNCT/13/punct",
        "Kerry/Kerry/PROPN/2/nsubj said/say/VERB/0/root Monday/Monday/PROPN/2/obl:tmod after/after/SCONJ/5/mark meeting/meet/VERB/2/advcl Saudi/Saudi/ADJ/9/amod Foreign/Foreign/PROPN/8/compound Minister/Minister/PROPN/9/compound Adel/Adel/PROPN/5/obj al-Jubeir/al-Jubeir/PROPN/9/flat in/in/ADP/12/case Washington/Washington/PROPN/5/obl ././PUNCT/2/punct",
        "U.S./U.S./PROPN/2/compound Secretary/Secretary/PROPN/5/compound of/of/ADP/4/case State/State/PROPN/2/nmod John/John/PROPN/14/nsubj Kerry/Kerry/PROPN/5/flat and/and/CCONJ/11/cc his/his/PRON/11/nmod:poss Russian/Russian/ADJ/11/amod counterpart/counterpart/NOUN/11/compound Sergei/Sergei/PROPN/5/conj Lavrov/Lavrov/PROPN/11/flat will/will/AUX/14/aux meet/meet/VERB/0/root with/with/ADP/17/case foreign/foreign/ADJ/17/amod ministers/minister/NOUN/14/obl from/from/ADP/19/case Europe/Europe/PROPN/17/nmod in/in/ADP/21/case Munich/Munich/PROPN/14/obl on/on/ADP/23/case Thursday/Thursday/PROPN/14/obl ././PUNCT/14/punct",
        "Government/government/NOUN/2/compound forces/force/NOUN/3/nsubj raised/raise/VERB/0/root the/the/DET/5/det pressure/pressure/NOUN/3/obj on/on/ADP/7/case rebels/rebel/NOUN/5/nmod by/by/SCONJ/9/mark encircling/encircle/VERB/3/advcl Aleppo/Aleppo/PROPN/9/obj ././PUNCT/3/punct",
        "Kerry/Kerry/PROPN/5/nsubj on/on/ADP/3/case Jan./January/PROPN/5/obl 31/31/NUM/3/nummod urged/urge/VERB/0/root all/all/DET/7/det sides/side/NOUN/5/obj to/to/PART/9/mark join/join/VERB/5/xcomp negotiations/negotiation/NOUN/9/obj ././PUNCT/5/punct",
    ]

    func coded() throws -> [Event] {
        var doc = try Hand.document(Self.text, date: "2016-02-10", Self.parses)
        try Hand.shipped.process(&doc)
        for e in doc.events {
            print("seed:", e.sentence, e.source?.actor ?? "-", e.code, e.target?.actor ?? "-", e.place ?? "", e.mode, e.evidence.rule)
        }
        return doc.events
    }

    func has(_ events: [Event], _ source: String, _ root: String, _ target: String?, sentence: Int) -> Event? {
        events.first {
            $0.sentence == sentence && $0.source?.actor == source && $0.root == root && $0.target?.actor == target
        }
    }

    @Test func seedEvents() throws {
        let events = try coded()
        #expect(has(events, "DEUGOV", "11", "RUS", sentence: 0) != nil, "Merkel blamed Russia")
        let visit = has(events, "DEUGOV", "04", "TUR", sentence: 0)
        #expect(visit != nil, "Merkel visited Ankara")
        #expect(has(events, "SYROPP", "10", "RUS", sentence: 1) != nil, "HNC demanded of Russia")
        let jubeir = has(events, "USAGOV", "04", "SAUGOV", sentence: 2)
        #expect(jubeir?.place == "Washington")
        let munich = has(events, "USAGOV", "04", "RUSGOV", sentence: 3)
        #expect(munich?.place == "Munich")
        #expect(munich?.mode == "future")
        #expect(has(events, "SYRMIL", "19", "SYR", sentence: 4) != nil, "government forces encircled Aleppo")
        #expect(has(events, "USAGOV", "02", nil, sentence: 5) != nil, "Kerry urged all sides")
        // few others: no statement events without a target, no events from a null source
        #expect(events.allSatisfy { $0.source?.actor != nil })
        #expect(events.count <= 12)
    }
}
