import Foundation

/// A model file that cannot be used; names the file and what is wrong with it.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    case missing(file: String)
    case badMagic(file: String)
    case truncated(file: String, offset: Int)
    case corrupt(file: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let f): return "\(f): model file not found"
        case .badMagic(let f): return "\(f): not a Parley model file (bad magic)"
        case .truncated(let f, let o): return "\(f): model file truncated at byte \(o)"
        case .corrupt(let f, let r): return "\(f): corrupt model file (\(r))"
        }
    }
}

/// Writes the binary model container: magic, kind, payload length, checksum, payload.
///
/// Little-endian, arrays as count + raw elements. Compact and read with one copy per array.
struct ModelWriter {
    private(set) var payload: [UInt8] = []

    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { payload.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { payload.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func string(_ s: String) {
        u32(UInt32(s.utf8.count))
        payload.append(contentsOf: s.utf8)
    }
    mutating func strings(_ a: [String]) {
        u32(UInt32(a.count))
        for s in a { string(s) }
    }
    mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        u32(UInt32(a.count))
        a.withUnsafeBytes { payload.append(contentsOf: $0) }
    }

    static let magic: [UInt8] = Array("PRLYNLP1".utf8)

    func fileBytes(kind: String) -> [UInt8] {
        var out = Self.magic
        var head = ModelWriter()
        head.string(kind)
        head.u64(UInt64(payload.count))
        head.u64(ModelReader.checksum(payload[...]))
        out += head.payload
        out += payload
        return out
    }

    func write(to path: String, kind: String) throws {
        try Data(fileBytes(kind: kind)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// Reads what `ModelWriter` wrote, checking bounds at every read.
struct ModelReader {
    let file: String
    private let data: [UInt8]
    private(set) var offset: Int

    static func checksum(_ p: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        p.withUnsafeBufferPointer { b in
            // Eight bytes at a time keeps verifying a 10 MB model within a few milliseconds.
            let n = b.count / 8
            b.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: b.count) { base in
                let raw = UnsafeRawPointer(base)
                for i in 0..<n {
                    h = (h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                    h ^= h >> 32
                }
            }
            for i in (n * 8)..<b.count { h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3 }
        }
        return h
    }

    /// Opens and verifies a model; `kind` must match what the writer stored.
    init(bytes: [UInt8], file: String, kind: String) throws {
        self.file = file
        self.data = bytes
        self.offset = 0
        guard bytes.count >= 8 else { throw ModelError.truncated(file: file, offset: bytes.count) }
        guard Array(bytes[0..<8]) == ModelWriter.magic else { throw ModelError.badMagic(file: file) }
        offset = 8
        let k = try string()
        guard k == kind else { throw ModelError.corrupt(file: file, reason: "holds a \(k) model, expected \(kind)") }
        let length = Int(try u64())
        let sum = try u64()
        guard bytes.count - offset >= length else { throw ModelError.truncated(file: file, offset: bytes.count) }
        guard bytes.count - offset == length else {
            throw ModelError.corrupt(file: file, reason: "\(bytes.count - offset - length) trailing bytes")
        }
        guard Self.checksum(bytes[offset...]) == sum else {
            throw ModelError.corrupt(file: file, reason: "checksum mismatch")
        }
    }

    init(path: String, kind: String) throws {
        guard let d = FileManager.default.contents(atPath: path) else { throw ModelError.missing(file: path) }
        try self.init(bytes: [UInt8](d), file: (path as NSString).lastPathComponent, kind: kind)
    }

    private mutating func need(_ n: Int) throws {
        guard n >= 0, data.count - offset >= n else { throw ModelError.truncated(file: file, offset: data.count) }
    }

    mutating func u32() throws -> UInt32 {
        try need(4)
        let v = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
        offset += 4
        return UInt32(littleEndian: v)
    }

    mutating func u64() throws -> UInt64 {
        try need(8)
        let v = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: v)
    }

    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }

    mutating func string() throws -> String {
        let n = Int(try u32())
        try need(n)
        let s = String(decoding: data[offset..<(offset + n)], as: UTF8.self)
        offset += n
        return s
    }

    mutating func strings() throws -> [String] {
        let n = Int(try u32())
        try need(n * 4)
        return try (0..<n).map { _ in try string() }
    }

    mutating func array<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = Int(try u32())
        let size = n * MemoryLayout<T>.stride
        try need(size)
        let out = [T](unsafeUninitializedCapacity: n) { buf, count in
            data.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buf).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + size)]))
            }
            count = n
        }
        offset += size
        return out
    }

    /// True when every payload byte has been read (optional trailing sections are absent).
    var atEnd: Bool { offset == data.count }

    func corrupt(_ reason: String) -> ModelError { .corrupt(file: file, reason: reason) }
}
