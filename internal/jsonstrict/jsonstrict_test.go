package jsonstrict

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errTooMany = errors.New("too many")

// testSchema is a small document: {"id": string (required), "n": int (required), "ok": bool,
// "opt": string or null, "ne": a non-empty string, "list": [ {"from": int (required), "min": int} ] (at most 3), "m": {key: int} (at
// most 2 keys)}.
var testSchema = &Schema{Type: Object, Fields: []Field{
	{Name: "id", Required: true, Value: &Schema{Type: String}},
	{Name: "n", Required: true, Value: &Schema{Type: Int}},
	{Name: "ok", Value: &Schema{Type: Bool}},
	{Name: "opt", Value: &Schema{Type: String, Null: true}},
	{Name: "ne", Value: &Schema{Type: String, NonEmpty: true}},
	{Name: "list", Value: &Schema{Type: Array, MaxLen: 3, TooMany: errTooMany, Elem: &Schema{Type: Object, Fields: []Field{
		{Name: "from", Required: true, Value: &Schema{Type: Int}},
		{Name: "min", Value: &Schema{Type: Int}},
	}}}},
	{Name: "m", Value: &Schema{Type: Map, MaxLen: 2, TooMany: errTooMany, Elem: &Schema{Type: Int}}},
}}

func TestCheckAccepts(t *testing.T) {
	for _, in := range []string{
		`{"id":"a","n":0}`,
		` {"n":-12,"id":"\u0061","ok":true,"opt":null,"list":[],"m":{}} `,
		`{"id":"a","n":1,"ne":" "}`, `{"id":"a","n":1,"ne":"\u0000"}`,
		`{"id":"","n":9223372036854775807,"ok":false,"opt":"x","list":[{"from":0},{"from":1,"min":2},{"min":3,"from":4}],"m":{"a":1,"A":2}}`,
	} {
		assert.NoError(t, Check([]byte(in), testSchema), in)
	}
}

func TestCheckRejects(t *testing.T) {
	for _, tc := range []struct {
		in, msg string
		is      error
	}{
		{`{"id":"a"`, "unexpected end", nil},
		{`{"id":"a","n":1} {}`, "after top-level value", nil},
		{`{"id":"a","n":1,"id":"b"}`, `key "id" given twice`, nil},
		{`{"id":"a","n":1,"ID":"b"}`, `unknown key "ID" (keys are matched exactly: the key is "id")`, nil},
		{`{"id":"a","n\u0031":1}`, `unknown key "n1"`, nil},
		{`{"id":"a","n":1,"ok":true,"oK":false}`, `unknown key "oK"`, nil},
		{`{"id":"a","n":1,"list":[{"from":1,"min":5,"MIN":0}]}`, `list[0]: unknown key "MIN"`, nil},
		{`{"id":"a","n":1,"liſt":[]}`, `unknown key "liſt"`, nil},
		{`{"id":"a","n":1,"o\u212a":true}`, "unknown key \"o\u212a\"", nil},
		{`{"id":"a","n":1,"x":1}`, `unknown key "x"`, nil},
		{`{"n":1}`, `missing required key "id"`, nil},
		{`{}`, `missing required keys "id", "n"`, nil},
		{`{"id":"a","n":1,"list":[{"min":0}]}`, `list[0]: missing required key "from"`, nil},
		{`{"id":null,"n":1}`, `id: null, want a string`, nil},
		{`{"id":"a","n":"1"}`, `n: a string, want an integer`, nil},
		{`{"id":"a","n":1.0}`, `n: number "1.0" is not an integer`, nil},
		{`{"id":"a","n":1e2}`, `n: number "1e2" is not an integer`, nil},
		{`{"id":"a","n":-0}`, `n: "-0" is not the canonical form of 0`, nil},
		{`{"id":"a","n":12345678901234567890}`, `n: integer of 20 digits is out of range`, nil},
		{`{"id":"a","n":1,"ok":1}`, `ok: a number, want true or false`, nil},
		{`{"id":"a","n":1,"list":{}}`, `list: an object, want an array`, nil},
		{`{"id":"a","n":1,"list":[{},{},{},{},[[[]]],"x]",7]}`, `list: 7 elements, at most 3`, errTooMany},
		{`{"id":"a","n":1,"list":[{"from":0},{"from":[]}]}`, `list[1].from: an array, want an integer`, nil},
		{`{"id":"a","n":1,"m":{"a":1,"b":2,"c":3}}`, `m: more than 2 keys`, errTooMany},
		{`{"id":"a","n":1,"m":{"a":1,"a":2}}`, `m: key "a" given twice`, nil},
		{`{"id":"a","n":1,"m":{"a":1,"\u0061":2}}`, `m: key "a" given twice`, nil},
		// Keys that encoding/json would read as one ("\ufffd") are refused before: the text is not UTF-8.
		{"{\"id\":\"a\",\"n\":1,\"m\":{\"\xff\":1,\"\xfe\":2}}", "byte 22 is not valid UTF-8", nil},
		{`{"id":"a","n":1,"m":{"q\"":"x"}}`, `m["q\""]: a string, want an integer`, nil},
		{`{"id":"a","n":1,"ne":""}`, `ne: "", want a non-empty string`, nil},
		{`{"id":"a","n":1,"ne":null}`, `ne: null, want a string`, nil},
		{`[]`, `an array, want an object`, nil},
		{`null`, `null, want an object`, nil},
	} {
		err := Check([]byte(tc.in), testSchema)
		require.Error(t, err, tc.in)
		var e *Error
		require.ErrorAs(t, err, &e, tc.in)
		assert.Contains(t, err.Error(), tc.msg, tc.in)
		if tc.is != nil {
			assert.ErrorIs(t, err, tc.is, tc.in)
		}
	}
}

// TestDecode checks that Decode checks first and then decodes.
func TestDecode(t *testing.T) {
	type doc struct {
		ID string `json:"id"`
		N  int8   `json:"n"`
	}
	s := &Schema{Type: Object, Fields: []Field{{Name: "id", Required: true, Value: &Schema{Type: String}},
		{Name: "n", Required: true, Value: &Schema{Type: Int}}}}
	var d doc
	require.NoError(t, Decode([]byte(`{"id":"a","n":5}`), s, &d))
	assert.Equal(t, doc{"a", 5}, d)
	err := Decode([]byte(`{"id":"a","N":5}`), s, &d)
	var e *Error
	assert.ErrorAs(t, err, &e)
	err = Decode([]byte(`{"id":"a","n":500}`), s, &d)
	assert.Error(t, err, "out of range for int8: encoding/json's error")
	assert.False(t, errors.As(err, &e))
}

// TestCheckWorkIsLinear checks that the walk does work proportional to the input, whatever its shape:
// lists far over their limit, many keys, long strings, deep nesting where the schema allows none.
func TestCheckWorkIsLinear(t *testing.T) {
	rep := strings.Repeat
	for _, in := range []string{
		`{"id":"a","n":1,"list":[` + rep(`{},`, 100_000) + `{}]}`,
		`{"id":"a","n":1,"list":[` + rep(`[[[[["\"",1]]]]],`, 20_000) + `{}]}`,
		`{"id":"` + rep("x", 1_000_000) + `","n":1}`,
		`{"id":"a","n":1,"m":{"a":1,"b":2,` + rep(`"c":1,`, 100_000) + `"d":1}}`,
		`{"id":"a","n":1,"list":` + rep("[", 5000) + rep("]", 5000) + `}`,
	} {
		work, _ := check([]byte(in), testSchema)
		assert.LessOrEqual(t, work, 2*len(in)+1000, "%.60s", in)
	}
}

// TestSchemaTooWide checks that a schema over MaxFields is an error, not a panic or a wrong answer.
func TestSchemaTooWide(t *testing.T) {
	s := &Schema{Type: Object}
	for i := range MaxFields + 1 {
		s.Fields = append(s.Fields, Field{Name: strings.Repeat("k", i+1), Value: &Schema{Type: Int}})
	}
	assert.ErrorContains(t, Check([]byte(`{}`), s), "at most 64")
}

// FuzzCheck checks Check against encoding/json on arbitrary bytes: never a panic; errors are *Error; when
// Check accepts, the text is valid JSON that decodes without error into a generic value, and every key of
// every object is one the schema names.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{`{"id":"a","n":0}`, `{"id":"a","n":1,"list":[{"from":1,"min":2}],"m":{"a":1}}`,
		`{"id":"a","n":1,"ID":"b"}`, `{"id":"a","n":1,"id":"a"}`, `{"id":"a","n":-0}`, `[`, `{"m":{"a":1,"a":1}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		err := Check(b, testSchema)
		if err != nil {
			var e *Error
			require.ErrorAs(t, err, &e)
			return
		}
		var v map[string]any
		require.NoError(t, json.Unmarshal(b, &v))
		for k := range v {
			known := false
			for _, f := range testSchema.Fields {
				known = known || f.Name == k
			}
			assert.True(t, known, k)
		}
		_, hasID := v["id"]
		assert.True(t, hasID)
	})
}

func TestBoolOrInt(t *testing.T) {
	s := &Schema{Type: Map, MaxLen: 4, Elem: &Schema{Type: BoolOrInt}}
	for _, ok := range []string{`{}`, `{"a":true,"b":false,"c":0,"d":-12}`} {
		if err := Check([]byte(ok), s); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{`{"a":null}`, `{"a":"1"}`, `{"a":1.0}`, `{"a":1e2}`, `{"a":-0}`, `{"a":[]}`, `{"a":{}}`,
		`{"a":1,"a":1}`, `{"a":1,"b":1,"c":1,"d":1,"e":1}`} {
		err := Check([]byte(bad), s)
		if err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
	err := Check([]byte(`{"a":"x"}`), s)
	if err == nil || err.Error() != `["a"]: a string, want true, false or an integer` {
		t.Errorf("message: %v", err)
	}
}

// TestCheckAny: an Any value is any JSON value, skipped whole (its own decoder checks it), but null only
// where the schema allows it; the keys around it are still checked.
func TestCheckAny(t *testing.T) {
	s := &Schema{Type: Object, Fields: []Field{
		{Name: "v", Required: true, Value: &Schema{Type: Any}},
		{Name: "w", Value: &Schema{Type: Any, Null: true}},
	}}
	for _, in := range []string{`{"v":1}`, `{"v":"x"}`, `{"v":{"a":[1,{"b":null}]},"w":null}`, `{"v":[],"w":true}`, `{"v":false}`} {
		assert.NoError(t, Check([]byte(in), s), in)
	}
	for in, want := range map[string]string{
		`{"v":null}`:          "v: null, want a value",
		`{"v":1,"V":1}`:       `unknown key "V"`,
		`{"v":1,"v":2}`:       `key "v" given twice`,
		`{"w":1}`:             `missing required key "v"`,
		`{"v":{"a":1},"x":2}`: `unknown key "x"`,
	} {
		err := Check([]byte(in), s)
		if assert.Error(t, err, in) {
			assert.Contains(t, err.Error(), want, in)
		}
	}
}
