// Package hierarchy models the jurisdictions of China's 属地管理 chain and their division codes.
package hierarchy
