/// The country part of a CAMEO actor code, as GDELT's Actor1CountryCode.
///
/// CAMEO codes start with a three-letter country (ISO alpha-3, "RUSGOV" → "RUS") unless the
/// actor is international, transnational or a bare role ("IGOUNO", "NGO", "GOV"), which have
/// no country.
public enum ActorCountry {
    /// Three-letter prefixes that are CAMEO roles or organisation types, not countries.
    static let nonCountry: Set<Substring> = [
        "IGO", "NGO", "IMG", "MNC", "UIS", "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY",
        "MED", "EDU", "BUS", "CRM", "CVL", "ELI", "HLH", "HRI", "LAB", "LEG", "REF", "MOD", "RAD",
        "AGR", "UAF", "INS", "SEP", "ENV", "REL", "JEW", "CHR", "MOS", "BUD", "HIN", "ITH", "SHI",
        "SUN", "SIK", "ETH", "DEV", "AMN", "IRC", "GRP", "UNO", "WFP", "ICC", "IMF", "WBK", "ILO",
        "WHO", "NAT", "NON", "CON", "ROM", "CTH", "TAX", "MUS", "RDC", "PRO", "UNK", "KUR",
    ]

    /// Country code of `actor`, or nil.
    public static func of(_ actor: String?) -> String? {
        guard let actor, actor.utf8.count >= 3 else { return nil }
        let prefix = actor.prefix(3)
        guard prefix.allSatisfy({ $0.isASCII && $0.isUppercase }), !nonCountry.contains(prefix) else {
            return nil
        }
        return String(prefix)
    }

    /// The actor code after its country ("RUSGOV" → "GOV"), as GDELT's Actor1Type1Code.
    public static func type(of actor: String?) -> String? {
        guard let actor else { return nil }
        if of(actor) != nil {
            let rest = actor.dropFirst(3)
            return rest.count >= 3 ? String(rest.prefix(3)) : nil
        }
        return actor.count >= 3 ? String(actor.prefix(3)) : nil
    }
}
