module github.com/pemistahl/lingua-go

go 1.18

require (
	github.com/shopspring/decimal v1.6.0
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136
	google.golang.org/protobuf v1.31.0
)
