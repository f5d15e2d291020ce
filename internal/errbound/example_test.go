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
