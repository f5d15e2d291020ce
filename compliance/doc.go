// Package compliance measures campuses (校园) against security standards
// (安全防范标准) and answers, as of a date, how many meet them — the figures
// public-security, education and comprehensive-governance offices report:
// 全达标率 by jurisdiction, report group (中小学/幼托) and license (有证/无证),
// the campuses behind every cell and why, and how a rate moved since a
// baseline. It is pure: no I/O, no clock, no global state; the caller passes
// every input, including "today".
//
// # The main path
//
// Data → history → query → summary → figure, each step one call:
//
//	h, err := compliance.NewHistory(register, inspections)           // every inspection, checked and indexed
//	q, err := compliance.NewQuery(compliance.QuerySpec{               // the question, checked and compiled once
//		Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Heightened})
//	s, err := compliance.Summarize(h, q)                              // every campus's status, tallied
//	cell := compliance.AllCampuses().In(city).License(campus.Licensed) // which campuses: spelt out
//	fig, err := s.Figure(compliance.ComplianceMeasure, cell,          // 全达标率 99.9% (1394/1396)
//		rate.Precision{Places: 1, Rounding: rate.HalfEven})
//	for a := range s.Campuses(cell, compliance.NonCompliant) { … }    // which two, by which inspection, why
//
// The Query carries the question into everything computed from it — the
// Summary remembers it, its Figures record the standard, version, date and
// level, its drill-down evaluates under it, package change's Compare refuses two
// summaries of different questions, and package finding derives findings under it — so no
// value is handed in twice and no two figures can silently disagree.
//
// The prevention level is one level for every campus (PreventionLevel), or a
// prevention.Schedule of level changes by place and date (Schedule): each
// campus is then measured at the level in force at its jurisdiction on the
// as-of date, resolved once per query (Query.Levels), and each figure records
// the level(s) in force across its jurisdiction (Figure.PreventionLevel, or
// Figure.Levels when several were). finding.Derive measures each inspection
// at the level of its own day (Query.EvaluateOn).
//
// # Standards as data
//
// A Standard is a named, versioned regulation or checklist with an effective
// date — a provincial 规定, a national norm such as GB/T 29315, a city's
// 检查表 — made of Requirements. Each requirement has a declarative Rule (a
// fact is present; a count is at least N; a count is at least a step function
// of the campus's size, "under 100 → 1 guard; 100–1000 → 2; above 1000 one
// more per 500 students"), a Scope (中小学 or 幼托, school kind, stage, 有证 or
// 无证, 城乡 locale, boarding, 公办/民办 ownership, 中心校 designation, and the
// prevention level from which it applies) and a source.Citation citing the provision
// and how sure that citation is. Where a source leaves a range open, a band
// is Undetermined: the library does not guess, and a campus in it is
// Incomplete rather than compliant.
//
// Standards round-trip through a documented, versioned JSON format
// (LoadStandard, Standard.MarshalJSON), so a province can publish its checklist
// as data. Checking reports every problem as a StandardError naming the
// standard, the requirement and the field. Tailor derives a local standard from
// a published one by selecting requirements and tightening parameters (as
// OSCAL profiles do); loosening is an error (ErrLoosening), and the result
// records what it was derived from. A tailoring may also replace a requirement
// by a documented variant (a regulator's reading: another basis, bands instead
// of one minimum), recorded as such (Requirement.Variant) and refused if it
// demands less of any campus. Combine makes one standard of several — the
// national norm, the provincial checklist and the city's tailoring measured at
// once, with one status — namespacing requirement IDs by their standard and
// recording every source. Versions answers which version of a standard was in
// force on a date. The published standards themselves are data in package
// compliance/catalog.
//
// # Indicators and measurements
//
// An Indicator is what an inspection observes (检查项): 专职保安员 (a count),
// 门卫室24小时值守, 封闭化管理, 一键式紧急报警与公安机关联网 and the others the
// catalog's standards use (catalog.WellKnownIndicators; LookupIndicator finds
// one by id), or the caller's own (NewIndicator, or declared in a standard's
// JSON). Measurements hold one inspection's observations compactly; an
// indicator that was not observed is different from one observed absent.
//
// # Evaluation and status
//
// Query.Evaluate measures one campus's measurements against the query's
// standard at its prevention level (防范等级: 常态, 加强, 高 — 提升防范等级 after an
// incident brings more requirements in) and lists every requirement's outcome:
// met, unmet (with what was observed and required), not observed, not
// applicable, or undetermined. The campus is 全达标 (Compliant) only when every
// applicable requirement is met; any unmet requirement makes it NonCompliant
// (未达标); otherwise anything not observed or undetermined makes it Incomplete.
// A pass is never inferred from a missing observation. A campus that no
// requirement includes (a 托儿所 under a norm for 中小学 and 幼儿园) is OutOfScope
// (不适用): outside the standard's population, never compliant, counted apart
// and left out of every rate's denominator (Tally.InScope).
//
// # History, as-of dates and visits
//
// A History holds every Inspection of a register's campuses. Every figure is
// as of a date: a campus's status is what its latest inspection on or before
// that date showed, optionally only if it is recent enough (QuerySpec.Window).
// A campus with no such inspection is Unassessed (未检查) — unassessed is not
// compliant, and it is never folded into another status. Two inspections of
// one campus on one date are a conflict to resolve, never a silent choice.
// History.Assess gives one campus's Assessment: its status, the inspection
// that counts and the requirement results behind it. Package compliance/visit lists, for
// a period, the campuses no team inspected and what each team visited
// (分片包干、不留死角: visit.Between); whether the teams' assigned areas cover the tree is
// hierarchy's Coverage.
//
// Standards change: a QuerySpec carries one Standard or the Versions of a
// standard, and each date is measured against the version in force on it (a
// date before a standard takes effect is refused); every Figure records the
// version and its effective date. SummarizeSeries gives the summary at many
// dates (civil.MonthEnds) in one sweep of the history, each date's as
// Summarize gives it; package compliance/change carries a figure's change
// between two dates as self-describing JSON.
//
// # Summaries, cells and figures
//
// Summarize evaluates every campus once and tallies the statuses for every
// jurisdiction (its campuses and its descendants'), report group and license,
// rolled up by summing counts — a county's rate is never an average of its
// townships' rates. A Cell says which campuses a tally, figure or drill-down
// counts: AllCampuses, narrowed by In (a jurisdiction; the zero code is the
// whole register everywhere), Group, License and Kind. A Tally is a
// commutative monoid of counts by Status that merges exactly (it fits a
// distributed engine's combiner unchanged); its rates (Tally.Rate) are exact
// fractions of package rate, rounded once, when presented, by a named rule.
//
// A Figure is a published rate with its definition: measure, counts, rounding
// (rate.Precision), as-of date, standard and version, prevention level and
// cell — copied into another system as JSON, it cannot lose its meaning.
// Figures name what they count (Figure.Unit): campuses, as the 2012 city
// report does, or schools, as the published national figures do; the two are
// never mixed in one rate. Package compliance/change sets two summaries of one
// question side by side (change.Compare) and gives each cell's change
// (rate.Change: percentage points and, apart and labelled, the relative
// change).
//
// # Findings and rectification
//
// Package compliance/finding derives, under the same Query, the findings
// (整改事项) an inspection history implies and their rectification (整改率,
// 按期整改率) by jurisdiction.
//
// # Enums
//
// Every enum (Status, Outcome, Measure, Unit, RuleKind, Basis, StepRounding,
// BoardingScope, ValueKind; prevention.Level and source.Confidence in their
// packages) reads and writes a
// stable English id (ParseX, MarshalText, UnmarshalText), is named in Chinese
// or English by Name(lang), and reads Chinese labels through one function,
// ParseLabel. Its zero value is unset: it marshals as "" and a
// record that needs a value refuses it. Values lists an enum's values in
// order.
//
// # JSON
//
// Every JSON form the package decodes — a standard (LoadStandard), Tally, Figure, Result,
// RequirementResult, source.Citation (and, in package finding, Finding, Policy and finding.Tally) — is checked against its documented form before
// anything is decoded: keys exactly as documented (a key in another case, or one that only Unicode case
// folding matches, is unknown), each at most once, no unknown key, no null (but a figure's undefined value
// and a result's empty requirements), integers in canonical form, every list within its limit, counted
// before its elements are decoded. A required field that is absent is an error, never a zero; each
// UnmarshalJSON (LoadStandard for a standard) says which fields are required. A figure has one canonical
// JSON form. Decoding n bytes allocates at most 40·n + 16 MiB.
//
// # Limits
//
// Every input is bounded, so that a hostile or broken one costs time and memory in proportion to its size
// and never overflows a count. Over a limit, the constructor, Validate or decoder reports an error (for a
// standard, a StandardError naming the field); nothing is cut silently. Three limits are exported constants
// a caller programs against; the others are stated here and may be raised in a later version:
//
//   - MaxStandardBytes (8 MiB): the JSON text of one standard (LoadStandard).
//   - MaxRequirements (1000): the requirements of one standard, and the requirement results of one Result.
//   - MaxTally (math.MaxInt64): the campuses one Tally counts (and the findings one finding.Tally counts); past it a sum is overflowed
//     and counts nothing.
//   - 256 indicators declared by one standard.
//   - 16 parts in one combined standard (Combine).
//   - 64 bands in one scaled rule, and 64 values in each list of a Scope.
//   - 128 bytes for a standard's or requirement's ID, a version and every reference to them; 4096 bytes for
//     every other text of a standard (titles, issuer, note, source fields, a variant's change and reason).
//   - 64 bytes for an indicator id (NewIndicator).
//   - 1,000,000 for a rule's minimum, a band's minimum and a step's increment; 10,000,000 for a band's
//     start and a step's start and period (a headcount).
//   - 2,147,483,647 (math.MaxInt32) for an observed count (NewMeasurements).
//   - 256 bytes for a figure's title and population.
//
// Errors are bounded too: caller text in a message is quoted with at most 64 bytes shown, at most 8
// problems are listed about one item (a requirement, an inspection) and 100 in one call, and the rest are
// counted in a "… and N more problems" line.
package compliance
