import Metrics
import Prometheus

/// The Prometheus registry behind `GET /metrics`, bootstrapped into swift-metrics once per process.
///
/// swift-metrics allows a single bootstrap per process, so every application built in the
/// same process (tests build many) shares this registry.
public enum ServiceMetrics {
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["parley_coding_duration_seconds"] = [
            .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(15),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }()

    /// Forces the bootstrap; call before creating any metric.
    static func bootstrap() { _ = registry }

    static let coded = Counter(label: "parley_coded_documents_total")
    static let codingFailures = Counter(label: "parley_coding_failures_total")
    static let refusedBusy = Counter(label: "parley_coding_refused_total", dimensions: [("reason", "busy")])
    static let refusedTimeout = Counter(label: "parley_coding_refused_total", dimensions: [("reason", "timeout")])
    static let codingDuration = Timer(label: "parley_coding_duration_seconds")
    static let codedBytes = Counter(label: "parley_coded_bytes_total")
    static let stored = Counter(label: "parley_stored_documents_total")

    /// Prometheus text exposition of every metric, with the coding gate's current load.
    static func exposition(gate: CodingGate) -> [UInt8] {
        let load = gate.load
        Gauge(label: "parley_coding_in_progress").record(load.running)
        Gauge(label: "parley_coding_waiting").record(load.waiting)
        Gauge(label: "parley_coding_capacity").record(gate.capacity)
        return registry.emitToBuffer()
    }
}
