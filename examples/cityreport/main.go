package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command: it returns the exit status (0 ok, 1 failure, 2 bad flags).
func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "cityreport:", err)
		return 2
	}
	if err := produce(o, stdout); err != nil {
		fmt.Fprintln(stderr, "cityreport:", err)
		return 1
	}
	return 0
}
