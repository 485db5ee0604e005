import Foundation
import Testing

@testable import ParleyIngest

/// The extraction evaluation on ../shared/data/html, with floors a little below what it measures
/// (snippet F1 0.949, full-text token F1 0.991 when written).
@Test func extractionAccuracyFloor() throws {
    let dir = "../shared/data/html"
    guard FileManager.default.fileExists(atPath: dir) else {
        print("skipped: ../shared/data/html is absent")
        return
    }
    let score = try ExtractionScore.evaluate(directory: dir)
    print(score.summary)
    #expect(score.pages >= 30)
    #expect(score.f1 >= 0.92, "\(score.summary)")
    #expect(score.fullTextPages >= 5)
    #expect(score.tokenF1 >= 0.95, "\(score.summary)")
}
