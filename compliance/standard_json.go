package compliance

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
)

// FormatVersion is the version of the JSON format of a standard that this
// package writes and reads (the "format" field).
const FormatVersion = 1

// MaxStandardBytes bounds the JSON text LoadStandard accepts.
const MaxStandardBytes = 8 << 20

// LoadStandard reads a standard from JSON, validates it and returns it. The
// format (version 1) is one object:
//
//	{
//	  "format": 1,                              // required: FormatVersion
//	  "id": "gbt-29315-2022",                   // required
//	  "title": "中小学、幼儿园安全防范要求",         // required
//	  "issuer": "...",                          // optional
//	  "version": "2022",                        // required
//	  "effective": "2022-06-01",                // required, YYYY-MM-DD
//	  "note": "...",                            // optional: what the other fields do not say
//	  "derived_from": {"id": "...", "version": "..."},  // optional (Tailor sets it)
//	  "parts": [{"id": "...", "version": "..."}],        // optional (Combine sets it)
//	  "indicators": [                           // optional: caller-defined indicators
//	    {"id": "canteen_camera", "label": "食堂操作间视频监控", "kind": "fact"}
//	  ],
//	  "requirements": [                         // 1..MaxRequirements
//	    {
//	      "id": "guards", "title": "专职保安员配备",
//	      "source": {"document": "...", "clause": "...", "address": "https://...",
//	                 "confidence": "secondary", "note": "..."},        // optional
//	      "scope": {"groups": ["school"], "kinds": ["nine_year"], "stages": ["primary"],
//	                "licenses": ["licensed"], "locales": ["main_urban"],
//	                "boarding": "boarding"|"day", "min_level": "heightened"},  // optional
//	      "rule": {"kind": "count_scaled", "indicator": "full_time_guards",
//	               "basis": "headcount",
//	               "bands": [{"from": 0, "min": 1}, {"from": 100, "min": 2},
//	                         {"from": 5000, "undetermined": true}, ...],
//	               "step": {"basis": "students", "above": 1000, "per": 500, "add": 1,
//	                        "round": "ceil"}},
//	      "origin": {"standard": {"id": "...", "version": "..."},
//	                 "requirement": "..."},             // optional (Combine sets it)
//	      "variant": {"of": "...", "change": "...", "reason": "..."}  // optional (Tailoring.Replace)
//	    }
//	  ]
//	}
//
// Rule kinds: "fact" (indicator only), "count_at_least" (indicator, "min"),
// "count_scaled" (indicator, "basis", "bands", optional "step"). Bases:
// "students", "staff", "headcount", "day_students". A band is
// {"from", "min"}, {"from", "exempt": true} or {"from", "undetermined": true}.
// Indicators are referenced by id: a well-known id or one declared under
// "indicators". Enum values are the stable English ids.
//
// Keys are matched exactly, byte for byte after JSON unescaping: a key in
// another case ("Requirements", "MIN"), one that only Unicode case folding
// matches ("requirementſ" with U+017F, "Kind" with the Kelvin sign), an
// unknown key, a key given twice, null, and a number that is not a canonical
// integer ("1.0", "1e2", "-0") are errors wrapping ErrInvalidJSON, reported
// before anything is decoded. Every list is counted against its limit before
// its elements are decoded; a list over its limit is an error wrapping
// ErrInvalidJSON. Required fields: "format";
// "id" and "version" of "derived_from" when it is given; the standard's
// "id", "title", "version", "effective" and at least one requirement; each
// requirement's "id", "title" and "rule"; each rule's "kind" and "indicator";
// "min" for count_at_least (and on no other kind); "basis" and "bands" for
// count_scaled; each band's "from", and its "min" unless it is exempt or
// undetermined (an exempt or undetermined band takes no "min"; "min": 0,
// which earlier versions wrote on every band, is accepted); a step's
// "above", "per", "add" and "round". Everything else is optional. An absent
// required field is an error naming the requirement and the field, never a
// zero. The limits (MaxStandardBytes of text, MaxRequirements requirements,
// and those of the package doc's Limits section) apply.
//
// Every error is a *StandardError (so errors.Is(err, ErrInvalidStandard)).
// A structural problem is one StandardError whose cause wraps ErrInvalidJSON
// and whose Field is the path in the document; text that is not valid UTF-8
// is one, bytes or a \u escape of a lone surrogate (encoding/json would read
// either as U+FFFD). Otherwise LoadStandard returns errors.Join of every
// problem — unparseable values (wrapping their enum's sentinel) and
// everything Standard.Validate reports — each naming its requirement and
// field, bounded as Standard.Validate's are (at most 8 per requirement, 100
// in all, texts quoted short).
func LoadStandard(data []byte) (Standard, error) {
	if len(data) > MaxStandardBytes {
		return Standard{}, standardError("", "", fmt.Errorf("%w: %d bytes, at most %d", ErrInvalidJSON, len(data), MaxStandardBytes))
	}
	var doc standardJSON
	if err := jsonstrict.Decode(data, standardSchema, &doc); err != nil {
		var jerr *jsonstrict.Error
		if errors.As(err, &jerr) {
			return Standard{}, standardError("", jerr.Path, fmt.Errorf("%w: %s", ErrInvalidJSON, jerr.Problem))
		}
		return Standard{}, standardError("", "", fmt.Errorf("%w: %w", ErrInvalidJSON, errbound.Short(err)))
	}
	if doc.Format != FormatVersion {
		return Standard{}, standardError(doc.ID, "format", fmt.Errorf("%w: format %d, want %d", ErrInvalidJSON, doc.Format, FormatVersion))
	}
	s, convHeader := doc.standard()
	var errs errbound.List
	errs.Add(convHeader...)
	s.addProblems(&errs, func(i int, p *problems) { s.Requirements[i] = doc.Requirements[i].requirement(s, p) })
	if errs.Len() > 0 {
		return Standard{}, errs.Err()
	}
	return s, nil
}

// MarshalJSON writes the standard in the format LoadStandard reads. An
// invalid standard is an error (it could not be read back).
func (s Standard) MarshalJSON() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(toJSON(s))
}

// UnmarshalJSON reads a standard as LoadStandard does.
func (s *Standard) UnmarshalJSON(data []byte) error {
	v, err := LoadStandard(data)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
