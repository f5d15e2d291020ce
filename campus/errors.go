package campus

import "errors"

// Parse and text-unmarshal errors. Each error returned by this package wraps exactly one of these sentinels
// (test with errors.Is) and quotes the offending input.
var (
	// ErrInvalidKind reports a school kind that is not one of Values[Kind]().
	ErrInvalidKind = errors.New("campus: invalid kind")
	// ErrInvalidStage reports an education stage that is not one of Values[Stage]().
	ErrInvalidStage = errors.New("campus: invalid stage")
	// ErrInvalidGroup reports a report group that is not one of Values[Group]().
	ErrInvalidGroup = errors.New("campus: invalid group")
	// ErrInvalidLicense reports a license status that is not one of Values[License]().
	ErrInvalidLicense = errors.New("campus: invalid license")
	// ErrInvalidLocale reports an urban–rural code (城乡分类) that is not one of Values[Locale]().
	ErrInvalidLocale = errors.New("campus: invalid locale")
	// ErrInvalidCategory reports a school category (学校类别码) that is not one of Values[Category]().
	ErrInvalidCategory = errors.New("campus: invalid school category")
	// ErrInvalidSchoolCode reports a malformed 学校标识码: not 10 digits, an unknown category or an unknown province.
	ErrInvalidSchoolCode = errors.New("campus: invalid school code")
)

// Register validation errors (NewRegister). NewRegister returns errors.Join of every problem it finds; each
// joined error wraps one of these sentinels and names the school or campus by ID and name.
var (
	// ErrNilTree reports a nil *hierarchy.Tree passed to NewRegister.
	ErrNilTree = errors.New("campus: nil jurisdiction tree")
	// ErrNilID reports a school or campus whose ID is the nil UUID.
	ErrNilID = errors.New("campus: nil ID")
	// ErrDuplicateID reports two schools, or two campuses, with the same ID.
	ErrDuplicateID = errors.New("campus: duplicate ID")
	// ErrEmptyName reports a school or campus with an empty (or all-space) name.
	ErrEmptyName = errors.New("campus: empty name")
	// ErrInvalidText reports a school or campus name that is not valid UTF-8: it could not be written out
	// (JSON, a report) and read back as the same name.
	ErrInvalidText = errors.New("campus: invalid text")
	// ErrNegativeCount reports a campus with a negative number of students or staff.
	ErrNegativeCount = errors.New("campus: negative count")
	// ErrCountTooLarge reports a campus with more than MaxPeople students or more than MaxPeople staff.
	ErrCountTooLarge = errors.New("campus: count too large")
	// ErrUnknownSchool reports a campus whose School ID is not among the register's schools.
	ErrUnknownSchool = errors.New("campus: unknown school")
	// ErrNoCampus reports a school that has no campus in the register.
	ErrNoCampus = errors.New("campus: school has no campus")
	// ErrNoMainCampus reports a school none of whose campuses is marked Main.
	ErrNoMainCampus = errors.New("campus: school has no main campus")
	// ErrMultipleMainCampuses reports a school with more than one campus marked Main.
	ErrMultipleMainCampuses = errors.New("campus: school has more than one main campus")
	// ErrUnknownJurisdiction reports a campus whose jurisdiction is zero or not in the tree.
	ErrUnknownJurisdiction = errors.New("campus: unknown jurisdiction")
	// ErrDuplicateSchoolCode reports two schools with the same non-zero SchoolCode.
	ErrDuplicateSchoolCode = errors.New("campus: duplicate school code")
	// ErrSchoolCodeProvince reports a school code whose province (BB) differs from the province of one of the
	// school's campuses' jurisdictions.
	ErrSchoolCodeProvince = errors.New("campus: school code province differs from campus jurisdiction")
	// ErrSchoolCodeKind reports a school code whose category (AA) cannot hold the kind of one of the school's
	// campuses (see Category.Holds).
	ErrSchoolCodeKind = errors.New("campus: school code category cannot hold campus kind")
)

// ErrInvalidCounts reports JSON for a Counts that is malformed or inconsistent: an unknown group, license,
// kind, stage or locale id, a negative count, or breakdowns that do not agree with the total and the kinds.
var ErrInvalidCounts = errors.New("campus: invalid counts")

// ErrInvalidJSON reports JSON of a Campus, School or GroupLicense that is not in its documented form: a
// syntax error, an unknown, duplicate, case-variant or missing key, null, a wrong type, or a number that is
// not an integer.
var ErrInvalidJSON = errors.New("campus: invalid JSON")
