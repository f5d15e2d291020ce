package tabular

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"io"
	"math/bits"
	"unicode/utf8"
)

// csvScanner splits CSV input into records. It accepts exactly the language of encoding/csv's Reader with
// its defaults (comma ',', no comments, strict quotes, FieldsPerRecord -1) and reports the same
// *csv.ParseError values, but it yields a record as its fields' bytes back to back in one reused buffer
// instead of allocating a string per record, and it stops with errLineTooLong at a line longer than
// MaxLineBytes. RFC 4180 quoting: a field in double quotes may hold commas, line breaks and "" for a quote;
// a quote in an unquoted field is an error (csv.ErrBareQuote), as is text after a closing quote or a quoted
// field the input ends inside (csv.ErrQuote). Line ends are "\n" or "\r\n" ("\r\n" inside a quoted field
// reads as "\n"); empty lines are skipped; a "\r" just before the end of the input is dropped.
type csvScanner struct {
	br      *bufio.Reader
	numLine int    // physical lines read so far
	recLine int    // the first line of the record last read
	buf     []byte // the record's fields, unquoted, back to back
	ends    []int  // the end of each field in buf
	raw     []byte // a line longer than br's buffer
	high    uint64 // the unquoted fields' bytes OR-ed (in 8-byte words), with highBits if a field was quoted
}

var errLineTooLong = errors.New("line too long")

// field returns field i of the record last read.
func (s *csvScanner) field(i int) []byte {
	start := 0
	if i > 0 {
		start = s.ends[i-1]
	}
	return s.buf[start:s.ends[i]]
}

// validUTF8 reports whether every field of the record last read is UTF-8.
func (s *csvScanner) validUTF8() bool {
	if s.high&highBits == 0 {
		return true // ASCII
	}
	if !utf8.Valid(s.buf) {
		return false // some field is not: the fields of a valid text joined are valid
	}
	// The whole is valid: each field is unless a field boundary splits a character, which puts a
	// continuation byte at the start of the next field.
	for _, e := range s.ends {
		if e < len(s.buf) && !utf8.RuneStart(s.buf[e]) {
			return false
		}
	}
	return true
}

// readLine reads one physical line as encoding/csv does: "\r\n" normalised to "\n", a trailing "\r" dropped
// at the end of the input.
func (s *csvScanner) readLine() ([]byte, error) {
	line, err := s.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		s.raw = append(s.raw[:0], line...)
		for err == bufio.ErrBufferFull {
			if len(s.raw) > MaxLineBytes {
				return nil, errLineTooLong
			}
			line, err = s.br.ReadSlice('\n')
			s.raw = append(s.raw, line...)
		}
		line = s.raw
	}
	if n := len(line) - lengthNL(line); n > MaxLineBytes {
		return nil, errLineTooLong
	}
	readSize := len(line)
	if readSize > 0 && err == io.EOF {
		err = nil
		if line[readSize-1] == '\r' {
			line = line[:readSize-1]
		}
	}
	s.numLine++
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL reports the number of bytes for the trailing \n.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// read reads the next record: io.EOF at the end of the input, a *csv.ParseError for text that is not CSV
// (the rest of its line is skipped), errLineTooLong, or an error of the underlying reader.
func (s *csvScanner) read() error {
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = s.readLine()
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue // skip empty lines
		}
		break
	}
	if errRead == io.EOF || errRead == errLineTooLong {
		return errRead
	}
	s.buf, s.ends = s.buf[:0], s.ends[:0]
	s.high = 0
	recLine := s.numLine
	s.recLine = recLine
	col, posLine := 1, s.numLine
	for {
		if len(line) == 0 || line[0] != '"' {
			// An unquoted field: up to the next comma or the end of the line, without a quote. One pass
			// over the bytes (fields are short: two calls of bytes.IndexByte per field cost more).
			i := s.scanField(line)
			if i < len(line) && line[i] == '"' {
				return &csv.ParseError{StartLine: recLine, Line: s.numLine, Column: col + i, Err: csv.ErrBareQuote}
			}
			field := line[:i]
			if i == len(line) || line[i] == '\n' {
				i = -1 // the last field
			}
			s.buf = append(s.buf, field...)
			s.ends = append(s.ends, len(s.buf))
			if i >= 0 {
				line = line[i+1:]
				col += i + 1
				continue
			}
			return errRead
		}
		// A quoted field (its text is checked as UTF-8 in full).
		s.high |= highBits
		line = line[1:]
		col++
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				s.buf = append(s.buf, line[:i]...)
				line = line[i+1:]
				col += i + 1
				switch {
				case len(line) > 0 && line[0] == '"':
					s.buf = append(s.buf, '"') // "" is a quote
					line = line[1:]
					col++
					continue
				case len(line) > 0 && line[0] == ',':
					line = line[1:]
					col++
					s.ends = append(s.ends, len(s.buf))
				case lengthNL(line) == len(line):
					s.ends = append(s.ends, len(s.buf))
					return errRead
				default:
					return &csv.ParseError{StartLine: recLine, Line: s.numLine, Column: col - 1, Err: csv.ErrQuote}
				}
			case len(line) > 0:
				// The field goes on past the end of the line.
				s.buf = append(s.buf, line...)
				if errRead != nil {
					return errRead
				}
				col += len(line)
				line, errRead = s.readLine()
				if errRead == errLineTooLong {
					return errRead
				}
				if len(line) > 0 {
					posLine++
					col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
				continue
			default:
				// The input ends inside the quotes.
				if errRead == nil {
					return &csv.ParseError{StartLine: recLine, Line: posLine, Column: col, Err: csv.ErrQuote}
				}
				s.ends = append(s.ends, len(s.buf))
				return errRead
			}
			break // the field ended with a comma: the next one
		}
	}
}

// Byte masks of the 8-byte words scanField reads.
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// scanField returns the length of the unquoted field line starts with: the index of the first ',', '"' or
// '\n', or len(line). It reads 8 bytes at a time, and ORs the field's bytes into s.high.
func (s *csvScanner) scanField(line []byte) int {
	i := 0
	for ; i+8 <= len(line); i += 8 {
		w := binary.LittleEndian.Uint64(line[i:])
		// A byte of w is special when w XOR its repetition has a zero byte there; the lowest flagged byte
		// is exact (the usual has-zero-byte test).
		a, b, c := w^(lowBits*','), w^(lowBits*'"'), w^(lowBits*'\n')
		if m := ((a-lowBits)&^a | (b-lowBits)&^b | (c-lowBits)&^c) & highBits; m != 0 {
			k := bits.TrailingZeros64(m) / 8
			s.high |= w & (1<<(8*k) - 1)
			return i + k
		}
		s.high |= w
	}
	for ; i < len(line); i++ {
		c := line[i]
		if c == ',' || c == '"' || c == '\n' {
			break
		}
		s.high |= uint64(c)
	}
	return i
}
