package errbound_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/campussec/campussec/internal/errbound"
)

func ExampleQuote() {
	fmt.Println(errbound.Quote("fire_alarm"))
	fmt.Println(errbound.Quote(strings.Repeat("x", 100)))
	// Output:
	// "fire_alarm"
	// "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (100 bytes)
}

func ExampleList() {
	errBad := errors.New("demo: bad value")
	var problems errbound.List
	for i := range 3 {
		problems.Add(errbound.Cap([]error{errBad, errBad, errBad, errBad, errBad, errBad, errBad, errBad, errBad, errBad}, fmt.Sprintf("item %d", i))...)
	}
	err := problems.Err()
	fmt.Println(errors.Is(err, errBad), strings.Count(err.Error(), "\n")+1)
	// Output:
	// true 27
}

func ExampleShort() {
	long := fmt.Errorf("json: unknown field %q", strings.Repeat("k", 2000))
	err := errbound.Short(long)
	fmt.Println(len(err.Error()) <= errbound.MaxLineBytes+40, errors.Is(err, long))
	// Output:
	// true true
}

func ExampleCapCounted() {
	errBad := errors.New("demo: bad area")
	// The caller built the first three of 5000 problems of one team and only counted the others.
	kept := []error{errBad, errBad, errBad}
	for _, err := range errbound.CapCounted(kept, 5000, `team "一组"`) {
		fmt.Println(err)
	}
	// Output:
	// demo: bad area
	// demo: bad area
	// demo: bad area
	// … and 4997 more problems with team "一组"
}
