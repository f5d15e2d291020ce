package compliance

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
)

// MaxRequirements bounds the requirements of one standard.
const MaxRequirements = 1000

// maxIndicators bounds the indicators one standard declares.
const maxIndicators = 256

// Standard is a named, versioned, dated security standard (OSCAL: a catalog)
// — a provincial regulation, a national norm, a city's checklist — as data:
// a list of Requirements whose rules are declarative and round-trip through
// JSON (see LoadStandard for the format).
//
// Build one with NewStandard, LoadStandard, Tailor or Combine: they validate
// it and return a Standard that owns its slices; it holds nothing but its
// fields. Copies of a Standard share its slices: treat one as immutable and
// do not modify its Requirements in place. NewQuery checks the standard it
// is given and compiles its own copy for evaluation.
type Standard struct {
	// ID names the standard across its versions ("js-2010-zhibao"); required.
	ID string
	// Title is the standard's full title (《江苏省中小学幼儿园治安保卫工作规定(试行)》); required.
	Title string
	// Issuer is the issuing authority (江苏省公安厅、教育厅); optional.
	Issuer string
	// Version distinguishes versions of one ID ("2010", "2022 第1次修订"); required.
	Version string
	// Effective is the date from which this version is in force; required.
	Effective civil.Date
	// Note says what a reader of the standard needs to know that its other
	// fields do not (for example that Effective is a placeholder: the last
	// day of the year of issue when the day was not recorded); optional.
	Note string
	// DerivedFrom records the standard a tailored standard was derived from;
	// zero for a published one.
	DerivedFrom Reference
	// Parts records the standards a combined standard is made of (Combine),
	// in order; nil for any other. Each requirement's Origin names its part.
	Parts []Reference
	// Indicators declares the caller-defined indicators the rules use (the
	// well-known ones need no declaration).
	Indicators []Indicator
	// Requirements are the checklist items, in the standard's order.
	Requirements []Requirement
}

// Reference names one version of a standard. In JSON it is
// {"id": …, "version": …}.
type Reference struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// IsZero reports whether r names nothing.
func (r Reference) IsZero() bool { return r == Reference{} }

// String returns "ID@Version", or "" for the zero Reference.
func (r Reference) String() string {
	if r.IsZero() {
		return ""
	}
	return r.ID + "@" + r.Version
}

// Ref returns the reference to this standard's ID and version.
func (s Standard) Ref() Reference { return Reference{ID: s.ID, Version: s.Version} }

// NewStandard validates s and returns a deep copy of it that shares no
// slice with s. On error it returns the zero Standard and every problem (see
// Validate).
func NewStandard(s Standard) (Standard, error) {
	if err := s.Validate(); err != nil {
		return Standard{}, err
	}
	return s.clone(), nil
}

// MustStandard is NewStandard that panics on error.
func MustStandard(s Standard) Standard {
	out, err := NewStandard(s)
	if err != nil {
		panic(err)
	}
	return out
}

// Validate returns errors.Join of every problem with the standard, in order:
// its own fields, its indicator declarations, then each requirement in order.
// Each problem is a *StandardError naming the standard, the requirement (""
// for the standard's own fields) and the field at fault (see StandardError
// for the causes a caller can test with errors.Is: ErrUnknownIndicator for a
// rule's indicator that is neither well known nor declared, an enum's
// sentinel for an invalid enum value). Every text field must be valid UTF-8.
// It returns nil for a valid standard.
//
// The error is bounded whatever the standard: IDs and other texts are quoted
// short (at most 64 bytes, elided with their length), at most 8 problems are
// listed per requirement and 100 in all, and the rest are counted in
// "… and N more problems" lines.
func (s Standard) Validate() error {
	var l errbound.List
	s.addProblems(&l, nil)
	return l.Err()
}

// addProblems adds every problem of the standard to l, as Validate lists
// them. convert, when not nil, is called first for each requirement (in
// order, before the duplicate and validity checks): LoadStandard converts the
// requirement from its JSON form there, reporting the values it cannot parse.
func (s Standard) addProblems(l *errbound.List, convert func(i int, p *problems)) {
	l.Add(s.validateHeader()...)
	custom, derrs := declaredIndicators(s.ID, s.Indicators)
	l.Add(derrs...)
	if len(s.Requirements) > MaxRequirements {
		l.Add(standardError(s.ID, "requirements", fmt.Errorf("%d requirements, at most %d",
			len(s.Requirements), MaxRequirements)))
		return
	}
	seen := make(map[string]bool, len(s.Requirements))
	for i := range s.Requirements {
		r := &s.Requirements[i]
		p := newProblems(l, s.ID, r.ID, i)
		if convert != nil {
			convert(i, &p) // sets the requirement, and so p's requirement ID, first
			p.quietKinds = p.Len() > 0
		}
		if r.ID != "" && seen[r.ID] && p.Want() {
			p.keep("id", errors.New("ID used twice"))
		}
		seen[r.ID] = true
		r.validate(custom, &p)
		addRequirement(l, &p)
	}
	l.Add(s.strayOrigins())
}

// strayOrigins checks that a combined standard's requirements come from its
// parts, and that only a combined standard's requirements record an origin:
// a part removed from the list, or renamed, must not leave requirements
// claiming it.
func (s Standard) strayOrigins() error {
	stray, first := 0, ""
	for _, r := range s.Requirements {
		if r.Origin.IsZero() && len(s.Parts) == 0 || !r.Origin.IsZero() && slices.Contains(s.Parts, r.Origin.Standard) {
			continue
		}
		if stray++; stray == 1 {
			first = r.ID
		}
	}
	if stray == 0 {
		return nil
	}
	return &StandardError{Standard: s.ID, Requirement: first, Field: "origin",
		Err: fmt.Errorf("%d requirements (this the first) record an origin that is not one of the standard's %d parts",
			stray, len(s.Parts))}
}

// validateHeader checks the standard's own fields.
func (s Standard) validateHeader() []error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, standardError(s.ID, field, fmt.Errorf(format, args...)))
	}
	for _, f := range [...]struct {
		name, v  string
		max      int
		required bool
	}{
		{"id", s.ID, maxIDLen, true}, {"title", s.Title, maxTextLen, true},
		{"issuer", s.Issuer, maxTextLen, false}, {"version", s.Version, maxIDLen, true},
		{"note", s.Note, maxTextLen, false},
		{"derived_from.id", s.DerivedFrom.ID, maxIDLen, false},
		{"derived_from.version", s.DerivedFrom.Version, maxIDLen, false},
	} {
		switch {
		case f.required && f.v == "":
			bad(f.name, "empty")
		case len(f.v) > f.max:
			bad(f.name, "%d bytes, at most %d", len(f.v), f.max)
		case !utf8.ValidString(f.v):
			bad(f.name, "not valid UTF-8")
		}
	}
	if s.Effective.IsZero() {
		bad("effective", "no effective date")
	}
	if len(s.Requirements) == 0 {
		bad("requirements", "no requirements")
	}
	if len(s.Parts) > maxParts {
		bad("parts", "combines %d standards, at most %d", len(s.Parts), maxParts)
		return errs
	}
	for i, p := range s.Parts {
		field := "parts[" + strconv.Itoa(i) + "]"
		switch {
		case p.ID == "" || p.Version == "":
			bad(field, "names no standard ID or version")
		case len(p.ID) > maxIDLen || len(p.Version) > maxIDLen:
			bad(field, "ID or version over %d bytes", maxIDLen)
		case !utf8.ValidString(p.ID) || !utf8.ValidString(p.Version):
			bad(field, "ID or version is not valid UTF-8")
		case slices.ContainsFunc(s.Parts[:i], func(q Reference) bool { return q.ID == p.ID }):
			bad(field, "combines %s twice", errbound.Quote(p.ID))
		}
	}
	return errs
}

// declaredIndicators checks the declarations of the standard std and indexes
// them by id.
func declaredIndicators(std string, decl []Indicator) (map[string]Indicator, []error) {
	if len(decl) > maxIndicators {
		return nil, []error{standardError(std, "indicators",
			fmt.Errorf("%d declared indicators, at most %d", len(decl), maxIndicators))}
	}
	var errs []error
	out := make(map[string]Indicator, len(decl))
	for i, ind := range decl {
		field := "indicators[" + strconv.Itoa(i) + "]"
		_, wk := LookupIndicator(ind.id)
		switch {
		case ind.slot != 0 || wk:
			errs = append(errs, standardError(std, field,
				fmt.Errorf("%s is well known and needs no declaration", errbound.Quote(ind.id))))
		case !ind.known():
			errs = append(errs, standardError(std, field,
				fmt.Errorf("%s is not a valid indicator (id of [a-z0-9_], label, value kind)", errbound.Quote(ind.id))))
		case checkLabel(ind.label) != "":
			errs = append(errs, standardError(std, field+".label",
				fmt.Errorf("%s: label %s", errbound.Quote(ind.id), checkLabel(ind.label))))
		case out[ind.id] != Indicator{}:
			errs = append(errs, standardError(std, field, fmt.Errorf("%s declared twice", errbound.Quote(ind.id))))
		default:
			out[ind.id] = ind
		}
	}
	return out, errs
}

// Indicator returns the indicator with the given id that this standard can
// use: a well-known one or one it declares. Use it to build Measurements for
// a loaded standard's own indicators.
func (s Standard) Indicator(id string) (Indicator, bool) {
	if ind, ok := LookupIndicator(id); ok {
		return ind, true
	}
	for _, ind := range s.Indicators {
		if ind.id == id {
			return ind, true
		}
	}
	return Indicator{}, false
}

// Requirement returns the requirement with the given ID.
func (s Standard) Requirement(id string) (Requirement, bool) {
	for _, r := range s.Requirements {
		if r.ID == id {
			return r, true
		}
	}
	return Requirement{}, false
}

// Equal reports whether s and o define the same standard, field by field.
func (s Standard) Equal(o Standard) bool {
	return s.ID == o.ID && s.Title == o.Title && s.Issuer == o.Issuer && s.Version == o.Version &&
		s.Effective == o.Effective && s.Note == o.Note && s.DerivedFrom == o.DerivedFrom && slices.Equal(s.Parts, o.Parts) &&
		slices.Equal(s.Indicators, o.Indicators) && slices.EqualFunc(s.Requirements, o.Requirements, Requirement.equal)
}

// equal reports whether r and o are the same requirement.
func (r Requirement) equal(o Requirement) bool {
	return r.ID == o.ID && r.Title == o.Title && r.Source == o.Source && r.Scope.equal(o.Scope) && r.Rule.equal(o.Rule) &&
		r.Origin == o.Origin && r.Variant == o.Variant
}

// equal reports whether s and o narrow by the same values in the same order.
func (s Scope) equal(o Scope) bool {
	return slices.Equal(s.Groups, o.Groups) && slices.Equal(s.Kinds, o.Kinds) && slices.Equal(s.Stages, o.Stages) &&
		slices.Equal(s.Licenses, o.Licenses) && slices.Equal(s.Locales, o.Locales) &&
		s.Boarding == o.Boarding && s.MinPreventionLevel == o.MinPreventionLevel &&
		slices.Equal(s.Ownerships, o.Ownerships) && slices.Equal(s.Designations, o.Designations)
}

// equal reports whether r and o demand the same.
func (r Rule) equal(o Rule) bool {
	return r.RuleKind == o.RuleKind && r.Indicator == o.Indicator && r.Min == o.Min && r.Basis == o.Basis &&
		slices.Equal(r.Bands, o.Bands) && r.Step == o.Step
}

// clone returns a deep copy of s: every slice its own.
func (s Standard) clone() Standard {
	out := s
	out.Indicators = slices.Clone(s.Indicators)
	out.Parts = slices.Clone(s.Parts)
	out.Requirements = make([]Requirement, len(s.Requirements))
	for i, r := range s.Requirements {
		r.Scope = Scope{
			Groups: slices.Clone(r.Scope.Groups), Kinds: slices.Clone(r.Scope.Kinds),
			Stages: slices.Clone(r.Scope.Stages), Licenses: slices.Clone(r.Scope.Licenses),
			Locales: slices.Clone(r.Scope.Locales), Boarding: r.Scope.Boarding, MinPreventionLevel: r.Scope.MinPreventionLevel,
			Ownerships: slices.Clone(r.Scope.Ownerships), Designations: slices.Clone(r.Scope.Designations),
		}
		r.Rule.Bands = slices.Clone(r.Rule.Bands)
		out.Requirements[i] = r
	}
	return out
}
