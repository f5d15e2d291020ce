// Package errbound keeps the library's error messages bounded by the size of the input that caused them.
//
// A hostile or broken input can name an item with a megabyte-long ID, or carry thousands of faults. The
// library still reports every problem it can name, but never lets an error grow with the length of an item
// or multiply without limit:
//
//   - Quote quotes at most MaxQuoteBytes bytes of any caller text (an ID, a name, an unparsed value),
//     elided with "…" and the full length when longer;
//   - Short cuts another package's error message (encoding/json quotes a whole unknown key or number)
//     to MaxLineBytes;
//   - Cap keeps at most MaxPerItem problems about one item (one requirement, one campus, one record) and
//     adds one More error counting the rest (CapCounted when the caller built only the first ones);
//   - Item collects the problems of one item for a List, building only those that will be shown (the first
//     MaxPerItem, none once the List is full) and counting the rest, so that a thousand faulty items cost no
//     more than the messages shown;
//   - List collects the problems of one call and keeps at most MaxPerCall of them, counting the rest in one
//     More error at the end.
//
// So an error of the library has at most MaxPerCall+1 lines (a few more where it adds context), each a
// bounded number of quoted texts and numbers: its size has a bound that does not depend on the input.
//
// errors.Is still finds every sentinel of the problems kept; the problems counted in a More error are
// only counted. The package is internal: callers of the library see only its errors.
package errbound
