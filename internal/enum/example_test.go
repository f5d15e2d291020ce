package enum_test

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/enum"
)

// Shift is an enum as the library packages declare one: a small unsigned type, zero invalid.
type Shift uint8

var ErrInvalidShift = errors.New("demo: invalid shift")

var shiftEnum = enum.MustNew(enum.Spec[Shift]{
	Type:    "Shift",
	IDs:     []string{"day", "night"},
	Labels:  []string{"白班", "夜班"},
	English: []string{"day shift", "night shift"},
	Text:    enum.ErrorForm{Err: ErrInvalidShift, Detail: " "},
})

// The exported methods delegate to the table, one line each.
func (s Shift) String() string                { return shiftEnum.String(s) }
func (s Shift) Label() string                 { return shiftEnum.Label(s) }
func (s Shift) Name(lang enum.Lang) string    { return shiftEnum.Name(s, lang) }
func (s Shift) MarshalText() ([]byte, error)  { return shiftEnum.MarshalText(s) }
func (s *Shift) UnmarshalText(b []byte) error { return shiftEnum.UnmarshalText(s, b) }

func ExampleMustNew() {
	night, err := shiftEnum.Parse("night")
	fmt.Println(night, night.Label(), night.Name(enum.English), err)
	_, err = shiftEnum.Parse("noon")
	fmt.Println(err, errors.Is(err, ErrInvalidShift))
	fmt.Println(Shift(7))
	var unset Shift
	text, _ := unset.MarshalText()
	fmt.Printf("%q\n", text)
	// Output:
	// night 夜班 night shift <nil>
	// demo: invalid shift "noon" true
	// Shift(7)
	// ""
}
