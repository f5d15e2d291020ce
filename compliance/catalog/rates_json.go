package catalog

import "github.com/campussec/campussec/internal/jsonstrict"

// The JSON forms of RatesQuery, TargetRate and FourHundredResult are encoding/json's, from their Go field
// names (they have no JSON tags, and their output is kept as it was): {"Scope": TargetScope, "AsOf":
// "2023-02-14", "Window": 30}; {"Target": "guards", "Population": Population, "Scope": "2019", "Standard":
// {"id": …, "version": …}, "Tally": Tally, "OutOfScope": 0, "Unplaced": 0, "Schools": Tally,
// "SchoolsOutOfScope": 0, "SchoolsUnplaced": 0}; {"RatesQuery": RatesQuery, "Rates": [TargetRate…]}. Their
// decoders read only that form: every key required, spelt exactly (the Go name, case included), once, no
// null but for a nil list of rates, no unknown key, at any depth (a tally is checked by compliance.Tally's
// own decoder).
var (
	jsonInt          = &jsonstrict.Schema{Type: jsonstrict.Int}
	jsonTally        = &jsonstrict.Schema{Type: jsonstrict.Any}
	ratesQuerySchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "Scope", Required: true, Value: targetScopeSchema},
		{Name: "AsOf", Required: true, Value: jsonString},
		{Name: "Window", Required: true, Value: jsonInt},
	}}
	targetRateSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "Target", Required: true, Value: jsonString},
		{Name: "Population", Required: true, Value: populationSchema},
		{Name: "Scope", Required: true, Value: jsonString},
		{Name: "Standard", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
			{Name: "id", Required: true, Value: jsonString},
			{Name: "version", Required: true, Value: jsonString},
		}}},
		{Name: "Tally", Required: true, Value: jsonTally},
		{Name: "OutOfScope", Required: true, Value: jsonInt},
		{Name: "Unplaced", Required: true, Value: jsonInt},
		{Name: "Schools", Required: true, Value: jsonTally},
		{Name: "SchoolsOutOfScope", Required: true, Value: jsonInt},
		{Name: "SchoolsUnplaced", Required: true, Value: jsonInt},
	}}
	fourHundredResultSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "RatesQuery", Required: true, Value: ratesQuerySchema},
		{Name: "Rates", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Array, Null: true, MaxLen: maxRates,
			Elem: targetRateSchema}},
	}}
)

// maxRates bounds the rates a FourHundredResult's JSON may hold: one per target, with room to spare.
const maxRates = 64

// UnmarshalJSON decodes the form encoding/json writes for a RatesQuery (see above): "Scope", "AsOf" and
// "Window" required, spelt exactly, once. An unknown, duplicate, case-variant or missing key (in the query
// or its scope), null, or a wrong type is an error wrapping ErrInvalidJSON that names the path; a value
// that does not parse wraps its sentinel too (civil.ErrInvalidDate, ErrInvalidReach, …). The query is not
// validated: FourHundredRates does that. q is unchanged on error.
func (q *RatesQuery) UnmarshalJSON(b []byte) error {
	type plain RatesQuery
	var v plain
	if err := decodeStrict(b, "rates query", ratesQuerySchema, &v); err != nil {
		return err
	}
	*q = RatesQuery(v)
	return nil
}

// UnmarshalJSON decodes the form encoding/json writes for a TargetRate (see above): every key required,
// spelt exactly, once. An unknown, duplicate, case-variant or missing key (in the rate, its population or
// its standard reference), null, or a wrong type is an error wrapping ErrInvalidJSON that names the path; a
// value that does not parse wraps its sentinel too (ErrInvalidTarget, ErrInvalidReach,
// compliance.ErrInvalidTally). The counts are not checked against each other. r is unchanged on error.
func (r *TargetRate) UnmarshalJSON(b []byte) error {
	type plain TargetRate
	var v plain
	if err := decodeStrict(b, "target rate", targetRateSchema, &v); err != nil {
		return err
	}
	*r = TargetRate(v)
	return nil
}

// UnmarshalJSON decodes the form encoding/json writes for a FourHundredResult (see above): "RatesQuery"
// and "Rates" required, spelt exactly, once, "Rates" null only for a nil list, at most 64 rates. Errors are
// RatesQuery's and TargetRate's, wrapping ErrInvalidJSON and naming the path ("Rates[2].Tally"). f is
// unchanged on error.
func (f *FourHundredResult) UnmarshalJSON(b []byte) error {
	type plain FourHundredResult
	var v plain
	if err := decodeStrict(b, "4个100% result", fourHundredResultSchema, &v); err != nil {
		return err
	}
	*f = FourHundredResult(v)
	return nil
}
