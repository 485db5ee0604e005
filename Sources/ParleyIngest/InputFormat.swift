import Foundation

/// The kinds of input `parley ingest` reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, text, html, jsonl, csv, rss, warc

    /// A reader for one file in this format (`auto` decides from the name, then the first bytes).
    public func reader(for path: String) throws -> any ArticleReader {
        let format = self == .auto ? try Self.detect(path) : self
        switch format {
        case .auto, .text: return TextFileReader(path: path)
        case .html: return HTMLReader(path: path)
        case .jsonl: return JSONLReader(path: path)
        case .csv: return CSVReader(path: path)
        case .rss: return FeedReader(path: path)
        case .warc: return WARCReader(path: path)
        }
    }

    /// Format of `path` from its extension (ignoring `.gz`), else from its first bytes.
    public static func detect(_ path: String) throws -> InputFormat {
        var name = (path as NSString).lastPathComponent.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        let ext = (name as NSString).pathExtension
        switch ext {
        case "jsonl", "ndjson", "json": return .jsonl
        case "csv": return .csv
        case "rss", "atom": return .rss
        case "warc", "arc": return .warc
        case "html", "htm", "xhtml": return .html
        case "txt", "text", "md": return .text
        default: break
        }
        if path == "-" { return .text }
        var reader = BufferedReader(try InputSource.open(path))
        let head = String(decoding: try reader.read(count: 2048), as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("WARC/") { return .warc }
        if trimmed.hasPrefix("{") { return .jsonl }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("<?xml") || lower.hasPrefix("<rss") || lower.hasPrefix("<feed") {
            if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf") { return .rss }
        }
        if lower.hasPrefix("<") && (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")) {
            return .html
        }
        return .text
    }
}

/// The files named on the command line: files as given, directories walked recursively
/// (hidden files skipped, sorted for a stable order), `-` for standard input.
public enum InputFiles {
    public static func expand(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                out.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SourceError.cannotOpen(file: path, reason: "no such file or directory")
            }
            if !isDirectory.boolValue {
                out.append(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                throw SourceError.cannotOpen(file: path, reason: "cannot list the directory")
            }
            var files: [String] = []
            while let rel = walker.nextObject() as? String {
                if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let full = (path as NSString).appendingPathComponent(rel)
                var dir: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { files.append(full) }
            }
            out.append(contentsOf: files.sorted())
        }
        return out
    }
}
