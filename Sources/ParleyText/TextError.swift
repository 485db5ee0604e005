/// Why a text could not be read. Every case names the input.
public enum TextError: Error, Equatable, CustomStringConvertible {
    case empty(input: String)
    case binary(input: String, offset: Int, reason: String)
    case tooLarge(input: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty(let input):
            return "\(input): the input is empty (no text to code)"
        case .binary(let input, let offset, let reason):
            return "\(input): not text (\(reason) at byte \(offset))"
        case .tooLarge(let input, let bytes, let limit):
            return "\(input): \(bytes) bytes is more than the \(limit)-byte limit for one document"
        }
    }
}
