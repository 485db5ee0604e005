/// Character classes the tokenizer needs, decided from one Unicode scalar.
/// ASCII is answered from a table; other scalars from their Unicode properties.
enum ScalarClass: UInt8 {
    case space, zeroWidth, letter, digit, hyphen, apostrophe, quote, dash, emoji, other
}

/// One decoded scalar and its length in bytes.
struct ScalarAt {
    var value: UInt32
    var length: Int
}

enum Scalars {
    /// Decodes the (already valid) UTF-8 scalar at `i`.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> ScalarAt {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return ScalarAt(value: b0, length: 1) }
        if b0 < 0xE0, i + 1 < p.count {
            return ScalarAt(value: (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), length: 2)
        }
        if b0 < 0xF0, i + 2 < p.count {
            return ScalarAt(
                value: (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F),
                length: 3)
        }
        if i + 3 < p.count {
            return ScalarAt(
                value: (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F)
                    << 6 | UInt32(p[i + 3] & 0x3F), length: 4)
        }
        return ScalarAt(value: 0xFFFD, length: 1)
    }

    /// Class of every ASCII byte, indexed by the byte; bytes ≥ 0x80 are never looked up here.
    /// A literal so the compiler lays it out statically (no lazy initialisation on access).
    static let asciiClass: [ScalarClass] = [
        // 0x00-0x0F: controls; TAB, LF, VT, FF, CR are spaces
        .other, .other, .other, .other, .other, .other, .other, .other,
        .other, .space, .space, .space, .space, .space, .other, .other,
        // 0x10-0x1F
        .other, .other, .other, .other, .other, .other, .other, .other,
        .other, .other, .other, .other, .other, .other, .other, .other,
        // 0x20-0x2F: space ! " # $ % & ' ( ) * + , - . /
        .space, .other, .quote, .other, .other, .other, .other, .apostrophe,
        .other, .other, .other, .other, .other, .hyphen, .other, .other,
        // 0x30-0x3F: digits : ; < = > ?
        .digit, .digit, .digit, .digit, .digit, .digit, .digit, .digit,
        .digit, .digit, .other, .other, .other, .other, .other, .other,
        // 0x40-0x5F: @ A-Z [ \ ] ^ _
        .other, .letter, .letter, .letter, .letter, .letter, .letter, .letter,
        .letter, .letter, .letter, .letter, .letter, .letter, .letter, .letter,
        .letter, .letter, .letter, .letter, .letter, .letter, .letter, .letter,
        .letter, .letter, .letter, .other, .other, .other, .other, .other,
        // 0x60-0x7F: ` a-z { | } ~ DEL
        .other, .letter, .letter, .letter, .letter, .letter, .letter, .letter,
        .letter, .letter, .letter, .letter, .letter, .letter, .letter, .letter,
        .letter, .letter, .letter, .letter, .letter, .letter, .letter, .letter,
        .letter, .letter, .letter, .other, .other, .other, .other, .other,
    ]

    @inline(__always)
    static func classifyASCII(_ c: UInt32) -> ScalarClass {
        asciiClass.withUnsafeBufferPointer { $0[Int(c & 0x7F)] }
    }

    /// ASCII from the table; everything else from `classifyNonASCII`, kept out of line so the
    /// ASCII path inlines into the scanners.
    @inline(__always)
    static func classify(_ v: UInt32) -> ScalarClass {
        if v < 0x80 { return classifyASCII(v) }
        return classifyNonASCII(v)
    }

    /// Class of the scalar starting at byte `i`, decoding only when it is not ASCII.
    @inline(__always)
    static func classify(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> ScalarClass {
        let b = p[i]
        if b < 0x80 { return classifyASCII(UInt32(b)) }
        return classifyNonASCII(decode(p, i).value)
    }

    @inline(never)
    static func classifyNonASCII(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x85:
            return .space
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F:
            return .zeroWidth
        case 0x2010, 0x2011:
            return .hyphen
        case 0x2019, 0x02BC:
            return .apostrophe
        case 0x2018, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2039, 0x203A:
            return .quote
        case 0x2012...0x2015, 0x2212:
            return .dash
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x1F1E6...0x1F1FF:
            return .emoji
        default:
            guard let s = Unicode.Scalar(v) else { return .other }
            let props = s.properties
            if props.isAlphabetic || props.generalCategory == .nonspacingMark { return .letter }
            if props.numericType == .decimal { return .digit }
            if props.isWhitespace { return .space }
            return .other
        }
    }

    @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    @inline(__always)
    static func isLower(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return Unicode.Scalar(v)?.properties.isLowercase ?? false
    }
}

/// Folds the characters that differ only in typography, for matching.
/// The document text keeps the originals; only lookups use this form.
public enum MatchNormalizer {
    public static func normalize<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            // '' and `` are typewriter double quotes.
            if bytes.count == 2, let f = bytes.first, f == 0x27 || f == 0x60, bytes.dropFirst().first == f { return "\"" }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for s in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch s.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: out.append("\"")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: out.append("-")
            case 0x2014, 0x2015: out.append("-")
            case 0x2026:
                out.append(".")
                out.append(".")
                out.append(".")
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: continue
            default: out.append(s)
            }
        }
        return String(out)
    }
}
