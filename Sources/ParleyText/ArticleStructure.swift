/// The role of one paragraph-like unit of an article.
public enum UnitRole: Sendable, Equatable {
    case title, heading, bullet, body
    case removed(reason: String)
}

/// A paragraph, heading, bullet or removed line: a trimmed byte range and its role.
public struct TextUnit: Sendable, Equatable {
    public var byteStart: Int
    public var byteEnd: Int
    public var role: UnitRole
}

/// Finds the layout of a plain-text article: title, section headings, bullets and the
/// lines that are not article text (boilerplate), using the shape of each line and its
/// position rather than any one publisher's strings.
public enum ArticleStructure {
    struct Line {
        var start: Int
        var end: Int  // trimmed
        var blankBefore: Bool
        /// `LineShape(p, start, end)` once it was needed, so no range is counted twice.
        var shape: LineShape? = nil
    }

    public static func analyze(_ p: UnsafeBufferPointer<UInt8>) -> [TextUnit] {
        let paragraphs = paragraphs(p)
        var units: [TextUnit] = []
        units.reserveCapacity(paragraphs.count)
        var sawTitle = false
        var sawBody = false
        for (n, para) in paragraphs.enumerated() {
            var start = para.start
            let end = para.end
            let isLast = n == paragraphs.count - 1
            if let marker = bulletMarkerLength(p, start, end) {
                start += marker
                while start < end, p[start] == 0x20 || p[start] == 0x09 { start += 1 }
                units.append(TextUnit(byteStart: start, byteEnd: end, role: .bullet))
                continue
            }
            let shape = para.shape ?? LineShape(p, start, end)
            if let reason = Boilerplate.reason(
                shape, p, start, end, position: n, count: paragraphs.count, inHeader: !sawBody)
            {
                units.append(TextUnit(byteStart: start, byteEnd: end, role: .removed(reason: reason)))
                continue
            }
            if !sawTitle && !sawBody && shape.words <= 30 && !shape.endsSentence {
                sawTitle = true
                units.append(TextUnit(byteStart: start, byteEnd: end, role: .title))
                continue
            }
            sawTitle = true
            if !shape.endsSentence && !isLast && shape.isTitleCase(p) {
                if shape.words >= 5 {
                    // A long capitalised line set apart from the text is a link to another story.
                    units.append(
                        TextUnit(
                            byteStart: start, byteEnd: end, role: .removed(reason: "related-headline")))
                } else {
                    units.append(TextUnit(byteStart: start, byteEnd: end, role: .heading))
                }
                continue
            }
            sawBody = true
            units.append(TextUnit(byteStart: start, byteEnd: end, role: .body))
        }
        return units
    }

    /// Bytes of a bullet marker ("•", "-", "*", "–", "·", "▪") followed by a space.
    static func bulletMarkerLength(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
        let first = Scalars.decode(p, s)
        switch first.value {
        case 0x2022, 0x00B7, 0x25AA, 0x2023, 0x25CF, 0x2013, 0x2D, 0x2A:
            let next = s + first.length
            guard next < e, p[next] == 0x20 || p[next] == 0x09 || p[next] == 0xC2 else { return nil }
            return first.length
        default:
            return nil
        }
    }

    /// Splits text into paragraphs: blank lines always separate; a single newline
    /// separates unless the line break only wraps a running sentence.
    static func paragraphs(_ p: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(p.count / 64 + 4)
        var i = 0
        var blank = true
        while i < p.count {
            let e = lineEnd(p, from: i)
            var s = i
            var t = e
            while s < t, isSpace(p, s) { s += spaceLength(p, s) }
            while t > s, isSpaceBefore(p, t) { t -= spaceLengthBefore(p, t) }
            if s < t {
                lines.append(Line(start: s, end: t, blankBefore: blank))
                blank = false
            } else {
                blank = true
            }
            i = e
            if i < p.count, p[i] == 0x0D { i += 1 }
            if i < p.count, p[i] == 0x0A { i += 1 }
        }
        var out: [Line] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            let n = out.count - 1
            if n >= 0, !line.blankBefore, bulletMarkerLength(p, line.start, line.end) == nil {
                var prevShape = out[n].shape ?? LineShape(p, out[n].start, out[n].end)
                let wraps = isSoftWrap(p, previous: out[n], prevShape: &prevShape, next: line)
                out[n].shape = prevShape
                if wraps {
                    out[n].shape = prevShape.extended(p, by: LineShape(p, line.start, line.end))
                    out[n].end = line.end
                    continue
                }
            }
            out.append(line)
        }
        return out
    }

    /// Whether the line break before `next` only wraps the paragraph `previous` (whose shape is
    /// `prevShape`); `next` is not a bullet.
    /// The first CR or LF at or after `i`, or the end; eight bytes at a time.
    @inline(__always) static func lineEnd(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var e = i
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            while e + 8 <= p.count {
                let w = raw.loadUnaligned(fromByteOffset: e, as: UInt64.self)
                let lf = w ^ (ones &* 0x0A)
                let cr = w ^ (ones &* 0x0D)
                // A zero byte in either: the classic has-zero-byte test.
                if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & (ones &* 0x80) != 0 { break }
                e += 8
            }
        }
        while e < p.count, p[e] != 0x0A, p[e] != 0x0D { e += 1 }
        return e
    }

    static func isSoftWrap(
        _ p: UnsafeBufferPointer<UInt8>, previous: Line, prevShape: inout LineShape, next: Line
    ) -> Bool {
        if prevShape.endsSentence || prevShape.endsWithColon { return false }
        let nextFirst = Scalars.decode(p, next.start).value
        if Scalars.isLower(nextFirst) { return true }
        // A line that stops on a lowercase word or a comma is mid-sentence.
        var k = previous.end - 1
        while k > previous.start, p[k] & 0xC0 == 0x80 { k -= 1 }
        let last = Scalars.decode(p, k).value
        if (Scalars.isLower(last) || last == 0x2C || last == 0x3B) && previous.end - previous.start >= 35 {
            return true
        }
        // A long line that stops mid-sentence was wrapped; a short one is a heading.
        return previous.end - previous.start >= 50 && !prevShape.titleCase(p)
    }

    @inline(__always) static func isSpace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = Scalars.classify(p, i)
        return c == .space || c == .zeroWidth
    }

    @inline(__always) static func spaceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        p[i] < 0x80 ? 1 : Scalars.decode(p, i).length
    }

    static func isSpaceBefore(_ p: UnsafeBufferPointer<UInt8>, _ t: Int) -> Bool {
        isSpace(p, t - spaceLengthBefore(p, t))
    }

    static func spaceLengthBefore(_ p: UnsafeBufferPointer<UInt8>, _ t: Int) -> Int {
        var k = t - 1
        while k > 0, p[k] & 0xC0 == 0x80 { k -= 1 }
        return t - k
    }
}
