#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CFuzzDriver
import ParleyIngest

/// Runs libFuzzer (its options and corpus directories come from the command line) on `test`.
public enum FuzzDriver {
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}

/// Helpers shared by the reader fuzz targets.
public enum FuzzInput {
    /// The readers take a path, so each input is written to one per-process file (in /dev/shm
    /// when there is one, so no disk is touched). The reader then goes through the real
    /// `InputSource.open` path, including gzip sniffing.
    public static func file(_ name: String) -> String {
        let dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        return "\(dir)/parley-fuzz-\(getpid())-\(name)"
    }

    /// Writes `bytes` to `path`, replacing it.
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot create \(path)")
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            precondition(n > 0, "cannot write \(path)")
            done += n
        }
        close(fd)
    }

    public static func write(_ bytes: [UInt8], to path: String) {
        bytes.withUnsafeBufferPointer { write($0, to: path) }
    }
}

/// Stops on a broken promise with the reason on stderr (release builds drop precondition
/// messages), then aborts so libFuzzer saves the input.
public func fuzzFailure(_ message: String) -> Never {
    fputs("FUZZ CHECK FAILED: \(message)\n", stderr)
    abort()
}

public func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fuzzFailure(message()) }
}

public enum FuzzCheck {
    /// Runs `reader` to the end and checks what every reader promises: it does not throw for
    /// damaged content (only for an unreadable file), every error names the file, a record
    /// number and, when it gives one, an offset within the (plain) input.
    ///
    /// A damaged gzip file is the one thing a whole-file reader (HTML, RSS) may throw for:
    /// it throws `SourceError.badGzip` (file and compressed offset in its description), which
    /// the ingest engine reports as an `unreadable` record. The streaming readers (WARC,
    /// JSONL) must report it as a `truncated-gzip` record instead.
    public static func drain(_ reader: any ArticleReader, path: String, plainSize: Int?, mayThrowBadGzip: Bool = false) {
        do {
            try reader.read { result in
                let origin: RecordOrigin
                switch result {
                case .success(let article):
                    origin = article.origin
                    fuzzCheck(!article.text.isEmpty, "article without text at \(origin)")
                    // What the pipeline would read must be well-formed.
                    _ = article.pipelineInput
                    _ = article.inputHash
                case .failure(let error):
                    origin = error.origin
                    fuzzCheck(!error.code.isEmpty && !error.message.isEmpty, "error without code or message: \(error)")
                }
                fuzzCheck(origin.file == path, "origin names \(origin.file), not \(path)")
                fuzzCheck(origin.record != nil, "origin without a record number: \(origin)")
                if let offset = origin.offset, let plainSize {
                    fuzzCheck(offset >= 0 && offset <= plainSize, "offset \(offset) outside the \(plainSize)-byte input: \(origin)")
                }
            }
        } catch let error as SourceError {
            guard mayThrowBadGzip, case .badGzip(let file, _, _) = error, file == path else {
                fuzzFailure("reader threw for a readable file: \(error)")
            }
        } catch {
            fuzzFailure("reader threw for a readable file: \(error)")
        }
    }

    /// Whether the bytes start with the gzip magic (then offsets are in decompressed bytes).
    public static func isGzip(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        p.count >= 2 && p[0] == 0x1F && p[1] == 0x8B
    }
}

/// A valid pointer for an empty input (libFuzzer may pass NULL with size 0).
public let empty: UnsafePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    p.initialize(to: 0)
    return UnsafePointer(p)
}()
