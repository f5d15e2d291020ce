// Package tabular reads and writes the library's data as tables, in CSV and JSON Lines, so that a platform
// can feed campussec the data it keeps in spreadsheets and databases and take the figures back in a form
// it stores: jurisdictions (the tree), schools and campuses (the register), inspections (wide: one column
// per indicator; long: one row per observation), summaries (every non-empty cell with its counts by status)
// and findings (the rectification ledger's rows).
//
// # Files in, figures out
//
//	tree    ← ReadJurisdictions   → hierarchy.NewTree
//	reg     ← ReadSchools, ReadCampuses → campus.NewRegister
//	std     ← compliance.LoadStandard (JSON)
//	history ← ReadInspectionsWide(r, f, Indicators(std)) → compliance.NewHistory
//	summary ← compliance.Summarize → WriteSummary; ledger ← finding.Derive → WriteFindings
//	log     ← ReadIncidents → incident.NewLog; WriteIncidents
//
// Every reader and writer works over io.Reader and io.Writer: the package opens no file. Readers stream:
// a Reader holds one record at a time (Next, Value, Err, like bufio.Scanner), and the caller collects the
// records into the slices the constructors take, so a national file is never in memory twice. Writers
// write as they go (Write, Flush); WriteTree, WriteSchools, WriteCampuses, WriteInspections, WriteSummary
// and WriteFindings write what a tree, register, history, summary or ledger holds, in its own order.
//
// Reading is fast enough for national files (BenchmarkReadNational in examples/national): CSV records are
// split by the package's own scanner (exactly encoding/csv's language and errors, without its per-record
// allocations beyond one string), and the wide inspections reader shares one Measurements among the
// inspections whose indicator cells read the same. Its allocations per record are bounded: the record's
// text (one string) and the strings the record keeps (a name, a ref); BenchmarkReadNational records them.
//
// # Formats
//
// CSV has a header line of column names; the JSON Lines form is one flat object per line whose keys are
// the same names (Format). Each reader's doc lists its columns: which are required, which optional, and
// what an empty cell means. Values are the library's own text forms: division codes (hierarchy.Code),
// UUIDs in canonical lower-case form, dates as YYYY-MM-DD (civil.Date), enums as their stable English ids
// ("licensed", "nine_year"), 学校标识码 as 10 digits, integers in canonical decimal, booleans as true and
// false. The columns of schools, campuses and findings are the keys of those types' JSON forms, so a JSON
// Lines file of them holds one JSON object of the type per line (as the writers write it; a ref-keyed line
// without an id, which the readers accept, is not one by itself). A column of the platform's own key, ref,
// is carried on schools, campuses, inspections and incidents (School.Ref, Campus.Ref, Inspection.Ref,
// Incident.Ref), named in errors, and may stand in for the id (The platform's own keys, below). Chinese
// text is fine in every cell; CSV is RFC 4180 quoted where needed.
//
// What a writer writes, the matching reader reads back to equal values: a register, its inspections and
// their standard written in any format and read back give the same summary, byte for byte in every export
// (tested at 10³ campuses for every format and layout, and at national size by examples/national -from).
//
// # Bad input
//
// Nothing is dropped: a bad record is an error, never skipped. A reader reports every problem of the
// input, each an *Error with the line, the column (the CSV header name) and the record's key (its ref, or
// its id), wrapping one of the package's sentinels (and the library's own, such as hierarchy.ErrInvalidCode
// or campus.ErrInvalidKind), joined with errors.Join: the first MaxErrors in full, the rest counted. The
// header is checked first, all at once: an unknown, missing or repeated column is ErrHeader. A row with
// too few or too many fields is ErrFieldCount; a value not in its column's form ErrValue; an empty required
// cell ErrRequired; a key read twice ErrDuplicateKey (naming the first line); a field over MaxFieldBytes or
// a line over MaxLineBytes ErrTooLong. UTF-8 with or without a byte-order mark (which Excel writes) is
// accepted; other input — a CSV saved by Excel as GBK/GB18030 — stops the reader with ErrNotUTF8, whose
// message says how to save the file as UTF-8 ("CSV UTF-8" in Excel's Save As). Semantic checks that need
// the other files (a campus's school, a jurisdiction's parent, an inspection's campus) are the
// constructors': hierarchy.NewTree, campus.NewRegister and compliance.NewHistory report them all.
//
// # The platform's own keys
//
// The library keys schools, campuses, inspections and incidents by UUID (the id column). A platform that
// keys them by its own keys — a school's 学校标识码, a database id, a record number — may give those in the
// ref column and leave id out of the header or empty: the reader derives the ID from the ref by the
// library's one derivation, campus.SchoolID, campus.CampusID, campus.InspectionID or incident.IDFromRef
// (uuid.NewSHA1 in campus.IDNamespace of "school:" + ref, "campus:" + ref, …), so every system derives the
// same ID from the same key. Per record:
//
//   - id empty, ref given: the ID is derived from the ref. The ref must be one the derivation accepts —
//     campus.CheckRef for schools, campuses and inspections (non-empty, at most campus.MaxRefLen bytes, no
//     control character), incident.IDFromRef for incidents — and must not look like a UUID (see below: no
//     other file could refer to it by ref); otherwise ErrValue on the ref column.
//   - id and ref given: both are kept as given and not checked against each other, since a platform may
//     have UUIDs of its own; the ref is then the key errors name. Other files refer to such a record by its
//     id: a ref in a reference column derives an ID, which is not the one given.
//   - neither: ErrRequired on the id column, naming the line. A header with neither an id nor a ref column
//     is ErrHeader ("missing" means both are missing).
//
// The ref of a school, campus or inspection is checked with campus.CheckRef whether or not it derives the
// ID (ErrValue wrapping campus.ErrInvalidRef, naming line and column); an incident's ref is checked by
// incident.NewLog.
//
// A reference column — a campus's school, an inspection's or an incident's campus — holds the UUID of the
// record it refers to or that record's ref, told apart by the text alone: a UUID in canonical form (36
// characters, lower case) is an ID; text uuid.Parse reads as a UUID in another spelling (upper case, in
// braces, urn:uuid:) is an error (ErrValue), never a ref; anything else, 32 bare hex digits included, is a
// ref, resolved by the same derivation (campus.SchoolID for a school, campus.CampusID for a campus) and
// checked as a ref. So a ref that looks like a UUID cannot be referred to by ref: a platform whose keys
// are UUID texts writes them as ids (and as refs too, if it wants errors to name them). Whether the record
// referred to exists is the constructors' check (campus.NewRegister, compliance.NewHistory,
// incident.NewLog), as for ids.
//
// Duplicates are found among the IDs, derived or given: two records with the same ref and no id are
// ErrDuplicateKey, reported on the ref column. Writers always write the id (derived or given) and the ref:
// a ref-keyed file read and written back has both columns, and reads back to the same records, byte for
// byte on a second write.
package tabular
