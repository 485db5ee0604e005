/// Reads lines and fixed-size blocks from a `ByteSource` with one reusable buffer,
/// tracking the byte offset of what it returns.
public struct BufferedReader {
    var source: any ByteSource
    var buffer: [UInt8] = []
    var start = 0
    var eof = false
    /// Offset (in the decompressed stream) of the next unread byte.
    public private(set) var offset = 0
    static let chunk = 1 << 20

    public init(_ source: any ByteSource) { self.source = source }

    mutating func compact() {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    mutating func more() throws -> Bool {
        if eof { return false }
        compact()
        if try source.read(into: &buffer, max: Self.chunk) == 0 { eof = true }
        return !eof
    }

    /// The next line without its `\n` (and `\r`), or nil at the end. Lines longer than
    /// `maxLength` are returned cut (the rest is skipped) so one bad line cannot exhaust memory.
    public mutating func nextLine(maxLength: Int = 64 << 20) throws -> [UInt8]? {
        var scanned = 0  // bytes after `start` known to hold no newline
        while true {
            if let nl = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<min(end, start + maxLength)])
                offset += nl + 1 - start
                start = nl + 1
                return line
            }
            if buffer.count - start > maxLength {
                // Skip the rest of an overlong line.
                let line = Array(buffer[start..<start + maxLength])
                offset += buffer.count - start
                start = buffer.count
                while try more() {
                    if let nl = buffer[start...].firstIndex(of: 0x0A) {
                        offset += nl + 1 - start
                        start = nl + 1
                        return line
                    }
                    offset += buffer.count - start
                    start = buffer.count
                }
                return line
            }
            scanned = buffer.count - start
            if try !more() {
                if start < buffer.count {
                    let line = Array(buffer[start..<buffer.count])
                    offset += buffer.count - start
                    start = buffer.count
                    return line
                }
                return nil
            }
        }
    }

    /// Exactly `count` bytes, or fewer at the end of the input.
    public mutating func read(count: Int) throws -> [UInt8] {
        while buffer.count - start < count, try more() {}
        let n = min(count, buffer.count - start)
        let out = Array(buffer[start..<start + n])
        start += n
        offset += n
        return out
    }

    /// Skips `count` bytes without keeping them.
    public mutating func skip(count: Int) throws {
        var left = count
        while left > 0 {
            if start >= buffer.count, try !more() { return }
            let n = min(left, buffer.count - start)
            start += n
            offset += n
            left -= n
        }
    }

    /// Reads every remaining byte, up to `limit` (the rest is skipped); returns the bytes and
    /// whether the input was longer.
    public mutating func readAll(limit: Int) throws -> (bytes: [UInt8], truncated: Bool) {
        while buffer.count - start <= limit, try more() {}
        let n = min(limit, buffer.count - start)
        let out = Array(buffer[start..<start + n])
        let truncated = buffer.count - start > limit
        start += n
        offset += n
        if truncated {
            start = buffer.count
            while try more() { start = buffer.count }
        }
        return (out, truncated)
    }
}
