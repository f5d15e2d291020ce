package compliance

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
)

// queryAt is the query evaluate builds: std at level, as of std's effective
// date (2000-01-01 when it has none). It panics on an invalid std or level,
// as MustQuery does.
func queryAt(std Standard, level prevention.Level) Query {
	asOf := std.Effective
	if asOf.IsZero() {
		asOf = civil.MustParseDate("2000-01-01")
	}
	return MustQuery(QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: level})
}

// fastStatus is the status the hot path gives (Query.status: what Summarize
// counts, without building a Result), for tests that check it agrees with
// evaluate's full Result.
func fastStatus(std Standard, c campus.Campus, m Measurements, level prevention.Level) Status {
	return queryAt(std, level).status(&c, &m)
}

// assertQueryable checks that std is valid and builds a query at every
// prevention level: what a standard loaded, tailored or chosen in force must
// be ready for.
func assertQueryable(t *testing.T, std Standard, msgAndArgs ...any) {
	t.Helper()
	asOf := civil.MustParseDate("2012-02-14")
	if std.Effective.After(asOf) { // a standard is queryable from its effective date
		asOf = std.Effective
	}
	for _, level := range prevention.Values[prevention.Level]() {
		_, err := NewQuery(QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: level})
		assert.NoError(t, err, msgAndArgs...)
	}
}
