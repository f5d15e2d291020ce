// Package enum is the one implementation of the text forms of campussec's small enums: the stable English
// id (String, MarshalText), the Chinese label (Table.Label; the packages' enums give it as Name(rate.Chinese)),
// the English name (Name), validity, parsing (ParseX,
// UnmarshalText) and the list of values.
//
// Each enum type describes itself once in a Spec — its values, ids, labels and English names, and in
// explicit options where it differs from the others (its codes, how its errors read) — and its exported
// methods delegate to the Table that MustNew builds, one line each. A bug in the text forms is fixed here,
// for every enum at once.
//
// The text policy, the same for every enum of the module: ParseX and UnmarshalText (and so JSON) accept the
// stable English id only. The Chinese label is read only by each package's generic ParseLabel
// (Table.ParseLabel), and a national code only by ParseXCode (Table.ParseCode), for the enums that have
// codes. Parse never accepts a label, a code or an English name, so stored data means one thing and a label
// edit never changes what it decodes to. Each package lists an enum's values with its generic Values
// (Table.Values).
//
// The zero value, the same for every enum: it is never valid, it marshals as "" and "" unmarshals as it
// (unset), so that every record holding an enum marshals; Parse rejects "".
//
// The package uses only the standard library and imports nothing from the module, so that every package of
// the module may use it.
package enum
