package campus

import (
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// MaxRefLen is the most bytes a Ref (a caller's own record key: School.Ref, Campus.Ref,
// compliance.Inspection.Ref) may hold. 64 bytes hold a 学校标识码 (10 digits), a UUID in text (36), a database
// id, or a record number such as "JC-320505-2012-000123" with room to spare, and keep every error message
// that names the record short.
const MaxRefLen = 64

// ErrInvalidRef reports a Ref that is longer than MaxRefLen bytes, is not valid UTF-8 or holds a control
// character (Unicode Cc: U+0000–U+001F, U+007F–U+009F).
var ErrInvalidRef = errors.New("campus: invalid ref")

// CheckRef checks a caller's record key (Ref): "" (none) is valid; otherwise at most MaxRefLen bytes of
// valid UTF-8 with no control character. The error wraps ErrInvalidRef (and, for text that is not valid
// UTF-8, ErrInvalidText too) and quotes the ref short.
func CheckRef(ref string) error {
	if p := refProblem(ref); p != "" {
		return refError(fmt.Sprintf("ref %s %s", errbound.Quote(ref), p), ref)
	}
	return nil
}

// refError is the error about a bad ref: msg, wrapping ErrInvalidRef and, when ref is not valid UTF-8,
// ErrInvalidText.
func refError(msg, ref string) error {
	if !utf8.ValidString(ref) {
		return fmt.Errorf("%w: %w: %s", ErrInvalidRef, ErrInvalidText, msg)
	}
	return fmt.Errorf("%w: %s", ErrInvalidRef, msg)
}

// refProblem says what is wrong with ref, or returns "".
func refProblem(ref string) string {
	switch {
	case len(ref) > MaxRefLen:
		return fmt.Sprintf("is %d bytes, at most %d", len(ref), MaxRefLen)
	case !utf8.ValidString(ref):
		return "is not valid UTF-8"
	}
	for _, r := range ref {
		if unicode.IsControl(r) {
			return fmt.Sprintf("holds the control character %U", r)
		}
	}
	return ""
}

// DescribeRef returns what error messages append to a record's description for its Ref: ` (ref "K-1")`
// with the ref quoted short (errbound.Quote), or "" when ref is empty. Package compliance and its
// subpackages use it so that every message naming a school, campus or inspection names its ref the same way.
func DescribeRef(ref string) string {
	if ref == "" {
		return ""
	}
	return " (ref " + errbound.Quote(ref) + ")"
}

// IDNamespace returns the namespace in which SchoolID, CampusID and InspectionID derive UUIDs from the
// platform's own keys: dbabbfd8-8965-535f-b8ea-c3045a1de140, which is
// uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/campussec/campussec/ref")). It never changes:
// derived IDs are stable across versions of the library and across systems.
func IDNamespace() uuid.UUID {
	return uuid.UUID{0xdb, 0xab, 0xbf, 0xd8, 0x89, 0x65, 0x53, 0x5f, 0xb8, 0xea, 0xc3, 0x04, 0x5a, 0x1d, 0xe1, 0x40}
}

// deriveID returns uuid.NewSHA1(IDNamespace(), kind + ":" + ref) for a valid, non-empty ref.
func deriveID(kind, ref string) (uuid.UUID, error) {
	if ref == "" {
		return uuid.Nil, fmt.Errorf("%w: an empty ref derives no %s ID", ErrInvalidRef, kind)
	}
	if err := CheckRef(ref); err != nil {
		return uuid.Nil, fmt.Errorf("%s ID: %w", kind, err)
	}
	return uuid.NewSHA1(IDNamespace(), []byte(kind+":"+ref)), nil
}

// SchoolID derives a school's ID from the platform's key for it (its 学校标识码 as text, or a database id):
// the version 5 UUID uuid.NewSHA1(IDNamespace(), []byte("school:" + ref)). Any two systems derive the same
// ID from the same key; the "school:" prefix keeps a school's key from colliding with a campus's or an
// inspection's equal key (CampusID, InspectionID). The ref must be non-empty and pass CheckRef, or the error
// wraps ErrInvalidRef. The key is taken byte for byte: "3132000001" and " 3132000001" are different keys.
func SchoolID(ref string) (uuid.UUID, error) { return deriveID("school", ref) }

// CampusID derives a campus's ID from the platform's key for it: uuid.NewSHA1(IDNamespace(),
// []byte("campus:" + ref)); otherwise as SchoolID.
func CampusID(ref string) (uuid.UUID, error) { return deriveID("campus", ref) }

// InspectionID derives an inspection's ID (compliance.Inspection.ID) from its record number:
// uuid.NewSHA1(IDNamespace(), []byte("inspection:" + ref)); otherwise as SchoolID.
func InspectionID(ref string) (uuid.UUID, error) { return deriveID("inspection", ref) }
