import FuzzSupport
import ParleyText

/// Any bytes (invalid UTF-8, binary, NULs, huge runs of punctuation) through the text pipeline
/// (decoder, article structure, tokenizer, sentence splitter), and straight through the
/// tokenizer and splitter too, which must stay in bounds even on bytes the decoder would repair.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    do {
        let doc = try TextPipeline.analyze(Array(bytes), inputName: "<fuzz>")
        for s in doc.sentences {
            fuzzCheck(s.byteStart <= s.byteEnd && s.byteEnd <= doc.bytes.count, "sentence outside the text")
        }
        for t in doc.tokens {
            fuzzCheck(t.byteStart < t.byteEnd && Int(t.byteEnd) <= doc.bytes.count, "token outside the text")
        }
        _ = doc.output(includeTokens: true)
    } catch is TextError {
        // Empty, binary or too large: reported, which is what we want.
    } catch {
        fuzzFailure("unexpected error \(error)")
    }

    // Raw bytes into the tokenizer, in a copy sized exactly so ASan sees any overread.
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
    defer { copy.deallocate() }
    _ = copy.initialize(from: bytes)
    let p = UnsafeBufferPointer(copy)
    var tokens: [ByteToken] = []
    Tokenizer.tokenize(p, range: 0..<size, into: &tokens)
    var last = 0
    for t in tokens {
        fuzzCheck(t.start >= last && t.start < t.end && t.end <= size, "token \(t) outside 0..<\(size) or out of order")
        last = t.end
    }
    if !tokens.isEmpty {
        let ends = SentenceSplitter.split(p, tokens, range: 0..<tokens.count)
        fuzzCheck(ends.last == tokens.count, "sentences do not cover the tokens")
    }
    return 0
}

// libFuzzer takes over from here (options and corpus directories from the command line).
FuzzDriver.run { data, size in fuzz(data ?? empty, size) }
