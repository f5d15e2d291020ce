package incident

import (
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityBadInputNewLog is the catalogue of incidents NewLog refuses: each names the incident by ID
// and Ref and wraps its sentinel.
func TestReliabilityBadInputNewLog(t *testing.T) {
	f := newFixture(t)
	one := func(mod func(in *Incident)) func() error {
		return func() error {
			in := f.incident("bad")
			mod(&in)
			_, err := NewLog(f.reg, []Incident{in})
			return err
		}
	}
	id := tid("bad").String()
	cases := []badinput.Case{
		{Name: "nil register", Call: func() error { _, err := NewLog(nil, nil); return err }, Is: []error{ErrNil}},
		{Name: "nil ID", Call: one(func(in *Incident) { in.ID = uuid.Nil }), Is: []error{ErrNilID}, Names: []string{`ref "bad"`}},
		{Name: "zero date", Call: one(func(in *Incident) { in.Date = civil.Date{} }), Is: []error{ErrNoDate}, Names: []string{id, `"bad"`}},
		{Name: "no place", Call: one(func(in *Incident) { in.Campus = uuid.Nil }), Is: []error{ErrNoPlace}, Names: []string{id}},
		{Name: "unknown campus", Call: one(func(in *Incident) { in.Campus = tid("nowhere") }), Is: []error{ErrUnknownCampus}, Names: []string{id, tid("nowhere").String()}},
		{Name: "unknown jurisdiction", Call: one(func(in *Incident) {
			in.Campus, in.Jurisdiction = uuid.Nil, hierarchy.MustParseCode("110101")
		}), Is: []error{ErrUnknownJurisdiction, hierarchy.ErrUnknownCode}, Names: []string{id, "110101"}},
		{Name: "campus and jurisdiction disagree", Call: one(func(in *Incident) { in.Jurisdiction = f.c.Jurisdiction }),
			Is: []error{ErrPlaceMismatch}, Names: []string{id, "320506001", "320505001"}},
		{Name: "campus and its district", Call: one(func(in *Incident) { in.Jurisdiction = hierarchy.MustParseCode("320505") }),
			Is: []error{ErrPlaceMismatch}, Names: []string{id}},
		{Name: "zero category", Call: one(func(in *Incident) { in.Category = 0 }), Is: []error{ErrInvalidCategory}, Names: []string{id}},
		{Name: "invalid category", Call: one(func(in *Incident) { in.Category = 9 }), Is: []error{ErrInvalidCategory}, Names: []string{id, "9"}},
		{Name: "zero severity", Call: one(func(in *Incident) { in.Severity = 0 }), Is: []error{ErrInvalidSeverity}, Names: []string{id}},
		{Name: "invalid severity", Call: one(func(in *Incident) { in.Severity = 200 }), Is: []error{ErrInvalidSeverity}, Names: []string{"200"}},
		{Name: "ref not UTF-8", Call: one(func(in *Incident) { in.Ref = "R\xff" }), Is: []error{ErrInvalidText}, Names: []string{`"R\xff"`, "not valid UTF-8"}},
		{Name: "ref too long", Call: one(func(in *Incident) { in.Ref = strings.Repeat("r", MaxRefBytes+1) }), Is: []error{ErrInvalidText}, Names: []string{"257 bytes"}},
		{Name: "summary too long", Call: one(func(in *Incident) { in.Summary = strings.Repeat("事", 700) }), Is: []error{ErrInvalidText}, Names: []string{"summary", "2100 bytes"}},
		{Name: "summary not UTF-8", Call: one(func(in *Incident) { in.Summary = "\xfe" }), Is: []error{ErrInvalidText}, Names: []string{"summary"}},
		{Name: "repeated ID", Call: func() error {
			_, err := NewLog(f.reg, []Incident{f.incident("x"), f.incident("y"), f.incident("x")})
			return err
		}, Is: []error{ErrDuplicateID}, Names: []string{tid("x").String(), "input #2", "input #0"}},
		{Name: "every problem at once", Call: one(func(in *Incident) {
			in.ID, in.Date, in.Category, in.Severity, in.Ref = uuid.Nil, civil.Date{}, 0, 0, "\xff"
			in.Campus = tid("nowhere")
		}), Is: []error{ErrNilID, ErrNoDate, ErrInvalidCategory, ErrInvalidSeverity, ErrInvalidText, ErrUnknownCampus}},
	}
	badinput.Run(t, "incident: ", cases)
}

// TestReliabilityBadInputValues catalogues the other inputs: periods, policies, tallies, summaries,
// comparisons, JSON.
func TestReliabilityBadInputValues(t *testing.T) {
	f := newFixture(t)
	log, err := NewLog(f.reg, []Incident{f.incident("a")})
	require.NoError(t, err)
	p := MustParsePeriod("2011-09-01/2012-01-31")
	s, err := log.Summarize(p, DefaultPolicy())
	require.NoError(t, err)
	s2, err := log.Summarize(p, Policy{MajorFrom: Larger})
	require.NoError(t, err)
	d := civil.MustParseDate
	cases := []badinput.Case{
		{Name: "period without from", Call: func() error { _, err := NewPeriod(civil.Date{}, d("2012-01-01")); return err }, Is: []error{ErrInvalidPeriod}},
		{Name: "period backwards", Call: func() error { _, err := NewPeriod(d("2012-01-02"), d("2012-01-01")); return err },
			Is: []error{ErrInvalidPeriod}, Names: []string{"2012-01-02/2012-01-01"}},
		{Name: "period text without slash", Call: func() error { _, err := ParsePeriod("2012-01-01"); return err }, Is: []error{ErrInvalidPeriod}, Names: []string{`"2012-01-01"`}},
		{Name: "period bad date", Call: func() error { _, err := ParsePeriod("2011-02-29/2012-01-01"); return err }, Is: []error{ErrInvalidPeriod, civil.ErrInvalidDate}},
		{Name: "period unmarshal", Call: func() error { var q Period; return q.UnmarshalText([]byte("x/y")) }, Is: []error{ErrInvalidPeriod}},
		{Name: "zero policy", Call: func() error { return Policy{}.Validate() }, Is: []error{ErrInvalidPolicy, ErrInvalidSeverity}},
		{Name: "policy JSON label", Call: func() error { var q Policy; return q.UnmarshalJSON([]byte(`{"major_from":"重大"}`)) },
			Is: []error{ErrInvalidJSON, ErrInvalidSeverity}, Names: []string{`"重大"`}},
		{Name: "policy JSON unknown key", Call: func() error { var q Policy; return q.UnmarshalJSON([]byte(`{"major_from":"major","deaths":10}`)) }, Is: []error{ErrInvalidJSON}},
		{Name: "category id", Call: func() error { _, err := ParseCategory("刑事案件"); return err }, Is: []error{ErrInvalidCategory}, Names: []string{`"刑事案件"`}},
		{Name: "category label", Call: func() error { _, err := ParseLabel[Category]("criminal_case"); return err }, Is: []error{ErrInvalidCategory}},
		{Name: "severity id", Call: func() error { _, err := ParseSeverity("Major"); return err }, Is: []error{ErrInvalidSeverity}, Names: []string{`"Major"`}},
		{Name: "severity marshal", Call: func() error { _, err := Severity(9).MarshalText(); return err }, Is: []error{ErrInvalidSeverity}},
		{Name: "tally negative", Call: func() error { _, err := NewTally(-1, 0, 0, 0, 0); return err }, Is: []error{ErrInvalidTally}},
		{Name: "tally more majors than incidents", Call: func() error { _, err := NewTally(1, 0, 0, 0, 2); return err }, Is: []error{ErrInvalidTally}, Names: []string{"2 major incidents among 1"}},
		{Name: "tally overflow", Call: func() error { _, err := NewTally(MaxTally, 1, 0, 0, 0); return err }, Is: []error{ErrInvalidTally}},
		{Name: "tally JSON total", Call: func() error {
			var tl Tally
			return tl.UnmarshalJSON([]byte(`{"total":3,"criminal_case":1,"public_order_case":1,"safety_accident":0,"other":0,"major":0}`))
		}, Is: []error{ErrInvalidTally}, Names: []string{"total 3"}},
		{Name: "tally JSON missing key", Call: func() error {
			var tl Tally
			return tl.UnmarshalJSON([]byte(`{"total":0,"criminal_case":0,"public_order_case":0,"safety_accident":0,"other":0}`))
		}, Is: []error{ErrInvalidTally}, Names: []string{"major"}},
		{Name: "tally overflowed marshal", Call: func() error {
			big, _ := NewTally(MaxTally, 0, 0, 0, 0)
			_, err := big.Add(Other, false).MarshalJSON()
			return err
		}, Is: []error{ErrInvalidTally}},
		{Name: "summarize nil log", Call: func() error { _, err := (*Log)(nil).Summarize(p, DefaultPolicy()); return err }, Is: []error{ErrNil}},
		{Name: "summarize zero period and policy", Call: func() error { _, err := log.Summarize(Period{}, Policy{}); return err },
			Is: []error{ErrInvalidPeriod, ErrInvalidPolicy}},
		{Name: "compare nil", Call: func() error { _, err := Compare(nil, s, hierarchy.Code{}); return err }, Is: []error{ErrNil}},
		{Name: "compare policies", Call: func() error { _, err := Compare(s, s2, hierarchy.Code{}); return err }, Is: []error{ErrIncomparable}, Names: []string{"larger", "major"}},
		{Name: "compare unknown code", Call: func() error { _, err := Compare(s, s, hierarchy.MustParseCode("110000")); return err },
			Is: []error{hierarchy.ErrUnknownCode}, Names: []string{"110000"}},
		{Name: "incident JSON unknown key", Call: func() error {
			var in Incident
			return in.UnmarshalJSON([]byte(`{"id":"` + tid("a").String() + `","date":"2011-10-10","category":"other","severity":"general","deaths":3}`))
		}, Is: []error{ErrInvalidJSON}, Names: []string{"deaths"}},
		{Name: "incident JSON case variant", Call: func() error {
			var in Incident
			return in.UnmarshalJSON([]byte(`{"ID":"` + tid("a").String() + `","date":"2011-10-10","category":"other","severity":"general"}`))
		}, Is: []error{ErrInvalidJSON}},
		{Name: "incident JSON missing severity", Call: func() error {
			var in Incident
			return in.UnmarshalJSON([]byte(`{"id":"` + tid("a").String() + `","date":"2011-10-10","category":"other"}`))
		}, Is: []error{ErrInvalidJSON}, Names: []string{"severity"}},
		{Name: "incident JSON null", Call: func() error {
			var in Incident
			return in.UnmarshalJSON([]byte(`{"id":"` + tid("a").String() + `","date":null,"category":"other","severity":"general"}`))
		}, Is: []error{ErrInvalidJSON}},
		{Name: "incident JSON label", Call: func() error {
			var in Incident
			return in.UnmarshalJSON([]byte(`{"id":"` + tid("a").String() + `","date":"2011-10-10","category":"治安案件","severity":"general"}`))
		}, Is: []error{ErrInvalidJSON, ErrInvalidCategory}},
		{Name: "incident JSON bad code", Call: func() error {
			var in Incident
			return in.UnmarshalJSON([]byte(`{"id":"` + tid("a").String() + `","date":"2011-10-10","jurisdiction":"3205","category":"other","severity":"general"}`))
		}, Is: []error{ErrInvalidJSON, hierarchy.ErrInvalidCode}},
		{Name: "incident marshal bad text", Call: func() error { in := f.incident("a"); in.Summary = "\xff"; _, err := in.MarshalJSON(); return err },
			Is: []error{ErrInvalidText}},
	}
	badinput.Run(t, "incident: ", cases)
}

// TestReliabilityErrorBounds checks that NewLog's error stays bounded whatever the number of bad incidents,
// and counts the ones it leaves out.
func TestReliabilityErrorBounds(t *testing.T) {
	f := newFixture(t)
	bad := make([]Incident, 5000)
	for i := range bad {
		bad[i] = Incident{Ref: strings.Repeat("长", 10000)} // every problem at once, a long ref
	}
	_, err := NewLog(f.reg, bad)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 64<<10, "bounded")
	var more *errbound.More
	require.True(t, errors.As(err, &more))
	assert.Contains(t, err.Error(), "more problems")
}
