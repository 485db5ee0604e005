import Foundation
import ParleyModel

/// One line of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, with the
/// fields Parley does not compute (religion, ethnicity, known groups, tone, ADM2) left empty.
public enum GDELTRow {
    public static let columnCount = 61

    public static func row(_ s: StoredEvent, places: [Place], dateAdded: String) -> [String] {
        let e = s.event
        let date = (e.date?.count ?? 0) >= 10 ? String(e.date!.prefix(10)) : (s.documentDate ?? "")
        let digits = date.replacingOccurrences(of: "-", with: "")
        let day = digits.count == 8 ? digits : ""
        let monthYear = day.isEmpty ? "" : String(day.prefix(6))
        let year = day.isEmpty ? "" : String(day.prefix(4))
        var fraction = ""
        if day.count == 8, let y = Int(day.prefix(4)), let m = Int(day.dropFirst(4).prefix(2)), let d = Int(day.suffix(2)) {
            fraction = String(format: "%.4f", Double(y) + Double((m - 1) * 30 + d) / 365.0)
        }
        var cols: [String] = [String(s.rowId), day, monthYear, year, fraction]
        for p in [e.source, e.target] {
            let code = p?.actor ?? ""
            cols += [
                code, (p?.canonical ?? p?.text ?? "").uppercased(), ActorCountry.of(p?.actor) ?? "", "", "", "", "",
                ActorCountry.type(of: p?.actor) ?? "", "", "",
            ]
        }
        let base = String(e.code.prefix(3))
        cols += [
            e.sentence <= 1 ? "1" : "0", e.code, base, e.root, String(e.quadClass), String(format: "%.1f", e.goldstein),
            String(s.numMentions), String(s.numSources), String(s.numArticles), "",
        ]
        // Actor geography is not resolved separately: empty as GDELT leaves unknown places.
        cols += Array(repeating: "", count: 16)
        cols += geo(e.place, places)
        cols += [dateAdded, s.documentUrl ?? ""]
        precondition(cols.count == columnCount)
        return cols
    }

    /// ActionGeo_ Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
    public static func geo(_ name: String?, _ places: [Place]) -> [String] {
        guard let name else { return Array(repeating: "", count: 8) }
        guard let p = places.first(where: { $0.name == name || $0.text == name }) else {
            return ["", name, "", "", "", "", "", ""]
        }
        let us = p.country == "US"
        let type: String
        switch p.feature {
        case "country": type = "1"
        case "region": type = us ? "2" : "5"
        default: type = us ? "3" : "4"
        }
        let full = [p.name, p.admin1, p.country].compactMap { $0 }.joined(separator: ", ")
        return [
            type, full, p.country ?? "", p.admin1.map { "\(p.country ?? "")\($0)" } ?? "", "",
            p.lat.map { String($0) } ?? "", p.lon.map { String($0) } ?? "", p.geonamesId.map(String.init) ?? "",
        ]
    }
}

/// A PLOVER JSON record (field names as in the PLOVER gold standard records).
public enum PLOVERRecord {
    public static func record(_ s: StoredEvent, sentence: String?, language: String, coded: String) -> [String: Any] {
        let e = s.event
        func actors(_ p: Participant?) -> Any {
            guard let p else { return "" }
            var a: [String: Any] = ["actorText": p.text, "code": ActorCountry.of(p.actor) ?? p.actor ?? ""]
            if let sector = ActorCountry.type(of: p.actor), ActorCountry.of(p.actor) != nil { a["sector"] = sector }
            return [a]
        }
        var r: [String: Any] = [
            "id": "\(s.documentId)-\(e.id)",
            "date": e.date ?? s.documentDate ?? "",
            "source": actors(e.source),
            "target": actors(e.target),
            "event": e.plover?.type ?? "",
            "eventText": e.evidence.verb.text,
            "mode": e.plover?.mode ?? "",
            "context": e.plover?.context ?? "",
            "text": sentence ?? "",
            "language": language,
            "publication": s.documentSource ?? "",
            "url": s.documentUrl ?? "",
            "coder": "Parley",
            "version": "PLOVER 1.0",
            "dateCoded": coded,
            "cameo": e.code,
            "quadClass": e.quadClass,
            "goldstein": e.goldstein,
        ]
        if let place = e.place { r["location"] = [["placeName": place]] }
        if e.negated { r["negated"] = true }
        return r
    }
}
