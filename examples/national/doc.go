// Command national builds a synthetic country — every jurisdiction down to the 38,530 townships, 520,000
// schools' and kindergartens' campuses, three inspections of each over two years — and times campussec on it,
// phase by phase: the jurisdiction tree, the register, the inspection history, the summary as of a date, and
// the national 4个100% rates (compliance/catalog.FourHundredRates) under each of the three published scopes.
//
//	go run ./examples/national [-campuses N] [-seed S] [-from DIR] [-csv DIR]
//
// -campuses is the number of campuses (default 520,000, at least 1), -seed the generator's seed (the same seed
// gives the same country), and -csv a directory (created if needed) to write the data and the summary into, so
// that the same computation can be run in a SQL database and compared, figure for figure and second for second.
// The data come from examples/internal/nationgen; the figures are as of 2024-12-31 against its 20-requirement
// standard at the normal prevention level, with no validity window.
//
// -from reads the country back from a directory a -csv run wrote, through package tabular's readers (phase
// "read files"), instead of generating it: the summary, the rates and the files a second -csv writes are the
// same, byte for byte (TestFromReadsBackCSV; at national size too).
//
// # What is measured
//
// Each phase prints its wall time; the heap in use right after it (runtime.MemStats.HeapInuse: live data plus
// garbage not yet collected, sampled — not a continuous peak); and the bytes it allocated (the growth of
// runtime.MemStats.TotalAlloc). The generator's phase and the CSV phase are not the library's. After the
// summary the generator's inputs are dropped, a full collection runs, and the retained heap (HeapAlloc: the tree,
// register, history and summary) is printed in bytes per campus, with the largest HeapInuse sampled.
//
// # Files written by -csv
//
// The data files are package tabular's CSV formats (see its doc and each reader's): UTF-8, comma-separated,
// RFC 4180 quoted where needed, with one header row. Codes are the canonical division codes (6 digits down to
// county level, 9 for a township); enums are the library's stable English ids; booleans are true and false; a
// fact indicator is 1 (present) or 0 (absent).
//
//   - jurisdictions.csv: code, name, level (province, prefecture, county, township), parent (the parent's code;
//     empty for a province). Ascending code order. (tabular.WriteTree)
//   - schools.csv: id, name, code (the 10-digit 学校标识码; empty when none), ownership, designation, ref.
//     Register order. (tabular.WriteSchools)
//   - campuses.csv: id, school (the school's id), name, kind (e.g. kindergarten, nine_year), group (school =
//     中小学, preschool = 幼托; derived from kind), license (licensed, unlicensed), locale (the 城乡分类 id),
//     jurisdiction (a township code), main, boarding, students, staff, ownership, designation, ref. Register
//     order: jurisdiction code, then id bytes. (tabular.WriteCampuses)
//   - inspections.csv: id, campus (the campus id), date (YYYY-MM-DD), team, ref, then one column per indicator
//     the generator observes, named by its id (nationgen.Indicators: full_time_guards, guardroom_staffed_24h,
//     closed_management, emergency_alarm_linked, video_linked, video_retention_days, school_gate_police_post,
//     anti_ram_barriers, perimeter_intrusion_alarm, visitor_registration, emergency_plan,
//     emergency_drills_per_term, protective_equipment, key_area_patrols_per_day, networking_interface,
//     principal_responsible, security_organisation, full_time_gatekeeper, video_surveillance,
//     perimeter_barrier). A fact is 1 (present) or 0 (absent), a count is the count, and an empty cell means the
//     indicator was not observed (which is never a pass). Campuses in register order, each campus's
//     inspections by date. (tabular.WriteInspections, wide layout)
//   - standard.json: the standard in the compliance package's JSON format (version 1; see
//     compliance.LoadStandard): each requirement's scope (groups: ["school"] for the ten 中小学-only ones), and
//     its rule — "fact" (the indicator is 1), "count_at_least" (at least min), "count_scaled" (at least the
//     band's min for the campus's headcount = students + staff, plus step.add for every started step.per above
//     step.above).
//   - query.json: the standard's id and version, as_of, level and window_days of the summary.
//   - summary.csv: level, code, group, license, total, compliant, non_compliant, incomplete, unassessed. One
//     row per jurisdiction × group × license, each jurisdiction's counts including all its descendants'; first
//     the four rows of the whole register (level national, empty code). Rows are sorted by code, group and
//     license as byte strings (SQL: ORDER BY code, "group", license with a binary collation).
//
// # Recomputing the summary in SQL
//
// A campus's status as of the date comes from its latest inspection on or before as_of (none: unassessed).
// Take the requirements that apply to the campus (scope "school" applies to group = 'school' only); if any
// observed value misses its rule the campus is non_compliant; else if any is not observed it is incomplete;
// else compliant. Count campuses by group, license and status in their township and in every ancestor of it:
// the result must equal summary.csv row for row. recompute.sql, beside this file, does exactly that in SQLite
// and prints every row on which the two disagree:
//
//	go run ./examples/national -campuses 20000 -csv /tmp/national
//	cd /tmp/national && sqlite3 < $OLDPWD/examples/national/recompute.sql
package main
