import ArgumentParser

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Turn news articles into political event data (CAMEO and PLOVER).",
        version: ParleyVersion.string,
        subcommands: [
            Code.self,
            Eval.self,
            Train.self,
        ])
}

enum ParleyVersion {
    static let string = "0.1.0"
}
