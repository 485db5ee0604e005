import CZlib  // the system zlib module of the main package, to build gzip members
import FuzzSupport
import ParleyIngest

let plainPath = FuzzInput.file("crawl.warc")
let gzipPath = FuzzInput.file("crawl.warc.gz")

/// Each input is read twice by `WARCReader`:
/// 1. as it is (plain WARC, or garbled gzip when a seed's compressed bytes were mutated);
/// 2. plain inputs are also gzip-compressed one member per record, as Common Crawl does, and
///    the compressed stream is cut or has a byte flipped at a point taken from the input, so
///    damaged and truncated gzip records are reached with valid WARC inside.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    FuzzInput.write(bytes, to: plainPath)
    let gzipped = FuzzCheck.isGzip(bytes)
    FuzzCheck.drain(WARCReader(path: plainPath), path: plainPath, plainSize: gzipped ? nil : size)
    guard !gzipped, size > 0 else { return 0 }

    var compressed: [UInt8] = []
    for record in records(bytes) { compressed += gzipMember(UnsafeBufferPointer(rebasing: bytes[record])) }
    // The last input byte chooses the damage: none, a cut, or one flipped byte.
    let control = Int(bytes[size - 1])
    let at = (size &* 31 &+ control) % max(compressed.count, 1)
    switch control % 4 {
    case 1: compressed.removeLast(compressed.count - at)
    case 2: compressed[at] ^= UInt8(truncatingIfNeeded: control | 1)
    default: break
    }
    FuzzInput.write(compressed, to: gzipPath)
    FuzzCheck.drain(WARCReader(path: gzipPath), path: gzipPath, plainSize: nil)
    return 0
}

/// Byte ranges starting at each line that begins with "WARC/" (the first starts at 0).
func records(_ p: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var starts = [0]
    let magic = Array("WARC/".utf8)
    var i = 1
    while i + magic.count <= p.count {
        if p[i - 1] == 0x0A && p[i] == 0x57 && Array(p[i..<i + magic.count]) == magic { starts.append(i) }
        i += 1
    }
    return starts.indices.map { k in starts[k]..<(k + 1 < starts.count ? starts[k + 1] : p.count) }
}

/// One gzip member holding `p`.
func gzipMember(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var stream = z_stream()
    let rc = deflateInit2_(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    precondition(rc == Z_OK)
    defer { deflateEnd(&stream) }
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(p.count))) + 32)
    let input = Array(p)
    var produced = 0
    input.withUnsafeBufferPointer { inp in
        out.withUnsafeMutableBufferPointer { o in
            stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
            stream.avail_in = UInt32(inp.count)
            stream.next_out = o.baseAddress
            stream.avail_out = UInt32(o.count)
            let rc = deflate(&stream, Z_FINISH)
            precondition(rc == Z_STREAM_END, "deflate: \(rc)")
            produced = o.count - Int(stream.avail_out)
        }
    }
    return Array(out.prefix(produced))
}

// libFuzzer takes over from here (options and corpus directories from the command line).
FuzzDriver.run { data, size in fuzz(data ?? empty, size) }
