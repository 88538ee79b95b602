module example.com/fixture-app

go 1.22

// ruleid: license.go-dependency
require example.com/copyleft v1.4.0

require (
	// ok: license.go-dependency
	example.com/permissive v1.0.2
	// ruleid: license.go-dependency
	example.com/Mixed/Case v0.3.1 // indirect
	// ruleid: license.go-dependency
	example.com/mystery v2.0.0+incompatible
	// ok: license.go-dependency
	example.com/apache v0.9.0 // indirect
	// ruleid: license.go-dependency
	example.com/weak v1.1.0
)

replace (
	// ok: license.go-dependency
	example.com/permissive v1.0.2 => example.com/fork v1.0.3
)

// ok: license.go-dependency
exclude example.com/copyleft v1.3.0
