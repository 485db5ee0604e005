import FuzzSupport
import ParleyIngest

let path = FuzzInput.file("feed.rss")

/// One input as a whole file for `FeedReader` (gzip-compressed when it starts with the magic bytes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    FuzzInput.write(bytes, to: path)
    FuzzCheck.drain(FeedReader(path: path), path: path, plainSize: FuzzCheck.isGzip(bytes) ? nil : size,
        mayThrowBadGzip: true)
    return 0
}

// libFuzzer takes over from here (options and corpus directories from the command line).
FuzzDriver.run { data, size in fuzz(data ?? empty, size) }
