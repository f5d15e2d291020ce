package campus

import (
	"database/sql"
	"database/sql/driver"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSchoolCodeSQL(t *testing.T) {
	c := MustParseSchoolCode("3132000001")
	v, err := c.Value()
	require.NoError(t, err)
	assert.Equal(t, "3132000001", v)
	v, err = SchoolCode{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	for _, tc := range []struct {
		src  any
		want SchoolCode
		ok   bool
	}{
		{"3132000001", c, true}, {[]byte("3132000001"), c, true}, {nil, SchoolCode{}, true}, {"", SchoolCode{}, true},
		{int64(3132000001), SchoolCode{}, false}, {"313200000", SchoolCode{}, false},
	} {
		got := MustParseSchoolCode("2132000009")
		err := got.Scan(tc.src)
		if !tc.ok {
			require.ErrorIs(t, err, ErrInvalidSchoolCode, "%#v", tc.src)
			assert.Equal(t, MustParseSchoolCode("2132000009"), got)
			continue
		}
		require.NoError(t, err, "%#v", tc.src)
		assert.Equal(t, tc.want, got)
	}
}

// sqlEnum is what every campus enum implements for database/sql.
type sqlEnum interface {
	sql.Scanner
	driver.Valuer
}

// TestEnumsSQL: every campus enum stores its stable id, NULL for the zero value, and scans them back.
func TestEnumsSQL(t *testing.T) {
	for _, tc := range []struct {
		v    driver.Valuer
		back sqlEnum
		id   string
		err  error
	}{
		{Primary, new(Kind), "primary", ErrInvalidKind},
		{Licensed, new(License), "licensed", ErrInvalidLicense},
		{LocaleVillage, new(Locale), "village", ErrInvalidLocale},
		{GroupSchool, new(Group), "school", ErrInvalidGroup},
		{Public, new(Ownership), "public", ErrInvalidOwnership},
	} {
		v, err := tc.v.Value()
		require.NoError(t, err)
		assert.Equal(t, tc.id, v)
		require.NoError(t, tc.back.Scan(v))
		assert.Equal(t, tc.v, deref(tc.back))
		require.NoError(t, tc.back.Scan(nil))
		assert.ErrorIs(t, tc.back.Scan("没有"), tc.err)
		assert.ErrorIs(t, tc.back.Scan(int64(1)), tc.err)
	}
	for _, e := range []sqlEnum{new(Stage), new(Category), new(Designation)} {
		v, err := e.Value()
		require.NoError(t, err)
		assert.Nil(t, v, "%T zero is NULL", e)
	}
}

// deref returns the enum a pointer points to.
func deref(p sqlEnum) any {
	switch p := p.(type) {
	case *Kind:
		return *p
	case *License:
		return *p
	case *Locale:
		return *p
	case *Group:
		return *p
	case *Ownership:
		return *p
	}
	return nil
}

// FuzzSchoolCodeScan: Scan of any text or bytes fails, leaving the code unchanged, or gives a code whose Value
// scans back to it.
func FuzzSchoolCodeScan(f *testing.F) {
	for _, s := range []string{"3132000001", "", "313200000", "x"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, asBytes bool) {
		var src any = s
		if asBytes {
			src = []byte(s)
		}
		got := MustParseSchoolCode("2132000009")
		if err := got.Scan(src); err != nil {
			if got != MustParseSchoolCode("2132000009") {
				t.Fatal("changed on error")
			}
			return
		}
		v, _ := got.Value()
		var back SchoolCode
		if err := back.Scan(v); err != nil || back != got {
			t.Fatalf("%q: %v", s, err)
		}
	})
}
