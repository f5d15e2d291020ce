package rate

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/campussec/campussec/internal/badinput"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeInto returns a Decode function for badinput.JSONFormat that unmarshals into a fresh *T.
func decodeInto[T any]() func([]byte) error {
	return func(b []byte) error {
		var v T
		return json.Unmarshal(b, &v)
	}
}

// TestJSONClassSweep mutates every key of every JSON form of the package — duplicated, in another case,
// with U+017F or U+212A, renamed, removed and nulled — and checks each is refused with ErrInvalidJSON.
func TestJSONClassSweep(t *testing.T) {
	for _, f := range []badinput.JSONFormat{
		{Name: "change", Valid: `{"from":"539/800","to":"1394/1396"}`, Decode: decodeInto[Change](), Is: []error{ErrInvalidJSON}},
		{Name: "ratio change", Valid: `{"from":"3/20000","to":"1/10000"}`, Decode: decodeInto[RatioChange](), Is: []error{ErrInvalidJSON}},
		{Name: "precision", Valid: `{"places":1,"rounding":"half_even"}`, Decode: decodeInto[Precision](), Is: []error{ErrInvalidJSON}},
	} {
		badinput.SweepJSON(t, f)
	}
}

// jsonCases are the bad documents of each class, with the sentinels the error wraps and the text it names.
var jsonCases = []struct {
	name, in string
	into     func() any
	is       []error
	names    string
}{
	{"change: unknown key", `{"from":"1/2","to":"1/2","points":"0"}`, func() any { return new(Change) }, []error{ErrInvalidJSON}, `"points"`},
	{"change: case variant", `{"From":"1/2","to":"1/2"}`, func() any { return new(Change) }, []error{ErrInvalidJSON}, `"From"`},
	{"change: misspelt", `{"fro":"1/2","to":"1/2"}`, func() any { return new(Change) }, []error{ErrInvalidJSON}, `"fro"`},
	{"change: duplicate", `{"from":"1/2","to":"1/2","to":"1/3"}`, func() any { return new(Change) }, []error{ErrInvalidJSON}, `"to" given twice`},
	{"change: missing", `{"from":"1/2"}`, func() any { return new(Change) }, []error{ErrInvalidJSON}, `"to"`},
	{"change: null", `{"from":null,"to":"1/2"}`, func() any { return new(Change) }, []error{ErrInvalidJSON}, "from"},
	{"change: number", `{"from":0.5,"to":"1/2"}`, func() any { return new(Change) }, []error{ErrInvalidJSON}, "from"},
	{"change: bad rate", `{"from":"3/2","to":"1/2"}`, func() any { return new(Change) }, []error{ErrInvalidJSON, ErrInvalidRate}, "3/2"},
	{"change: not an object", `["1/2","1/2"]`, func() any { return new(Change) }, []error{ErrInvalidJSON}, "change"},
	{"ratio change: unknown key", `{"from":"1/2","to":"1/2","scale":10000}`, func() any { return new(RatioChange) }, []error{ErrInvalidJSON}, `"scale"`},
	{"ratio change: Kelvin variant", `{"from":"1/2","to":"1/2","\u212a":1}`, func() any { return new(RatioChange) }, []error{ErrInvalidJSON}, "ratio change"},
	{"ratio change: bad ratio", `{"from":"1/0","to":"1/2"}`, func() any { return new(RatioChange) }, []error{ErrInvalidJSON, ErrInvalidRatio}, "1/0"},
	{"precision: case variant", `{"places":1,"Rounding":"half_up"}`, func() any { return new(Precision) }, []error{ErrInvalidJSON}, `"Rounding"`},
	{"precision: missing places", `{"rounding":"half_up"}`, func() any { return new(Precision) }, []error{ErrInvalidJSON}, `"places"`},
	{"precision: fraction", `{"places":1.0,"rounding":"half_up"}`, func() any { return new(Precision) }, []error{ErrInvalidJSON}, "places"},
	{"precision: beyond int32", `{"places":4294967296,"rounding":"half_up"}`, func() any { return new(Precision) }, []error{ErrInvalidJSON}, "places"},
	{"precision: unknown rounding", `{"places":1,"rounding":"bankers"}`, func() any { return new(Precision) }, []error{ErrInvalidJSON, ErrInvalidRounding}, "bankers"},
	{"precision: null rounding", `{"places":1,"rounding":null}`, func() any { return new(Precision) }, []error{ErrInvalidJSON}, "rounding"},
}

// TestJSONStrict: each bad document is refused with the sentinels listed, the error names the key or the
// value, and the receiver is left unchanged.
func TestJSONStrict(t *testing.T) {
	for _, c := range jsonCases {
		t.Run(c.name, func(t *testing.T) {
			v := c.into()
			switch p := v.(type) {
			case *Change:
				*p = Change{From: MustParse("1/3"), To: MustParse("2/3")}
			case *RatioChange:
				*p = RatioChange{From: MustParseRatio("5/3"), To: MustParseRatio("2/3")}
			case *Precision:
				*p = Precision{Places: 2, Rounding: HalfUp}
			}
			before, err := json.Marshal(v)
			require.NoError(t, err)
			err = json.Unmarshal([]byte(c.in), v)
			require.Error(t, err)
			for _, s := range c.is {
				assert.True(t, errors.Is(err, s), "%v wraps %v", err, s)
			}
			assert.Contains(t, err.Error(), c.names)
			after, err := json.Marshal(v)
			require.NoError(t, err)
			assert.Equal(t, string(before), string(after), "unchanged on error")
		})
	}
}

// TestJSONOutputUnchanged: the forms are written as before, zero values included, and read back exactly.
func TestJSONOutputUnchanged(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{Change{From: MustParse("539/800"), To: MustParse("1394/1396")}, `{"from":"539/800","to":"1394/1396"}`},
		{Change{}, `{"from":"0/0","to":"0/0"}`},
		{RatioChange{From: MustParseRatio("3/20000"), To: MustParseRatio("1/10000")}, `{"from":"3/20000","to":"1/10000"}`},
		{RatioChange{}, `{"from":"0/0","to":"0/0"}`},
		{Precision{Places: -2, Rounding: HalfEven}, `{"places":-2,"rounding":"half_even"}`},
		{Precision{}, `{"places":0,"rounding":""}`},
	} {
		b, err := json.Marshal(c.v)
		require.NoError(t, err)
		require.Equal(t, c.want, string(b))
		switch v := c.v.(type) {
		case Change:
			var got Change
			require.NoError(t, json.Unmarshal(b, &got))
			require.Equal(t, v, got)
		case RatioChange:
			var got RatioChange
			require.NoError(t, json.Unmarshal(b, &got))
			require.Equal(t, v, got)
		case Precision:
			var got Precision
			require.NoError(t, json.Unmarshal(b, &got))
			require.Equal(t, v, got)
		}
	}
}

// FuzzChangeJSON: any input either decodes to a change that re-marshals and reads back as itself, or is
// refused with ErrInvalidJSON; never a panic. Seeded from the table tests.
func FuzzChangeJSON(f *testing.F) {
	f.Add([]byte(`{"from":"539/800","to":"1394/1396"}`))
	f.Add([]byte(`{"places":1,"rounding":"half_even"}`))
	for _, c := range jsonCases {
		f.Add([]byte(c.in))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(v, again json.Unmarshaler) {
			if err := v.UnmarshalJSON(b); err != nil { // the method itself: json.Unmarshal stops bad syntax first
				if !errors.Is(err, ErrInvalidJSON) {
					t.Fatalf("%q: %v does not wrap ErrInvalidJSON", b, err)
				}
				return
			}
			out, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("%q decodes but does not marshal: %v", b, err)
			}
			if err := json.Unmarshal(out, again); err != nil {
				t.Fatalf("%s does not read back: %v", out, err)
			}
			if out2, _ := json.Marshal(again); string(out2) != string(out) {
				t.Fatalf("%s reads back as %s", out, out2)
			}
		}
		check(new(Change), new(Change))
		check(new(RatioChange), new(RatioChange))
		check(new(Precision), new(Precision))
	})
}
