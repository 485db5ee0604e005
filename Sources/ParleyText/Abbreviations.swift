/// Words that keep their period: titles, months, company suffixes and Latin forms.
/// Letter-period sequences (U.S., a.m., e.g.) and single initials are recognised by shape.
enum Abbreviations {
    /// Abbreviations that take the period and never end a sentence by themselves
    /// (they are followed by a name or a number).
    static let prefixing: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
        "Maj", "Adm", "Cmdr", "Brig", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Amb", "Sec", "Supt",
        "Insp", "Det", "Atty", "Fr", "Sr", "Jr", "St", "Mt", "Ft", "No", "Nos", "Vol", "Art",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "vs", "v", "cf", "viz", "approx", "ca", "fig", "Fig", "pp", "p", "ch", "sec", "para",
    ]
    /// Abbreviations that may also end a sentence ("… made by Acme Inc. The …").
    static let terminal: Set<String> = [
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "LLC", "Cie", "Dept", "Univ", "Assn",
        "etc", "al", "Ave", "Blvd", "Rd", "Ky", "Tenn", "Calif", "Ariz", "Ark", "Colo", "Conn",
        "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Mass", "Md", "Mich", "Minn", "Miss", "Mo",
        "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]

    static func isAbbreviation(_ word: String) -> Bool {
        prefixing.contains(word) || terminal.contains(word)
    }

    static let abbreviationBytes = WordSet(prefixing.union(terminal))
    static let prefixingBytes = WordSet(prefixing)
    static let sentenceStarterBytes = WordSet(sentenceStarters)

    // The byte lookups answer ASCII words. Other words go through the String sets, whose
    // comparison is by canonical equivalence ("\u{212A}y", with a Kelvin sign, equals "Ky").

    /// Whether `p[start..<end]` is an abbreviation that takes its period.
    static func isAbbreviation(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if p.isASCII(start, end) { return abbreviationBytes.contains(p, start, end) }
        return isAbbreviation(String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self))
    }

    /// Whether `p[start..<end]` is an abbreviation that never ends a sentence.
    static func isPrefixing(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if p.isASCII(start, end) { return prefixingBytes.contains(p, start, end) }
        return prefixing.contains(String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self))
    }

    /// Whether `p[start..<end]` is a word that typically opens a sentence.
    static func isSentenceStarter(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if p.isASCII(start, end) { return sentenceStarterBytes.contains(p, start, end) }
        return sentenceStarters.contains(String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self))
    }

    /// Words that commonly open a sentence and rarely continue a proper name; after an
    /// abbreviation such as "U.S." they signal that the sentence ended there.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
        "Those", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "With", "After",
        "Before", "When", "While", "If", "As", "Meanwhile", "However", "There", "His", "Her",
        "Its", "Their", "Our", "My", "Some", "Many", "Most", "Both", "Such", "Other", "Officials",
        "Still", "Also", "Since", "Although", "Though", "Because", "Last", "Earlier", "Later",
        "Mr.", "Mrs.", "Ms.", "Dr.",
    ]
}
