package errbound

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errTest = errors.New("test: bad")

func TestQuote(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"short", "abc", `"abc"`},
		{"exact", strings.Repeat("a", MaxQuoteBytes), `"` + strings.Repeat("a", MaxQuoteBytes) + `"`},
		{"long", strings.Repeat("a", 200000), `"` + strings.Repeat("a", MaxQuoteBytes) + `"… (200000 bytes)`},
		{"rune boundary", strings.Repeat("a", MaxQuoteBytes-1) + "校园", `"` + strings.Repeat("a", MaxQuoteBytes-1) + `"… (69 bytes)`},
		{"invalid", strings.Repeat("\xff", 100), `"` + strings.Repeat(`\xff`, MaxQuoteBytes) + `"… (100 bytes)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Quote(tc.in))
		})
	}
}

func TestQuoteIsBounded(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 65, 1000, 1 << 20} {
		for _, c := range []string{"a", "校", "\xff", "\x00"} {
			s := strings.Repeat(c, n)
			assert.LessOrEqual(t, len(Quote(s)), 4*MaxQuoteBytes+40, "n=%d c=%q", n, c)
		}
	}
}

func TestCap(t *testing.T) {
	errs := make([]error, MaxPerItem+5)
	for i := range errs {
		errs[i] = errTest
	}
	got := Cap(errs, `requirement "r"`)
	require.Len(t, got, MaxPerItem+1)
	var more *More
	require.ErrorAs(t, got[MaxPerItem], &more)
	assert.Equal(t, 5, more.N)
	assert.Equal(t, `… and 5 more problems with requirement "r"`, more.Error())
	assert.Len(t, Cap(errs[:3], "x"), 3)
	// Cap never writes into the caller's slice beyond what it returns.
	assert.Same(t, errTest, errs[MaxPerItem])
}

func TestList(t *testing.T) {
	var l List
	assert.NoError(t, l.Err())
	l.Add(nil)
	assert.NoError(t, l.Err())
	for range MaxPerCall + 3 {
		l.Add(errTest)
	}
	assert.True(t, l.Full())
	l.Count(2)
	assert.Equal(t, MaxPerCall+5, l.Len())
	err := l.Err()
	require.ErrorIs(t, err, errTest)
	var more *More
	require.ErrorAs(t, err, &more)
	assert.Equal(t, 5, more.N)
	assert.True(t, strings.HasSuffix(err.Error(), "… and 5 more problems"))
	assert.Equal(t, MaxPerCall+1, strings.Count(err.Error(), "\n")+1)
	one := &More{N: 1}
	assert.Equal(t, "… and 1 more problem", one.Error())
}

func TestCapCounted(t *testing.T) {
	errs := []error{errTest, errTest, errTest}
	assert.Len(t, CapCounted(errs, 3, "x"), 3)
	got := CapCounted(errs, 40, `team "t"`)
	require.Len(t, got, 4)
	var more *More
	require.ErrorAs(t, got[3], &more)
	assert.Equal(t, 37, more.N)
	many := make([]error, MaxPerItem+2)
	for i := range many {
		many[i] = errTest
	}
	got = CapCounted(many, len(many), "y")
	require.Len(t, got, MaxPerItem+1)
	require.ErrorAs(t, got[MaxPerItem], &more)
	assert.Equal(t, 2, more.N)
}

func TestListCountsWhatMoreStandsFor(t *testing.T) {
	var l List
	for range MaxPerCall {
		l.Add(errTest)
	}
	l.Add(&More{N: 7, Of: "x"}, errTest)
	assert.Equal(t, MaxPerCall+8, l.Len())
	assert.True(t, strings.HasSuffix(l.Err().Error(), "… and 8 more problems"))
}

func TestShort(t *testing.T) {
	assert.NoError(t, Short(nil))
	assert.Same(t, errTest, Short(errTest))
	long := fmt.Errorf("%w: %s", errTest, strings.Repeat("校", 1000))
	got := Short(long)
	require.ErrorIs(t, got, errTest)
	assert.LessOrEqual(t, len(got.Error()), MaxLineBytes+40)
	assert.True(t, strings.HasSuffix(got.Error(), "… (3011 bytes)"), got.Error())
	assert.True(t, utf8.ValidString(got.Error()))
}

func TestItem(t *testing.T) {
	var l List
	it := l.Item()
	for range MaxPerItem + 5 {
		if it.Want() {
			it.Keep(errTest)
		}
	}
	it.Count(2)
	assert.Equal(t, MaxPerItem+7, it.Len())
	got := it.Errs()
	require.Len(t, got, MaxPerItem+1)
	l.AddItem(&it, `requirement "r"`, true)
	err := l.Err()
	assert.Contains(t, err.Error(), `requirement "r": test: bad`)
	assert.True(t, strings.HasSuffix(err.Error(), `… and 7 more problems with requirement "r"`), err.Error())
	assert.Equal(t, MaxPerItem+7, l.Len())

	// Once the list is full, an item builds nothing and is only counted.
	for range MaxPerCall {
		l.Add(errTest)
	}
	it = l.Item()
	assert.False(t, it.Want())
	l.AddItem(&it, "x", false)
	assert.Equal(t, MaxPerCall+1, strings.Count(l.Err().Error(), "\n")+1)
	assert.True(t, strings.HasSuffix(l.Err().Error(), "… and 10 more problems"), "9 of the 100 left out, and the item counted")
	var empty Item
	l.AddItem(&empty, "y", false)
}
