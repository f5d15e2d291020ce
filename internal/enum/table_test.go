package enum

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errColour = errors.New("test: invalid colour")

type colour uint8

// colours is dense.
var colours = MustNew(Spec[colour]{
	Type: "colour", IDs: []string{"red", "green"}, Labels: []string{"红", "绿"}, English: []string{"Red", "Green"},
	Text: ErrorForm{Err: errColour, Detail: " "},
})

type code uint16

// codes is sparse, with codes, and its marshal errors differ from its parse errors.
var codes = MustNew(Spec[code]{
	Type: "code", Values: []code{111, 220}, IDs: []string{"city", "village"}, Labels: []string{"城区", "村庄"},
	Codes: []string{"111", ""}, English: []string{"city proper", "village"},
	Text:  ErrorForm{Err: errColour, Detail: ": code "},
	Value: ErrorForm{Err: errColour, Detail: ": ", Typed: true},
})

func TestTableText(t *testing.T) {
	assert.Equal(t, []colour{1, 2}, colours.AppendValues(nil))
	assert.Equal(t, []code{7, 111, 220}, codes.AppendValues([]code{7}))
	vs := codes.Values()
	assert.Equal(t, []code{111, 220}, vs)
	vs[0] = 9
	assert.Equal(t, []code{111, 220}, codes.Values(), "Values returns a new slice")
	for _, c := range []struct {
		got, want string
	}{
		{colours.String(1), "red"}, {colours.String(0), "colour(0)"}, {colours.String(3), "colour(3)"},
		{colours.Label(2), "绿"}, {colours.Label(0), ""}, {colours.Label(9), ""}, {colours.Code(1), ""},
		{codes.String(220), "village"}, {codes.String(221), "code(221)"}, {codes.String(1000), "code(1000)"},
		{codes.English(111), "city proper"}, {codes.English(112), ""}, {colours.English(1), "Red"},
		{codes.Name(111, Chinese), "城区"}, {codes.Name(111, English), "city proper"}, {codes.Name(111, 0), ""},
		{codes.Name(111, 3), ""}, {codes.Name(0, Chinese), ""}, {codes.Name(0, English), ""},
		{codes.Label(111), "城区"}, {codes.Code(111), "111"}, {codes.Code(220), ""}, {codes.Code(112), ""},
	} {
		assert.Equal(t, c.want, c.got)
	}
	assert.True(t, codes.IsValid(220))
	assert.False(t, codes.IsValid(0))
	assert.False(t, codes.IsValid(112))
	assert.Equal(t, 1, codes.Index(220))
	assert.Equal(t, -1, codes.Index(1<<15))
}

func TestTableParse(t *testing.T) {
	for _, c := range []struct {
		s    string
		want colour
	}{{"red", 1}, {"green", 2}} {
		got, err := colours.Parse(c.s)
		require.NoError(t, err, c.s)
		assert.Equal(t, c.want, got, c.s)
	}
	for _, c := range []struct {
		s    string
		want code
	}{{"city", 111}, {"village", 220}} { // "village" is an id and an English name
		got, err := codes.Parse(c.s)
		require.NoError(t, err, c.s)
		assert.Equal(t, c.want, got, c.s)
	}
	// Labels and codes are read by their own functions only, and each reads nothing else.
	for _, c := range []struct {
		parse func(string) (code, error)
		s     string
		want  code
	}{{codes.ParseLabel, "城区", 111}, {codes.ParseLabel, "村庄", 220}, {codes.ParseCode, "111", 111}} {
		got, err := c.parse(c.s)
		require.NoError(t, err, c.s)
		assert.Equal(t, c.want, got, c.s)
	}
	for _, err := range []error{second(codes.ParseLabel("city")), second(codes.ParseLabel("111")),
		second(codes.ParseLabel("")), second(codes.ParseCode("city")), second(codes.ParseCode("城区")),
		second(codes.ParseCode("")), second(colours.ParseCode("red")), second(colours.ParseLabel("red"))} {
		assert.ErrorIs(t, err, errColour)
	}
	for _, c := range []struct {
		err  error
		want string
	}{
		{second(colours.Parse("")), `test: invalid colour ""`},
		{second(colours.Parse("Red")), `test: invalid colour "Red"`},
		{second(colours.Parse("红")), `test: invalid colour "红"`},
		{second(codes.Parse("111")), `test: invalid colour: code "111"`},
		{second(codes.ParseLabel("x")), `test: invalid colour: code "x"`},
		{second(codes.Parse("")), `test: invalid colour: code ""`}, // the "" code of village is no code
		{second(codes.Parse("城区")), `test: invalid colour: code "城区"`},
		{second(codes.Parse("220")), `test: invalid colour: code "220"`},
		{second(codes.Parse("city proper")), `test: invalid colour: code "city proper"`},
	} {
		require.Error(t, c.err, c.want)
		assert.ErrorIs(t, c.err, errColour)
		assert.EqualError(t, c.err, c.want)
	}
	assert.Equal(t, colour(2), colours.MustParse("green"))
	assert.PanicsWithError(t, `test: invalid colour "blue"`, func() { colours.MustParse("blue") })
}

func second[E any](_ E, err error) error { return err }

func TestTableMarshal(t *testing.T) {
	b, err := colours.MarshalText(1)
	require.NoError(t, err)
	assert.Equal(t, "red", string(b))
	b, err = colours.MarshalText(0)
	require.NoError(t, err)
	assert.Equal(t, []byte{}, b)
	_, err = colours.MarshalText(7)
	assert.ErrorIs(t, err, errColour)
	assert.EqualError(t, err, "test: invalid colour 7")
	b, err = codes.MarshalText(0)
	require.NoError(t, err, "the zero value of every enum marshals")
	assert.Equal(t, []byte{}, b)
	_, err = codes.MarshalText(300)
	assert.EqualError(t, err, "test: invalid colour: code(300)")
}

func TestTableUnmarshal(t *testing.T) {
	c := colour(2)
	require.NoError(t, colours.UnmarshalText(&c, []byte("red")))
	assert.Equal(t, colour(1), c)
	assert.EqualError(t, colours.UnmarshalText(&c, []byte("绿")), `test: invalid colour "绿"`, "labels are not ids")
	assert.EqualError(t, colours.UnmarshalText(&c, []byte("blue")), `test: invalid colour "blue"`)
	assert.Equal(t, colour(1), c, "unchanged on error")
	require.NoError(t, colours.UnmarshalText(&c, nil))
	assert.Equal(t, colour(0), c, `"" is the zero value`)

	k := code(220)
	assert.EqualError(t, codes.UnmarshalText(&k, []byte("111")), `test: invalid colour: code "111"`, "codes are not ids")
	assert.Equal(t, code(220), k, "unchanged on error")
	require.NoError(t, codes.UnmarshalText(&k, []byte{}))
	assert.Equal(t, code(0), k, `"" is the zero value of every enum`)
	require.NoError(t, codes.UnmarshalText(&k, []byte("city")))
	assert.Equal(t, code(111), k)
}

func TestTableAllocs(t *testing.T) {
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_, _, _ = colours.String(1), colours.Label(2), colours.IsValid(3)
		_, _, _, _ = codes.String(220), codes.Label(111), codes.Code(111), codes.English(220)
		_, _ = codes.Name(220, English), codes.Name(111, Chinese)
		_, _ = colours.Parse("green")
		_, _ = codes.ParseCode("111")
		_, _ = codes.ParseLabel("村庄")
		_, _ = codes.Parse("village")
		if vs := colours.AppendValues(make([]colour, 0, 2)); len(vs) != 2 {
			panic("AppendValues")
		}
	}))
}

func TestMustNewRejects(t *testing.T) {
	ok := Spec[colour]{Type: "colour", IDs: []string{"a", "b"}, Labels: []string{"甲", "乙"}, English: []string{"A", "B"},
		Text: ErrorForm{Err: errColour}}
	assert.NotPanics(t, func() { MustNew(ok) })
	for name, edit := range map[string]func(*Spec[colour]){
		"no type":        func(s *Spec[colour]) { s.Type = "" },
		"no values":      func(s *Spec[colour]) { s.IDs, s.Labels = nil, nil },
		"labels":         func(s *Spec[colour]) { s.Labels = s.Labels[:1] },
		"values":         func(s *Spec[colour]) { s.Values = []colour{1} },
		"codes":          func(s *Spec[colour]) { s.Codes = []string{"1"} },
		"English":        func(s *Spec[colour]) { s.English = []string{"a"} },
		"no English":     func(s *Spec[colour]) { s.English = nil },
		"empty English":  func(s *Spec[colour]) { s.English = []string{"A", ""} },
		"no sentinel":    func(s *Spec[colour]) { s.Text.Err = nil },
		"zero value":     func(s *Spec[colour]) { s.Values = []colour{0, 1} },
		"repeated value": func(s *Spec[colour]) { s.Values = []colour{2, 2} },
		"empty id":       func(s *Spec[colour]) { s.IDs = []string{"a", ""} },
		"repeated id":    func(s *Spec[colour]) { s.IDs = []string{"a", "a"} },
		"empty label":    func(s *Spec[colour]) { s.Labels = []string{"甲", ""} },
	} {
		s := ok
		edit(&s)
		assert.Panics(t, func() { MustNew(s) }, name)
	}
	assert.Panics(t, func() {
		MustNew(Spec[code]{Type: "code", Values: []code{1 << 12}, IDs: []string{"x"}, Labels: []string{"x"},
			English: []string{"x"}, Text: ErrorForm{Err: errColour}})
	})
}

func FuzzTableParse(f *testing.F) {
	for _, s := range []string{"", "city", "111", "village", "城区", "220", "code(1)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := codes.Parse(s)
		if err != nil {
			assert.ErrorIs(t, err, errColour)
			assert.Zero(t, v)
			return
		}
		require.True(t, codes.IsValid(v))
		assert.True(t, s == codes.String(v) || s == codes.Code(v))
		b, err := codes.MarshalText(v)
		require.NoError(t, err)
		assert.Equal(t, codes.String(v), string(b))
	})
}
