// Command cityreport prints the campus-security report of a sample Jiangsu city, reproducing end to end the
// figures of a 2012 city public-security report (关于我市校园安全保卫工作情况的汇报) with the campussec library:
// the register of 1935 campuses (800 中小学 + 1135 幼托 = 1396 licensed + 539 unlicensed), the full-compliance
// rates as of 2012-02-14 (licensed 1394 of 1396, 99.9 %; unlicensed 33 %) with the two non-compliant licensed
// campuses named, the change since May 2010 in percentage points (+87.4) and, apart, as a relative change,
// tables by district and town, the inspection teams' areas and visits (分片包干) and rectification (整改).
//
// Read examples/walkthrough first: it makes the same calculations in one file. This command adds the
// presentation (Chinese and English text, JSON, two SVG charts) and the checks that the text's claims hold.
//
// # Where each section's figures come from
//
// Every figure printed is computed by the library from the data; the files below make the calls, and the
// rest (text*.go, textgrid.go, width.go, messages.go, jsonout.go, svg.go, chart.go, options.go) only lays
// out what those calls returned.
//
//   - Data (load.go): the city's files in data/ — jurisdictions.csv, schools.csv, campuses.csv,
//     inspections.csv (package tabular's CSV formats; inspections in the wide layout, one column per indicator
//     of the checklist), incidents.csv (the incidents involving campuses), standard.json
//     (compliance.LoadStandard's format) and schedule.json (the prevention levels by place and date,
//     prevention.LoadSchedule's format) — read through tabular.ReadJurisdictions, ReadSchools, ReadCampuses,
//     ReadInspectionsWide and ReadIncidents and built with hierarchy.NewTree, campus.NewRegister,
//     compliance.NewHistory and prevention.LoadSchedule. The files are what
//     examples/internal/samplecity generates (data_test.go checks it; go test ./examples/cityreport -update
//     rewrites them). -data DIR reads an office's own files of the same names instead; the city is the
//     tree's one prefecture-level jurisdiction, and the teams' areas (五、分片包干) are the sample city's when the
//     city is 321400, none otherwise (they are not a data file).
//   - Settings (settings.go): the report's question, compliance.NewQuery (MustQuery) of the city's checklist
//     (standard.json) under the city's prevention-level schedule (QuerySpec.Schedule) as of 2012-02-14
//     and of 2010-05-31, and
//     compliance.Summarize of the city's history (samplecity.Build: hierarchy.NewTree,
//     campus.NewRegister, compliance.NewHistory) under each.
//   - 防范等级 (levels.go): the city's schedule (schedule.json; for the sample city what City.Schedule generates, a prevention.Schedule: raised
//     city-wide from 2010-03-24 after the Nanping attack, lowered on a synthetic later date) and the
//     level(s) in force across the city on each date measured (Query.Levels); every figure records its own
//     level(s) (Figure.PreventionLevel, or Figure.Levels when several applied), which the section heads print.
//   - 一、底数 (register.go): campus.Register.CampusCounts and SchoolCounts — campuses and schools are
//     different units, never mixed in one count.
//   - 二、达标情况 (compliance.go, laggards.go): Summary.Tally and Summary.Figure of
//     compliance.AllCampuses().In(city).License(l) (rate.Precision: one decimal licensed, none
//     unlicensed, rate.HalfEven); the two non-compliant licensed campuses and their unmet requirements
//     from Summary.Campuses(cell, compliance.NonCompliant) (each an Assessment with its Inspection and
//     Result).
//   - 三、变化 (change.go): change.Compare(then, now) and Comparison.Change — a rate.Change whose
//     Points and Relative are kept apart and labelled.
//   - 三之二、趋势 (trend.go, text_trend.go, trend_svg.go): compliance.SummarizeSeries of the city's history at
//     every month-end from May 2010 to January 2012 and on the report date, under a query of the
//     checklist's versions (compliance.NewVersions of the city's checklist: one version, since no source gives
//     the revision the report names) under the city's schedule, each date against the version and the
//     levels in force on it; the licensed rate's change from the first date
//     to the last as a change.Figure (package compliance/change).
//   - 四、分区县 (table.go, chart.go): Summary.Figure for every jurisdiction of hierarchy.Tree.Walk(city).
//   - 五、分片包干 (coverage.go, lastterm.go): hierarchy.CheckCoverage of the teams' assignments (gaps and
//     overlaps) and visit.Between of last term (the campuses no team visited).
//   - 六、整改 (rectification.go): finding.Derive(history, query, policy), Ledger.Tally,
//     Ledger.Overdue and Ledger.Rectification's Figure by jurisdiction.
//   - 七、合并衡量 (combined.go): compliance.Combine of the city's checklist and catalog.Fujian2010, then
//     Summarize and Summary.Campuses/Assessment under the combined standard.
//   - 八、涉校案事件 (incidents.go, text_incidents.go): incident.NewLog of the city's SYNTHETIC incidents
//     (samplecity City.Incidents), Log.Summarize over 2010-04-29 (the first emergency notice) to the report
//     date under incident.DefaultPolicy (the library's own "major" threshold), Summary.Tally, PerCampus and
//     PerPupils by district, and incident.Compare of last term with the same term a year earlier. "没有发生
//     涉及校园安全与稳定的重大案事件" is printed only when the count of major incidents is 0.
//
// The city is synthetic (examples/internal/samplecity) and its checklist is the example's own, written in the
// spirit of the 2010 provincial notices: the Jiangsu regulations the report measured against are not public.
//
// The last section measures every campus against the city's checklist and a provincial checklist at once
// (compliance.Combine): one status per campus under both, every requirement prefixed by its standard. The
// second standard is the 2010 Fujian notice (catalog.Fujian2010), the catalog's one provincial text and
// in force on the report date; it does not bind a Jiangsu city and stands as "a provincial checklist next
// to the city's". No national norm of the catalog was in force on 2012-02-14 (the first, GB/T 29315-2012,
// from 2013-06-01; 168号 is of 2015), so none is combined, and the command refuses to run if that ever stops
// being true. The sample inspections recorded the city's indicators, not the notice's, so every campus the
// notice covers that meets the city's checklist is incomplete under the combination: the section says so
// and lists the unobserved requirements with their campus counts. The compliant campuses are those outside
// the notice's population, measured by the city's checklist alone (checked when the section is built). The
// section changes none of the 2012 report's figures, which are the city's checklist alone.
//
// Usage:
//
//	go run ./examples/cityreport            # Chinese
//	go run ./examples/cityreport -lang en   # English
//	go run ./examples/cityreport -json      # the same report as JSON
//	go run ./examples/cityreport -svg chart.svg  # also write a bar chart of compliance by district
//	go run ./examples/cityreport -data DIR  # the same report on an office's own data files
//	go run ./examples/cityreport -trend-svg trend.svg  # also write a line chart of the monthly trend
package main
