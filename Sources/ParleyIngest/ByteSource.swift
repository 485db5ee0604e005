#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CZlib

/// A stream of bytes read in chunks, so no input has to fit in memory.
public protocol ByteSource {
    /// Appends up to `max` bytes to `buffer`; returns how many (0 at the end).
    mutating func read(into buffer: inout [UInt8], max: Int) throws -> Int
}

/// Why bytes could not be read.
public enum SourceError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(file: String, reason: String)
    case readFailed(file: String, reason: String)
    /// The gzip data is damaged or ends early; `offset` is the compressed byte offset.
    case badGzip(file: String, offset: Int, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let f, let r): return "\(f): cannot open (\(r))"
        case .readFailed(let f, let r): return "\(f): read failed (\(r))"
        case .badGzip(let f, let o, let r): return "\(f): gzip data damaged at compressed byte \(o) (\(r))"
        }
    }
}

/// A file (or standard input, for `-`) read with POSIX `read` in large chunks.
public final class FileSource: ByteSource {
    let fd: Int32
    let owned: Bool
    public let name: String

    public init(path: String) throws {
        if path == "-" {
            fd = 0
            owned = false
            name = "<stdin>"
            return
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw SourceError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
        }
        self.fd = fd
        owned = true
        name = path
    }

    deinit { if owned { close(fd) } }

    public func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: max))
        let n = buffer.withUnsafeMutableBufferPointer { p in
            Glibc.read(fd, p.baseAddress! + old, max)
        }
        guard n >= 0 else {
            buffer.removeLast(max)
            throw SourceError.readFailed(file: name, reason: String(cString: strerror(errno)))
        }
        buffer.removeLast(max - n)
        return n
    }
}

/// Bytes already in memory (tests, fuzzing, a WARC record's payload).
public struct MemorySource: ByteSource {
    let bytes: [UInt8]
    var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public mutating func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        let n = min(max, bytes.count - position)
        buffer.append(contentsOf: bytes[position..<position + n])
        position += n
        return n
    }
}

/// Decompresses gzip through zlib, including files of many concatenated members (WARC files
/// compressed per record, as Common Crawl's). Damage or an early end throws `badGzip`.
public final class GzipSource: ByteSource {
    var inner: any ByteSource
    let name: String
    var stream = z_stream()
    var input: [UInt8] = []
    var inputPosition = 0
    /// Compressed bytes consumed so far (for error positions).
    public private(set) var compressedOffset = 0
    var finished = false
    var memberOpen = false

    public init(_ inner: any ByteSource, name: String) throws {
        self.inner = inner
        self.name = name
        guard inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw SourceError.badGzip(file: name, offset: 0, reason: "zlib initialisation failed")
        }
    }

    deinit { inflateEnd(&stream) }

    func fill() throws -> Bool {
        if inputPosition < input.count { return true }
        input.removeAll(keepingCapacity: true)
        inputPosition = 0
        return try inner.read(into: &input, max: 1 << 18) > 0
    }

    public func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        if finished { return 0 }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: max))
        var produced = 0
        defer { buffer.removeLast(max - produced) }
        while produced == 0 {
            guard try fill() else {
                finished = true
                if memberOpen {
                    throw SourceError.badGzip(file: name, offset: compressedOffset, reason: "truncated: the data ends inside a gzip member")
                }
                return 0
            }
            memberOpen = true
            let available = input.count - inputPosition
            let rc: Int32 = input.withUnsafeMutableBufferPointer { inp in
                buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_in = inp.baseAddress! + inputPosition
                    stream.avail_in = UInt32(available)
                    stream.next_out = out.baseAddress! + old + produced
                    stream.avail_out = UInt32(max - produced)
                    let rc = inflate(&stream, Z_NO_FLUSH)
                    produced = max - Int(stream.avail_out)
                    return rc
                }
            }
            let consumed = available - Int(stream.avail_in)
            inputPosition += consumed
            compressedOffset += consumed
            if rc == Z_STREAM_END {
                memberOpen = false
                inflateReset(&stream)
            } else if rc != Z_OK && !(rc == Z_BUF_ERROR && consumed == 0 && produced > 0) {
                finished = true
                let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(rc)"
                throw SourceError.badGzip(file: name, offset: compressedOffset, reason: reason)
            }
        }
        return produced
    }
}

/// Opens `path` for reading, decompressing when it starts with the gzip magic bytes.
public enum InputSource {
    public static func open(_ path: String) throws -> any ByteSource {
        let file = try FileSource(path: path)
        var head: [UInt8] = []
        while head.count < 2, try file.read(into: &head, max: 2 - head.count) > 0 {}
        let rest = PrefixedSource(prefix: head, inner: file)
        if head == [0x1F, 0x8B] {
            return try GzipSource(rest, name: path == "-" ? "<stdin>" : path)
        }
        return rest
    }
}

/// Bytes already read (a sniffed prefix) followed by the rest of a source.
struct PrefixedSource: ByteSource {
    var prefix: [UInt8]
    var inner: any ByteSource

    mutating func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        if !prefix.isEmpty {
            let n = min(max, prefix.count)
            buffer.append(contentsOf: prefix[0..<n])
            prefix.removeFirst(n)
            return n
        }
        return try inner.read(into: &buffer, max: max)
    }
}
