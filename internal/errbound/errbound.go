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
	more int // problems left out
	n    int // problems added or counted, a More error counting as its N
}

// Add appends the non-nil errors of errs, keeping at most MaxPerCall in all and counting the rest: one
// for each error, and N for a More error (from Cap), which stands for N problems.
func (l *List) Add(errs ...error) {
	for _, err := range errs {
		if err == nil {
			continue
		}
		n := 1
		if m, isMore := err.(*More); isMore {
			n = m.N
		}
		l.n += n
		if len(l.errs) < MaxPerCall {
			l.errs = append(l.errs, err)
		} else {
			l.more += n
		}
	}
}

// Full reports whether the list keeps no more problems, so that a caller may skip building the message of
// a problem that would only be counted (it still calls Count for it).
func (l *List) Full() bool { return len(l.errs) >= MaxPerCall }

// Count counts n problems that the caller did not build because the list was Full.
func (l *List) Count(n int) { l.more += n; l.n += n }

// Item collects the problems of one item (one requirement, one campus) that will be added to a List. It
// keeps the first MaxPerItem and only counts the rest, and keeps none when the List was full when the item
// began, so that the checks build a message only for a problem that will be shown:
//
//	it := list.Item()
//	if bad && it.Want() {
//		it.Keep(fmt.Errorf(...))
//	}
//	list.AddItem(&it, name, true)
//
// The zero Item keeps MaxPerItem problems.
type Item struct {
	errs  []error
	n     int
	count bool // count only: the List was full
}

// Item starts collecting the problems of one item to be added to l. A nil l gives an Item that keeps
// MaxPerItem problems.
func (l *List) Item() Item { return Item{count: l != nil && l.Full()} }

// Want counts one problem of the item and reports whether the caller should build its error and Keep it.
func (it *Item) Want() bool {
	it.n++
	return !it.count && len(it.errs) < MaxPerItem
}

// Keep keeps a problem that Want said to build.
func (it *Item) Keep(err error) { it.errs = append(it.errs, err) }

// Count counts n problems of the item that the caller did not build (it builds none while Want says no).
func (it *Item) Count(n int) { it.n += n }

// Len returns how many problems were counted (kept or not).
func (it *Item) Len() int { return it.n }

// Errs returns the problems kept, followed by a More error (about nothing) counting the others.
func (it *Item) Errs() []error {
	if it.n > len(it.errs) {
		return append(it.errs[:len(it.errs):len(it.errs)], &More{N: it.n - len(it.errs)})
	}
	return it.errs
}

// AddItem adds the problems of the item named name to l: those kept, each prefixed with name and ": " when
// prefix is set, then a More error about name counting the others. When l is full they are only counted.
func (l *List) AddItem(it *Item, name string, prefix bool) {
	if it.n == 0 {
		return
	}
	if l.Full() {
		l.Count(it.n)
		return
	}
	for _, err := range it.errs {
		if prefix {
			err = fmt.Errorf("%s: %w", name, err)
		}
		l.Add(err)
	}
	if it.n > len(it.errs) {
		l.Add(&More{N: it.n - len(it.errs), Of: name})
	}
}

// Len returns how many problems were added or counted, a More error counting as the problems it counts.
func (l *List) Len() int { return l.n }

// Err returns nil when no problem was added, and otherwise errors.Join of the problems kept, followed by a
// More error when some were left out.
func (l *List) Err() error {
	if l.more > 0 {
		return errors.Join(append(l.errs[:len(l.errs):len(l.errs)], &More{N: l.more})...)
	}
	return errors.Join(l.errs...)
}
