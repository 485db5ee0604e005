import ParleyCoding
import ParleyModel
import ParleyText
import Testing

/// One sentence-level case per pattern family, on hand-written parses and the shipped dictionaries.
@Suite struct PatternFamilyTests {
    @Test func activeTransitive() {
        let s = Hand.sentence("Germany/Germany/PROPN/2/nsubj blamed/blame/VERB/0/root Russia/Russia/PROPN/2/obj ././PUNCT/2/punct")
        #expect(Hand.triples(s) == ["DEU/RUS/112"])
    }

    @Test func passiveWithAgent() {
        let s = Hand.sentence(
            "Aleppo/Aleppo/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass attacked/attack/VERB/0/root by/by/ADP/6/case Syrian/Syrian/ADJ/6/amod forces/force/NOUN/3/obl:agent")
        #expect(Hand.triples(s) == ["SYRMIL/SYR/180"])
    }

    @Test func coordinatedSubjectsMeetEachOther() {
        let s = Hand.sentence(
            "Kerry/Kerry/PROPN/4/nsubj and/and/CCONJ/3/cc Lavrov/Lavrov/PROPN/1/conj met/meet/VERB/0/root ././PUNCT/4/punct")
        #expect(Hand.triples(s).sorted() == ["RUSGOV/USAGOV/040", "USAGOV/RUSGOV/040"])
    }

    @Test func coordinatedTargets() {
        let s = Hand.sentence(
            "Turkey/Turkey/PROPN/2/nsubj criticized/criticize/VERB/0/root Russia/Russia/PROPN/2/obj and/and/CCONJ/5/cc Iran/Iran/PROPN/3/conj")
        #expect(Hand.triples(s).sorted() == ["TUR/IRN/110", "TUR/RUS/110"])
    }

    @Test func negationIsMarkedNotDropped() {
        let s = Hand.sentence(
            "Russia/Russia/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod attack/attack/VERB/0/root Turkey/Turkey/PROPN/4/obj")
        let events = EventMatcher(dictionaries: Hand.shipped.dictionaries).code(s, date: 20160210)
        #expect(events.count == 1)
        #expect(events.first?.negated == true)
        #expect(events.first?.code == "180")
    }

    @Test func capitalAsMetonym() {
        let s = Hand.sentence("Moscow/Moscow/PROPN/2/nsubj condemned/condemn/VERB/0/root Ankara/Ankara/PROPN/2/obj")
        #expect(Hand.triples(s) == ["RUS/TUR/111"])
    }

    @Test func agentCombinesWithCountry() {
        let s = Hand.sentence(
            "The/the/DET/3/det Syrian/Syrian/ADJ/3/amod army/army/NOUN/4/nsubj shelled/shell/VERB/0/root rebels/rebel/NOUN/4/obj")
        #expect(Hand.triples(s) == ["SYRMIL/---REB/194"])
    }

    @Test(arguments: [(20_150_101, "DEUGOV"), (20_230_101, "DEUELI")])
    func datedRole(date: Int, expected: String) {
        let s = Hand.sentence("Merkel/Merkel/PROPN/2/nsubj praised/praise/VERB/0/root France/France/PROPN/2/obj")
        #expect(Hand.triples(s, date: date) == ["\(expected)/FRA/051"])
    }

    @Test func xcompTargetOfUrge() {
        // "Kerry urged Lavrov to attend talks": an appeal to negotiate (026), addressed to the object
        let s = Hand.sentence(
            "Kerry/Kerry/PROPN/2/nsubj urged/urge/VERB/0/root Lavrov/Lavrov/PROPN/2/obj to/to/PART/5/mark attend/attend/VERB/2/xcomp talks/talk/NOUN/5/obj")
        #expect(Hand.triples(s) == ["USAGOV/RUSGOV/026"])
    }

    @Test func possessiveNominalEvent() {
        let s = Hand.sentence(
            "Assad/Assad/PROPN/3/nmod:poss 's/'s/PART/1/case encirclement/encirclement/NOUN/6/nsubj of/of/ADP/5/case Aleppo/Aleppo/PROPN/3/nmod stoked/stoke/VERB/0/root fears/fear/NOUN/6/obj")
        #expect(Hand.triples(s) == ["SYRGOV/SYR/190"])
    }

    @Test func pronounResolvedToEarlierPerson() throws {
        let text = "Angela Merkel arrived. She blamed Russia."
        let doc0 = try Hand.document(
            text, date: "2016-02-10",
            [
                "Angela/Angela/PROPN/2/compound Merkel/Merkel/PROPN/3/nsubj arrived/arrive/VERB/0/root ././PUNCT/3/punct",
                "She/she/PRON/2/nsubj blamed/blame/VERB/0/root Russia/Russia/PROPN/2/obj ././PUNCT/2/punct",
            ])
        var doc = doc0
        try Hand.shipped.process(&doc)
        let blame = doc.events.first { $0.code == "112" }
        #expect(blame?.source?.actor == "DEUGOV")
        #expect(blame?.target?.actor == "RUS")
        #expect(blame?.dateBasis == "report")
        #expect(blame?.plover?.type == "accuse")
    }
}
