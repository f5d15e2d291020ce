// Package prevention holds the security prevention level (防范等级) in force.
package prevention
