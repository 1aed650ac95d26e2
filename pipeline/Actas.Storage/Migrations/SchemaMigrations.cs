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
        new(6, "fact tables for the longitudinal queries, kept by triggers", FactTables),
        new(7, "feedback label counts per year, kept by triggers", FeedbackYearCounts),
        new(8, "documents read by OCR", OcrDocuments),
        new(9, "review queue: feedback items by confidence", ReviewQueueOrder),
    ];

    /// <summary>
    /// The workbench's review queue shows the least confident item first (unlabelled items, confidence NULL, before
    /// all): walking this index it stops at the first pending item instead of sorting every stored item (at 12,000
    /// sessions, 480 k items: 0.28 s for the sort, under 1 ms with the index).
    /// </summary>
    private const string ReviewQueueOrder = """
        CREATE INDEX ix_feedback_confidence ON feedback_items (confidence);
        """;

    /// <summary>
    /// Which pages of a document were read by OCR (a JSON list, null when none) and Tesseract's mean word
    /// confidence over them, so scans can be found and read again when the OCR improves
    /// (<c>SELECT path FROM documents WHERE ocr_pages IS NOT NULL</c>).
    /// </summary>
    private const string OcrDocuments = """
        ALTER TABLE documents ADD COLUMN ocr_pages TEXT;
        ALTER TABLE documents ADD COLUMN ocr_confidence REAL;
        CREATE INDEX documents_ocr ON documents (id) WHERE ocr_pages IS NOT NULL;
        """;

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

    /// <summary>
    /// Three fact tables the longitudinal queries read instead of joining sessions, strategies, goal reports,
    /// feedback items and attendance at query time (at 12,000 sessions those joins alone took 0.5–3 s):
    /// one row per goal review (<c>fact_reviews</c>), per feedback item with its institution and effective label
    /// (<c>fact_feedback</c>), per attendance (<c>fact_attendance</c>), each carrying its session's body and date
    /// and holding only sessions of current (not superseded) documents.
    /// Each table is defined by a <c>*_source</c> view over the stored rows; triggers keep the table equal to its
    /// view through the changes the program makes (rows inserted and deleted with a document, a document superseded
    /// or current again, a session's body or date changed, a label corrected or relabelled), inside the same
    /// transaction. <c>feedback_labels</c> is the one definition of an item's effective label: the newest human
    /// correction, else the model's label.
    /// </summary>
    private const string FactTables = """
        CREATE VIEW feedback_labels AS
        SELECT f.id AS item_id,
               coalesce((SELECT lc.new_label FROM label_corrections lc WHERE lc.feedback_item_id = f.id
                         ORDER BY lc.corrected_at DESC, lc.id DESC LIMIT 1), f.label) AS label
        FROM feedback_items f;

        CREATE VIEW fact_reviews_source AS
        SELECT s.id AS session_id, st.id AS strategy_id, gr.id AS goal_report_id, s.body_id, s.date,
               st.number AS strategy_number, gr.goal_id,
               CASE WHEN gr.id IS NULL THEN st.report_status = 'not_reported'
                    ELSE gr.status = 'not_reported' END AS unreported
        FROM strategies st
        JOIN sessions s ON s.id = st.session_id
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN goal_reports gr ON gr.strategy_id = st.id
        WHERE d.superseded_by IS NULL;

        -- An item's institution is the executor of its goal; for an item with no goal, the executor shared by all
        -- the strategy's goals, else NULL.
        CREATE VIEW fact_feedback_source AS
        SELECT f.id AS item_id, s.id AS session_id, s.body_id, s.date, substr(s.date, 1, 4) AS year,
               st.number AS strategy_number,
               CASE WHEN f.goal_code IS NULL THEN
                        (SELECT CASE WHEN COUNT(DISTINCT gr.executor_key) = 1 THEN MAX(gr.executor_key) END
                         FROM goal_reports gr WHERE gr.strategy_id = st.id)
                    ELSE (SELECT gr.executor_key FROM goal_reports gr
                          WHERE gr.strategy_id = st.id AND gr.goal_code = f.goal_code
                          ORDER BY gr.position LIMIT 1)
               END AS executor_key,
               fl.label
        FROM feedback_items f
        JOIN feedback_labels fl ON fl.item_id = f.id
        JOIN strategies st ON st.id = f.strategy_id
        JOIN sessions s ON s.id = st.session_id
        JOIN documents d ON d.id = s.document_id
        WHERE d.superseded_by IS NULL;

        CREATE VIEW fact_attendance_source AS
        SELECT a.id AS attendance_id, s.id AS session_id, s.body_id, s.date, a.institution_id, a.person_id
        FROM attendance a
        JOIN sessions s ON s.id = a.session_id
        JOIN documents d ON d.id = s.document_id
        WHERE d.superseded_by IS NULL;

        CREATE TABLE fact_reviews (
            session_id      INTEGER NOT NULL,
            strategy_id     INTEGER NOT NULL,
            goal_report_id  INTEGER,
            body_id         INTEGER,
            date            TEXT,
            strategy_number INTEGER NOT NULL,
            goal_id         INTEGER,
            unreported      INTEGER NOT NULL
        );

        CREATE TABLE fact_feedback (
            item_id         INTEGER PRIMARY KEY,
            session_id      INTEGER NOT NULL,
            body_id         INTEGER,
            date            TEXT,
            year            TEXT,
            strategy_number INTEGER NOT NULL,
            executor_key    TEXT,
            label           TEXT
        );

        CREATE TABLE fact_attendance (
            attendance_id  INTEGER PRIMARY KEY,
            session_id     INTEGER NOT NULL,
            body_id        INTEGER,
            date           TEXT,
            institution_id INTEGER,
            person_id      INTEGER NOT NULL
        );

        INSERT INTO fact_reviews (session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported)
        SELECT session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported FROM fact_reviews_source;
        INSERT INTO fact_feedback (item_id, session_id, body_id, date, year, strategy_number, executor_key, label)
        SELECT item_id, session_id, body_id, date, year, strategy_number, executor_key, label FROM fact_feedback_source;
        INSERT INTO fact_attendance (attendance_id, session_id, body_id, date, institution_id, person_id)
        SELECT attendance_id, session_id, body_id, date, institution_id, person_id FROM fact_attendance_source;

        -- Each query reads one of these in its GROUP BY order, so groups stream without a sort.
        CREATE INDEX ix_fact_reviews_session ON fact_reviews (session_id, strategy_id);
        CREATE INDEX ix_fact_reviews_goal ON fact_reviews (body_id, strategy_number, goal_id, date, unreported, session_id);
        CREATE INDEX ix_fact_reviews_later ON fact_reviews (body_id, strategy_number, date);
        CREATE INDEX ix_fact_feedback_session ON fact_feedback (session_id);
        CREATE INDEX ix_fact_feedback_institution ON fact_feedback (year, executor_key, label, date, body_id);
        CREATE INDEX ix_fact_feedback_strategy ON fact_feedback (year, strategy_number, label, date, body_id);
        CREATE INDEX ix_fact_attendance_session ON fact_attendance (session_id);
        CREATE INDEX ix_fact_attendance_institution ON fact_attendance (body_id, institution_id, date, session_id);
        CREATE INDEX ix_fact_attendance_people ON fact_attendance (body_id, institution_id, person_id, date);

        -- Reviews. A strategy enters with one goal-less row; its first goal report replaces that row.
        -- Goal reports also decide the institution of feedback facts (see fact_feedback_source).
        CREATE TRIGGER fact_reviews_strategy_insert AFTER INSERT ON strategies BEGIN
            INSERT INTO fact_reviews (session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported)
            SELECT session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported
            FROM fact_reviews_source WHERE strategy_id = new.id;
        END;

        CREATE TRIGGER fact_reviews_strategy_delete AFTER DELETE ON strategies BEGIN
            DELETE FROM fact_reviews WHERE session_id = old.session_id AND strategy_id = old.id;
        END;

        CREATE TRIGGER fact_reviews_goal_insert AFTER INSERT ON goal_reports BEGIN
            DELETE FROM fact_reviews
            WHERE session_id = (SELECT session_id FROM strategies WHERE id = new.strategy_id)
              AND strategy_id = new.strategy_id AND goal_report_id IS NULL;
            INSERT INTO fact_reviews (session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported)
            SELECT session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported
            FROM fact_reviews_source WHERE strategy_id = new.strategy_id AND goal_report_id = new.id;
            -- The institution of the strategy's feedback items follows its goals' executors.
            UPDATE fact_feedback SET executor_key = (SELECT executor_key FROM fact_feedback_source WHERE item_id = fact_feedback.item_id)
            WHERE item_id IN (SELECT id FROM feedback_items WHERE strategy_id = new.strategy_id);
        END;

        CREATE TRIGGER fact_reviews_goal_delete AFTER DELETE ON goal_reports BEGIN
            DELETE FROM fact_reviews
            WHERE session_id = (SELECT session_id FROM strategies WHERE id = old.strategy_id)
              AND strategy_id = old.strategy_id AND goal_report_id = old.id;
            INSERT INTO fact_reviews (session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported)
            SELECT session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported
            FROM fact_reviews_source
            WHERE strategy_id = old.strategy_id AND NOT EXISTS (SELECT 1 FROM goal_reports WHERE strategy_id = old.strategy_id);
            -- The institution of the strategy's feedback items follows its goals' executors.
            UPDATE fact_feedback SET executor_key = (SELECT executor_key FROM fact_feedback_source WHERE item_id = fact_feedback.item_id)
            WHERE item_id IN (SELECT id FROM feedback_items WHERE strategy_id = old.strategy_id);
        END;

        -- Feedback.
        CREATE TRIGGER fact_feedback_insert AFTER INSERT ON feedback_items BEGIN
            INSERT INTO fact_feedback (item_id, session_id, body_id, date, year, strategy_number, executor_key, label)
            SELECT item_id, session_id, body_id, date, year, strategy_number, executor_key, label
            FROM fact_feedback_source WHERE item_id = new.id;
        END;

        CREATE TRIGGER fact_feedback_delete AFTER DELETE ON feedback_items BEGIN
            DELETE FROM fact_feedback WHERE item_id = old.id;
        END;

        CREATE TRIGGER fact_feedback_relabel AFTER UPDATE OF label ON feedback_items BEGIN
            UPDATE fact_feedback SET label = (SELECT label FROM feedback_labels WHERE item_id = new.id) WHERE item_id = new.id;
        END;

        CREATE TRIGGER fact_feedback_correction_insert AFTER INSERT ON label_corrections BEGIN
            UPDATE fact_feedback SET label = (SELECT label FROM feedback_labels WHERE item_id = new.feedback_item_id)
            WHERE item_id = new.feedback_item_id;
        END;

        CREATE TRIGGER fact_feedback_correction_update AFTER UPDATE ON label_corrections BEGIN
            UPDATE fact_feedback SET label = (SELECT label FROM feedback_labels WHERE item_id = fact_feedback.item_id)
            WHERE item_id IN (old.feedback_item_id, new.feedback_item_id);
        END;

        CREATE TRIGGER fact_feedback_correction_delete AFTER DELETE ON label_corrections BEGIN
            UPDATE fact_feedback SET label = (SELECT label FROM feedback_labels WHERE item_id = old.feedback_item_id)
            WHERE item_id = old.feedback_item_id;
        END;

        -- Attendance.
        CREATE TRIGGER fact_attendance_insert AFTER INSERT ON attendance BEGIN
            INSERT INTO fact_attendance (attendance_id, session_id, body_id, date, institution_id, person_id)
            SELECT attendance_id, session_id, body_id, date, institution_id, person_id
            FROM fact_attendance_source WHERE attendance_id = new.id;
        END;

        CREATE TRIGGER fact_attendance_delete AFTER DELETE ON attendance BEGIN
            DELETE FROM fact_attendance WHERE attendance_id = old.id;
        END;

        -- A session whose body or date changes, and a document superseded or current again: refresh its sessions.
        CREATE TRIGGER fact_session_update AFTER UPDATE OF body_id, date, document_id ON sessions BEGIN
            DELETE FROM fact_reviews WHERE session_id = old.id;
            DELETE FROM fact_feedback WHERE session_id = old.id;
            DELETE FROM fact_attendance WHERE session_id = old.id;
            INSERT INTO fact_reviews (session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported)
            SELECT session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported
            FROM fact_reviews_source WHERE session_id = new.id;
            INSERT INTO fact_feedback (item_id, session_id, body_id, date, year, strategy_number, executor_key, label)
            SELECT item_id, session_id, body_id, date, year, strategy_number, executor_key, label
            FROM fact_feedback_source WHERE session_id = new.id;
            INSERT INTO fact_attendance (attendance_id, session_id, body_id, date, institution_id, person_id)
            SELECT attendance_id, session_id, body_id, date, institution_id, person_id
            FROM fact_attendance_source WHERE session_id = new.id;
        END;

        CREATE TRIGGER fact_document_superseded AFTER UPDATE OF superseded_by ON documents
        WHEN old.superseded_by IS NULL AND new.superseded_by IS NOT NULL BEGIN
            DELETE FROM fact_reviews WHERE session_id IN (SELECT id FROM sessions WHERE document_id = new.id);
            DELETE FROM fact_feedback WHERE session_id IN (SELECT id FROM sessions WHERE document_id = new.id);
            DELETE FROM fact_attendance WHERE session_id IN (SELECT id FROM sessions WHERE document_id = new.id);
        END;

        CREATE TRIGGER fact_document_current AFTER UPDATE OF superseded_by ON documents
        WHEN old.superseded_by IS NOT NULL AND new.superseded_by IS NULL BEGIN
            INSERT INTO fact_reviews (session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported)
            SELECT session_id, strategy_id, goal_report_id, body_id, date, strategy_number, goal_id, unreported
            FROM fact_reviews_source WHERE session_id IN (SELECT id FROM sessions WHERE document_id = new.id);
            INSERT INTO fact_feedback (item_id, session_id, body_id, date, year, strategy_number, executor_key, label)
            SELECT item_id, session_id, body_id, date, year, strategy_number, executor_key, label
            FROM fact_feedback_source WHERE session_id IN (SELECT id FROM sessions WHERE document_id = new.id);
            INSERT INTO fact_attendance (attendance_id, session_id, body_id, date, institution_id, person_id)
            SELECT attendance_id, session_id, body_id, date, institution_id, person_id
            FROM fact_attendance_source WHERE session_id IN (SELECT id FROM sessions WHERE document_id = new.id);
        END;

        -- Migration 5's covering indexes for the queries that now read fact tables.
        DROP INDEX IF EXISTS ix_feedback_strategy_cover;
        DROP INDEX IF EXISTS ix_attendance_session_cover;
        DROP INDEX IF EXISTS ix_attendance_institution_cover;
        """;

    /// <summary>
    /// Feedback items counted per year, body, strategy (or institution) and label, kept by triggers on
    /// <c>fact_feedback</c>: the label mix reads these 80 k rows instead of 480 k facts at 12,000 sessions, and reads
    /// facts only for a year the date filter cuts. NULL body, year, label or institution is stored as 0 or '' so
    /// the key is unique.
    /// </summary>
    private const string FeedbackYearCounts = """
        CREATE TABLE feedback_strategy_years (
            year            TEXT NOT NULL,
            strategy_number INTEGER NOT NULL,
            label           TEXT NOT NULL,
            body_id         INTEGER NOT NULL,
            items           INTEGER NOT NULL,
            PRIMARY KEY (year, strategy_number, label, body_id)
        ) WITHOUT ROWID;

        CREATE TABLE feedback_institution_years (
            year         TEXT NOT NULL,
            executor_key TEXT NOT NULL,
            label        TEXT NOT NULL,
            body_id      INTEGER NOT NULL,
            items        INTEGER NOT NULL,
            PRIMARY KEY (year, executor_key, label, body_id)
        ) WITHOUT ROWID;

        INSERT INTO feedback_strategy_years (year, strategy_number, label, body_id, items)
        SELECT ifnull(year, ''), strategy_number, ifnull(label, ''), ifnull(body_id, 0), COUNT(*)
        FROM fact_feedback GROUP BY 1, 2, 3, 4;
        INSERT INTO feedback_institution_years (year, executor_key, label, body_id, items)
        SELECT ifnull(year, ''), ifnull(executor_key, ''), ifnull(label, ''), ifnull(body_id, 0), COUNT(*)
        FROM fact_feedback GROUP BY 1, 2, 3, 4;

        CREATE TRIGGER feedback_years_insert AFTER INSERT ON fact_feedback BEGIN
        """ + CountNewFact + """
        END;

        CREATE TRIGGER feedback_years_delete AFTER DELETE ON fact_feedback BEGIN
        """ + UncountOldFact + """
        END;

        -- A changed fact (its label corrected, its institution re-derived) moves from its old count to its new one.
        CREATE TRIGGER feedback_years_update AFTER UPDATE ON fact_feedback
        WHEN old.label IS NOT new.label OR old.executor_key IS NOT new.executor_key OR old.year IS NOT new.year
          OR old.body_id IS NOT new.body_id OR old.strategy_number IS NOT new.strategy_number BEGIN
        """ + UncountOldFact + CountNewFact + """
        END;
        """;

    /// <summary>Trigger statements (from a new line): count <c>new</c> (a fact_feedback row) in both yearly tables.</summary>
    private const string CountNewFact = """

            INSERT INTO feedback_strategy_years (year, strategy_number, label, body_id, items)
            VALUES (ifnull(new.year, ''), new.strategy_number, ifnull(new.label, ''), ifnull(new.body_id, 0), 1)
            ON CONFLICT DO UPDATE SET items = items + 1;
            INSERT INTO feedback_institution_years (year, executor_key, label, body_id, items)
            VALUES (ifnull(new.year, ''), ifnull(new.executor_key, ''), ifnull(new.label, ''), ifnull(new.body_id, 0), 1)
            ON CONFLICT DO UPDATE SET items = items + 1;
        """;

    /// <summary>Trigger statements (from a new line): take <c>old</c> out of both yearly tables, dropping counts that reach 0.</summary>
    private const string UncountOldFact = """

            UPDATE feedback_strategy_years SET items = items - 1
            WHERE year = ifnull(old.year, '') AND strategy_number = old.strategy_number
              AND label = ifnull(old.label, '') AND body_id = ifnull(old.body_id, 0);
            DELETE FROM feedback_strategy_years
            WHERE year = ifnull(old.year, '') AND strategy_number = old.strategy_number
              AND label = ifnull(old.label, '') AND body_id = ifnull(old.body_id, 0) AND items = 0;
            UPDATE feedback_institution_years SET items = items - 1
            WHERE year = ifnull(old.year, '') AND executor_key = ifnull(old.executor_key, '')
              AND label = ifnull(old.label, '') AND body_id = ifnull(old.body_id, 0);
            DELETE FROM feedback_institution_years
            WHERE year = ifnull(old.year, '') AND executor_key = ifnull(old.executor_key, '')
              AND label = ifnull(old.label, '') AND body_id = ifnull(old.body_id, 0) AND items = 0;
        """;
}
