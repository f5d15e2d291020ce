package jsonform_test

import (
	"bytes"
	"encoding/json"
	"github.com/campussec/campussec/source"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/compliance/visit"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/campussec/campussec/tabular"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// mode is what a type's JSON does.
type mode uint8

const (
	// roundTrip: marshal → unmarshal into a new value → deep-equal, and re-marshal byte-equal.
	roundTrip mode = iota + 1
	// refuses: json.Marshal returns an error.
	refuses
	// report: marshals (a report form), and decoding the report into the type is an error.
	report
	// notData: an interface or type-set constraint, which has no values of its own.
	notData
)

// entry is one exported type: a pointer to a representative value (nil for notData) and its mode.
type entry struct {
	v    any
	mode mode
}

// skipDirs are the directories of the module root that hold no library package: runnable examples, the
// internal packages (not importable by users), and test data.
var skipDirs = []string{"examples", "internal", "testdata"}

// libraryPackages walks the module from root and returns the directory (relative, slash-separated) of every
// library package: a directory with a non-test .go file of a package other than main, outside skipDirs,
// hidden directories (.ci), directories Go ignores (_x) and nested modules (a directory with its own go.mod,
// such as schemas/). No package can be left out of the table by being forgotten here.
func libraryPackages(t *testing.T, root string) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || slices.Contains(skipDirs, name) {
			return filepath.SkipDir
		}
		if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
			return filepath.SkipDir
		}
		ents, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		for _, e := range ents {
			n := e.Name()
			if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(path, n), nil, parser.PackageClauseOnly)
			if err != nil {
				return err
			}
			if f.Name.Name != "main" {
				dirs = append(dirs, rel)
				break
			}
		}
		return nil
	})
	require.NoError(t, err)
	sort.Strings(dirs)
	return dirs
}

// TestLibraryPackagesFound: the walk finds the packages known today and none of the skipped trees, so that
// a broken walk cannot pass the table test by finding nothing.
func TestLibraryPackagesFound(t *testing.T) {
	got := libraryPackages(t, "../..")
	for _, want := range []string{"civil", "rate", "hierarchy", "campus", "prevention", "compliance",
		"compliance/catalog", "compliance/change", "compliance/finding", "compliance/visit", "incident", "source", "tabular"} {
		require.Contains(t, got, want)
	}
	for _, d := range got {
		for _, bad := range []string{"examples", "internal", "schemas", "testdata", ".ci"} {
			require.False(t, d == bad || strings.HasPrefix(d, bad+"/") || strings.Contains(d, "/"+bad),
				"%s is not a library package", d)
		}
	}
}

// world is a small register, history and query, for the types only the library builds.
type world struct {
	tree   *hierarchy.Tree
	reg    *campus.Register
	hist   *compliance.History
	q      compliance.Query
	sum    *compliance.Summary
	ledger *finding.Ledger
	school campus.School
	campus campus.Campus
	insp   compliance.Inspection
	sched  prevention.Schedule
	series *compliance.Series
	ilog   *incident.Log
	isum   *incident.Summary
	icmp   incident.Comparison
	inc    incident.Incident
}

func newWorld(t *testing.T) world {
	var w world
	var err error
	code := hierarchy.MustParseCode
	w.tree, err = hierarchy.NewTree(hierarchy.Jurisdiction{Code: code("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: code("320505001"), Name: "东街道"})
	require.NoError(t, err)
	sid, _ := campus.SchoolID("3132000001")
	cid, _ := campus.CampusID("3132000001-01")
	w.school = campus.School{ID: sid, Name: "实验小学", Code: campus.MustParseSchoolCode("2132000001"),
		Ownership: campus.Public, Ref: "3132000001"}
	w.campus = campus.Campus{ID: cid, School: sid, Name: "实验小学本部", Kind: campus.Primary, License: campus.Licensed,
		Locale: campus.LocaleMainUrban, Jurisdiction: code("320505001"), Main: true, Boarding: true, Students: 300,
		Staff: 30, Ownership: campus.Public, Ref: "3132000001-01"}
	w.reg, err = campus.NewRegister(w.tree, []campus.School{w.school}, []campus.Campus{w.campus})
	require.NoError(t, err)
	iid, _ := campus.InspectionID("JC-2012-0001")
	w.insp = compliance.Inspection{ID: iid, Campus: cid, Date: civil.MustParseDate("2023-01-10"), Team: "一组",
		Ref: "JC-2012-0001", Measurements: compliance.MustMeasurements(
			compliance.ObserveFact(catalog.GuardroomStaffed24h, false), compliance.ObserveCount(catalog.FullTimeGuards, 2))}
	w.hist, err = compliance.NewHistory(w.reg, []compliance.Inspection{w.insp})
	require.NoError(t, err)
	w.q = compliance.MustQuery(compliance.QuerySpec{Standard: catalog.GBT29315v2022(), AsOf: civil.MustParseDate("2023-02-14"),
		PreventionLevel: prevention.Normal, Window: 365})
	w.sum, err = compliance.Summarize(w.hist, w.q)
	require.NoError(t, err)
	w.ledger, err = finding.Derive(w.hist, w.q, finding.Policy{Days: 30})
	require.NoError(t, err)
	w.sched, err = prevention.NewSchedule(w.tree,
		prevention.Change{Effective: civil.MustParseDate("2010-03-24"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: code("320505001"), Effective: civil.MustParseDate("2023-01-01"), Level: prevention.High, Notice: "高等级"})
	require.NoError(t, err)
	w.series, err = compliance.SummarizeSeries(w.hist, w.q, []civil.Date{civil.MustParseDate("2023-01-31"), civil.MustParseDate("2023-02-14")})
	require.NoError(t, err)
	w.inc = incident.Incident{ID: uuid.NewSHA1(uuid.NameSpaceURL, []byte("i1")), Ref: "JA-001", Date: civil.MustParseDate("2023-01-08"),
		Campus: cid, Category: incident.PublicOrderCase, Severity: incident.General, Summary: "校门口寻衅滋事"}
	w.ilog, err = incident.NewLog(w.reg, []incident.Incident{w.inc})
	require.NoError(t, err)
	w.isum, err = w.ilog.Summarize(incident.MustParsePeriod("2023-01-01/2023-12-31"), incident.DefaultPolicy())
	require.NoError(t, err)
	then, err := w.ilog.Summarize(incident.MustParsePeriod("2022-01-01/2022-12-31"), incident.DefaultPolicy())
	require.NoError(t, err)
	w.icmp, err = incident.Compare(then, w.isum, code("320505"))
	require.NoError(t, err)
	return w
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }

// must returns v, failing the test on err.
func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		require.NoError(t, err)
		return v
	}
}

// table lists every exported type of the public packages, keyed "dir.Type".
func table(t *testing.T) map[string]entry {
	w := newWorld(t)
	code := hierarchy.MustParseCode
	std := catalog.GBT29315v2022()
	assessment, ok := w.sum.Assessment(w.campus.ID)
	require.True(t, ok)
	counts := w.reg.CampusCounts()
	canteen := must[compliance.Indicator](t)(compliance.NewIndicator("canteen_camera", "食堂", compliance.FactValue))
	visits := must[visit.Period](t)(visit.Between(w.hist, civil.MustParseDate("2023-01-01"), civil.MustParseDate("2023-01-31")))
	four := must[catalog.FourHundredResult](t)(catalog.FourHundredRates(w.hist, catalog.RatesQuery{
		Scope: catalog.Scope2019(), AsOf: civil.MustParseDate("2023-02-14")}))
	rect := w.ledger.Rectification()
	var findings []finding.Finding
	for f := range w.ledger.All() {
		findings = append(findings, f)
	}
	require.NotEmpty(t, findings)
	prec := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	at := func(d string) compliance.Figure {
		s, ok := w.series.At(civil.MustParseDate(d))
		require.True(t, ok)
		return must[compliance.Figure](t)(s.Figure(compliance.ComplianceMeasure, compliance.AllCampuses(), prec))
	}
	inForce := must[prevention.InForce](t)(w.sched.On(civil.MustParseDate("2023-02-14")))
	var row tabular.SummaryRow
	for r := range tabular.SummaryRows(w.sum) {
		row = r
		break
	}
	require.NotZero(t, row.Tally.Total())
	return map[string]entry{
		"civil.Date": {ptr(civil.MustParseDate("2012-02-14")), roundTrip},

		"rate.Change":      {ptr(rate.Change{From: rate.MustParse("539/800"), To: rate.MustParse("1394/1396")}), roundTrip},
		"rate.Enum":        {nil, notData},
		"rate.Lang":        {ptr(rate.English), roundTrip},
		"rate.Precision":   {ptr(rate.Precision{Places: 1, Rounding: rate.HalfEven}), roundTrip},
		"rate.Rate":        {ptr(rate.MustParse("1394/1396")), roundTrip},
		"rate.Ratio":       {ptr(rate.MustParseRatio("3/20000")), roundTrip},
		"rate.RatioChange": {ptr(rate.RatioChange{From: rate.MustParseRatio("3/20000"), To: rate.MustParseRatio("1/10000")}), roundTrip},
		"rate.Rounding":    {ptr(rate.HalfUp), roundTrip},

		"hierarchy.Assignment":   {ptr(hierarchy.Assignment{Team: "一组", Areas: []hierarchy.Code{code("320505001")}}), roundTrip},
		"hierarchy.Code":         {ptr(code("320505001")), roundTrip},
		"hierarchy.Coverage":     {ptr(must[hierarchy.Coverage](t)(hierarchy.CheckCoverage(w.tree, code("320505"), nil))), roundTrip},
		"hierarchy.Entry":        {ptr(hierarchy.Entry[int]{Code: code("320505"), Value: 3}), roundTrip},
		"hierarchy.Enum":         {nil, notData},
		"hierarchy.Jurisdiction": {ptr(hierarchy.Jurisdiction{Code: code("320505"), Name: "示例区"}), roundTrip},
		"hierarchy.Level":        {ptr(hierarchy.Township), roundTrip},
		"hierarchy.Overlap":      {ptr(hierarchy.Overlap{Jurisdiction: hierarchy.Jurisdiction{Code: code("320505"), Name: "区"}, Teams: []string{"一组", "二组"}}), roundTrip},
		"hierarchy.Rollup": {ptr(must[hierarchy.Rollup[int]](t)(hierarchy.RollUp(w.tree, []hierarchy.Entry[int]{{Code: code("320505001"), Value: 2}},
			func(a, b int) int { return a + b }))), refuses},
		"hierarchy.Tree": {w.tree, roundTrip},

		"campus.Campus":             {ptr(w.campus), roundTrip},
		"campus.CampusCount":        {ptr(campus.CampusCount(7)), roundTrip},
		"campus.CampusCounts":       {ptr(counts), roundTrip},
		"campus.Category":           {ptr(w.school.Code.Category()), roundTrip},
		"campus.Count":              {nil, notData},
		"campus.Counts":             {ptr(counts), roundTrip},
		"campus.Designation":        {ptr(campus.Central), roundTrip},
		"campus.Enum":               {nil, notData},
		"campus.Group":              {ptr(campus.GroupPreschool), roundTrip},
		"campus.GroupLicense":       {ptr(campus.GroupLicense{Group: campus.GroupSchool, License: campus.Unlicensed}), roundTrip},
		"campus.JurisdictionCounts": {ptr(w.reg.CampusCountsByJurisdiction()), refuses},
		"campus.Kind":               {ptr(campus.NineYear), roundTrip},
		"campus.License":            {ptr(campus.Unlicensed), roundTrip},
		"campus.Locale":             {ptr(campus.LocaleVillage), roundTrip},
		"campus.Ownership":          {ptr(campus.Private), roundTrip},
		"campus.Register":           {w.reg, refuses},
		"campus.School":             {ptr(w.school), roundTrip},
		"campus.SchoolCode":         {ptr(w.school.Code), roundTrip},
		"campus.SchoolCount":        {ptr(campus.SchoolCount(3)), roundTrip},
		"campus.SchoolCounts":       {ptr(w.reg.SchoolCounts()), roundTrip},
		"campus.Stage":              {ptr(campus.Stage(1)), roundTrip},

		"prevention.Change":      {ptr(w.sched.Changes()[1]), roundTrip},
		"prevention.Enum":        {nil, notData},
		"prevention.InForce":     {ptr(inForce), refuses},
		"prevention.ChangeError": {&prevention.ChangeError{Index: 2, Err: prevention.ErrInvalidLevel}, refuses},
		"prevention.Level":       {ptr(prevention.High), roundTrip},
		"prevention.LevelSet":    {ptr(prevention.SetOf(prevention.Normal, prevention.High)), roundTrip},
		"prevention.Schedule":    {ptr(w.sched), report},

		"incident.Category":      {ptr(incident.SafetyAccident), roundTrip},
		"incident.Comparison":    {ptr(w.icmp), roundTrip},
		"incident.Enum":          {nil, notData},
		"incident.Incident":      {ptr(w.inc), roundTrip},
		"incident.Log":           {w.ilog, refuses},
		"incident.IncidentError": {&incident.IncidentError{Index: 1, Ref: "K-1", Err: incident.ErrNoDate}, refuses},
		"incident.Period":        {ptr(incident.MustParsePeriod("2023-01-01/2023-12-31")), roundTrip},
		"incident.Policy":        {ptr(incident.DefaultPolicy()), roundTrip},
		"incident.Severity":      {ptr(incident.Major), roundTrip},
		"incident.Summary":       {w.isum, refuses},
		"incident.Tally":         {ptr(must[incident.Tally](t)(incident.NewTally(1, 2, 3, 4, 2))), roundTrip},

		"tabular.Enum":             {nil, notData},
		"tabular.Error":            {&tabular.Error{Line: 12, Column: "kind", Key: "S1", Err: tabular.ErrValue}, refuses},
		"tabular.Format":           {ptr(tabular.JSONLines), roundTrip},
		"tabular.InspectionWriter": {tabular.NewInspectionWriter(io.Discard, tabular.CSV, tabular.Wide, tabular.Indicators(std)), refuses},
		"tabular.Layout":           {ptr(tabular.Long), roundTrip},
		"tabular.Reader":           {tabular.ReadSchools(strings.NewReader(""), tabular.CSV), refuses},
		"tabular.SummaryRow":       {ptr(row), roundTrip},
		"tabular.Writer":           {tabular.NewSchoolWriter(io.Discard, tabular.CSV), refuses},

		"compliance/change.Figure": {ptr(must[change.Figure](t)(change.Between(at("2023-01-31"), at("2023-02-14")))), roundTrip},

		"compliance.Assessment":        {ptr(assessment), roundTrip},
		"compliance.Band":              {ptr(compliance.Band{From: 100, Min: 2}), roundTrip},
		"compliance.Basis":             {ptr(compliance.Basis(1)), roundTrip},
		"compliance.BoardingScope":     {ptr(compliance.BoardingScope(1)), roundTrip},
		"compliance.Cell":              {ptr(compliance.AllCampuses().In(code("320505")).Group(campus.GroupSchool).Kind(campus.Primary)), roundTrip},
		"compliance.Combination":       {ptr(compliance.Combination{ID: "c", Title: "t", Version: "1", Parts: []compliance.Standard{std}}), roundTrip},
		"compliance/change.Comparison": {must[*change.Comparison](t)(change.Compare(w.sum, w.sum)), report},
		"source.Confidence":            {ptr(source.Confidence(1)), roundTrip},
		"source.Enum":                  {nil, notData},
		"compliance.Enum":              {nil, notData},
		"compliance.Figure":            {ptr(must[compliance.Figure](t)(w.sum.Figure(compliance.ComplianceMeasure, compliance.AllCampuses(), rate.Precision{Places: 1, Rounding: rate.HalfEven}))), roundTrip},
		"compliance.History":           {w.hist, refuses},
		"compliance.Live":              {must[*compliance.Live](t)(compliance.NewLive(w.sum)), refuses},
		"compliance.Indicator":         {ptr(canteen), roundTrip},
		"compliance.Inspection":        {ptr(w.insp), roundTrip},
		"compliance.Measure":           {ptr(compliance.AssessedMeasure), roundTrip},
		"compliance.Measurements":      {ptr(w.insp.Measurements), roundTrip},
		"compliance.Observation":       {ptr(compliance.ObserveCount(catalog.FullTimeGuards, 3)), roundTrip},
		"compliance.Origin":            {ptr(compliance.Origin{Standard: std.Ref(), Requirement: "r"}), roundTrip},
		"compliance.Outcome":           {ptr(compliance.Undetermined), roundTrip},
		"compliance.Parameter":         {ptr(compliance.Parameter{Requirement: "r", Min: 3}), roundTrip},
		"compliance.Query":             {ptr(w.q), roundTrip},
		"compliance.QuerySpec":         {ptr(w.q.Spec()), roundTrip},
		"compliance.Reference":         {ptr(std.Ref()), roundTrip},
		"compliance.Replacement":       {ptr(compliance.Replacement{Requirement: "r", With: std.Requirements[0]}), roundTrip},
		"compliance.Requirement":       {ptr(std.Requirements[0]), roundTrip},
		"compliance.RequirementResult": {ptr(assessment.Result.Requirements[0]), roundTrip},
		"compliance.Result":            {ptr(assessment.Result), roundTrip},
		"compliance.Rule":              {ptr(std.Requirements[0].Rule), roundTrip},
		"compliance.RuleKind":          {ptr(compliance.RuleFact), roundTrip},
		"compliance.Series":            {w.series, refuses},
		"compliance.Scope":             {ptr(compliance.Scope{Groups: []campus.Group{campus.GroupSchool}, MinPreventionLevel: prevention.Heightened}), roundTrip},
		"source.Citation":              {ptr(std.Requirements[0].Source), roundTrip},
		"compliance.Standard":          {ptr(std), roundTrip},
		"compliance.StandardError":     {ptr(compliance.StandardError{Standard: "s", Field: "title", Err: compliance.ErrInvalidStandard}), refuses},
		"compliance.Status":            {ptr(compliance.OutOfScope), roundTrip},
		"compliance.Step":              {ptr(compliance.Step{Basis: compliance.Basis(1), Above: 1000, Per: 500, Add: 1, Round: compliance.StepRounding(1)}), roundTrip},
		"compliance.StepRounding":      {ptr(compliance.StepRounding(1)), roundTrip},
		"compliance.Summary":           {w.sum, report},
		"compliance.Tailoring":         {ptr(compliance.Tailoring{ID: "t", Version: "1", Note: "n"}), roundTrip},
		"compliance.Tally":             {ptr(must[compliance.Tally](t)(compliance.NewTally(1, 2, 3, 4))), roundTrip},
		"compliance/visit.Team":        {ptr(visit.Team{Name: "一组", Campuses: []campus.Campus{w.campus}}), roundTrip},
		"compliance.Unit":              {ptr(compliance.UnitCampus), roundTrip},
		"compliance.ValueKind":         {ptr(compliance.CountValue), roundTrip},
		"compliance.Variant":           {ptr(compliance.Variant{Of: "r", Change: "c", Reason: "why"}), roundTrip},
		"compliance.Versions":          {ptr(must[compliance.Versions](t)(catalog.GBT29315Versions())), refuses},
		"compliance/visit.Period":      {ptr(visits), roundTrip},

		"compliance/finding.Enum":          {nil, notData},
		"compliance/finding.Finding":       {ptr(findings[0]), roundTrip},
		"compliance/finding.Ledger":        {w.ledger, report},
		"compliance/finding.Policy":        {ptr(finding.Policy{Days: 30}), roundTrip},
		"compliance/finding.Rectification": {rect, report},
		"compliance/finding.State":         {ptr(finding.RectifiedLate), roundTrip},
		"compliance/finding.Tally":         {ptr(w.ledger.Tally()), roundTrip},

		"compliance/catalog.Enum":              {nil, notData},
		"compliance/catalog.FourHundredResult": {ptr(four), roundTrip},
		"compliance/catalog.Population":        {ptr(catalog.Scope2019().Guards), roundTrip},
		"compliance/catalog.RatesQuery":        {ptr(catalog.RatesQuery{Scope: catalog.Scope2019(), AsOf: civil.MustParseDate("2023-02-14"), Window: 30}), roundTrip},
		"compliance/catalog.Reach":             {ptr(catalog.Scope2019().Guards.Schools), roundTrip},
		"compliance/catalog.Target":            {ptr(catalog.Target(1)), roundTrip},
		"compliance/catalog.TargetRate":        {ptr(four.Rates[0]), roundTrip},
		"compliance/catalog.TargetScope":       {ptr(catalog.Scope2019()), roundTrip},
	}
}

// refusals is the sentinel each refusing type's error wraps: json.Marshal's error for a type that refuses,
// json.Unmarshal's for a report form. Every such row of the table has one.
var refusals = map[string]error{
	"hierarchy.Rollup":                 hierarchy.ErrInvalidJSON,
	"campus.JurisdictionCounts":        campus.ErrInvalidJSON,
	"campus.Register":                  campus.ErrInvalidJSON,
	"prevention.InForce":               prevention.ErrInvalidSchedule,
	"prevention.Schedule":              prevention.ErrInvalidSchedule,
	"incident.Log":                     incident.ErrInvalidJSON,
	"incident.Summary":                 incident.ErrInvalidJSON,
	"tabular.Error":                    tabular.ErrUnwritable,
	"tabular.InspectionWriter":         tabular.ErrUnwritable,
	"tabular.Reader":                   tabular.ErrUnwritable,
	"tabular.Writer":                   tabular.ErrUnwritable,
	"compliance/change.Comparison":     compliance.ErrInvalidJSON,
	"compliance.History":               compliance.ErrInvalidJSON,
	"compliance.Live":                  compliance.ErrInvalidJSON,
	"incident.IncidentError":           incident.ErrInvalidJSON,
	"prevention.ChangeError":           prevention.ErrInvalidSchedule,
	"compliance.Series":                compliance.ErrInvalidJSON,
	"compliance.StandardError":         compliance.ErrInvalidJSON,
	"compliance.Summary":               compliance.ErrInvalidJSON,
	"compliance.Versions":              compliance.ErrInvalidJSON,
	"compliance/finding.Ledger":        finding.ErrInvalidJSON,
	"compliance/finding.Rectification": finding.ErrInvalidJSON,
}

// exportedTypes parses the non-test files of each package and returns "dir.Type" for every exported type.
func exportedTypes(t *testing.T) []string {
	root := "../.."
	var out []string
	for _, dir := range libraryPackages(t, root) {
		fset := token.NewFileSet()
		ents, err := os.ReadDir(root + "/" + dir)
		require.NoError(t, err)
		for _, e := range ents {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, root+"/"+dir+"/"+name, nil, parser.SkipObjectResolution)
			require.NoError(t, err)
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.TYPE {
					continue
				}
				for _, s := range g.Specs {
					if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
						out = append(out, dir+"."+ts.Name.Name)
					}
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestEveryExportedTypeJSON: every exported type of every public package is listed, and its JSON does what
// the list says: round-trips exactly, refuses to marshal, or writes a report that refuses to decode.
func TestEveryExportedTypeJSON(t *testing.T) {
	tab := table(t)
	types := exportedTypes(t)
	for _, name := range types {
		if _, ok := tab[name]; !ok {
			t.Errorf("exported type %s is not in the table: add a representative value and its JSON mode", name)
		}
	}
	for name := range tab {
		if !slices.Contains(types, name) {
			t.Errorf("the table lists %s, which is not an exported type", name)
		}
	}
	for _, name := range types {
		e, ok := tab[name]
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			switch e.mode {
			case notData:
				require.Nil(t, e.v)
				return
			case refuses:
				_, err := json.Marshal(e.v)
				require.Error(t, err, "%s must refuse to marshal", name)
				require.Contains(t, refusals, name, "list the sentinel %s's refusal wraps", name)
				require.ErrorIs(t, err, refusals[name])
				return
			}
			b, err := json.Marshal(e.v)
			require.NoError(t, err)
			fresh := reflect.New(reflect.TypeOf(e.v).Elem())
			err = json.Unmarshal(b, fresh.Interface())
			if e.mode == report {
				require.Error(t, err, "%s's report must not decode into it", name)
				require.Contains(t, refusals, name, "list the sentinel %s's refusal wraps", name)
				require.ErrorIs(t, err, refusals[name])
				return
			}
			require.NotContains(t, refusals, name, "%s round-trips: it has no refusal", name)
			require.NoError(t, err, "%s", b)
			require.Equal(t, e.v, fresh.Interface(), "%s", b)
			b2, err := json.Marshal(fresh.Interface())
			require.NoError(t, err)
			require.True(t, bytes.Equal(b, b2), "re-marshal differs:\n%s\n%s", b, b2)
			require.NotEqual(t, "{}", string(b), "a non-zero value marshals to {}")
		})
	}
}

// TestEveryExportedTypeZeroJSON: the zero value of every exported type of every public package either
// refuses to marshal or does what its table row says — round-trips exactly, or writes a report that refuses
// to decode — so no zero value (a Schedule nobody built, a Log declared but not made) writes "{}" and reads
// back as something it is not. A type that refuses to marshal refuses its zero value too.
func TestEveryExportedTypeZeroJSON(t *testing.T) {
	for name, e := range table(t) {
		if e.mode == notData {
			continue
		}
		t.Run(name, func(t *testing.T) {
			zero := reflect.New(reflect.TypeOf(e.v).Elem()).Interface()
			b, err := json.Marshal(zero)
			if err != nil {
				return
			}
			require.NotEqual(t, refuses, e.mode, "%s refuses to marshal, but its zero value marshals to %s", name, b)
			fresh := reflect.New(reflect.TypeOf(e.v).Elem())
			err = json.Unmarshal(b, fresh.Interface())
			if e.mode == report {
				require.Error(t, err, "%s's zero report %s must not decode into it", name, b)
				return
			}
			require.NoError(t, err, "%s", b)
			require.Equal(t, zero, fresh.Interface(), "%s", b)
			b2, err := json.Marshal(fresh.Interface())
			require.NoError(t, err)
			require.True(t, bytes.Equal(b, b2), "re-marshal differs:\n%s\n%s", b, b2)
		})
	}
}

// pointerOnly are the types the library hands out only as pointers (their constructors return *T, and a
// value copied out of one is not a supported use), whose MarshalJSON has a pointer receiver.
var pointerOnly = []string{"compliance.Live", "hierarchy.Tree", "campus.Register", "compliance.History", "compliance.Summary",
	"compliance/change.Comparison", "compliance/finding.Ledger", "compliance/finding.Rectification"}

// TestEveryExportedTypeByValueJSON: a value marshals the same whether json.Marshal reaches it through a
// pointer or as a plain value (a slice element, a map value, a struct field of a value), so a MarshalJSON
// on a pointer receiver cannot be skipped and the value's fields written as "{}" — except for the
// pointerOnly types.
func TestEveryExportedTypeByValueJSON(t *testing.T) {
	for name, e := range table(t) {
		if e.mode == notData || slices.Contains(pointerOnly, name) {
			continue
		}
		t.Run(name, func(t *testing.T) {
			byPtr, errPtr := json.Marshal(e.v)
			byVal, errVal := json.Marshal([]any{reflect.ValueOf(e.v).Elem().Interface()})
			if errPtr != nil {
				require.Error(t, errVal, "%s refuses through a pointer but marshals by value: %s", name, byVal)
				return
			}
			require.NoError(t, errVal)
			require.Equal(t, "["+string(byPtr)+"]", string(byVal))
		})
	}
}
