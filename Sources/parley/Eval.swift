import ArgumentParser

/// `parley eval …`: every evaluation prints one summary line.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Parley against an evaluation set; each prints one summary line.",
        subcommands: [
            EvalSplit.self,
            EvalPetrarch.self,
            EvalEvents.self,
            EvalUD.self,
            EvalNER.self,
        ])
}
