import Foundation
import ParleyNLP

/// Reads treebank and entity files for training and evaluation; `.gz` files are
/// decompressed in memory through the system `gzip`, never to disk.
enum TrainingInput {
    static func text(_ path: String) throws -> String {
        if path.hasSuffix(".gz") {
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputFile.Failure(description: "\(path): no such file")
            }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["gzip", "-dc", path]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else {
                throw InputFile.Failure(description: "\(path): gzip could not decompress it")
            }
            return String(decoding: data, as: UTF8.self)
        }
        return String(decoding: try InputFile.read(path), as: UTF8.self)
    }

    static func treebank(_ path: String) throws -> [TreebankSentence] {
        try CoNLLU.parse(try text(path), name: path)
    }

    static func entities(_ path: String) throws -> [EntitySentence] {
        try IOB2.parse(try text(path), name: path)
    }

    /// Runs `body`, printing any error as one line naming the input, exit status 1.
    static func reporting(_ body: () throws -> Void) throws {
        do { try body() } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    static func models(_ dir: String?) throws -> ShippedModels {
        if let dir { return try ShippedModels.load(directory: dir) }
        return try ShippedModels.shipped()
    }

    /// Prints one progress line at once, even when stdout is a pipe.
    static func progress(_ line: String) {
        print(line)
        fflush(stdout)
    }

    static func write(_ bytes: [UInt8], dir: String, file: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = (dir as NSString).appendingPathComponent(file)
        try InputFile.write(bytes, to: path)
        print("wrote \(path) (\(bytes.count) bytes)")
    }
}

import ArgumentParser
