// Command apicount counts the exported names of Go packages as issue 12 measured them: funcs, methods on
// exported types, types, vars and consts (each name of a grouped declaration once), test files excluded.
//
//	go run ./.ci/apicount ./compliance ./campus        # one line per package
//	V=1 go run ./.ci/apicount ./compliance              # and every name
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
)

func main() {
	for _, dir := range os.Args[1:] {
		fs := token.NewFileSet()
		pkgs, err := parser.ParseDir(fs, dir, func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
		if err != nil {
			panic(err)
		}
		for _, p := range pkgs {
			var names []string
			for fn, f := range p.Files {
				_ = fn
				for _, d := range f.Decls {
					switch d := d.(type) {
					case *ast.FuncDecl:
						if !d.Name.IsExported() {
							continue
						}
						if d.Recv != nil {
							t := d.Recv.List[0].Type
							if s, ok := t.(*ast.StarExpr); ok {
								t = s.X
							}
							if ix, ok := t.(*ast.IndexExpr); ok {
								t = ix.X
							}
							id := t.(*ast.Ident)
							if !id.IsExported() {
								continue
							}
							names = append(names, "method "+id.Name+"."+d.Name.Name)
						} else {
							names = append(names, "func "+d.Name.Name)
						}
					case *ast.GenDecl:
						for _, s := range d.Specs {
							switch s := s.(type) {
							case *ast.TypeSpec:
								if s.Name.IsExported() {
									names = append(names, "type "+s.Name.Name)
								}
							case *ast.ValueSpec:
								for _, n := range s.Names {
									if n.IsExported() {
										names = append(names, d.Tok.String()+" "+n.Name)
									}
								}
							}
						}
					}
				}
			}
			sort.Strings(names)
			if os.Getenv("V") != "" {
				for _, n := range names {
					fmt.Println("  ", n)
				}
			}
			fmt.Printf("%s\t%d names\t%d files\n", dir, len(names), len(p.Files))
		}
	}
}
