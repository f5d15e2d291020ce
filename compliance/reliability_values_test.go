package compliance

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 15, finding 7: NewTally(MaxInt64, MaxInt64, MaxInt64, 0) was accepted and printed 100.0 %.
func TestReliabilityNewTallyOverflow(t *testing.T) {
	const m = math.MaxInt64
	for _, c := range [][4]int64{{m, m, m, 0}, {m, 1, 0, 0}, {0, 0, 1, m}, {m / 2, m / 2, 1, 1}} {
		_, err := NewTally(c[0], c[1], c[2], c[3])
		require.ErrorIs(t, err, ErrInvalidTally, "%v", c)
	}
	full, err := NewTally(m-3, 1, 1, 1)
	require.NoError(t, err)
	assert.Equal(t, int64(MaxTally), full.Total())
	assert.False(t, full.Overflowed())
}

// overflowChecks asserts what an overflowed tally promises: it counts nothing, gives no figure, has no JSON
// form and stays overflowed.
func overflowChecks(t *testing.T, o Tally) {
	t.Helper()
	require.True(t, o.Overflowed())
	assert.False(t, o.IsZero())
	for _, s := range Values[Status]() {
		assert.Zero(t, o.Count(s))
	}
	assert.Zero(t, o.Total())
	for _, r := range []rate.Rate{o.Rate(ComplianceMeasure), o.Rate(AssessedComplianceMeasure), o.Rate(AssessedMeasure)} {
		_, ok := r.Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok, "no figure of an overflowed tally")
	}
	_, err := json.Marshal(o)
	assert.ErrorIs(t, err, ErrInvalidTally)
	assert.True(t, o.Add(Compliant).Overflowed())
	assert.True(t, o.Merge(Tally{}).Overflowed())
	assert.True(t, Tally{}.Merge(o).Overflowed())
	_, ok := o.Sub(Tally{})
	assert.False(t, ok)
}

// TestReliabilityTallyAddMergeOverflow: Add and Merge never wrap; past MaxTally they give the overflowed tally.
func TestReliabilityTallyAddMergeOverflow(t *testing.T) {
	const m = math.MaxInt64
	full, err := NewTally(m-1, 0, 0, 1)
	require.NoError(t, err)
	overflowChecks(t, full.Add(NonCompliant))
	overflowChecks(t, full.Merge(full))
	one := Tally{}.Add(Unassessed)
	overflowChecks(t, full.Merge(one))
	overflowChecks(t, one.Merge(full))
	almost, err := NewTally(m-1, 0, 0, 0)
	require.NoError(t, err)
	assert.Equal(t, full, almost.Merge(one))
	assert.Equal(t, full, almost.Add(Unassessed))
}

// TestPropertyTallyMergeOverflowMonoid: with counts near the bound, Merge stays associative and commutative,
// the overflowed tally is absorbing, and a result is overflowed exactly when the true total exceeds MaxTally.
func TestPropertyTallyMergeOverflowMonoid(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 15))
	big4 := func() (Tally, *big.Int) {
		var c [4]int64
		rest := int64(math.MaxInt64)
		if r.IntN(3) == 0 {
			rest = r.Int64N(1000)
		}
		sum := new(big.Int)
		for i := range c {
			c[i] = r.Int64N(rest/2 + 1)
			rest -= c[i]
			sum.Add(sum, big.NewInt(c[i]))
		}
		tl, err := NewTally(c[0], c[1], c[2], c[3])
		require.NoError(t, err)
		return tl, sum
	}
	limit := big.NewInt(math.MaxInt64)
	for range 2000 {
		a, sa := big4()
		b, sb := big4()
		c, sc := big4()
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)))
		require.Equal(t, a.Merge(b), b.Merge(a))
		sum := new(big.Int).Add(sa, sb)
		sum.Add(sum, sc)
		abc := a.Merge(b).Merge(c)
		require.Equal(t, sum.Cmp(limit) > 0, abc.Overflowed())
		if !abc.Overflowed() {
			require.Equal(t, sum.Int64(), abc.Total())
			for _, s := range Values[Status]() {
				require.Equal(t, a.Count(s)+b.Count(s)+c.Count(s), abc.Count(s))
			}
		}
	}
}

// TestReliabilityRollUpTallyOverflow: a jurisdiction roll-up of decoded tallies whose sum exceeds the bound
// yields the overflowed tally at the ancestors, never a wrapped, negative or flattering one.
func TestReliabilityRollUpTallyOverflow(t *testing.T) {
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320506"), Name: "区二"},
	)
	require.NoError(t, err)
	big1, err := NewTally(math.MaxInt64/2+1, 0, 0, 0)
	require.NoError(t, err)
	roll, err := hierarchy.RollUp(tree, []hierarchy.Entry[Tally]{
		{Code: hierarchy.MustParseCode("320505"), Value: big1},
		{Code: hierarchy.MustParseCode("320506"), Value: big1},
	}, Tally.Merge)
	require.NoError(t, err)
	city, ok := roll.Get(hierarchy.MustParseCode("320500"))
	require.True(t, ok)
	overflowChecks(t, city)
	district, _ := roll.Get(hierarchy.MustParseCode("320505"))
	assert.Equal(t, big1, district)
}

// Issue 15, finding 12: Students+Staff overflowed, so a campus in an exempt band evaluated Undetermined. The
// headcount saturates: a campus past every band start falls in the last band, as its true headcount does.
func TestReliabilityHeadcountOverflow(t *testing.T) {
	exemptLarge := Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisHeadcount,
		Bands: []Band{{From: 0, Min: 1}, {From: 1000, Exempt: true}}}
	stepped := Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisHeadcount,
		Bands: []Band{{From: 0, Min: 1}}, Step: Step{Above: 1000, Per: 500, Add: 1, Round: StepCeil}}
	m := MustMeasurements(ObserveCount(FullTimeGuards, 3))
	for _, c := range []campus.Campus{school(math.MaxInt, math.MaxInt), school(math.MaxInt, 1), school(1, math.MaxInt),
		school(campus.MaxPeople, campus.MaxPeople)} {
		o, _ := exemptLarge.check(&c, 3, true)
		assert.Equal(t, NotApplicable, o, "%d + %d", c.Students, c.Staff)
		o, req := stepped.check(&c, 3, true)
		assert.Equal(t, Unmet, o)
		assert.Positive(t, req)
		std := MustStandard(Standard{ID: "s", Title: "t", Version: "1", Effective: civil.MustParseDate("2020-01-01"),
			Requirements: []Requirement{{ID: "g", Title: "g", Rule: exemptLarge}}})
		assert.Equal(t, Compliant, statusOf(std, c, m, prevention.Normal))
	}
	c := school(-1, 5)
	o, _ := exemptLarge.check(&c, 3, true)
	assert.Equal(t, Undetermined, o, "a negative count is unknown")
}

// TestReliabilityRatesAtTheBound (finding 7's class, for rates and figures): every rate a tally can give has
// 0 <= num <= den <= MaxTally, its figure is exact at the bound, and the figure's JSON reads back.
func TestReliabilityRatesAtTheBound(t *testing.T) {
	const m = math.MaxInt64
	tl, err := NewTally(m/3, m/3, m/3, m-3*(m/3))
	require.NoError(t, err)
	for _, r := range []rate.Rate{tl.Rate(ComplianceMeasure), tl.Rate(AssessedComplianceMeasure), tl.Rate(AssessedMeasure)} {
		require.True(t, r.Num() >= 0 && r.Num() <= r.Den(), "%s", r)
		back, err := rate.Parse(r.String())
		require.NoError(t, err)
		assert.Equal(t, r, back)
	}
	v, ok := tl.Rate(ComplianceMeasure).Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.True(t, ok)
	assert.Equal(t, "33.3", v.StringFixed(1), "the issue's 全达标率 is 33.3 %, not 100.0 %")
	f := Figure{Measure: ComplianceMeasure, Rate: tl.Rate(ComplianceMeasure), Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf: civil.MustParseDate("2012-02-14"), StandardID: "s", StandardVersion: "1", PreventionLevel: prevention.Normal}
	require.NoError(t, f.Validate())
	b, err := json.Marshal(f)
	require.NoError(t, err)
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back), "%s", b)
	assert.Equal(t, f, back)
	full, err := rate.New(m, m)
	require.NoError(t, err)
	none, err := rate.New(0, m)
	require.NoError(t, err)
	pts, ok := rate.Change{From: none, To: full}.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.True(t, ok)
	assert.Equal(t, "100.0", pts.StringFixed(1))
	_, err = rate.New(m, m-1)
	assert.ErrorIs(t, err, rate.ErrInvalidRate)
	_, err = rate.Parse("9223372036854775808/9223372036854775808")
	assert.ErrorIs(t, err, rate.ErrInvalidRate)
}
