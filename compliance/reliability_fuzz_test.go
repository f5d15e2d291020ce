package compliance

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/campussec/campussec/source"
	"reflect"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/require"
)

// complianceSentinels are every exported sentinel of the package.
var complianceSentinels = []error{civil.ErrInvalidDate, ErrInvalidMeasure, ErrInvalidFigure,
	rate.ErrInvalidLang, ErrInvalidIndicator, ErrUnknownIndicator,
	ErrInvalidValueKind, ErrInvalidInspection, ErrInspectionConflict, ErrUnknownCampus, ErrInspectionConflict,
	ErrNil, prevention.ErrInvalidLevel, ErrInvalidObservation, ErrInvalidQuery,
	rate.ErrInvalidRate, source.ErrInvalidConfidence, rate.ErrInvalidRounding, ErrInvalidRuleKind,
	ErrInvalidBoardingScope, ErrInvalidStandard,
	ErrInvalidJSON, ErrUnknownRequirement, ErrLoosening, ErrVersionConflict, ErrInvalidStatus, ErrNil,
	ErrInvalidCell, ErrNil, ErrInvalidTally, ErrInvalidUnit, ErrInvalidOutcome, ErrInvalidBasis,
	ErrInvalidStepRounding, ErrInvalidBoardingScope, source.ErrInvalidConfidence}

// requireStandardErrors checks that err and each error it joins (but the counts of problems left out) is a
// *StandardError with a cause: the one form of every problem with a standard.
func requireStandardErrors(t *testing.T, err error) {
	t.Helper()
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			requireStandardErrors(t, e)
		}
		return
	}
	var more *errbound.More
	if errors.As(err, &more) {
		return
	}
	se, ok := err.(*StandardError)
	require.True(t, ok, "not a *StandardError: %T %v", err, err)
	require.Error(t, se.Err, "a cause")
	require.ErrorIs(t, err, ErrInvalidStandard)
}

// requireSentinels checks that err and each error it joins wraps an exported sentinel.
func requireSentinels(t *testing.T, err error) {
	t.Helper()
	// A problem list made by errors.Join: every problem needs its own sentinel.
	if reflect.TypeOf(err).String() == "*errors.joinError" {
		kept := 0
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var more *errbound.More
			if errors.As(e, &more) { // "… and N more problems [with <item>]": counted, not listed
				require.Positive(t, more.N)
				continue
			}
			requireSentinels(t, e)
			kept++
		}
		require.Positive(t, kept, "a count of problems follows at least one problem: %v", err)
		return
	}
	found := false
	for _, s := range complianceSentinels {
		if errors.Is(err, s) {
			found = true
			break
		}
	}
	require.True(t, found, "no exported sentinel: %v", err)
	require.Regexp(t, `(compliance|rate|civil|prevention|source): `, err.Error())
}

// FuzzComplianceEnumText checks every compliance enum's parser and UnmarshalText together: never a panic;
// errors wrap the enum's sentinel and leave the receiver unchanged; accepted text round-trips.
func FuzzComplianceEnumText(f *testing.F) {
	for _, s := range Values[Status]() {
		f.Add(s.String())
		f.Add(s.Name(rate.Chinese))
	}
	for _, s := range []string{"", "half_even", "half_up", "zh", "en", "compliance_rate", "coverage", "open",
		"overdue", "normal", "high", "fact", "count", "count_scaled", "verified", "headcount", "ceil", "boarding",
		"day", "met", "undetermined", "out_of_scope", "不适用", "campus", "school", "finding", "学校", "常态", "\xff", "Normal"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEnum(t, s, ParseStatus, ErrInvalidStatus, Status.String)
		checkEnum(t, s, rate.ParseRounding, rate.ErrInvalidRounding, rate.Rounding.String)
		checkEnum(t, s, rate.ParseLang, rate.ErrInvalidLang, rate.Lang.String)
		checkEnum(t, s, ParseMeasure, ErrInvalidMeasure, Measure.String)
		checkEnum(t, s, ParseUnit, ErrInvalidUnit, Unit.String)
		checkEnum(t, s, prevention.ParseLevel, prevention.ErrInvalidLevel, prevention.Level.String)
		checkEnum(t, s, ParseValueKind, ErrInvalidValueKind, ValueKind.String)
		checkEnum(t, s, ParseRuleKind, ErrInvalidRuleKind, RuleKind.String)
		checkEnum(t, s, source.ParseConfidence, source.ErrInvalidConfidence, source.Confidence.String)
		checkEnum(t, s, ParseBasis, ErrInvalidBasis, Basis.String)
		checkEnum(t, s, ParseStepRounding, ErrInvalidStepRounding, StepRounding.String)
		checkEnum(t, s, ParseBoardingScope, ErrInvalidBoardingScope, BoardingScope.String)
		checkEnum(t, s, ParseOutcome, ErrInvalidOutcome, Outcome.String)
		checkLabelParse(t, s, ParseLabel[Status], chineseName[Status])
		checkLabelParse(t, s, rate.ParseLabel[rate.Rounding], chineseName[rate.Rounding])
		checkLabelParse(t, s, rate.ParseLabel[rate.Lang], chineseName[rate.Lang])
		checkLabelParse(t, s, ParseLabel[Measure], chineseName[Measure])
		checkLabelParse(t, s, prevention.ParseLabel[prevention.Level], chineseName[prevention.Level])
		checkLabelParse(t, s, ParseLabel[ValueKind], chineseName[ValueKind])
		checkLabelParse(t, s, ParseLabel[RuleKind], chineseName[RuleKind])
		checkLabelParse(t, s, source.ParseLabel[source.Confidence], chineseName[source.Confidence])
		checkLabelParse(t, s, ParseLabel[Basis], chineseName[Basis])
		checkLabelParse(t, s, ParseLabel[StepRounding], chineseName[StepRounding])
		checkLabelParse(t, s, ParseLabel[BoardingScope], chineseName[BoardingScope])
		checkLabelParse(t, s, ParseLabel[Outcome], chineseName[Outcome])
	})
}

// checkLabel: a label parser accepts exactly the labels (issue 15, finding 13), and quotes what it rejects.
func checkLabelParse[T comparable](t *testing.T, s string, parse func(string) (T, error), label func(T) string) {
	t.Helper()
	v, err := parse(s)
	if err != nil {
		var zero T
		require.Equal(t, zero, v)
		requireSentinels(t, err)
		return
	}
	require.Equal(t, s, label(v), "ParseLabel reads the Chinese label only")
}

func checkEnum[T interface {
	comparable
	MarshalText() ([]byte, error)
}, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, s string, parse func(string) (T, error), sentinel error, str func(T) string) {
	t.Helper()
	var zero T
	v, err := parse(s)
	var u T
	uerr := P(&u).UnmarshalText([]byte(s))
	if err != nil {
		require.Equal(t, zero, v)
		if sentinel != nil {
			require.ErrorIs(t, err, sentinel)
		} else {
			requireSentinels(t, err)
		}
		if s != "" {
			require.Error(t, uerr, "UnmarshalText accepts %q, which parse rejects", s)
		} else {
			require.NoError(t, uerr, `"" unmarshals as the zero value (unset)`)
		}
		require.Equal(t, zero, u)
		return
	}
	require.NoError(t, uerr)
	require.Equal(t, v, u)
	require.Equal(t, s, str(v), "ParseX reads the stable id only (issue 15, finding 13)")
	again, err := parse(str(v))
	require.NoError(t, err)
	require.Equal(t, v, again, "parse(String(x)) == x")
	b, err := v.MarshalText()
	require.NoError(t, err)
	var m T
	require.NoError(t, P(&m).UnmarshalText(b))
	require.Equal(t, v, m, "unmarshal(marshal(x)) == x")
}

// FuzzLoadStandardErrors complements the owner's FuzzLoadStandard: every error (and every joined problem)
// wraps an exported sentinel and carries the package prefix, the same input gives the same error, a loaded
// standard round-trips through its JSON and is usable with Tailor as an identity.
func FuzzLoadStandardErrors(f *testing.F) {
	for _, tt := range loadTests {
		f.Add([]byte(tt.json))
	}
	f.Add([]byte(stdJSON("", okReq)))
	f.Add([]byte(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","basis":"students",`+
		`"bands":[{"from":0,"min":1},{"from":100,"exempt":true},{"from":200,"undetermined":true}],`+
		`"step":{"basis":"staff","above":10,"per":5,"add":1,"round":"floor"}}`))))
	f.Add([]byte(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14","derived_from":` +
		`{"id":"b","version":"2"},"indicators":[{"id":"moat","label":"l","kind":"count"}],"requirements":[` +
		`{"id":"r","title":"t","scope":{"groups":["school"],"kinds":["primary"],"stages":["primary"],` +
		`"licenses":["licensed"],"locales":["village"],"boarding":"day","min_level":"high"},` +
		`"rule":{"kind":"count_at_least","indicator":"moat","min":2}}]}`))
	// A combined standard with a tailored variant, and scopes by ownership and designation.
	f.Add([]byte(`{"format":1,"id":"c","title":"t","version":"1","effective":"2012-02-14","parts":[` +
		`{"id":"a","version":"1"},{"id":"b","version":"2"}],"requirements":[` +
		`{"id":"a/r","title":"t","scope":{"ownerships":["public"],"designations":["central","non_central"]},` +
		`"rule":{"kind":"fact","indicator":"closed_management"},"origin":{"standard":{"id":"a","version":"1"},"requirement":"r"},` +
		`"variant":{"of":"r0","change":"c","reason":"why"}}]}`))
	f.Add([]byte(`{"format":1,"id":"c","title":"t","version":"1","effective":"2012-02-14","parts":[{"id":"","version":"1"}],` +
		`"requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"closed_management"},` +
		`"origin":{"standard":{"id":"a"},"requirement":""},"variant":{"of":"x"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := LoadStandard(data)
		if err != nil {
			require.True(t, s.Equal(Standard{}))
			requireSentinels(t, err)
			requireStandardErrors(t, err)
			_, again := LoadStandard(data)
			require.Equal(t, err.Error(), again.Error(), "deterministic")
			return
		}
		require.NoError(t, s.Validate())
		out, err := json.Marshal(s)
		require.NoError(t, err)
		back, err := LoadStandard(out)
		require.NoError(t, err)
		require.True(t, back.Equal(s), "unmarshal(marshal(x)) == x")
		out2, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(out2), "marshal is canonical")
		tailored, err := Tailor(s, Tailoring{ID: s.ID + "-t", Version: s.Version})
		require.NoError(t, err, "the identity tailoring of a valid standard is valid")
		require.Equal(t, len(s.Requirements), len(tailored.Requirements))
	})
}

// FuzzNewHistory builds histories from arbitrary inspection lists over a small register: never a panic; on
// failure every problem wraps a sentinel and the same input gives the same error; on success no inspection
// is lost (every one is in Of of its campus, dates ascending) and Latest agrees with a linear scan.
func FuzzNewHistory(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 1, 10, 1, 2, 2, 20, 1, 3, 1, 30, 1})
	f.Add([]byte{1, 1, 10, 1, 1, 2, 20, 1})  // duplicate ID
	f.Add([]byte{1, 1, 10, 1, 2, 1, 10, 1})  // same campus same day
	f.Add([]byte{0, 1, 10, 1, 2, 0, 0, 0})   // nil ID, nil campus, no date, no team
	f.Add([]byte{1, 9, 10, 1, 2, 7, 200, 1}) // unknown campus
	reg := testRegister(f, 6)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 400 {
			data = data[:400]
		}
		base := civil.MustParseDate("2012-01-01")
		var ins []Inspection
		for k := 0; k+4 <= len(data); k += 4 {
			idb, cb, db, tb := data[k], data[k+1], data[k+2], data[k+3]
			in := Inspection{Team: []string{"", "一组", "二组", " "}[tb%4]}
			if idb%32 != 0 {
				in.ID = testID(fmt.Sprint("insp", idb%32))
			}
			switch c := int(cb % 9); {
			case c == 0:
			case c <= 6:
				in.Campus = reg.At(c - 1).ID
			default:
				in.Campus = testID(fmt.Sprint("nowhere", c))
			}
			if db != 0 {
				in.Date = base.AddDays(int(db) - 128)
			}
			ins = append(ins, in)
		}
		h, err := NewHistory(reg, ins)
		if err != nil {
			require.Nil(t, h)
			requireSentinels(t, err)
			_, again := NewHistory(reg, ins)
			require.Equal(t, err.Error(), again.Error(), "deterministic")
			return
		}
		require.Equal(t, len(ins), h.Len())
		seen := 0
		for i := range reg.Len() {
			of := h.of(i)
			require.Equal(t, of, h.Of(reg.At(i).ID), "Of by ID is of by index")
			seen += len(of)
			for k, in := range of {
				require.Equal(t, reg.At(i).ID, in.Campus)
				if k > 0 {
					require.True(t, of[k-1].Date.Before(in.Date))
				}
			}
			for _, asOf := range []civil.Date{base, base.AddDays(-200), base.AddDays(200)} {
				for _, window := range []int{0, 1, 30} {
					k := h.latest(i, asOf, window)
					ok := k >= 0
					var want Inspection
					found := false
					for _, in := range of {
						if !in.Date.After(asOf) && (window <= 0 || in.Date.DaysUntil(asOf) <= window) {
							want, found = in, true
						}
					}
					require.Equal(t, found, ok)
					if ok {
						require.Equal(t, want.ID, of[k].ID)
					}
				}
			}
		}
		require.Equal(t, len(ins), seen, "no inspection lost")
		for _, in := range ins {
			found := false
			for _, o := range h.Of(in.Campus) {
				if o.ID == in.ID {
					found = true
				}
			}
			require.True(t, found, "inspection %s is findable", in.ID)
		}
	})
}

// FuzzTallyJSON checks Tally JSON (compliance/finding fuzzes its Tally): errors wrap ErrInvalidTally and leave the receiver
// unchanged; accepted tallies are non-negative, add up, and round-trip.
func FuzzTallyJSON(f *testing.F) {
	f.Add([]byte(`{"total":4,"compliant":1,"non_compliant":1,"incomplete":1,"unassessed":1}`))
	f.Add([]byte(`{"total":3,"open":1,"overdue":1,"rectified_on_time":1,"rectified_late":0}`))
	f.Add([]byte(`{"total":-9223372036854775808,"compliant":9223372036854775807,"non_compliant":1}`))
	f.Add([]byte(`{"total":5,"compliant":1,"non_compliant":1,"incomplete":1,"unassessed":1,"out_of_scope":1}`))
	f.Add([]byte(`{"total":9223372036854775807,"compliant":0,"non_compliant":0,"incomplete":0,"unassessed":1,"out_of_scope":9223372036854775807}`))
	f.Add([]byte(`{"exempt":1}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var tl Tally
		if err := tl.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidTally)
			require.True(t, tl.IsZero())
		} else {
			require.GreaterOrEqual(t, tl.Total(), int64(0))
			sum := int64(0)
			for _, s := range Values[Status]() {
				require.GreaterOrEqual(t, tl.Count(s), int64(0))
				sum += tl.Count(s)
			}
			require.Equal(t, sum, tl.Total())
			r := tl.Rate(ComplianceMeasure)
			require.True(t, r.Num() >= 0 && r.Num() <= r.Den())
			out, err := tl.MarshalJSON()
			require.NoError(t, err)
			var back Tally
			require.NoError(t, back.UnmarshalJSON(out))
			require.Equal(t, tl, back)
		}
	})
}

// FuzzFigureJSON feeds Figure.UnmarshalJSON arbitrary bytes: never a panic; errors wrap ErrInvalidFigure and
// leave the receiver unchanged; an accepted figure is valid, its value agrees with its counts, and it
// round-trips.
func FuzzFigureJSON(f *testing.F) {
	valid := Figure{Measure: ComplianceMeasure, Rate: rate.MustParse("1394/1396"), Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf: civil.MustParseDate("2012-02-14"), StandardID: "js-2010", StandardVersion: "trial", PreventionLevel: prevention.Normal,
		Jurisdiction: hierarchy.MustParseCode("320500"), License: campus.Licensed}
	b, err := json.Marshal(valid)
	require.NoError(f, err)
	f.Add(b)
	for _, v := range []string{`"1e9999999"`, `"-1e-9999999"`, `null`, `"99.90"`, `"NaN"`, `99.9`} {
		f.Add([]byte(strings.Replace(string(b), `"99.9"`, v, 1)))
	}
	f.Add([]byte(`{"measure":"coverage","value":null,"unit":"percent","numerator":0,"denominator":0,"places":0,` +
		`"rounding":"half_up","as_of":"2012-02-14","standard":{"id":"s"},"level":"high"}`))
	f.Add([]byte(`{}`))
	for _, v := range []string{`"levels":["normal","high"]`, `"levels":["high","normal"]`, `"levels":["high"]`, `"level":"normal","levels":["normal","high"]`} {
		f.Add([]byte(strings.Replace(string(b), `"level":"normal"`, v, 1)))
	}
	withEffective := valid
	withEffective.StandardEffective = civil.MustParseDate("2010-05-01")
	eb, err := json.Marshal(withEffective)
	require.NoError(f, err)
	f.Add(eb)
	for _, v := range []string{`"2012-02-15"`, `"2010-5-1"`, `""`, `null`} {
		f.Add([]byte(strings.Replace(string(eb), `"2010-05-01"`, v, 1)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		keep := valid
		got := keep
		if err := got.UnmarshalJSON(data); err != nil {
			require.ErrorIs(t, err, ErrInvalidFigure)
			require.Equal(t, keep, got, "a failed UnmarshalJSON leaves the figure unchanged")
			return
		}
		require.NoError(t, got.Validate())
		out, err := json.Marshal(got)
		require.NoError(t, err)
		var back Figure
		require.NoError(t, json.Unmarshal(out, &back))
		require.Equal(t, got, back, "unmarshal(marshal(x)) == x")
		_ = got.Format(rate.Chinese)
		_ = got.Format(rate.English)
	})
}

// chineseName is an enum value's Chinese name (Name(rate.Chinese)), as a function of the value.
func chineseName[E interface{ Name(rate.Lang) string }](v E) string { return v.Name(rate.Chinese) }
