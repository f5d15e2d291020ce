package catalog_test

// Class sweeps of issue 15 across the whole library (hierarchy, campus, compliance, catalog): this package
// imports them all.
//
//   - Finding 1's class, error amplification: every constructor and decoder that reports joined errors is fed
//     a generated input with huge item names and thousands of faults, and its error must stay within the
//     bounds on errors of docs/bad-input.md ("Bounds on errors").
//   - Finding 8's class, text that is not UTF-8: every string field of every input struct is set, one at a
//     time, to invalid UTF-8, and the input must be rejected with the package's sentinel.

import (
	"errors"
	"fmt"
	"github.com/campussec/campussec/source"
	"reflect"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The bounds on errors (docs/bad-input.md, "Bounds on errors"): len(err.Error()) <= errorC*len(input) + errorK for every
// input, with errorC = 0: no error grows with its input. An error lists at most 100 problems and one
// "… and N more" line (a few more lines where a call adds context), and each line is at most maxLineBytes.
const (
	errorC       = 0
	errorK       = 128 << 10
	maxLines     = 105
	maxLineBytes = 1 << 10
)

// checkBounded asserts that err is an error within the bounds on errors for an input of size bytes, wrapping
// want.
func checkBounded(t *testing.T, err error, size int, want ...error) {
	t.Helper()
	require.Error(t, err)
	msg := err.Error()
	for _, w := range want {
		assert.True(t, errors.Is(err, w), "wraps %v: %.500s", w, msg)
	}
	assert.LessOrEqual(t, len(msg), errorC*size+errorK, "error of %d bytes for %d bytes of input", len(msg), size)
	lines := strings.Split(msg, "\n")
	assert.LessOrEqual(t, len(lines), maxLines)
	for _, l := range lines {
		if !assert.LessOrEqual(t, len(l), maxLineBytes, "line %.300s", l) {
			break
		}
	}
	t.Logf("input %d bytes: error %d bytes in %d lines", size, len(msg), len(lines))
}

// namesRequirement reports whether err, or an error it joins or wraps, is a *compliance.StandardError about a
// requirement.
func namesRequirement(err error) bool {
	var se *compliance.StandardError
	if errors.As(err, &se) && se.Requirement != "" {
		return true
	}
	switch e := err.(type) {
	case interface{ Unwrap() []error }:
		for _, x := range e.Unwrap() {
			if namesRequirement(x) {
				return true
			}
		}
	case interface{ Unwrap() error }:
		return namesRequirement(e.Unwrap())
	}
	return false
}

// huge is a name far over every limit, and bad one that is not UTF-8 either.
var (
	huge = strings.Repeat("校", 70_000) // 210,000 bytes
	bad  = strings.Repeat("\xff\x00", 50_000)
)

func sweepTree(t *testing.T) *hierarchy.Tree {
	t.Helper()
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "苏州市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: huge},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320506"), Name: "吴中区"},
	)
	require.NoError(t, err)
	return tree
}

func sweepID(s string, i int) uuid.UUID {
	return uuid.NewSHA1(uuid.NameSpaceOID, []byte(s+string(rune('a'+i%26))+strings.Repeat("x", i/26)))
}

// sweepRegister returns a valid register of one school with one campus in 320505, and the campus.
func sweepRegister(t *testing.T) (*campus.Register, campus.School, campus.Campus) {
	t.Helper()
	s := campus.School{ID: sweepID("school", 0), Name: "实验小学"}
	c := campus.Campus{ID: sweepID("campus", 0), School: s.ID, Name: "本部", Kind: campus.Primary,
		License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: hierarchy.MustParseCode("320505"),
		Main: true, Students: 100, Staff: 10}
	reg, err := campus.NewRegister(sweepTree(t), []campus.School{s}, []campus.Campus{c})
	require.NoError(t, err)
	return reg, s, c
}

// faultyRequirementJSON is a requirement with about 500 faults and the ID id.
func faultyRequirementJSON(id string) string {
	bands := strings.TrimSuffix(strings.Repeat(`{"from":-1,"min":-1,"exempt":true,"undetermined":true},`, 64 /* the limit on bands */), ",")
	vals := strings.TrimSuffix(strings.Repeat(`"`+strings.Repeat("?", 300)+`",`, 64 /* the limit on a scope list */), ",")
	return `{"id":"` + id + `","title":"t","scope":{"groups":[` + vals + `],"kinds":[` + vals + `],"stages":[` + vals +
		`],"licenses":[` + vals + `],"locales":[` + vals + `]},"rule":{"kind":"count_scaled",` +
		`"indicator":"full_time_guards","basis":"?","min":-1,"bands":[` + bands + `]}}`
}

func standardJSON(reqs []string, extra string) []byte {
	return []byte(`{"format":1,"id":"` + strings.Repeat("s", 100_000) + `","title":"t","version":"1",` +
		`"effective":"2012-02-14"` + extra + `,"requirements":[` + strings.Join(reqs, ",") + `]}`)
}

// faultyStandard is a standard in Go with n requirements, each with a huge ID and about 200 faults.
func faultyStandard(n int) compliance.Standard {
	s := compliance.Standard{ID: huge, Title: bad, Version: huge}
	r := compliance.Requirement{ID: huge, Title: bad, Source: source.Citation{Document: bad, Clause: huge},
		Rule: compliance.Rule{RuleKind: compliance.RuleCountScaled, Indicator: catalog.FullTimeGuards, Min: -1}}
	for range 64 /* the limit on bands */ {
		r.Rule.Bands = append(r.Rule.Bands, compliance.Band{From: -1, Min: -1, Exempt: true, Undetermined: true})
	}
	for range n {
		s.Requirements = append(s.Requirements, r)
	}
	return s
}

// TestSweepErrorsAreBounded is the class sweep of issue 15's finding 1: every constructor and decoder that
// reports joined errors, fed huge names and many faults.
func TestSweepErrorsAreBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("builds inputs of hundreds of megabytes of names")
	}
	tree := sweepTree(t)
	reg, school, cmp := sweepRegister(t)
	date := civil.MustParseDate("2012-02-14")

	t.Run("hierarchy.NewTree", func(t *testing.T) {
		var js []hierarchy.Jurisdiction
		for i := range 2000 {
			js = append(js, hierarchy.Jurisdiction{Name: huge}, // no code
				hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: bad},        // repeated, not UTF-8
				hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001001"), Name: huge}) // missing parent
			_ = i
		}
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320000"), Name: huge})
		_, err := hierarchy.NewTree(js...)
		checkBounded(t, err, len(js)*len(huge), hierarchy.ErrInvalidCode, hierarchy.ErrInvalidText)
	})
	t.Run("hierarchy.CheckCoverage", func(t *testing.T) {
		var as []hierarchy.Assignment
		areas := make([]hierarchy.Code, 2000)
		for i := range areas {
			areas[i] = hierarchy.MustParseCode("330000") // not in the tree
		}
		for range 300 {
			as = append(as, hierarchy.Assignment{Team: bad, Areas: areas}, hierarchy.Assignment{Team: huge, Areas: areas},
				hierarchy.Assignment{Team: huge, Areas: []hierarchy.Code{hierarchy.MustParseCode("320506")}})
		}
		_, err := hierarchy.CheckCoverage(tree, hierarchy.MustParseCode("320505"), as)
		checkBounded(t, err, len(as)*len(huge), hierarchy.ErrInvalidText, hierarchy.ErrUnknownCode)
	})
	t.Run("hierarchy.RollUp", func(t *testing.T) {
		entries := make([]hierarchy.Entry[int], 200_000)
		for i := range entries {
			entries[i] = hierarchy.Entry[int]{Code: hierarchy.MustParseCode("330000"), Value: i}
		}
		_, err := hierarchy.RollUp(tree, entries, func(a, b int) int { return a + b })
		checkBounded(t, err, 16*len(entries), hierarchy.ErrUnknownCode)
	})
	t.Run("hierarchy.ParseCode", func(t *testing.T) {
		_, err := hierarchy.ParseCode(huge)
		checkBounded(t, err, len(huge), hierarchy.ErrInvalidCode)
	})
	t.Run("campus.NewRegister", func(t *testing.T) {
		code := campus.MustParseSchoolCode("1132000001") // a kindergarten's code in Jiangsu
		var schools []campus.School
		var campuses []campus.Campus
		for i := range 300 {
			s := campus.School{ID: sweepID("s", i%150), Name: huge, Code: code}
			schools = append(schools, s, campus.School{Name: bad})
			for k := range 20 {
				campuses = append(campuses, campus.Campus{ID: sweepID("c", k), School: s.ID, Name: bad, Kind: campus.Primary,
					License: 9, Locale: 9, Jurisdiction: hierarchy.MustParseCode("110000"), Main: true, Students: -1, Staff: -1})
			}
		}
		_, err := campus.NewRegister(tree, schools, campuses)
		checkBounded(t, err, (len(schools)+len(campuses))*len(huge), campus.ErrInvalidText, campus.ErrNilID,
			campus.ErrDuplicateSchoolCode)
		// The relations of one school with thousands of main campuses in the wrong province: one school's
		// problems are capped, and the main campuses named in one message are too.
		campuses = campuses[:0]
		for k := range 2000 {
			campuses = append(campuses, campus.Campus{ID: sweepID("c", k), School: schools[0].ID, Name: huge,
				Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
				Jurisdiction: hierarchy.MustParseCode("320505"), Main: true})
		}
		_, err = campus.NewRegister(tree, []campus.School{{ID: schools[0].ID, Name: huge,
			Code: campus.MustParseSchoolCode("2111000001")}}, campuses)
		checkBounded(t, err, len(campuses)*len(huge), campus.ErrMultipleMainCampuses, campus.ErrSchoolCodeProvince)
	})
	t.Run("campus text", func(t *testing.T) {
		_, err := campus.ParseSchoolCode(huge)
		checkBounded(t, err, len(huge), campus.ErrInvalidSchoolCode)
		_, err = campus.ParseKind(huge)
		checkBounded(t, err, len(huge), campus.ErrInvalidKind)
		var n campus.Counts[campus.CampusCount]
		data := []byte(`{"total":0,"kind":{"` + huge + `":1}}`)
		checkBounded(t, n.UnmarshalJSON(data), len(data), campus.ErrInvalidCounts)
		data = []byte(`{"total":"` + huge + `"}`)
		checkBounded(t, n.UnmarshalJSON(data), len(data), campus.ErrInvalidCounts)
	})
	t.Run("compliance.LoadStandard", func(t *testing.T) {
		for name, data := range map[string][]byte{
			"faulty requirements": standardJSON([]string{faultyRequirementJSON(strings.Repeat("r", 1_000_000)),
				faultyRequirementJSON(strings.Repeat("r", 1_000_000)), faultyRequirementJSON("x")}, ""),
			"many faulty requirements": standardJSON(func() []string {
				reqs := make([]string, 40)
				for i := range reqs {
					reqs[i] = faultyRequirementJSON(strings.Repeat("r", 10_000))
				}
				return reqs
			}(), ""),
			"faulty indicators": standardJSON([]string{faultyRequirementJSON("x")}, `,"indicators":[`+
				strings.TrimSuffix(strings.Repeat(`{"id":"`+strings.Repeat("I", 20_000)+`","label":"","kind":"?"},`, 256), ",")+`]`),
			"unknown field": standardJSON(nil, `,"`+strings.Repeat("k", 1_000_000)+`":1`),
			"huge number":   standardJSON(nil, `,"format":1`+strings.Repeat("0", 1_000_000)),
		} {
			t.Run(name, func(t *testing.T) {
				_, err := compliance.LoadStandard(data)
				checkBounded(t, err, len(data))
			})
		}
	})
	t.Run("compliance.NewStandard", func(t *testing.T) {
		_, err := compliance.NewStandard(faultyStandard(compliance.MaxRequirements))
		checkBounded(t, err, compliance.MaxRequirements*3*len(huge), compliance.ErrInvalidStandard)
		assert.True(t, namesRequirement(err), "a problem names a requirement")
		_, err = compliance.NewStandard(faultyStandard(compliance.MaxRequirements + 1))
		checkBounded(t, err, compliance.MaxRequirements*3*len(huge), compliance.ErrInvalidStandard)
	})
	t.Run("compliance.Tailor", func(t *testing.T) {
		base := catalog.FourHundred()
		ids := make([]string, 5000)
		for i := range ids {
			ids[i] = huge
		}
		var set []compliance.Parameter
		for _, r := range base.Requirements {
			for range 100 {
				set = append(set, compliance.Parameter{Requirement: r.ID, Min: -5, MinPreventionLevel: 99,
					Bands: faultyStandard(1).Requirements[0].Rule.Bands})
			}
		}
		_, err := compliance.Tailor(base, compliance.Tailoring{ID: huge, Title: bad, Version: huge, Include: ids,
			Exclude: ids, Set: set})
		checkBounded(t, err, 2*len(ids)*len(huge), compliance.ErrUnknownRequirement)
		_, err = compliance.Tailor(faultyStandard(100), compliance.Tailoring{ID: huge})
		checkBounded(t, err, 300*len(huge), compliance.ErrInvalidStandard)
		assert.True(t, namesRequirement(err), "a problem names a requirement")
	})
	t.Run("compliance.NewVersions", func(t *testing.T) {
		stds := make([]compliance.Standard, 50)
		for i := range stds {
			stds[i] = faultyStandard(20)
		}
		_, err := compliance.NewVersions(stds...)
		checkBounded(t, err, 50*20*3*len(huge), compliance.ErrInvalidStandard)
	})
	t.Run("compliance.NewHistory", func(t *testing.T) {
		var ins []compliance.Inspection
		for i := range 3000 {
			ins = append(ins, compliance.Inspection{ID: sweepID("i", i%10), Campus: cmp.ID, Date: date, Team: huge},
				compliance.Inspection{Team: bad}, compliance.Inspection{ID: sweepID("j", i), Campus: school.ID, Date: date, Team: "t"})
		}
		_, err := compliance.NewHistory(reg, ins)
		checkBounded(t, err, len(ins)*len(huge), compliance.ErrInvalidInspection, compliance.ErrUnknownCampus)
	})
	t.Run("compliance.NewMeasurements", func(t *testing.T) {
		obs := make([]compliance.Observation, 100_000)
		for i := range obs {
			obs[i] = compliance.ObserveCount(catalog.FullTimeGuards, -i)
		}
		_, err := compliance.NewMeasurements(obs...)
		checkBounded(t, err, 16*len(obs), compliance.ErrInvalidObservation)
	})
	t.Run("compliance.DecodeInspection", func(t *testing.T) {
		var b strings.Builder
		b.WriteString(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",` +
			`"date":"2012-02-14","team":"t","ref":"` + strings.Repeat("k", 64) + `","measurements":{`)
		for i := range 276 {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"%s%d":1`, strings.Repeat("x", 10_000), i) // unknown indicators with huge ids
		}
		b.WriteString(`}}`)
		_, err := compliance.DecodeInspection([]byte(b.String()))
		checkBounded(t, err, b.Len(), compliance.ErrInvalidJSON, compliance.ErrInvalidIndicator)
		_, err = compliance.DecodeInspection([]byte(b.String()), make([]compliance.Indicator, 100_000)...)
		checkBounded(t, err, 16*100_000, compliance.ErrInvalidIndicator)
	})
	t.Run("compliance.NewQuery and finding.Derive", func(t *testing.T) {
		_, err := compliance.NewQuery(compliance.QuerySpec{Standard: faultyStandard(compliance.MaxRequirements), PreventionLevel: 99, Window: -1})
		checkBounded(t, err, compliance.MaxRequirements*len(huge), compliance.ErrInvalidQuery)
		h, err := compliance.NewHistory(reg, nil)
		require.NoError(t, err)
		_, err = finding.Derive(h, compliance.Query{}, finding.Policy{Days: -1})
		checkBounded(t, err, 1024, compliance.ErrInvalidQuery)
	})
	t.Run("compliance figures and text", func(t *testing.T) {
		f := compliance.Figure{Title: huge, Population: bad, StandardID: huge, StandardVersion: bad, Precision: rate.Precision{Places: 99}}
		checkBounded(t, f.Validate(), 4*len(huge), compliance.ErrInvalidFigure)
		data := []byte(`{"measure":"compliance_rate","title":"` + huge + `","unit":"` + huge + `","places":99,` +
			`"population":"` + huge + `","standard":{"id":"` + huge + `"},"value":"` + huge + `"}`)
		var g compliance.Figure
		checkBounded(t, g.UnmarshalJSON(data), len(data), compliance.ErrInvalidFigure)
		data = []byte(`{"measure":"` + huge + `"}`)
		checkBounded(t, g.UnmarshalJSON(data), len(data), compliance.ErrInvalidFigure)
		var tally compliance.Tally
		data = []byte(`{"compliant":1,"` + huge + `":1}`)
		checkBounded(t, tally.UnmarshalJSON(data), len(data), compliance.ErrInvalidTally)
		_, err := civil.ParseDate(huge)
		checkBounded(t, err, len(huge), civil.ErrInvalidDate)
		_, err = rate.Parse(huge)
		checkBounded(t, err, len(huge), rate.ErrInvalidRate)
		_, err = compliance.ParseStatus(huge)
		checkBounded(t, err, len(huge))
		_, err = compliance.NewIndicator(huge, bad, 9)
		checkBounded(t, err, len(huge), compliance.ErrInvalidIndicator)
	})
	t.Run("catalog", func(t *testing.T) {
		_, err := catalog.Load(huge)
		checkBounded(t, err, len(huge), catalog.ErrUnknownStandard)
		_, err = catalog.JSON(huge)
		checkBounded(t, err, len(huge), catalog.ErrUnknownStandard)
		scope := catalog.TargetScope{Name: bad, Source: source.Citation{Document: bad, Note: bad}}
		checkBounded(t, scope.Validate(), 3*len(bad), catalog.ErrInvalidTargetScope, catalog.ErrInvalidPopulation)
		h, err := compliance.NewHistory(reg, nil)
		require.NoError(t, err)
		_, err = catalog.FourHundredRates(h, catalog.RatesQuery{Scope: scope, Window: -1})
		checkBounded(t, err, 3*len(bad), catalog.ErrInvalidRatesQuery, catalog.ErrInvalidTargetScope, catalog.ErrInvalidPopulation)
	})
}

// textFields calls visit for every settable string (a string field, or an element of a []string field) in
// v, recursively through exported struct fields and slice elements, with its path ("Requirements[0].ID").
func textFields(v reflect.Value, path string, visit func(path string, s reflect.Value)) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			visit(path, v)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				textFields(v.Field(i), strings.TrimPrefix(path+"."+f.Name, "."), visit)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			textFields(v.Index(i), path+"["+string(rune('0'+i%10))+"]", visit)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			textFields(v.Elem(), path, visit)
		}
	}
}

// sweepText checks that the input base() is accepted by call and that, for each of its text fields in turn,
// the input with that field made invalid UTF-8 is rejected with an error wrapping one of want. It returns the
// paths it tried.
func sweepText[T any](t *testing.T, base func() T, call func(T) error, want ...error) []string {
	t.Helper()
	b := base()
	require.NoError(t, call(b), "the base input is valid")
	var paths []string
	textFields(reflect.ValueOf(&b).Elem(), "", func(path string, _ reflect.Value) { paths = append(paths, path) })
	for k, path := range paths {
		in := base()
		n := 0
		textFields(reflect.ValueOf(&in).Elem(), "", func(_ string, s reflect.Value) {
			if n == k {
				s.SetString(s.String() + "\xff") // a valid text made invalid: every other check still passes
			}
			n++
		})
		err := call(in)
		if !assert.Error(t, err, "%T with %s not UTF-8 is rejected", in, path) {
			continue
		}
		assert.True(t, slicesContainsIs(err, want), "%T.%s: %v wraps one of %v", in, path, err, want)
		assert.LessOrEqual(t, len(err.Error()), errorK)
	}
	return paths
}

func slicesContainsIs(err error, targets []error) bool {
	for _, w := range targets {
		if errors.Is(err, w) {
			return true
		}
	}
	return false
}

// TestSweepTextIsUTF8 is the class sweep of issue 15's finding 8: every text field of every input struct of
// the library must be valid UTF-8 or the input is rejected, with the package's sentinel for the field.
func TestSweepTextIsUTF8(t *testing.T) {
	reg, school, cmp := sweepRegister(t)
	tree := reg.Tree()
	date := civil.MustParseDate("2012-02-14")
	covered := map[string][]string{}

	covered["hierarchy.Jurisdiction"] = sweepText(t,
		func() hierarchy.Jurisdiction {
			return hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320507"), Name: "相城区"}
		},
		func(j hierarchy.Jurisdiction) error {
			_, err := hierarchy.NewTree(tree.At(0), j)
			return err
		}, hierarchy.ErrInvalidText)
	covered["hierarchy.Assignment"] = sweepText(t,
		func() hierarchy.Assignment {
			return hierarchy.Assignment{Team: "一组", Areas: []hierarchy.Code{hierarchy.MustParseCode("320505")}}
		},
		func(a hierarchy.Assignment) error {
			_, err := hierarchy.CheckCoverage(tree, hierarchy.MustParseCode("320500"), []hierarchy.Assignment{a})
			return err
		}, hierarchy.ErrInvalidText)
	covered["campus.School"] = sweepText(t, func() campus.School { return school },
		func(s campus.School) error {
			_, err := campus.NewRegister(tree, []campus.School{s}, []campus.Campus{cmp})
			return err
		}, campus.ErrInvalidText)
	covered["campus.Campus"] = sweepText(t, func() campus.Campus { return cmp },
		func(c campus.Campus) error {
			_, err := campus.NewRegister(tree, []campus.School{school}, []campus.Campus{c})
			return err
		}, campus.ErrInvalidText)

	std := func() compliance.Standard {
		return compliance.Standard{ID: "s", Title: "t", Issuer: "i", Version: "1", Effective: date, Note: "n",
			DerivedFrom: compliance.Reference{ID: "b", Version: "1"},
			Requirements: []compliance.Requirement{{ID: "r", Title: "t",
				Source: source.Citation{Document: "d", Clause: "c", Address: "a", Note: "n"},
				Rule:   compliance.Rule{RuleKind: compliance.RuleCountAtLeast, Indicator: catalog.FullTimeGuards, Min: 1}}}}
	}
	covered["compliance.Standard"] = sweepText(t, std,
		func(s compliance.Standard) error { _, err := compliance.NewStandard(s); return err },
		compliance.ErrInvalidStandard)
	covered["compliance.Tailoring"] = sweepText(t,
		func() compliance.Tailoring {
			return compliance.Tailoring{ID: "t", Title: "t", Issuer: "i", Version: "1", Note: "n",
				Include: []string{"r"}, Exclude: []string{"r"}, Set: []compliance.Parameter{{Requirement: "r", Min: 2}}}
		},
		func(tl compliance.Tailoring) error {
			tl.Exclude = slicesDelete(tl.Exclude, "r") // excluding the only requirement leaves none: keep the text only
			_, err := compliance.Tailor(compliance.MustStandard(std()), tl)
			return err
		}, compliance.ErrInvalidStandard, compliance.ErrUnknownRequirement)
	covered["compliance.Inspection"] = sweepText(t,
		func() compliance.Inspection {
			return compliance.Inspection{ID: sweepID("i", 0), Campus: cmp.ID, Date: date, Team: "一组"}
		},
		func(in compliance.Inspection) error {
			_, err := compliance.NewHistory(reg, []compliance.Inspection{in})
			return err
		}, compliance.ErrInvalidInspection)
	covered["compliance.Figure"] = sweepText(t,
		func() compliance.Figure {
			return compliance.Figure{Measure: compliance.ComplianceMeasure, Title: "全达标率", Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven}, AsOf: date, StandardID: "s", StandardVersion: "1",
				PreventionLevel: prevention.Normal, Population: "p"}
		},
		func(f compliance.Figure) error { return f.Validate() }, compliance.ErrInvalidFigure)
	covered["catalog.TargetScope"] = sweepText(t, catalog.Scope2021,
		func(s catalog.TargetScope) error { return s.Validate() }, catalog.ErrInvalidTargetScope)
	h, err := compliance.NewHistory(reg, nil)
	require.NoError(t, err)
	covered["catalog.RatesQuery"] = sweepText(t,
		func() catalog.RatesQuery {
			return catalog.RatesQuery{Scope: catalog.Scope2021(), AsOf: civil.MustParseDate("2020-01-01")}
		},
		func(q catalog.RatesQuery) error { _, err := catalog.FourHundredRates(h, q); return err },
		catalog.ErrInvalidRatesQuery)

	covered["incident.Incident"] = sweepText(t,
		func() incident.Incident {
			return incident.Incident{ID: sweepID("incident", 0), Ref: "JA-1", Date: date, Campus: cmp.ID,
				Category: incident.PublicOrderCase, Severity: incident.General, Summary: "校门口纠纷"}
		},
		func(in incident.Incident) error { _, err := incident.NewLog(reg, []incident.Incident{in}); return err },
		incident.ErrInvalidText)
	covered["prevention.Change"] = sweepText(t,
		func() prevention.Change {
			return prevention.Change{Effective: date, Level: prevention.Heightened, Notice: "提升防范等级"}
		},
		func(c prevention.Change) error { _, err := prevention.NewSchedule(tree, c); return err },
		prevention.ErrInvalidNotice)

	// Every text field of the inputs is swept: the ones a reader could forget are named.
	for typ, want := range map[string][]string{
		"hierarchy.Jurisdiction": {"Name"}, "hierarchy.Assignment": {"Team"},
		"campus.School": {"Name"}, "campus.Campus": {"Name"},
		"compliance.Standard": {"ID", "Title", "Issuer", "Version", "Note", "DerivedFrom.ID", "DerivedFrom.Version",
			"Requirements[0].ID", "Requirements[0].Title", "Requirements[0].Source.Document",
			"Requirements[0].Source.Clause", "Requirements[0].Source.Address", "Requirements[0].Source.Note"},
		"compliance.Tailoring":  {"ID", "Title", "Issuer", "Version", "Note", "Include[0]", "Set[0].Requirement"},
		"compliance.Inspection": {"Team"},
		"compliance.Figure":     {"Title", "StandardID", "StandardVersion", "Population"},
		"catalog.TargetScope":   {"Name", "Source.Document", "Source.Clause", "Source.Address", "Source.Note"},
		"catalog.RatesQuery":    {"Scope.Name", "Scope.Source.Note"},
		"incident.Incident":     {"Ref", "Summary"},
		"prevention.Change":     {"Notice"},
	} {
		for _, p := range want {
			assert.Contains(t, covered[typ], p, "%s.%s is swept", typ, p)
		}
	}

	// An indicator's label is unexported: NewIndicator and the standard's declarations check it.
	_, err = compliance.NewIndicator("canteen_camera", "食堂\xff", compliance.FactValue)
	assert.ErrorIs(t, err, compliance.ErrInvalidIndicator)
}

func slicesDelete(s []string, v string) []string {
	var out []string
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}
