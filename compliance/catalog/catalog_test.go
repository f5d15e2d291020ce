package catalog

import (
	"github.com/campussec/campussec/source"
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testCampus returns a valid campus of the given kind and size.
func testCampus(name string, kind campus.Kind, locale campus.Locale, students, staff int, boarding bool) campus.Campus {
	return campus.Campus{
		ID:           uuid.NewSHA1(uuid.NameSpaceOID, []byte("campus/"+name)),
		School:       uuid.NewSHA1(uuid.NameSpaceOID, []byte("school/"+name)),
		Name:         name,
		Kind:         kind,
		License:      campus.Licensed,
		Locale:       locale,
		Jurisdiction: hierarchy.MustParseCode("320102001"),
		Main:         true,
		Boarding:     boarding,
		Students:     students,
		Staff:        staff,
	}
}

// outcomeOf evaluates one requirement of std for c with the given observations.
func outcomeOf(t *testing.T, std compliance.Standard, reqID string, c campus.Campus, obs ...compliance.Observation) compliance.RequirementResult {
	t.Helper()
	m, err := compliance.NewMeasurements(obs...)
	require.NoError(t, err)
	res := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, m)
	for _, r := range res.Requirements {
		if r.Requirement == reqID {
			return r
		}
	}
	require.Failf(t, "requirement not in result", "%s", reqID)
	return compliance.RequirementResult{}
}

func TestShippedStandardsLoadAndValidate(t *testing.T) {
	keys := Keys()
	require.Len(t, keys, 6)
	all, err := All()
	require.NoError(t, err)
	require.Len(t, all, len(keys))
	for i, k := range keys {
		t.Run(k, func(t *testing.T) {
			s, err := Load(k)
			require.NoError(t, err)
			require.NoError(t, s.Validate())
			assert.True(t, s.Equal(all[i]))
			assert.True(t, s.DerivedFrom.IsZero(), "a published standard is derived from nothing")
			// The JSON round-trips.
			b, err := s.MarshalJSON()
			require.NoError(t, err)
			back, err := compliance.LoadStandard(b)
			require.NoError(t, err)
			assert.True(t, s.Equal(back))
			raw, err := JSON(k)
			require.NoError(t, err)
			again, err := compliance.LoadStandard(raw)
			require.NoError(t, err)
			assert.True(t, s.Equal(again))
		})
	}
	for i := 1; i < len(all); i++ {
		assert.False(t, all[i].Effective.Before(all[i-1].Effective), "Keys are ordered by effective date")
	}
	_, err = Load("js-2010-zhibao")
	assert.ErrorIs(t, err, ErrUnknownStandard)
	_, err = JSON("js-2010-zhibao")
	assert.ErrorIs(t, err, ErrUnknownStandard)
}

func TestNamedAccessors(t *testing.T) {
	tests := []struct {
		std       compliance.Standard
		id, ver   string
		effective string
	}{
		{GongZhi2015168(), "gongzhi-2015-168", "2015 试行", "2015-12-31"},
		{GBT29315v2022(), "gbt-29315", "2022", "2022-06-01"},
		{GBT29315v2012(), "gbt-29315", "2012", "2013-06-01"},
		{Fujian2010(), "fujian-2010", "2010", "2010-09-01"},
		{GuoBanFa201735(), "guobanfa-2017-35", "2017", "2017-04-25"},
		{FourHundred(), "mps-moe-4x100", "2019–2021", "2019-05-17"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.id, tt.std.ID)
		assert.Equal(t, tt.ver, tt.std.Version)
		assert.Equal(t, tt.effective, tt.std.Effective.String(), tt.id)
	}
	assert.Equal(t, "2010-03-31", FujianIssued().String())
	// 168号's effective date is a placeholder, and the standard itself says so.
	gz := GongZhi2015168()
	assert.Contains(t, gz.Note, "PLACEHOLDER")
	assert.Contains(t, gz.Note, "2015-12-31")
	assert.Contains(t, gz.Note, "not the date of issue")
	for _, s := range []compliance.Standard{GBT29315v2022(), GBT29315v2012(), FourHundred()} {
		assert.Empty(t, s.Note, s.ID)
	}
	// The Fujian notice's number is an inference, and the standard says so.
	fj := Fujian2010()
	assert.Contains(t, fj.Note, "闽公综〔2010〕172号")
	assert.Contains(t, fj.Note, "inference")
	assert.True(t, FujianIssued().Before(Fujian2010().Effective))
}

func TestEveryRequirementHasSource(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	seen := map[string]string{}
	n := 0
	for _, s := range all {
		for _, r := range s.Requirements {
			n++
			src := r.Source
			assert.NotEmpty(t, r.Title, r.ID)
			assert.NotEmpty(t, src.Document, r.ID)
			assert.NotEmpty(t, src.Clause, r.ID)
			assert.NotEmpty(t, src.Note, r.ID)
			u, err := url.Parse(src.Address)
			if assert.NoError(t, err, r.ID) {
				assert.Contains(t, []string{"http", "https"}, u.Scheme, r.ID)
				assert.NotEmpty(t, u.Host, r.ID)
			}
			switch src.Confidence {
			case source.Verified, source.Corroborated:
				assert.True(t, strings.HasPrefix(src.Note, "VERIFIED") || strings.HasPrefix(src.Note, "CORROBORATED"), r.ID)
			case source.Secondary:
				assert.True(t, strings.HasPrefix(src.Note, "SECONDARY"), "%s: a secondary source says so first", r.ID)
			default:
				assert.Failf(t, "confidence", "%s: %v: nothing unverified is shipped", r.ID, src.Confidence)
			}
			// Requirement IDs are unique across the whole catalog.
			if prev, dup := seen[r.ID]; dup {
				assert.Failf(t, "duplicate requirement ID", "%s in %s and %s", r.ID, prev, s.ID)
			}
			seen[r.ID] = s.ID + "@" + s.Version
		}
	}
	assert.Equal(t, 26, n)
}

func TestNothingNotFoundIsShipped(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	for _, s := range all {
		assert.NotContains(t, s.Title, "江苏", "the Jiangsu 规定 was not found and is not shipped")
		for _, r := range s.Requirements {
			assert.NotContains(t, r.Title, "八个一")
			assert.NotEqual(t, source.Unverified, r.Source.Confidence, r.ID)
			assert.NotEqual(t, VideoRetentionDays, r.Rule.Indicator, "%s: video retention days are unverified in every shipped document", r.ID)
		}
	}
	// 第四条 (择优聘用, dual management) is not machine-checkable and is not a requirement.
	for _, r := range GongZhi2015168().Requirements {
		assert.NotContains(t, r.Source.Clause, "第四条")
	}
}
func TestGBT29315Versions(t *testing.T) {
	v, err := GBT29315Versions()
	require.NoError(t, err)
	require.Len(t, v.All(), 2)
	tests := []struct {
		date string
		ok   bool
		ver  string
	}{
		{"2013-05-31", false, ""},
		{"2013-06-01", true, "2012"},
		{"2022-05-31", true, "2012"},
		{"2022-06-01", true, "2022"},
		{"2030-01-01", true, "2022"},
	}
	for _, tt := range tests {
		s, ok := v.InForce(civil.MustParseDate(tt.date))
		assert.Equal(t, tt.ok, ok, tt.date)
		assert.Equal(t, tt.ver, s.Version, tt.date)
	}
}

// TestConfidenceAsRead pins each shipped provision's confidence to how its text was read: GB/T 29315-2022, the
// Fujian notice and the 4个100% targets only in press reports (Corroborated, never Verified). Every shipped
// standard is pinned, so a new one must say how it was read.
func TestConfidenceAsRead(t *testing.T) {
	want := map[string]source.Confidence{
		KeyGBT29315v2022:  source.Corroborated,
		KeyFujian2010:     source.Corroborated,
		KeyFourHundred:    source.Corroborated,
		KeyGBT29315v2012:  source.Verified,
		KeyGuoBanFa201735: source.Verified,
		KeyGongZhi2015168: source.Secondary,
	}
	assert.ElementsMatch(t, Keys(), slices.Collect(maps.Keys(want)), "every shipped standard is pinned")
	for key, conf := range want {
		s, err := Load(key)
		require.NoError(t, err)
		for _, r := range s.Requirements {
			assert.Equal(t, conf, r.Source.Confidence, "%s %s", key, r.ID)
		}
	}
}

// TestScopesCoverEveryKind: a requirement of a document that covers 中小学 and 幼儿园 applies to every kind but
// the nursery, so a kind added to campus must be added to the catalog's scopes too.
func TestScopesCoverEveryKind(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	for _, s := range all {
		for _, r := range s.Requirements {
			if len(r.Scope.Kinds) == 0 || slices.Contains(r.Scope.Kinds, campus.Nursery) {
				continue
			}
			if !slices.Contains(r.Scope.Kinds, campus.Kindergarten) || !slices.Contains(r.Scope.Kinds, campus.Primary) {
				continue // a narrower scope (only schools or only kindergartens) is checked by its own test
			}
			assert.Len(t, r.Scope.Kinds, len(campus.Values[campus.Kind]())-1, "%s %s", s.ID, r.ID)
		}
	}
}
