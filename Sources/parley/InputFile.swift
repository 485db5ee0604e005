import Foundation

/// Reads command-line inputs, turning every failure into a message that names the input.
enum InputFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads `path` ("-" is standard input) completely.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [UInt8](data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "\(path): no such file")
        }
        if isDirectory.boolValue {
            throw Failure(description: "\(path): is a directory (use `parley ingest` for folders)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }

    /// Writes `bytes` to `path` through a temporary file, so a failed run leaves no half file.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw Failure(description: "\(path): cannot write output (\(error.localizedDescription))")
        }
    }
}

/// Validates a publication date given as YYYY-MM-DD.
enum DateArgument {
    static func validate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
        else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d)
    }
}
