package compliance

import (
	"github.com/campussec/campussec/source"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityFailedUnmarshalKeepsValue checks that every text unmarshaler of the package leaves its
// receiver unchanged when the text is bad, as the hierarchy and campus ones do (a half-decoded value must
// not look like a decoded one).
func TestReliabilityFailedUnmarshalKeepsValue(t *testing.T) {
	type textValue interface {
		UnmarshalText([]byte) error
		String() string
	}
	for _, v := range []textValue{ptr(Compliant), ptr(rate.HalfUp), ptr(rate.English), ptr(AssessedMeasure),
		ptr(prevention.High), ptr(CountValue), ptr(RuleCountScaled), ptr(source.Corroborated), ptr(BasisStaff), ptr(StepFloor),
		ptr(DayOnly), ptr(Unmet), ptr(UnitSchool), ptr(civil.MustParseDate("2012-02-14")), ptr(rate.MustParse("1/2"))} {
		before := v.String()
		require.Error(t, v.UnmarshalText([]byte("bogus")), "%T", v)
		assert.Equal(t, before, v.String(), "%T changed on a failed UnmarshalText", v)
	}
}

func ptr[T any](v T) *T { return &v }
