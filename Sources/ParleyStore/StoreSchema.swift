/// The one schema of both backends as append-only, named migrations.
///
/// Never edit a migration that has shipped: add a new one at the end. Types are written with
/// placeholders so SQLite and PostgreSQL read the same list: `{ID}` an auto-increment primary
/// key, `{BIG}` a 64-bit integer, `{REAL}` a double, `{NOW}` the current UTC time as text.
enum StoreSchema {
    enum Dialect { case sqlite, postgres }

    struct Migration {
        let name: String
        let statements: [String]
    }

    static func migrations(_ dialect: Dialect) -> [Migration] {
        all.map { m in Migration(name: m.name, statements: m.statements.map { render($0, dialect) }) }
    }

    static func render(_ sql: String, _ dialect: Dialect) -> String {
        switch dialect {
        case .sqlite:
            return sql.replacingOccurrences(of: "{ID}", with: "INTEGER PRIMARY KEY AUTOINCREMENT")
                .replacingOccurrences(of: "{BIG}", with: "INTEGER")
                .replacingOccurrences(of: "{REAL}", with: "REAL")
                .replacingOccurrences(of: "{NOW}", with: "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))")
        case .postgres:
            return sql.replacingOccurrences(of: "{ID}", with: "BIGSERIAL PRIMARY KEY")
                .replacingOccurrences(of: "{BIG}", with: "BIGINT")
                .replacingOccurrences(of: "{REAL}", with: "DOUBLE PRECISION")
                .replacingOccurrences(
                    of: "{NOW}", with: "(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))")
        }
    }

    static let all: [Migration] = [
        Migration(
            name: "v1-documents",
            statements: [
                """
                CREATE TABLE ingest_runs (
                  id {ID}, command TEXT NOT NULL, started_at TEXT NOT NULL DEFAULT {NOW}, finished_at TEXT,
                  documents {BIG}, duplicates {BIG}, events {BIG}, errors {BIG}, seconds {REAL})
                """,
                """
                CREATE TABLE documents (
                  id TEXT PRIMARY KEY, input_hash TEXT UNIQUE, title TEXT, date TEXT, source TEXT, url TEXT,
                  language TEXT, text TEXT NOT NULL, annotations TEXT NOT NULL, event_count {BIG} NOT NULL,
                  origin TEXT, run_id {BIG}, worker TEXT, cluster TEXT,
                  ingested_at TEXT NOT NULL DEFAULT {NOW})
                """,
                "CREATE INDEX documents_date ON documents(date)",
                "CREATE INDEX documents_source ON documents(source)",
                """
                CREATE TABLE events (
                  row_id {ID}, document_id TEXT NOT NULL REFERENCES documents(id), event_id TEXT NOT NULL,
                  sentence {BIG},
                  source_text TEXT, source_start {BIG}, source_end {BIG}, source_actor TEXT,
                  source_canonical TEXT, source_country TEXT,
                  target_text TEXT, target_start {BIG}, target_end {BIG}, target_actor TEXT,
                  target_canonical TEXT, target_country TEXT,
                  code TEXT NOT NULL, root TEXT NOT NULL, quad_class {BIG} NOT NULL, goldstein {REAL} NOT NULL,
                  plover_type TEXT, plover_mode TEXT, plover_context TEXT,
                  date TEXT, date_basis TEXT, event_date TEXT, place TEXT, negated {BIG} NOT NULL,
                  mode TEXT NOT NULL, evidence TEXT NOT NULL, mentions TEXT NOT NULL,
                  mention_count {BIG} NOT NULL, event_key TEXT NOT NULL,
                  UNIQUE (document_id, event_id))
                """,
                "CREATE INDEX events_date ON events(event_date)",
                "CREATE INDEX events_source_actor ON events(source_actor)",
                "CREATE INDEX events_target_actor ON events(target_actor)",
                "CREATE INDEX events_code ON events(code)",
                "CREATE INDEX events_root ON events(root, quad_class)",
                "CREATE INDEX events_countries ON events(source_country, target_country)",
                "CREATE INDEX events_place ON events(place)",
                "CREATE INDEX events_key ON events(event_key)",
                """
                CREATE TABLE quotes (
                  document_id TEXT NOT NULL REFERENCES documents(id), idx {BIG} NOT NULL, text TEXT NOT NULL,
                  start_offset {BIG}, end_offset {BIG}, sentence {BIG}, speaker_text TEXT, speaker_canonical TEXT,
                  speaker_actor TEXT, kind TEXT, cue TEXT, time TEXT, place TEXT, PRIMARY KEY (document_id, idx))
                """,
                "CREATE INDEX quotes_speaker ON quotes(speaker_actor)",
                """
                CREATE TABLE times (
                  document_id TEXT NOT NULL REFERENCES documents(id), idx {BIG} NOT NULL, text TEXT NOT NULL,
                  start_offset {BIG}, end_offset {BIG}, type TEXT, value TEXT, PRIMARY KEY (document_id, idx))
                """,
                "CREATE INDEX times_value ON times(value)",
                """
                CREATE TABLE places (
                  document_id TEXT NOT NULL REFERENCES documents(id), idx {BIG} NOT NULL, text TEXT NOT NULL,
                  start_offset {BIG}, end_offset {BIG}, name TEXT, country TEXT, admin1 TEXT, lat {REAL}, lon {REAL},
                  geonames_id {BIG}, feature TEXT, PRIMARY KEY (document_id, idx))
                """,
                "CREATE INDEX places_name ON places(name)",
                "CREATE INDEX places_country ON places(country)",
                """
                CREATE TABLE entities (
                  document_id TEXT NOT NULL REFERENCES documents(id), idx {BIG} NOT NULL, text TEXT NOT NULL,
                  start_offset {BIG}, end_offset {BIG}, type TEXT, canonical TEXT, actor TEXT,
                  PRIMARY KEY (document_id, idx))
                """,
                "CREATE INDEX entities_actor ON entities(actor)",
                "CREATE TABLE actors (code TEXT PRIMARY KEY, name TEXT)",
                """
                CREATE TABLE errors (
                  id {ID}, run_id {BIG}, file TEXT NOT NULL, record {BIG}, byte_offset {BIG}, code TEXT NOT NULL,
                  message TEXT NOT NULL, at TEXT NOT NULL DEFAULT {NOW})
                """,
            ]),
        Migration(
            name: "v2-queue",
            statements: [
                """
                CREATE TABLE queue (
                  id {ID}, input_hash TEXT NOT NULL UNIQUE, article TEXT NOT NULL,
                  status TEXT NOT NULL DEFAULT 'pending', claimed_by TEXT, claimed_at TEXT, finished_at TEXT,
                  message TEXT, enqueued_at TEXT NOT NULL DEFAULT {NOW})
                """,
                "CREATE INDEX queue_status ON queue(status, id)",
            ]),
        Migration(
            name: "v3-near-duplicates",
            statements: [
                """
                CREATE TABLE minhash_bands (
                  band {BIG} NOT NULL, hash {BIG} NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id),
                  PRIMARY KEY (band, hash, document_id))
                """,
                "CREATE INDEX documents_cluster ON documents(cluster)",
            ]),
    ]
}
