package compliance

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/source"
)

// The JSON document types of a standard (see LoadStandard).
type (
	standardJSON struct {
		Format       int               `json:"format"`
		ID           string            `json:"id"`
		Title        string            `json:"title"`
		Issuer       string            `json:"issuer,omitempty"`
		Version      string            `json:"version"`
		Effective    string            `json:"effective"`
		Note         string            `json:"note,omitempty"`
		DerivedFrom  *referenceJSON    `json:"derived_from,omitempty"`
		Parts        []referenceJSON   `json:"parts,omitempty"`
		Indicators   []indicatorJSON   `json:"indicators,omitempty"`
		Requirements []requirementJSON `json:"requirements"`
	}
	referenceJSON struct {
		ID      string `json:"id"`
		Version string `json:"version"`
	}
	indicatorJSON struct {
		ID    string `json:"id"`
		Label string `json:"label"`
		Kind  string `json:"kind"`
	}
	requirementJSON struct {
		ID     string      `json:"id"`
		Title  string      `json:"title"`
		Source *sourceJSON `json:"source,omitempty"`
		Scope  *scopeJSON  `json:"scope,omitempty"`
		Rule   ruleJSON    `json:"rule"`
		// Origin and Variant are omitted when zero (Combine and
		// Tailoring.Replace set them).
		Origin  *Origin  `json:"origin,omitempty"`
		Variant *Variant `json:"variant,omitempty"`
	}
	sourceJSON struct {
		Document   string `json:"document,omitempty"`
		Clause     string `json:"clause,omitempty"`
		Address    string `json:"address,omitempty"`
		Confidence string `json:"confidence,omitempty"`
		Note       string `json:"note,omitempty"`
	}
	scopeJSON struct {
		Groups             []string `json:"groups,omitempty"`
		Kinds              []string `json:"kinds,omitempty"`
		Stages             []string `json:"stages,omitempty"`
		Licenses           []string `json:"licenses,omitempty"`
		Locales            []string `json:"locales,omitempty"`
		Boarding           string   `json:"boarding,omitempty"`
		MinPreventionLevel string   `json:"min_level,omitempty"`
		// Ownerships and Designations are omitted when empty, so documents
		// written before they existed load and save unchanged.
		Ownerships   []string `json:"ownerships,omitempty"`
		Designations []string `json:"designations,omitempty"`
	}
	ruleJSON struct {
		Kind      string     `json:"kind"`
		Indicator string     `json:"indicator"`
		Min       *int       `json:"min,omitempty"`
		Basis     string     `json:"basis,omitempty"`
		Bands     []bandJSON `json:"bands,omitempty"`
		Step      *stepJSON  `json:"step,omitempty"`
	}
	bandJSON struct {
		From         *int `json:"from"`
		Min          *int `json:"min,omitempty"`
		Exempt       bool `json:"exempt,omitempty"`
		Undetermined bool `json:"undetermined,omitempty"`
	}
	stepJSON struct {
		Basis string `json:"basis,omitempty"`
		Above *int   `json:"above"`
		Per   *int   `json:"per"`
		Add   *int   `json:"add"`
		Round string `json:"round"`
	}
)

// The schema of a standard's JSON, checked by jsonstrict before encoding/json decodes anything: keys exactly
// as documented, each at most once, no null, integers in canonical form, and every list counted against its
// limit before its elements are decoded. Only "format" and the two keys of
// "derived_from" are required here; every other required field is checked when the document is converted,
// so that its absence is reported with the requirement's ID and field, and every other problem
// (an absent string is empty, which Validate or the field's parser rejects; an absent integer is nil).
var (
	strictString = &jsonstrict.Schema{Type: jsonstrict.String}
	// optionalString is an optional text value the library leaves out when unset: "" is refused, not read
	// as a second spelling of the absent key.
	optionalString = &jsonstrict.Schema{Type: jsonstrict.String, NonEmpty: true}
	strictInt      = &jsonstrict.Schema{Type: jsonstrict.Int}
	strictBool     = &jsonstrict.Schema{Type: jsonstrict.Bool}

	referenceSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "id", Required: true, Value: strictString},
		{Name: "version", Required: true, Value: strictString},
	}}
	originSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "standard", Required: true, Value: referenceSchema},
		{Name: "requirement", Required: true, Value: strictString},
	}}
	scopeListSchema = &jsonstrict.Schema{Type: jsonstrict.Array, Elem: strictString, MaxLen: maxScopeValues}
	standardSchema  = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "format", Required: true, Value: strictInt},
		{Name: "id", Value: strictString},
		{Name: "title", Value: strictString},
		{Name: "issuer", Value: strictString},
		{Name: "version", Value: strictString},
		{Name: "effective", Value: strictString},
		{Name: "note", Value: strictString},
		{Name: "derived_from", Value: referenceSchema},
		{Name: "parts", Value: &jsonstrict.Schema{Type: jsonstrict.Array, MaxLen: maxParts, Elem: referenceSchema}},
		{Name: "indicators", Value: &jsonstrict.Schema{Type: jsonstrict.Array, MaxLen: maxIndicators, Elem: &jsonstrict.Schema{Type: jsonstrict.Object, IDKey: "id",
			Fields: []jsonstrict.Field{
				{Name: "id", Value: strictString},
				{Name: "label", Value: strictString},
				{Name: "kind", Value: strictString},
			}}}},
		{Name: "requirements", Value: &jsonstrict.Schema{Type: jsonstrict.Array,
			MaxLen: MaxRequirements, Elem: requirementSchema}},
	}}
	requirementSchema = &jsonstrict.Schema{Type: jsonstrict.Object, IDKey: "id", Fields: []jsonstrict.Field{
		{Name: "id", Value: strictString},
		{Name: "title", Value: strictString},
		{Name: "source", Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
			{Name: "document", Value: strictString},
			{Name: "clause", Value: strictString},
			{Name: "address", Value: strictString},
			{Name: "confidence", Value: optionalString},
			{Name: "note", Value: strictString},
		}}},
		{Name: "scope", Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
			{Name: "groups", Value: scopeListSchema},
			{Name: "kinds", Value: scopeListSchema},
			{Name: "stages", Value: scopeListSchema},
			{Name: "licenses", Value: scopeListSchema},
			{Name: "locales", Value: scopeListSchema},
			{Name: "boarding", Value: strictString},
			{Name: "min_level", Value: strictString},
			{Name: "ownerships", Value: scopeListSchema},
			{Name: "designations", Value: scopeListSchema},
		}}},
		{Name: "rule", Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
			{Name: "kind", Value: strictString},
			{Name: "indicator", Value: strictString},
			{Name: "min", Value: strictInt},
			{Name: "basis", Value: strictString},
			{Name: "bands", Value: &jsonstrict.Schema{Type: jsonstrict.Array, MaxLen: maxBands,
				Elem: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
					{Name: "from", Value: strictInt},
					{Name: "min", Value: strictInt},
					{Name: "exempt", Value: strictBool},
					{Name: "undetermined", Value: strictBool},
				}}}},
			{Name: "step", Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
				{Name: "basis", Value: strictString},
				{Name: "above", Value: strictInt},
				{Name: "per", Value: strictInt},
				{Name: "add", Value: strictInt},
				{Name: "round", Value: strictString},
			}}},
		}}},
		{Name: "origin", Value: originSchema},
		{Name: "variant", Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
			{Name: "of", Required: true, Value: strictString},
			{Name: "change", Required: true, Value: strictString},
			{Name: "reason", Required: true, Value: strictString},
		}}},
	}}
)

// standard converts the document's own fields and indicator declarations,
// collecting the values it cannot parse; its requirements are left zero, one
// for each in the document, for requirement to convert (LoadStandard does it
// as it checks them, see Standard.addProblems).
func (d *standardJSON) standard() (Standard, []error) {
	s := Standard{ID: d.ID, Title: d.Title, Issuer: d.Issuer, Version: d.Version, Note: d.Note}
	var header []error
	if d.Effective != "" {
		eff, err := civil.ParseDate(d.Effective)
		if err != nil {
			header = append(header, standardError(d.ID, "effective", err))
		}
		s.Effective = eff
	}
	if d.DerivedFrom != nil {
		s.DerivedFrom = Reference(*d.DerivedFrom)
	}
	for _, p := range d.Parts {
		s.Parts = append(s.Parts, Reference(p))
	}
	for i, ij := range d.Indicators {
		kind, err := ParseValueKind(ij.Kind)
		if err != nil {
			header = append(header, standardError(d.ID, "indicators["+strconv.Itoa(i)+"].kind",
				fmt.Errorf("%w (indicator %s)", err, errbound.Quote(ij.ID))))
			continue
		}
		s.Indicators = append(s.Indicators, Indicator{id: ij.ID, label: ij.Label, kind: kind})
	}
	s.Requirements = make([]Requirement, len(d.Requirements))
	return s, header
}

// requirement converts one requirement, reporting the values it cannot parse
// to p; std resolves indicator ids.
func (d *requirementJSON) requirement(std Standard, p *problems) Requirement {
	p.req = d.ID // the problems name the requirement by the ID the document gives it
	r := Requirement{ID: d.ID, Title: d.Title}
	if d.Origin != nil {
		r.Origin = *d.Origin
	}
	if d.Variant != nil {
		r.Variant = *d.Variant
	}
	if d.Source != nil {
		r.Source = source.Citation{Document: d.Source.Document, Clause: d.Source.Clause, Address: d.Source.Address, Note: d.Source.Note}
		if d.Source.Confidence != "" {
			c, err := source.ParseConfidence(d.Source.Confidence)
			report(p, "source.confidence", err)
			r.Source.Confidence = c
		}
	}
	if d.Scope != nil {
		r.Scope = d.Scope.scope(p)
	}
	r.Rule = d.Rule.rule(std, p)
	return r
}

// scope converts a scope, reporting unparseable values.
func (d *scopeJSON) scope(p *problems) Scope {
	var s Scope
	s.Groups = parseList(p, "scope.groups", d.Groups, campus.ParseGroup)
	s.Kinds = parseList(p, "scope.kinds", d.Kinds, campus.ParseKind)
	s.Stages = parseList(p, "scope.stages", d.Stages, campus.ParseStage)
	s.Licenses = parseList(p, "scope.licenses", d.Licenses, campus.ParseLicense)
	s.Locales = parseList(p, "scope.locales", d.Locales, campus.ParseLocale)
	s.Ownerships = parseList(p, "scope.ownerships", d.Ownerships, campus.ParseOwnership)
	s.Designations = parseList(p, "scope.designations", d.Designations, campus.ParseDesignation)
	if d.Boarding != "" {
		b, err := ParseBoardingScope(d.Boarding)
		report(p, "scope.boarding", err)
		s.Boarding = b
	}
	if d.MinPreventionLevel != "" {
		l, err := prevention.ParseLevel(d.MinPreventionLevel)
		report(p, "scope.min_level", err)
		s.MinPreventionLevel = l
	}
	return s
}

// parseList parses each value of a scope list field, keeping the valid ones.
func parseList[T any](p *problems, field string, in []string, parse func(string) (T, error)) []T {
	var out []T
	for _, s := range in {
		v, err := parse(s)
		if err != nil {
			report(p, field, err)
			continue
		}
		out = append(out, v)
	}
	return out
}

// rule converts a rule; an unresolvable indicator id is kept (as a malformed
// indicator) so that Validate reports it by id.
func (d *ruleJSON) rule(std Standard, p *problems) Rule {
	var r Rule
	k, err := ParseRuleKind(d.Kind)
	report(p, "rule.kind", err)
	r.RuleKind = k
	if ind, ok := std.Indicator(d.Indicator); ok {
		r.Indicator = ind
	} else if d.Indicator != "" {
		r.Indicator = Indicator{id: d.Indicator}
	}
	switch {
	case d.Min != nil && k != 0 && k != RuleCountAtLeast:
		if p.Want() {
			p.keep("rule.min", fmt.Errorf("a %s rule takes no \"min\"", k))
		}
	case d.Min != nil:
		r.Min = *d.Min
	case k == RuleCountAtLeast:
		if p.Want() {
			p.keep("rule.min", fmt.Errorf("missing: a %s rule needs \"min\"", k))
		}
	}
	if d.Basis != "" {
		b, err := ParseBasis(d.Basis)
		report(p, "rule.basis", err)
		r.Basis = b
	}
	for i, b := range d.Bands {
		band := Band{Exempt: b.Exempt, Undetermined: b.Undetermined}
		if b.From == nil {
			if p.Want() {
				p.keep(bandField(i, "from"), errors.New("missing"))
			}
		} else {
			band.From = *b.From
		}
		switch {
		case b.Min != nil && (b.Exempt || b.Undetermined):
			// Versions before the strict decoder wrote "min":0 on every band; any other minimum on such a
			// band is a contradiction.
			if *b.Min != 0 {
				if p.Want() {
					p.keep(bandField(i, "min"), fmt.Errorf("%d on an exempt or undetermined band", *b.Min))
				}
			}
		case b.Min != nil:
			band.Min = *b.Min
		case !b.Exempt && !b.Undetermined:
			if p.Want() {
				p.keep(bandField(i, "min"), errors.New("missing, and the band is neither exempt nor undetermined"))
			}
		}
		r.Bands = append(r.Bands, band)
	}
	if d.Step != nil {
		r.Step = d.Step.step(p)
	}
	return r
}

// step converts a step.
func (d *stepJSON) step(p *problems) Step {
	var s Step
	for _, f := range []struct {
		key string
		in  *int
		out *int
	}{{"above", d.Above, &s.Above}, {"per", d.Per, &s.Per}, {"add", d.Add, &s.Add}} {
		if f.in == nil {
			if p.Want() {
				p.keep("rule.step."+f.key, errors.New("missing"))
			}
			continue
		}
		*f.out = *f.in
	}
	if d.Basis != "" {
		b, err := ParseBasis(d.Basis)
		report(p, "rule.step.basis", err)
		s.Basis = b
	}
	rd, err := ParseStepRounding(d.Round)
	report(p, "rule.step.round", err)
	s.Round = rd
	return s
}

// report reports err, a problem with field, to p if it is not nil.
func report(p *problems, field string, err error) {
	if err != nil && p.Want() {
		p.keep(field, err)
	}
}

// toJSON converts a valid standard to its document.
func toJSON(s Standard) standardJSON {
	d := standardJSON{Format: FormatVersion, ID: s.ID, Title: s.Title, Issuer: s.Issuer, Version: s.Version,
		Effective: s.Effective.String(), Note: s.Note, Requirements: make([]requirementJSON, len(s.Requirements))}
	if !s.DerivedFrom.IsZero() {
		ref := referenceJSON(s.DerivedFrom)
		d.DerivedFrom = &ref
	}
	for _, p := range s.Parts {
		d.Parts = append(d.Parts, referenceJSON(p))
	}
	for _, ind := range s.Indicators {
		d.Indicators = append(d.Indicators, indicatorJSON{ID: ind.id, Label: ind.label, Kind: ind.kind.String()})
	}
	for i, r := range s.Requirements {
		d.Requirements[i] = requirementToJSON(r)
	}
	return d
}

// requirementToJSON converts one valid requirement.
func requirementToJSON(r Requirement) requirementJSON {
	d := requirementJSON{ID: r.ID, Title: r.Title, Rule: ruleToJSON(r.Rule)}
	if !r.Origin.IsZero() {
		o := r.Origin
		d.Origin = &o
	}
	if !r.Variant.isZero() {
		v := r.Variant
		d.Variant = &v
	}
	if r.Source != (source.Citation{}) {
		d.Source = &sourceJSON{Document: r.Source.Document, Clause: r.Source.Clause, Address: r.Source.Address, Note: r.Source.Note}
		if r.Source.Confidence != 0 {
			d.Source.Confidence = r.Source.Confidence.String()
		}
	}
	if !r.Scope.IsZero() {
		sc := r.Scope
		d.Scope = &scopeJSON{Groups: strs(sc.Groups), Kinds: strs(sc.Kinds), Stages: strs(sc.Stages),
			Licenses: strs(sc.Licenses), Locales: strs(sc.Locales), Ownerships: strs(sc.Ownerships),
			Designations: strs(sc.Designations)}
		if sc.Boarding != 0 {
			d.Scope.Boarding = sc.Boarding.String()
		}
		if sc.MinPreventionLevel != 0 {
			d.Scope.MinPreventionLevel = sc.MinPreventionLevel.String()
		}
	}
	return d
}

// ruleToJSON converts one valid rule.
func ruleToJSON(r Rule) ruleJSON {
	d := ruleJSON{Kind: r.RuleKind.String(), Indicator: r.Indicator.id}
	switch r.RuleKind {
	case RuleCountAtLeast:
		m := r.Min
		d.Min = &m
	case RuleCountScaled:
		d.Basis = r.Basis.String()
		for _, b := range r.Bands {
			from := b.From
			bj := bandJSON{From: &from, Exempt: b.Exempt, Undetermined: b.Undetermined}
			if !b.Exempt && !b.Undetermined {
				m := b.Min
				bj.Min = &m
			}
			d.Bands = append(d.Bands, bj)
		}
		if !r.Step.isZero() {
			above, per, add := r.Step.Above, r.Step.Per, r.Step.Add
			d.Step = &stepJSON{Above: &above, Per: &per, Add: &add, Round: r.Step.Round.String()}
			if r.Step.Basis != 0 {
				d.Step.Basis = r.Step.Basis.String()
			}
		}
	}
	return d
}

// strs returns the stable ids of enum values (nil for none).
func strs[T fmt.Stringer](vs []T) []string {
	if len(vs) == 0 {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}
