package catalog

import "slices"

// Source is where a shipped provision comes from: the document, the clause, the addresses where its text was
// read, how sure the catalog is of it, and how it was read.
//
// The addresses are those recorded in the project's research notes; many are mirrors of the original outlet
// (人民日报, 新华网, 人民网, a government site) and are cited because they hold the text, not because they are
// authoritative.
type Source struct {
	// Document names the document by its number and title, e.g. "公治〔2015〕168号《中小学幼儿园安全防范工作规范(试行)》".
	Document string `json:"document"`
	// Clause is the article or section ("第五条", "4.4"), or a description of the part of the document when its
	// clause number was not seen ("人力防范要求 (clause number not seen)").
	Clause string `json:"clause"`
	// URLs are the addresses where the text was read.
	URLs []string `json:"urls"`
	// Confidence says how directly the text was seen.
	Confidence Confidence `json:"confidence"`
	// Note records what the source leaves open and which reading the catalog chose.
	Note string `json:"note,omitempty"`
}

// IsZero reports whether s is the zero Source.
func (s Source) IsZero() bool {
	return s.Document == "" && s.Clause == "" && len(s.URLs) == 0 && s.Confidence == 0 && s.Note == ""
}

// clone returns a deep copy, so callers can never alias the catalog's data.
func (s Source) clone() Source {
	s.URLs = slices.Clone(s.URLs)
	return s
}
