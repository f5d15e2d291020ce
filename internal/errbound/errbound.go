package errbound

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// MaxQuoteBytes is the most bytes of a caller's text that Quote shows.
const MaxQuoteBytes = 64

// MaxPerItem is the most problems Cap keeps about one item.
const MaxPerItem = 8

// MaxPerCall is the most problems a List keeps for one call.
const MaxPerCall = 100

// Quote returns s quoted as %q does when it has at most MaxQuoteBytes bytes. A longer s is cut at a rune
// boundary at or before MaxQuoteBytes bytes, quoted, and followed by "…" and its length in bytes:
// "aaaa…" (200000 bytes). Invalid UTF-8 is shown escaped, as %q shows it.
func Quote(s string) string {
	if len(s) <= MaxQuoteBytes {
		return strconv.Quote(s)
	}
	cut := MaxQuoteBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if cut == 0 { // no rune start in the first bytes: invalid UTF-8 throughout
		cut = MaxQuoteBytes
	}
	return strconv.Quote(s[:cut]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// MaxLineBytes is the most bytes of another package's error message that Short keeps.
const MaxLineBytes = 512

// Short returns err with its message cut to at most MaxLineBytes bytes (at a rune boundary, followed by
// "…" and the full length), for errors whose message quotes input at full length, such as encoding/json's
// `unknown field "<the whole key>"` or `cannot unmarshal number <all its digits>`. The message is computed
// once; errors.Is and errors.As see err. Short(nil) is nil.
func Short(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if len(msg) <= MaxLineBytes {
		return err
	}
	cut := MaxLineBytes
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	if cut == 0 {
		cut = MaxLineBytes
	}
	return &short{msg: msg[:cut] + "… (" + strconv.Itoa(len(msg)) + " bytes)", err: err}
}

// short is the error Short returns.
type short struct {
	msg string
	err error
}

func (e *short) Error() string { return e.msg }
func (e *short) Unwrap() error { return e.err }

// More counts problems left out of an error: "… and 12 more problems".
type More struct {
	// N is how many problems were left out.
	N int
	// Of names what they were about ("requirement \"r\""), or is empty for a whole call.
	Of string
}

// Error returns "… and N more problems", with " with " and Of when Of is set.
func (m *More) Error() string {
	noun := "problems"
	if m.N == 1 {
		noun = "problem"
	}
	if m.Of == "" {
		return fmt.Sprintf("… and %d more %s", m.N, noun)
	}
	return fmt.Sprintf("… and %d more %s with %s", m.N, noun, m.Of)
}

// Cap returns errs when it has at most MaxPerItem problems; otherwise its first MaxPerItem problems and a
// More error about item (a short name, already quoted) counting the rest.
func Cap(errs []error, item string) []error {
	if len(errs) <= MaxPerItem {
		return errs
	}
	kept := errs[:MaxPerItem:MaxPerItem]
	return append(kept, &More{N: len(errs) - MaxPerItem, Of: item})
}

// CapCounted is Cap for an item that has total problems, of which errs are the first ones built (the
// caller built no message for the others): it keeps at most MaxPerItem of errs and adds one More error
// about item counting the rest, when there is a rest.
func CapCounted(errs []error, total int, item string) []error {
	kept := errs[:min(len(errs), MaxPerItem):min(len(errs), MaxPerItem)]
	if total <= len(kept) {
		return kept
	}
	return append(kept, &More{N: total - len(kept), Of: item})
}

// List collects the problems of one call. Its zero value is ready to use and keeps MaxPerCall problems.
// A problem that is itself a More error (from Cap) is kept as any other.
type List struct {
	errs []error
	more int
}

// Add appends the non-nil errors of errs, keeping at most MaxPerCall in all and counting the rest: one
// for each error, and N for a More error (from Cap), which stands for N problems.
func (l *List) Add(errs ...error) {
	for _, err := range errs {
		switch m, isMore := err.(*More); {
		case err == nil:
		case len(l.errs) < MaxPerCall:
			l.errs = append(l.errs, err)
		case isMore:
			l.more += m.N
		default:
			l.more++
		}
	}
}

// Full reports whether the list keeps no more problems, so that a caller may skip building the message of
// a problem that would only be counted (it still calls Count for it).
func (l *List) Full() bool { return len(l.errs) >= MaxPerCall }

// Count counts n problems that the caller did not build because the list was Full.
func (l *List) Count(n int) { l.more += n }

// Len returns how many problems were added or counted.
func (l *List) Len() int { return len(l.errs) + l.more }

// Err returns nil when no problem was added, and otherwise errors.Join of the problems kept, followed by a
// More error when some were left out.
func (l *List) Err() error {
	if l.more > 0 {
		return errors.Join(append(l.errs[:len(l.errs):len(l.errs)], &More{N: l.more})...)
	}
	return errors.Join(l.errs...)
}
