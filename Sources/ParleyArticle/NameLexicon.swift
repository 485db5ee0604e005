/// Word lists for finding and linking names: titles, organisation words, name particles.
enum NameLexicon {
    /// Capitalized titles written before a name; they are kept apart from the name.
    static let titles: Set<String> = [
        "president", "secretary", "minister", "chancellor", "prime", "foreign", "defense", "defence",
        "vice", "premier", "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "sultan",
        "ayatollah", "general", "gen.", "gen", "lt.", "col.", "maj.", "adm.", "admiral", "colonel",
        "captain", "capt.", "sgt.", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.",
        "senator", "rep.", "representative", "gov.", "governor", "mayor", "judge", "justice",
        "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chief", "director", "commissioner", "leader", "speaker", "state", "interior", "finance",
        "deputy", "assistant", "special", "attorney", "senior", "supreme", "former", "acting",
        "crown", "cardinal", "rev.", "reverend", "sir", "lord", "lady", "dame", "secretary-general",
        "president-elect", "ceo", "executive", "officer", "commander", "ministry",
    ]
    /// Lowercase role nouns written just before a name ("spokeswoman Maria Zakharova").
    static let roles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "envoy", "minister", "president", "secretary",
        "chancellor", "leader", "ambassador", "adviser", "advisor", "official", "analyst",
        "director", "chairman", "chief", "senator", "candidate", "nominee", "governor", "mayor",
        "commander", "general", "counterpart", "colleague", "negotiator", "premier", "economist",
        "professor", "lawyer", "attorney", "judge", "fellow", "researcher", "activist", "dictator",
    ]
    /// Female and male role words, evidence for pronoun gender.
    static let femaleWords: Set<String> = [
        "spokeswoman", "chairwoman", "mrs.", "ms.", "mrs", "ms", "queen", "princess", "lady", "dame",
        "she", "her", "hers", "herself", "woman", "congresswoman", "businesswoman", "mother", "wife",
    ]
    static let maleWords: Set<String> = [
        "spokesman", "chairman", "mr.", "mr", "king", "prince", "sir", "lord", "he", "him", "his",
        "himself", "man", "congressman", "businessman", "father", "husband",
    ]
    /// Words that make a capitalized sequence an organisation.
    static let orgWords: Set<String> = [
        "committee", "ministry", "council", "academy", "institute", "university", "party", "union",
        "nations", "bank", "fund", "organization", "organisation", "agency", "conference",
        "coalition", "army", "forces", "front", "movement", "group", "company", "corp.", "corp",
        "inc.", "inc", "ltd", "ltd.", "co.", "news", "times", "post", "journal", "department",
        "office", "commission", "court", "congress", "parliament", "senate", "house", "government",
        "state", "association", "federation", "foundation", "center", "centre", "service",
        "services", "police", "guard", "brigade", "brigades", "network", "television", "radio",
        "press", "reuters", "bloomberg", "league", "alliance", "board", "authority", "assembly",
        "club", "church", "airlines", "airways", "systems", "holdings", "partners", "capital",
        "security", "relations", "studies", "administration", "pentagon", "kremlin", "command",
        "tribunal", "cabinet", "treasury", "exchange", "reserve", "hospital", "school", "college",
    ]
    /// Lowercase words allowed inside a name ("Staffan de Mistura", "Institute of Oriental Studies").
    static let particles: Set<String> = ["de", "da", "di", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "of", "du", "dos", "del", "on", "for", "and"]
    /// Particles that may only join person names, never start or end a name.
    static let personParticles: Set<String> = ["de", "da", "di", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "du", "dos", "del"]

    /// Capitalized words that start sentences or headlines without being names.
    static let functionWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "my", "your", "in", "on", "at", "for", "from",
        "with", "by", "to", "of", "as", "after", "before", "but", "and", "or", "if", "when",
        "while", "since", "because", "although", "though", "most", "many", "some", "all", "no",
        "not", "there", "here", "what", "who", "which", "where", "why", "how", "also", "yet",
        "still", "even", "only", "just", "now", "then", "once", "about", "more", "less", "such",
        "both", "each", "every", "other", "another", "any", "much", "few", "several", "under",
        "over", "during", "until", "without", "within", "among", "between", "despite", "instead",
        "meanwhile", "however", "so", "thus", "like", "unlike", "asked", "said", "says", "read",
        "update", "updated", "photo", "watch", "related", "share", "follow", "mr", "is", "was",
        "are", "were", "be", "do", "does", "did", "has", "have", "had", "can", "could", "will",
        "would", "should", "may", "might", "must", "according", "earlier", "later", "last", "next",
        "new", "first", "one", "two", "three", "several", "rebel", "people", "officials",
    ]

    static let pronouns: [String: Character] = [
        "he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
        "herself": "f",
    ]

    /// Speech and attribution verbs ("said", "told", "warned").
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "warned", "warns",
        "stated", "states", "declared", "declares", "noted", "notes", "explained", "explains",
        "argued", "argues", "insisted", "insists", "claimed", "claims", "announced", "announces",
        "asked", "asks", "replied", "replies", "responded", "responds", "continued", "continues",
        "acknowledged", "acknowledges", "admitted", "admits", "recalled", "recalls", "suggested",
        "suggests", "predicted", "predicts", "cautioned", "cautions", "tweeted", "tweets",
        "posted", "posts", "urged", "urges", "stressed", "stresses", "emphasized", "emphasizes",
        "conceded", "concedes", "observed", "observes", "remarked", "remarks", "maintained",
        "maintains", "contended", "contends", "complained", "complains", "quipped", "quips",
        "joked", "jokes", "boasted", "boasts", "promised", "promises", "vowed", "vows",
        "believes", "believed", "thinks", "thought", "worried", "wondered", "agreed", "agrees",
        "countered", "counters", "shouted", "shouts", "yelled", "yells", "screamed", "screams", "wrote", "reported", "reports", "indicated",
        "indicates", "confirmed", "confirms", "denied", "denies", "alleged", "alleges", "charged",
        "charges", "testified", "testifies", "predicted", "estimated", "estimates", "pointed",
        "announced", "proclaimed", "proclaims", "mused", "muses", "declared", "blasted", "slammed",
        "accused", "accuses", "demanded", "demands", "signaled", "signalled", "hinted", "hints",
        "speculated", "expects", "expected", "hopes", "hoped", "feared", "fears", "saying",
        "telling", "adding", "writing", "noting", "asking", "explaining", "warning", "arguing",
        "exclaimed", "confessed", "concluded", "echoed", "read", "reads", "quoted", "tweeting",
        "insisting", "declaring", "stating", "pleaded", "shot", "fired", "interjected",
        "chanted", "chants", "chanting", "sang", "sings", "retorted", "retorts", "concludes",
        "recited", "recites", "begged", "begs", "shouting", "yelling",
    ]
}
