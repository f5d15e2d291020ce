package campus

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// registerSentinels are every sentinel NewRegister may wrap.
var registerSentinels = []error{ErrNilTree, ErrNilID, ErrDuplicateID, ErrEmptyName, ErrInvalidText, ErrNegativeCount, ErrCountTooLarge,
	ErrUnknownSchool, ErrNoCampus, ErrNoMainCampus, ErrMultipleMainCampuses, ErrUnknownJurisdiction,
	ErrDuplicateSchoolCode, ErrSchoolCodeProvince, ErrSchoolCodeKind, ErrInvalidKind, ErrInvalidLicense,
	ErrInvalidLocale}

// fuzzBytes hands out bytes of a fuzz input, then zeros.
type fuzzBytes struct{ b []byte }

func (f *fuzzBytes) next() byte {
	if len(f.b) == 0 {
		return 0
	}
	v := f.b[0]
	f.b = f.b[1:]
	return v
}

// fuzzSchoolCodes are the codes a fuzzed school may hold: none, valid ones of several categories in
// Jiangsu (the test tree's province), and one in Zhejiang.
var fuzzSchoolCodes = []string{"", "2132000001", "1132000002", "3132000003", "3432000004", "5132000005",
	"2133000006", "2132000001"}

// fuzzRegisterInput derives schools and campuses from fuzz bytes. The first byte is the number of schools
// (mod 6), each school takes 2 bytes (ID and code/name), the rest are campuses of 7 bytes each. IDs come
// from small pools so that duplicates and nil IDs occur; kinds, licenses and locales include invalid values;
// jurisdictions include the zero code and codes outside the test tree.
func fuzzRegisterInput(data []byte) ([]School, []Campus) {
	f := &fuzzBytes{data}
	fid := func(prefix string, v byte) uuid.UUID {
		if v == 0 {
			return uuid.Nil
		}
		return id(fmt.Sprintf("%s%d", prefix, v))
	}
	nSchools := int(f.next() % 6)
	schools := make([]School, nSchools)
	for k := range schools {
		idb, cb := f.next(), f.next()
		s := School{ID: fid("s", idb%8), Name: fmt.Sprintf("学校%d", k)}
		if cb&0x80 != 0 {
			s.Name = " "
		}
		if code := fuzzSchoolCodes[int(cb)%len(fuzzSchoolCodes)]; code != "" {
			s.Code = MustParseSchoolCode(code)
		}
		schools[k] = s
	}
	places := append(append([]hierarchy.Code{{}}, townships...), codeCity, codeDistA,
		hierarchy.MustParseCode("320505999"), hierarchy.MustParseCode("110101"))
	locales := append(Values[Locale](), 0, 113)
	var campuses []Campus
	for len(f.b) > 0 {
		idb, sb, kb, lb, jb, flags, nb := f.next(), f.next(), f.next(), f.next(), f.next(), f.next(), f.next()
		c := Campus{
			ID:           fid("c", idb%24),
			School:       fid("s", sb%8),
			Name:         fmt.Sprintf("校区%d", len(campuses)),
			Kind:         Kind(kb % byte(numKinds+3)),
			License:      License(lb % 4),
			Locale:       locales[int(lb>>2)%len(locales)],
			Jurisdiction: places[int(jb)%len(places)],
			Main:         flags&1 != 0,
			Boarding:     flags&2 != 0,
			Students:     int(int8(nb)) * 10,
			Staff:        int(nb % 16),
		}
		if flags&4 != 0 {
			c.Name = ""
		}
		if flags&8 != 0 {
			c.Staff = -c.Staff
		}
		campuses = append(campuses, c)
	}
	return schools, campuses
}

// FuzzNewRegister builds registers from arbitrary school and campus lists over a small fixed tree. It never
// panics; on failure every joined error wraps an exported sentinel, starts with "campus: ", and the problems
// the input visibly has are all named; on success every campus and school is findable, nothing is lost or
// counted twice, and the dense order is (jurisdiction code, ID).
func FuzzNewRegister(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 1, 1, 1, 1, 3, 1, 1, 1, 0})                                                 // one school, one campus
	f.Add([]byte{2, 1, 1, 2, 2, 1, 1, 3, 1, 1, 1, 0, 2, 1, 1, 5, 3, 0, 0, 2, 2, 1, 4, 1, 1, 0}) // two schools
	f.Add([]byte{2, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 0, 2, 2, 1, 1, 1, 1, 0})                      // duplicate school ID and code
	f.Add([]byte{2, 1, 0, 2, 0, 1, 1, 3, 1, 1, 1, 5, 2, 1, 1, 2, 3, 0, 1, 3, 2, 6, 5, 4, 1, 0}) // valid, 3 campuses
	f.Add([]byte{1, 1, 0, 1, 1, 0, 0, 0, 12, 0})                                                // invalid everything
	f.Add([]byte{3, 1, 3, 2, 2, 3, 4, 1, 1, 6, 9, 1, 1, 5, 2, 2, 21, 1, 2, 1, 9, 3, 3, 1, 5, 10, 1, 0})
	tree := testTree(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 300 {
			data = data[:300] // about 40 campuses: enough for every relation, and the checks stay fast
		}
		schools, campuses := fuzzRegisterInput(data)
		r, err := NewRegister(tree, schools, campuses)
		if err != nil {
			require.Nil(t, r)
			checkRegisterErrors(t, tree, err, schools, campuses)
			return
		}
		checkRegister(t, r, schools, campuses)
	})
}

// checkRegisterErrors checks the errors of a rejected register input.
func checkRegisterErrors(t *testing.T, tree *hierarchy.Tree, err error, schools []School, campuses []Campus) {
	t.Helper()
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	callTruncated := false      // more than errbound.MaxPerCall problems: the rest are only counted
	capped := map[string]bool{} // items with more than errbound.MaxPerItem problems
	for _, e := range errs {
		var more *errbound.More
		if errors.As(e, &more) { // "… and N more problems [with <item>]": counted, not listed
			callTruncated = callTruncated || more.Of == ""
			capped[more.Of] = true
			continue
		}
		require.True(t, strings.HasPrefix(e.Error(), "campus: "), e.Error())
		found := false
		for _, s := range registerSentinels {
			if errors.Is(e, s) {
				found = true
				break
			}
		}
		require.True(t, found, "no exported sentinel: %v", e)
	}
	msg := err.Error()
	for _, c := range campuses {
		if callTruncated {
			break
		}
		if !c.Kind.IsValid() || !c.License.IsValid() || !c.Locale.IsValid() || c.Staff < 0 || c.Students < 0 ||
			strings.TrimSpace(c.Name) == "" || c.Jurisdiction.IsZero() {
			require.Contains(t, msg, fmt.Sprintf("campus %s %s", c.ID, errbound.Quote(c.Name)), "a bad campus is named")
		}
		if _, ok := tree.Index(c.Jurisdiction); !ok && !c.Jurisdiction.IsZero() &&
			!capped[fmt.Sprintf("campus %s %s", c.ID, errbound.Quote(c.Name))] {
			require.Contains(t, msg, c.Jurisdiction.String(), "an unknown jurisdiction is named")
		}
	}
	for _, s := range schools {
		if callTruncated {
			break
		}
		if s.ID == uuid.Nil || strings.TrimSpace(s.Name) == "" {
			require.Contains(t, msg, fmt.Sprintf("school %s %s", s.ID, errbound.Quote(s.Name)), "a bad school is named")
		}
	}
	// Deterministic: the same input gives the same message.
	_, again := NewRegister(tree, schools, campuses)
	require.Equal(t, msg, again.Error())
}

// checkRegister checks a register built from schools and campuses: nothing lost, nothing added.
func checkRegister(t *testing.T, r *Register, schools []School, campuses []Campus) {
	t.Helper()
	require.Equal(t, len(campuses), r.Len())
	require.Equal(t, len(schools), r.NumSchools())
	for _, c := range campuses {
		i, ok := r.IndexOf(c.ID)
		require.True(t, ok)
		require.Equal(t, c, r.At(i))
		got, ok := r.Campus(c.ID)
		require.True(t, ok)
		require.Equal(t, c, got)
		n, ok := r.Tree().Index(c.Jurisdiction)
		require.True(t, ok)
		require.Equal(t, n, r.Node(i))
		require.Equal(t, c.School, r.SchoolOf(i).ID)
	}
	for i := 1; i < r.Len(); i++ {
		a, b := r.At(i-1), r.At(i)
		order := a.Jurisdiction.Compare(b.Jurisdiction)
		if order == 0 {
			order = campusCompare(&a, &b)
		}
		require.Equal(t, -1, order, "dense order is (jurisdiction, name, ref, ID)")
	}
	nCampuses := 0
	for _, s := range schools {
		got, ok := r.School(s.ID)
		require.True(t, ok)
		require.Equal(t, s, got)
		mine := r.CampusesOf(s.ID)
		require.NotEmpty(t, mine)
		nCampuses += len(mine)
		m, ok := r.MainCampus(s.ID)
		require.True(t, ok)
		require.True(t, m.Main)
		require.Equal(t, s.ID, m.School)
	}
	require.Equal(t, len(campuses), nCampuses, "every campus belongs to exactly one school")

	cc := r.CampusCounts()
	require.Equal(t, CampusCount(len(campuses)), cc.Total())
	var cells, groups, licenses CampusCount
	for _, n := range cc.ByGroupLicense() {
		cells += n
	}
	for _, n := range cc.ByGroup() {
		groups += n
	}
	for _, n := range cc.ByLicense() {
		licenses += n
	}
	require.Equal(t, cc.Total(), cells)
	require.Equal(t, cc.Total(), groups)
	require.Equal(t, cc.Total(), licenses)
	require.Equal(t, SchoolCount(len(schools)), r.SchoolCounts().Total())

	byJ := r.CampusCountsByJurisdiction()
	sbyJ := r.SchoolCountsByJurisdiction()
	var rootTotal CampusCount
	var rootSchools SchoolCount
	for _, root := range r.Tree().Roots() {
		c, ok := byJ.Get(root.Code)
		require.True(t, ok)
		rootTotal += c.Total()
		s, _ := sbyJ.Get(root.Code)
		rootSchools += s.Total()
	}
	require.Equal(t, cc.Total(), rootTotal)
	require.Equal(t, r.SchoolCounts().Total(), rootSchools)
	for j, c := range byJ.All() {
		lo, hi := r.Range(j.Code)
		require.Equal(t, CampusCount(hi-lo), c.Total(), "jurisdiction %s", j.Code)
		require.Len(t, r.In(j.Code), hi-lo)
		for _, in := range r.In(j.Code) {
			require.True(t, j.Code.Contains(in.Jurisdiction))
		}
	}

	// JSON of the counts round-trips.
	b, err := cc.MarshalJSON()
	require.NoError(t, err)
	var back CampusCounts
	require.NoError(t, back.UnmarshalJSON(b))
	require.Equal(t, cc, back, "unmarshal(marshal(x)) == x")
}

// FuzzCountsJSON feeds Counts.UnmarshalJSON arbitrary bytes: never a panic; errors wrap ErrInvalidCounts and
// leave the receiver unchanged; accepted counts are consistent and round-trip.
func FuzzCountsJSON(f *testing.F) {
	f.Add([]byte(`{"total":1,"group_license":{"school":{"licensed":1}},"kind":{"primary":1},` +
		`"stage":{"primary":1},"locale":{"village":1}}`))
	f.Add([]byte(`{"total":0}`))
	f.Add([]byte(`{"total":2,"group_license":{"school":{"licensed":1},"preschool":{"unlicensed":1}},` +
		`"kind":{"nine_year":1,"nursery":1},"stage":{"primary":1,"junior_secondary":1,"preschool":1},` +
		`"locale":{"village":1,"main_urban":1}}`))
	f.Add([]byte(`{"total":-1}`))
	f.Add([]byte(`{"kind":{"kindergarten":9223372036854775807,"nursery":4611686018427387905,` +
		`"kindergarten_class":4611686018427387904}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var n CampusCounts
		if err := n.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidCounts)
			require.True(t, n.IsZero())
			return
		}
		require.GreaterOrEqual(t, n.Total(), CampusCount(0))
		var kinds, locales CampusCount
		for _, c := range n.ByKind() {
			require.GreaterOrEqual(t, c, CampusCount(0))
			kinds += c
		}
		for _, c := range n.ByLocale() {
			locales += c
		}
		require.Equal(t, n.Total(), kinds)
		require.Equal(t, n.Total(), locales)
		out, err := n.MarshalJSON()
		require.NoError(t, err)
		var back CampusCounts
		require.NoError(t, back.UnmarshalJSON(out))
		require.Equal(t, n, back)
	})
}

// FuzzEnumText checks every enum's ParseX and UnmarshalText together: never a panic; errors wrap the enum's
// sentinel and leave the receiver unchanged; accepted text round-trips through String and MarshalText.
func FuzzEnumText(f *testing.F) {
	for _, k := range Values[Kind]() {
		f.Add(k.String())
		f.Add(k.Code())
	}
	for _, s := range Values[Stage]() {
		f.Add(s.String())
	}
	for _, l := range Values[Locale]() {
		f.Add(l.String())
		f.Add(l.Code())
	}
	for _, c := range Values[Category]() {
		f.Add(c.String())
		f.Add(c.Code())
		f.Add(c.Name(rate.Chinese))
	}
	for _, s := range []string{"", "school", "preschool", "licensed", "unlicensed", "Kind(0)", "\xff", "0111", "public", "民办",
		"central", "non_central", "中心校"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEnum(t, s, ParseKind, ErrInvalidKind, Kind.String, Kind.IsValid)
		checkEnum(t, s, ParseStage, ErrInvalidStage, Stage.String, Stage.IsValid)
		checkEnum(t, s, ParseGroup, ErrInvalidGroup, Group.String, Group.IsValid)
		checkEnum(t, s, ParseLicense, ErrInvalidLicense, License.String, License.IsValid)
		checkEnum(t, s, ParseLocale, ErrInvalidLocale, Locale.String, Locale.IsValid)
		checkEnum(t, s, ParseCategory, ErrInvalidCategory, Category.String, Category.IsValid)
		// Labels and codes have their own parsers, each reading nothing else (issue 15, finding 13).
		checkOnly(t, s, ParseLabel[Kind], chineseName[Kind])
		checkOnly(t, s, ParseKindCode, Kind.Code)
		checkOnly(t, s, ParseLabel[Stage], chineseName[Stage])
		checkOnly(t, s, ParseLabel[Group], chineseName[Group])
		checkOnly(t, s, ParseLabel[License], chineseName[License])
		checkOnly(t, s, ParseLabel[Locale], chineseName[Locale])
		checkOnly(t, s, ParseLocaleCode, Locale.Code)
		checkOnly(t, s, ParseLabel[Category], chineseName[Category])
		checkOnly(t, s, ParseCategoryCode, Category.Code)
		checkEnum(t, s, ParseOwnership, ErrInvalidOwnership, Ownership.String, Ownership.IsValid)
		checkEnum(t, s, ParseDesignation, ErrInvalidDesignation, Designation.String, Designation.IsValid)
		checkOnly(t, s, ParseLabel[Ownership], chineseName[Ownership])
		checkOnly(t, s, ParseLabel[Designation], chineseName[Designation])
	})
}

// checkOnly: parse accepts s only when s is text(v) of the value it returns.
func checkOnly[T comparable](t *testing.T, s string, parse func(string) (T, error), text func(T) string) {
	t.Helper()
	v, err := parse(s)
	if err != nil {
		var zero T
		require.Equal(t, zero, v)
		return
	}
	require.Equal(t, s, text(v))
}

func checkEnum[T interface {
	comparable
	MarshalText() ([]byte, error)
}, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, s string, parse func(string) (T, error), sentinel error, str func(T) string, valid func(T) bool) {
	t.Helper()
	var zero T
	v, err := parse(s)
	if err != nil {
		require.ErrorIs(t, err, sentinel)
		require.Equal(t, zero, v)
		require.Contains(t, err.Error(), errbound.Quote(s), "the error quotes the input (elided when long)")
	} else {
		require.True(t, valid(v))
		require.Equal(t, s, str(v), "ParseX reads the stable id only")
		again, err := parse(str(v))
		require.NoError(t, err)
		require.Equal(t, v, again, "parse(String(x)) == x")
	}
	// UnmarshalText accepts what parse accepts, and "" as the zero value.
	var u T
	var sentinelValue T
	if err == nil {
		sentinelValue = v
	}
	u = sentinelValue
	uerr := P(&u).UnmarshalText([]byte(s))
	switch {
	case s == "":
		require.NoError(t, uerr)
		require.Equal(t, zero, u)
	case err != nil:
		require.ErrorIs(t, uerr, sentinel)
		require.Equal(t, sentinelValue, u, "a failed UnmarshalText leaves the value unchanged")
	default:
		require.NoError(t, uerr)
		require.Equal(t, v, u)
		b, err := u.MarshalText()
		require.NoError(t, err)
		var m T
		require.NoError(t, P(&m).UnmarshalText(b))
		require.Equal(t, u, m, "unmarshal(marshal(x)) == x")
	}
}

// chineseName is an enum value's Chinese name (Name(rate.Chinese)), as a function of the value.
func chineseName[E interface{ Name(rate.Lang) string }](v E) string { return v.Name(rate.Chinese) }
