namespace Actas.Storage.Migrations;

/// <summary>
/// The schema, as the ordered list of steps that build it. Never edit a step once merged: add a new one.
/// Dates are ISO <c>YYYY-MM-DD</c> text, times <c>HH:MM</c>, timestamps ISO 8601 UTC; enum values are the
/// contract's snake_case strings; <c>location</c> columns hold a <c>SourceLocation</c> as compact JSON.
/// </summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "core schema", Core),
        new(2, "indexes for the longitudinal queries", Indexes),
        new(3, "full-text search over feedback and reports", Search),
        new(4, "reprocessing: search rows follow deletions, label corrections outlive their item", Reprocessing),
        new(5, "covering indexes for the longitudinal queries at scale", CoveringIndexes),
    ];

    private const string Core = """
        CREATE TABLE schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );

        CREATE TABLE import_runs (
            id                INTEGER PRIMARY KEY,
            started_at        TEXT NOT NULL,
            finished_at       TEXT,
            extractor_version TEXT,
            files_ok          INTEGER NOT NULL DEFAULT 0,
            files_failed      INTEGER NOT NULL DEFAULT 0,
            files_skipped     INTEGER NOT NULL DEFAULT 0
        );

        -- Espacios de Participación; key = name folded (accents, case, punctuation, "Espacio de Participación de").
        CREATE TABLE bodies (
            id   INTEGER PRIMARY KEY,
            key  TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        );

        -- One row per distinct file content. A changed file at a known path is a new row; the old one is kept
        -- and points at its successor (superseded_by). A second file giving an already stored session (the same
        -- acta as .docx and .pdf) is recorded with same_session_as and gets no session rows of its own.
        CREATE TABLE documents (
            id                INTEGER PRIMARY KEY,
            sha256            TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
            file_name         TEXT NOT NULL,
            path              TEXT NOT NULL,
            format            TEXT NOT NULL,
            pages             INTEGER,
            extractor_version TEXT,
            imported_at       TEXT NOT NULL,
            import_run_id     INTEGER REFERENCES import_runs (id),
            superseded_by     INTEGER REFERENCES documents (id),
            same_session_as   INTEGER REFERENCES documents (id),
            coordinator_name  TEXT,
            coordinator_role  TEXT,
            warnings_json     TEXT NOT NULL DEFAULT '[]'
        );

        CREATE TABLE sessions (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL UNIQUE REFERENCES documents (id),
            body_id     INTEGER REFERENCES bodies (id),
            number      INTEGER,
            kind        TEXT,
            date        TEXT,
            start_time  TEXT,
            place       TEXT,
            topic       TEXT,
            objective   TEXT
        );

        -- key = the gazetteer's institution_key, or the folded name when the gazetteer did not know it (known = 0).
        CREATE TABLE institutions (
            id    INTEGER PRIMARY KEY,
            key   TEXT NOT NULL UNIQUE,
            name  TEXT NOT NULL,
            known INTEGER NOT NULL CHECK (known IN (0, 1))
        );

        -- key = name folded, titles (Lic., Mtra., Dr., C., …) removed; name = first spelling seen.
        CREATE TABLE people (
            id   INTEGER PRIMARY KEY,
            key  TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        );

        CREATE TABLE attendance (
            id                     INTEGER PRIMARY KEY,
            session_id             INTEGER NOT NULL REFERENCES sessions (id),
            position               INTEGER NOT NULL,
            person_id              INTEGER NOT NULL REFERENCES people (id),
            institution_id         INTEGER REFERENCES institutions (id),
            sector                 TEXT NOT NULL,
            name_as_written        TEXT NOT NULL,
            institution_as_written TEXT,
            location               TEXT
        );

        CREATE TABLE strategies (
            id            INTEGER PRIMARY KEY,
            session_id    INTEGER NOT NULL REFERENCES sessions (id),
            position      INTEGER NOT NULL,
            number        INTEGER NOT NULL,
            title         TEXT,
            report_status TEXT NOT NULL CHECK (report_status IN ('reported', 'partial', 'not_reported')),
            location      TEXT
        );

        -- The programme's goals (Metas), one row per strategy number and goal id as first written;
        -- goal_code is NULL for a strategy's single unnumbered Meta.
        CREATE TABLE goals (
            id              INTEGER PRIMARY KEY,
            strategy_number INTEGER NOT NULL,
            goal_code       TEXT,
            text            TEXT,
            indicator       TEXT,
            executor        TEXT,
            executor_key    TEXT
        );
        CREATE UNIQUE INDEX ux_goals_strategy_code ON goals (strategy_number, ifnull(goal_code, ''));

        -- What one session says about one goal: the INFORME and whether there was one.
        CREATE TABLE goal_reports (
            id           INTEGER PRIMARY KEY,
            strategy_id  INTEGER NOT NULL REFERENCES strategies (id),
            goal_id      INTEGER NOT NULL REFERENCES goals (id),
            position     INTEGER NOT NULL,
            goal_code    TEXT,
            executor     TEXT,
            executor_key TEXT,
            status       TEXT NOT NULL CHECK (status IN ('reported', 'not_reported')),
            report       TEXT,
            location     TEXT
        );

        CREATE TABLE figures (
            id          INTEGER PRIMARY KEY,
            strategy_id INTEGER NOT NULL REFERENCES strategies (id),
            position    INTEGER NOT NULL,
            value       REAL NOT NULL,
            unit        TEXT NOT NULL,
            goal_code   TEXT,
            context     TEXT,
            location    TEXT
        );

        CREATE TABLE feedback_items (
            id            INTEGER PRIMARY KEY,
            strategy_id   INTEGER NOT NULL REFERENCES strategies (id),
            position      INTEGER NOT NULL,
            text          TEXT NOT NULL,
            section       TEXT NOT NULL CHECK (section IN ('retroalimentacion', 'observacion')),
            goal_code     TEXT,
            label         TEXT,
            confidence    REAL,
            model_version TEXT,
            location      TEXT
        );

        -- Human corrections of feedback labels; the newest one wins over the model's label.
        CREATE TABLE label_corrections (
            id               INTEGER PRIMARY KEY,
            feedback_item_id INTEGER NOT NULL REFERENCES feedback_items (id),
            old_label        TEXT,
            new_label        TEXT NOT NULL,
            corrected_by     TEXT NOT NULL,
            corrected_at     TEXT NOT NULL
        );

        CREATE TABLE model_versions (
            version      TEXT PRIMARY KEY,
            trainer      TEXT NOT NULL,
            metrics_json TEXT NOT NULL DEFAULT '{}',
            created_at   TEXT NOT NULL,
            promoted     INTEGER NOT NULL DEFAULT 0 CHECK (promoted IN (0, 1)),
            forced       INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1))
        );

        CREATE TABLE agreements (
            id          INTEGER PRIMARY KEY,
            session_id  INTEGER NOT NULL REFERENCES sessions (id),
            position    INTEGER NOT NULL,
            text        TEXT NOT NULL,
            responsible TEXT,
            location    TEXT
        );

        CREATE TABLE agreement_strategies (
            agreement_id    INTEGER NOT NULL REFERENCES agreements (id),
            strategy_number INTEGER NOT NULL,
            PRIMARY KEY (agreement_id, strategy_number)
        ) WITHOUT ROWID;

        CREATE TABLE agreement_dates (
            agreement_id INTEGER NOT NULL REFERENCES agreements (id),
            date         TEXT NOT NULL,
            PRIMARY KEY (agreement_id, date)
        ) WITHOUT ROWID;

        CREATE TABLE next_sessions (
            session_id INTEGER PRIMARY KEY REFERENCES sessions (id),
            date       TEXT,
            start_time TEXT,
            end_time   TEXT
        );

        CREATE TABLE next_session_strategies (
            session_id      INTEGER NOT NULL REFERENCES next_sessions (session_id),
            strategy_number INTEGER NOT NULL,
            PRIMARY KEY (session_id, strategy_number)
        ) WITHOUT ROWID;

        -- The sessions the queries see: those of documents not superseded by a newer version of the file.
        CREATE VIEW current_sessions AS
        SELECT s.id, s.body_id, b.name AS body, b.key AS body_key, s.number, s.kind, s.date,
               s.document_id, d.path, d.file_name
        FROM sessions s
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN bodies b ON b.id = s.body_id
        WHERE d.superseded_by IS NULL;
        """;

    private const string Indexes = """
        CREATE INDEX ix_documents_path ON documents (path);
        CREATE INDEX ix_sessions_body_date ON sessions (body_id, date);
        CREATE INDEX ix_attendance_session ON attendance (session_id);
        CREATE INDEX ix_attendance_institution ON attendance (institution_id, session_id);
        CREATE INDEX ix_attendance_person ON attendance (person_id);
        CREATE INDEX ix_strategies_session ON strategies (session_id, number);
        CREATE INDEX ix_strategies_number ON strategies (number, session_id);
        CREATE INDEX ix_goal_reports_strategy ON goal_reports (strategy_id);
        CREATE INDEX ix_goal_reports_goal ON goal_reports (goal_id);
        CREATE INDEX ix_figures_strategy ON figures (strategy_id, position);
        CREATE INDEX ix_feedback_strategy ON feedback_items (strategy_id, position);
        CREATE INDEX ix_label_corrections_item ON label_corrections (feedback_item_id, corrected_at);
        CREATE INDEX ix_agreements_session ON agreements (session_id);
        """;

    /// <summary>
    /// One FTS5 index over feedback items and INFORME texts, accent-insensitive ("reporto" finds "reportó"),
    /// filled by triggers so it stays inside each document's transaction.
    /// </summary>
    private const string Search = """
        CREATE VIRTUAL TABLE search_text USING fts5(
            text, kind UNINDEXED, item_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2');

        CREATE TRIGGER feedback_items_search AFTER INSERT ON feedback_items BEGIN
            INSERT INTO search_text (text, kind, item_id) VALUES (new.text, 'feedback', new.id);
        END;

        CREATE TRIGGER goal_reports_search AFTER INSERT ON goal_reports WHEN new.report IS NOT NULL BEGIN
            INSERT INTO search_text (text, kind, item_id) VALUES (new.report, 'report', new.id);
        END;

        INSERT INTO search_text (text, kind, item_id) SELECT text, 'feedback', id FROM feedback_items;
        INSERT INTO search_text (text, kind, item_id) SELECT report, 'report', id FROM goal_reports WHERE report IS NOT NULL;
        """;

    /// <summary>
    /// What <c>actas import --reprocess-outdated</c> needs to replace a document's rows in place.
    /// <list type="bullet">
    /// <item>search_text rows get rowid 2 × id (feedback) and 2 × id + 1 (reports), so AFTER DELETE triggers remove
    /// them by rowid; FTS5 indexes no other column, and a <c>WHERE item_id = …</c> would scan the whole index once per
    /// deleted row. The index is rebuilt once with those rowids (which also drops any row whose item is gone).</item>
    /// <item>label_corrections is rebuilt with <c>feedback_item_id</c> nullable (set to NULL by the code before an
    /// item is deleted, set again when a re-read item matches) and a copy of what was corrected: the item's text,
    /// strategy number, goal code and <c>text_key</c> (<c>TextKey.Fold</c> of the text, through the
    /// <c>actas_text_key</c> function <see cref="MigrationRunner"/> registers). A correction whose item is gone keeps
    /// its text, so it stays training data. The copy columns are NULL only for a correction whose item had already
    /// vanished before this step, which foreign keys prevent.</item>
    /// </list>
    /// </summary>
    private const string Reprocessing = """
        DROP TRIGGER feedback_items_search;
        DROP TRIGGER goal_reports_search;

        CREATE TRIGGER feedback_items_search AFTER INSERT ON feedback_items BEGIN
            INSERT INTO search_text (rowid, text, kind, item_id) VALUES (2 * new.id, new.text, 'feedback', new.id);
        END;

        CREATE TRIGGER goal_reports_search AFTER INSERT ON goal_reports WHEN new.report IS NOT NULL BEGIN
            INSERT INTO search_text (rowid, text, kind, item_id) VALUES (2 * new.id + 1, new.report, 'report', new.id);
        END;

        CREATE TRIGGER feedback_items_search_delete AFTER DELETE ON feedback_items BEGIN
            DELETE FROM search_text WHERE rowid = 2 * old.id;
        END;

        CREATE TRIGGER goal_reports_search_delete AFTER DELETE ON goal_reports BEGIN
            DELETE FROM search_text WHERE rowid = 2 * old.id + 1;
        END;

        DELETE FROM search_text;
        INSERT INTO search_text (rowid, text, kind, item_id) SELECT 2 * id, text, 'feedback', id FROM feedback_items;
        INSERT INTO search_text (rowid, text, kind, item_id)
        SELECT 2 * id + 1, report, 'report', id FROM goal_reports WHERE report IS NOT NULL;

        -- Human corrections of feedback labels; the newest one wins over the model's label. feedback_item_id is NULL
        -- when re-reading the document found no item with the same strategy and text: the correction is kept.
        CREATE TABLE label_corrections_v4 (
            id               INTEGER PRIMARY KEY,
            feedback_item_id INTEGER REFERENCES feedback_items (id),
            old_label        TEXT,
            new_label        TEXT NOT NULL,
            corrected_by     TEXT NOT NULL,
            corrected_at     TEXT NOT NULL,
            item_text        TEXT,
            strategy_number  INTEGER,
            goal_code        TEXT,
            text_key         TEXT
        );

        INSERT INTO label_corrections_v4 (id, feedback_item_id, old_label, new_label, corrected_by, corrected_at,
                                          item_text, strategy_number, goal_code, text_key)
        SELECT lc.id, lc.feedback_item_id, lc.old_label, lc.new_label, lc.corrected_by, lc.corrected_at,
               f.text, st.number, f.goal_code, actas_text_key(f.text)
        FROM label_corrections lc
        LEFT JOIN feedback_items f ON f.id = lc.feedback_item_id
        LEFT JOIN strategies st ON st.id = f.strategy_id;

        DROP TABLE label_corrections;
        ALTER TABLE label_corrections_v4 RENAME TO label_corrections;
        CREATE INDEX ix_label_corrections_item ON label_corrections (feedback_item_id, corrected_at);
        """;

    /// <summary>
    /// Covering indexes measured on a synthetic database of 30 bodies × 400 sessions (scripts/make-synthetic-db.sh,
    /// scripts/bench-queries.sh): the queries read index pages only instead of visiting 240 k goal reports,
    /// 480 k feedback items (with their text) and 180 k attendance rows one table row at a time.
    /// <c>IF NOT EXISTS</c> so the step is safe to run on a database that already has them.
    /// </summary>
    private const string CoveringIndexes = """
        CREATE INDEX IF NOT EXISTS ix_strategies_session_status ON strategies (session_id, number, report_status);
        CREATE INDEX IF NOT EXISTS ix_goal_reports_strategy_cover
            ON goal_reports (strategy_id, goal_code, position, executor_key, goal_id, status);
        CREATE INDEX IF NOT EXISTS ix_feedback_strategy_cover ON feedback_items (strategy_id, position, goal_code, label);
        CREATE INDEX IF NOT EXISTS ix_attendance_session_cover ON attendance (session_id, institution_id, person_id);
        CREATE INDEX IF NOT EXISTS ix_attendance_institution_cover ON attendance (institution_id, session_id, person_id);
        """;
}
