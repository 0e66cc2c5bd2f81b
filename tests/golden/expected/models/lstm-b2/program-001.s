; tpusim program: 2085 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=186
TAG 1
READ_HOST ub=186, host=0xba00, rows=32, rowBytes=32
TAG 2
SET act.outScale, 272.2096
READ_WEIGHTS addr=0x0, tiles=1, usedRows=32, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=218, len=2, func=sigmoid, perColumn, unsigned
TAG 3
SET act.outScale, 293.3951
READ_WEIGHTS addr=0x10000, tiles=1, usedRows=32, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=220, len=2, params=8, func=sigmoid, perColumn, unsigned
TAG 4
SET act.outScale, 278.44366
READ_WEIGHTS addr=0x20000, tiles=1, usedRows=32, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=222, len=2, params=16, func=sigmoid, perColumn, unsigned
TAG 5
SET act.zeroPoint, 126
SET act.outScale, 129.83197
READ_WEIGHTS addr=0x30000, tiles=1, usedRows=32, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=222, len=2, params=24, func=tanh, perColumn, unsigned
TAG 6
SET vec.a.scale, 0.0036736398
SET vec.b.scale, 0.0077022635
SET vec.b.zero, 126
SET vec.y.scale, 0.005597808
SET vec.y.zero, 133
SET vec.width, 128
VECTOR a=218, b=222, y=224, len=2, operation=mul
TAG 7
SET vec.a.scale, 0.005597808
SET vec.a.zero, 133
SET vec.y.scale, 0.00480466
SET vec.y.zero, 132
VECTOR a=224, b=32, y=218, len=2, operation=lookup
TAG 8
SET vec.a.scale, 0.003408373
SET vec.a.zero, 0
SET vec.b.scale, 0.00480466
SET vec.b.zero, 132
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=220, b=218, y=222, len=2, operation=mul
TAG 9
TAG 10
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=222, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 11
SET act.zeroPoint, 0
SET act.outScale, 275.3978
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=220, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 12
SET act.outScale, 285.0299
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=226, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 13
SET act.outScale, 278.71545
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=228, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 14
SET act.zeroPoint, 127
SET act.outScale, 131.74353
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=230, len=2, params=65, func=tanh, perColumn, unsigned
TAG 15
SET vec.a.scale, 0.003631111
SET vec.b.scale, 0.0075905058
SET vec.b.zero, 127
SET vec.y.scale, 0.0061884373
SET vec.y.zero, 133
VECTOR a=220, b=230, y=218, len=2, operation=mul
TAG 16
SET vec.a.scale, 0.0035878888
SET vec.b.scale, 0.005597808
SET vec.b.zero, 133
SET vec.y.scale, 0.0036811791
SET vec.y.zero, 123
VECTOR a=228, b=224, y=220, len=2, operation=mul
TAG 17
SET vec.a.scale, 0.0036811791
SET vec.a.zero, 123
SET vec.b.scale, 0.0061884373
SET vec.y.scale, 0.006618665
SET vec.y.zero, 137
VECTOR a=220, b=218, y=224, len=2, operation=add
TAG 18
SET vec.a.scale, 0.006618665
SET vec.a.zero, 137
SET vec.y.scale, 0.0053837076
SET vec.y.zero, 134
VECTOR a=224, b=73, y=218, len=2, operation=lookup
TAG 19
SET vec.a.scale, 0.0035084037
SET vec.a.zero, 0
SET vec.b.scale, 0.0053837076
SET vec.b.zero, 134
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=226, b=218, y=220, len=2, operation=mul
TAG 20
TAG 21
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=190, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=220, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 22
SET act.zeroPoint, 0
SET act.outScale, 260.58072
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=226, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 23
SET act.outScale, 270.20184
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=228, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 24
SET act.outScale, 266.2538
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=230, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 25
SET act.zeroPoint, 127
SET act.outScale, 128.60088
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=232, len=2, params=65, func=tanh, perColumn, unsigned
TAG 26
SET vec.a.scale, 0.0038375827
SET vec.b.scale, 0.007775997
SET vec.b.zero, 127
SET vec.y.scale, 0.006338722
SET vec.y.zero, 117
VECTOR a=226, b=232, y=218, len=2, operation=mul
TAG 27
SET vec.a.scale, 0.0037558146
SET vec.b.scale, 0.006618665
SET vec.b.zero, 137
SET vec.y.scale, 0.0045987745
SET vec.y.zero, 122
VECTOR a=230, b=224, y=226, len=2, operation=mul
TAG 28
SET vec.a.scale, 0.0045987745
SET vec.a.zero, 122
SET vec.b.scale, 0.006338722
SET vec.b.zero, 117
SET vec.y.scale, 0.0073710326
SET vec.y.zero, 135
VECTOR a=226, b=218, y=224, len=2, operation=add
TAG 29
SET vec.a.scale, 0.0073710326
SET vec.a.zero, 135
SET vec.y.scale, 0.0057584196
SET vec.y.zero, 132
VECTOR a=224, b=74, y=218, len=2, operation=lookup
TAG 30
SET vec.a.scale, 0.003700937
SET vec.a.zero, 0
SET vec.b.scale, 0.0057584196
SET vec.b.zero, 132
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=228, b=218, y=226, len=2, operation=mul
TAG 31
TAG 32
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=192, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=226, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 33
SET act.zeroPoint, 0
SET act.outScale, 280.7203
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=228, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 34
SET act.outScale, 270.98157
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=230, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 35
SET act.outScale, 270.99442
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=232, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 36
SET act.zeroPoint, 126
SET act.outScale, 132.2852
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=234, len=2, params=65, func=tanh, perColumn, unsigned
TAG 37
SET vec.a.scale, 0.0035622644
SET vec.b.scale, 0.0075594243
SET vec.b.zero, 126
SET vec.y.scale, 0.005828897
SET vec.y.zero, 122
VECTOR a=228, b=234, y=218, len=2, operation=mul
TAG 38
SET vec.a.scale, 0.0036901128
SET vec.b.scale, 0.0073710326
SET vec.b.zero, 135
SET vec.y.scale, 0.0046989755
SET vec.y.zero, 127
VECTOR a=232, b=224, y=228, len=2, operation=mul
TAG 39
SET vec.a.scale, 0.0046989755
SET vec.a.zero, 127
SET vec.b.scale, 0.005828897
SET vec.b.zero, 122
SET vec.y.scale, 0.007172136
SET vec.y.zero, 131
VECTOR a=228, b=218, y=224, len=2, operation=add
TAG 40
SET vec.a.scale, 0.007172136
SET vec.a.zero, 131
SET vec.y.scale, 0.0056708776
SET vec.y.zero, 130
VECTOR a=224, b=75, y=218, len=2, operation=lookup
TAG 41
SET vec.a.scale, 0.0036902877
SET vec.a.zero, 0
SET vec.b.scale, 0.0056708776
SET vec.b.zero, 130
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=230, b=218, y=228, len=2, operation=mul
TAG 42
TAG 43
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=194, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=228, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 44
SET act.zeroPoint, 0
SET act.outScale, 279.90552
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=230, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 45
SET act.outScale, 265.7879
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=232, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 46
SET act.outScale, 273.88348
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=234, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 47
SET act.zeroPoint, 127
SET act.outScale, 127.95595
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=236, len=2, params=65, func=tanh, perColumn, unsigned
TAG 48
SET vec.a.scale, 0.0035726342
SET vec.b.scale, 0.00781519
SET vec.b.zero, 127
SET vec.y.scale, 0.0063816872
SET vec.y.zero, 130
VECTOR a=230, b=236, y=218, len=2, operation=mul
TAG 49
SET vec.a.scale, 0.0036511875
SET vec.b.scale, 0.007172136
SET vec.b.zero, 131
SET vec.y.scale, 0.004539152
SET vec.y.zero, 139
VECTOR a=234, b=224, y=230, len=2, operation=mul
TAG 50
SET vec.a.scale, 0.004539152
SET vec.a.zero, 139
SET vec.b.scale, 0.0063816872
SET vec.b.zero, 130
SET vec.y.scale, 0.008978211
SET vec.y.zero, 127
VECTOR a=230, b=218, y=224, len=2, operation=add
TAG 51
SET vec.a.scale, 0.008978211
SET vec.a.zero, 127
SET vec.y.scale, 0.0063998974
VECTOR a=224, b=76, y=218, len=2, operation=lookup
TAG 52
SET vec.a.scale, 0.0037623986
SET vec.a.zero, 0
SET vec.b.scale, 0.0063998974
SET vec.b.zero, 127
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=232, b=218, y=230, len=2, operation=mul
TAG 53
TAG 54
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=196, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=230, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 55
SET act.zeroPoint, 0
SET act.outScale, 280.48862
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=232, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 56
SET act.outScale, 263.89163
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=234, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 57
SET act.outScale, 271.78653
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=236, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 58
SET act.zeroPoint, 128
SET act.outScale, 129.52298
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=238, len=2, params=65, func=tanh, perColumn, unsigned
TAG 59
SET vec.a.scale, 0.003565207
SET vec.b.scale, 0.007720638
SET vec.b.zero, 128
SET vec.y.scale, 0.0062025073
SET vec.y.zero, 117
VECTOR a=232, b=238, y=218, len=2, operation=mul
TAG 60
SET vec.a.scale, 0.0036793584
SET vec.b.scale, 0.008978211
SET vec.b.zero, 127
SET vec.y.scale, 0.0054702642
SET vec.y.zero, 131
VECTOR a=236, b=224, y=232, len=2, operation=mul
TAG 61
SET vec.a.scale, 0.0054702642
SET vec.a.zero, 131
SET vec.b.scale, 0.0062025073
SET vec.b.zero, 117
SET vec.y.scale, 0.009996974
SET vec.y.zero, 129
VECTOR a=232, b=218, y=224, len=2, operation=add
TAG 62
SET vec.a.scale, 0.009996974
SET vec.a.zero, 129
SET vec.y.scale, 0.0067056445
SET vec.y.zero, 128
VECTOR a=224, b=77, y=218, len=2, operation=lookup
TAG 63
SET vec.a.scale, 0.0037894342
SET vec.a.zero, 0
SET vec.b.scale, 0.0067056445
SET vec.b.zero, 128
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=234, b=218, y=232, len=2, operation=mul
TAG 64
TAG 65
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=198, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=232, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 66
SET act.zeroPoint, 0
SET act.outScale, 265.95114
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=234, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 67
SET act.outScale, 268.98776
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=236, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 68
SET act.outScale, 273.5258
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=238, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 69
SET act.zeroPoint, 127
SET act.outScale, 128.20128
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=240, len=2, params=65, func=tanh, perColumn, unsigned
TAG 70
SET vec.a.scale, 0.0037600892
SET vec.b.scale, 0.007800234
SET vec.b.zero, 127
SET vec.y.scale, 0.007169109
SET vec.y.zero, 123
VECTOR a=234, b=240, y=218, len=2, operation=mul
TAG 71
SET vec.a.scale, 0.0036559624
SET vec.b.scale, 0.009996974
SET vec.b.zero, 129
SET vec.y.scale, 0.008618139
SET vec.y.zero, 119
VECTOR a=238, b=224, y=234, len=2, operation=mul
TAG 72
SET vec.a.scale, 0.008618139
SET vec.a.zero, 119
SET vec.b.scale, 0.007169109
SET vec.b.zero, 123
SET vec.y.scale, 0.011591166
SET vec.y.zero, 114
VECTOR a=234, b=218, y=224, len=2, operation=add
TAG 73
SET vec.a.scale, 0.011591166
SET vec.a.zero, 114
SET vec.y.scale, 0.007032407
SET vec.y.zero, 123
VECTOR a=224, b=78, y=218, len=2, operation=lookup
TAG 74
SET vec.a.scale, 0.0037176413
SET vec.a.zero, 0
SET vec.b.scale, 0.007032407
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=236, b=218, y=234, len=2, operation=mul
TAG 75
TAG 76
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=200, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=234, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 77
SET act.zeroPoint, 0
SET act.outScale, 269.8661
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=236, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 78
SET act.outScale, 275.6709
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=238, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 79
SET act.outScale, 265.21753
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=240, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 80
SET act.zeroPoint, 128
SET act.outScale, 128.5465
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=242, len=2, params=65, func=tanh, perColumn, unsigned
TAG 81
SET vec.a.scale, 0.0037055416
SET vec.b.scale, 0.0077792867
SET vec.b.zero, 128
SET vec.y.scale, 0.0061743394
SET vec.y.zero, 131
VECTOR a=236, b=242, y=218, len=2, operation=mul
TAG 82
SET vec.a.scale, 0.0037704897
SET vec.b.scale, 0.011591166
SET vec.b.zero, 114
SET vec.y.scale, 0.0068869377
SET vec.y.zero, 123
VECTOR a=240, b=224, y=236, len=2, operation=mul
TAG 83
SET vec.a.scale, 0.0068869377
SET vec.a.zero, 123
SET vec.b.scale, 0.0061743394
SET vec.b.zero, 131
SET vec.y.scale, 0.008553911
SET vec.y.zero, 127
VECTOR a=236, b=218, y=224, len=2, operation=add
TAG 84
SET vec.a.scale, 0.008553911
SET vec.a.zero, 127
SET vec.y.scale, 0.0062517794
VECTOR a=224, b=79, y=218, len=2, operation=lookup
TAG 85
SET vec.a.scale, 0.003627514
SET vec.a.zero, 0
SET vec.b.scale, 0.0062517794
SET vec.b.zero, 127
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=238, b=218, y=236, len=2, operation=mul
TAG 86
TAG 87
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=202, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=236, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 88
SET act.zeroPoint, 0
SET act.outScale, 284.32846
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=238, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 89
SET act.outScale, 276.95038
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=240, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 90
SET act.outScale, 275.99463
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=242, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 91
SET act.zeroPoint, 127
SET act.outScale, 130.51854
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=244, len=2, params=65, func=tanh, perColumn, unsigned
TAG 92
SET vec.a.scale, 0.0035170591
SET vec.b.scale, 0.007661747
SET vec.y.scale, 0.0058743674
SET vec.y.zero, 134
VECTOR a=238, b=244, y=218, len=2, operation=mul
TAG 93
SET vec.a.scale, 0.0036232588
SET vec.b.scale, 0.008553911
SET vec.y.scale, 0.0057267696
SET vec.y.zero, 122
VECTOR a=242, b=224, y=238, len=2, operation=mul
TAG 94
SET vec.a.scale, 0.0057267696
SET vec.a.zero, 122
SET vec.b.scale, 0.0058743674
SET vec.b.zero, 134
SET vec.y.scale, 0.0076194555
SET vec.y.zero, 135
VECTOR a=238, b=218, y=224, len=2, operation=add
TAG 95
SET vec.a.scale, 0.0076194555
SET vec.a.zero, 135
SET vec.y.scale, 0.0058689504
SET vec.y.zero, 132
VECTOR a=224, b=80, y=218, len=2, operation=lookup
TAG 96
SET vec.a.scale, 0.003610755
SET vec.a.zero, 0
SET vec.b.scale, 0.0058689504
SET vec.b.zero, 132
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=240, b=218, y=238, len=2, operation=mul
TAG 97
TAG 98
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=204, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=238, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 99
SET act.zeroPoint, 0
SET act.outScale, 274.15042
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=240, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 100
SET act.outScale, 263.29556
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=242, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 101
SET act.outScale, 277.09134
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=244, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 102
SET act.zeroPoint, 128
SET act.outScale, 128.94196
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=246, len=2, params=65, func=tanh, perColumn, unsigned
TAG 103
SET vec.a.scale, 0.0036476324
SET vec.b.scale, 0.0077554276
SET vec.b.zero, 128
SET vec.y.scale, 0.006073503
SET vec.y.zero, 124
VECTOR a=240, b=246, y=218, len=2, operation=mul
TAG 104
SET vec.a.scale, 0.0036089183
SET vec.b.scale, 0.0076194555
SET vec.b.zero, 135
SET vec.y.scale, 0.005088066
SET vec.y.zero, 134
VECTOR a=244, b=224, y=240, len=2, operation=mul
TAG 105
SET vec.a.scale, 0.005088066
SET vec.a.zero, 134
SET vec.b.scale, 0.006073503
SET vec.b.zero, 124
SET vec.y.scale, 0.009226205
SET vec.y.zero, 121
VECTOR a=240, b=218, y=224, len=2, operation=add
TAG 106
SET vec.a.scale, 0.009226205
SET vec.a.zero, 121
SET vec.y.scale, 0.006473987
SET vec.y.zero, 125
VECTOR a=224, b=81, y=218, len=2, operation=lookup
TAG 107
SET vec.a.scale, 0.0037980133
SET vec.a.zero, 0
SET vec.b.scale, 0.006473987
SET vec.b.zero, 125
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=242, b=218, y=240, len=2, operation=mul
TAG 108
TAG 109
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=206, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=240, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 110
SET act.zeroPoint, 0
SET act.outScale, 269.58994
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=242, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 111
SET act.outScale, 295.5984
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=244, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 112
SET act.outScale, 279.5197
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=246, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 113
SET act.zeroPoint, 128
SET act.outScale, 128.3964
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=248, len=2, params=65, func=tanh, perColumn, unsigned
TAG 114
SET vec.a.scale, 0.0037093372
SET vec.b.scale, 0.0077883806
SET vec.b.zero, 128
SET vec.y.scale, 0.006139864
SET vec.y.zero, 137
VECTOR a=242, b=248, y=218, len=2, operation=mul
TAG 115
SET vec.a.scale, 0.0035775653
SET vec.b.scale, 0.009226205
SET vec.b.zero, 121
SET vec.y.scale, 0.0059582964
SET vec.y.zero, 107
VECTOR a=246, b=224, y=242, len=2, operation=mul
TAG 116
SET vec.a.scale, 0.0059582964
SET vec.a.zero, 107
SET vec.b.scale, 0.006139864
SET vec.b.zero, 137
SET vec.y.scale, 0.008754832
SET vec.y.zero, 101
VECTOR a=242, b=218, y=224, len=2, operation=add
TAG 117
SET vec.a.scale, 0.008754832
SET vec.a.zero, 101
SET vec.y.scale, 0.006202885
SET vec.y.zero, 114
VECTOR a=224, b=82, y=218, len=2, operation=lookup
TAG 118
SET vec.a.scale, 0.0033829685
SET vec.a.zero, 0
SET vec.b.scale, 0.006202885
SET vec.b.zero, 114
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=244, b=218, y=242, len=2, operation=mul
TAG 119
TAG 120
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=208, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=242, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 121
SET act.zeroPoint, 0
SET act.outScale, 270.29977
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=244, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 122
SET act.outScale, 277.25473
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=246, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 123
SET act.outScale, 264.36893
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=248, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 124
SET act.zeroPoint, 129
SET act.outScale, 128.91858
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=250, len=2, params=65, func=tanh, perColumn, unsigned
TAG 125
SET vec.a.scale, 0.0036995963
SET vec.b.scale, 0.0077568335
SET vec.b.zero, 129
SET vec.y.scale, 0.0064605805
SET vec.y.zero, 128
VECTOR a=244, b=250, y=218, len=2, operation=mul
TAG 126
SET vec.a.scale, 0.003782593
SET vec.b.scale, 0.008754832
SET vec.b.zero, 101
SET vec.y.scale, 0.0046044826
SET vec.y.zero, 138
VECTOR a=248, b=224, y=244, len=2, operation=mul
TAG 127
SET vec.a.scale, 0.0046044826
SET vec.a.zero, 138
SET vec.b.scale, 0.0064605805
SET vec.b.zero, 128
SET vec.y.scale, 0.007925572
SET vec.y.zero, 120
VECTOR a=244, b=218, y=224, len=2, operation=add
TAG 128
SET vec.a.scale, 0.007925572
SET vec.a.zero, 120
SET vec.y.scale, 0.005998337
SET vec.y.zero, 123
VECTOR a=224, b=83, y=218, len=2, operation=lookup
TAG 129
SET vec.a.scale, 0.0036067916
SET vec.a.zero, 0
SET vec.b.scale, 0.005998337
SET vec.b.zero, 123
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=246, b=218, y=244, len=2, operation=mul
TAG 130
TAG 131
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=210, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=244, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 132
SET act.zeroPoint, 0
SET act.outScale, 274.08994
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=246, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 133
SET act.outScale, 270.75797
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=248, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 134
SET act.outScale, 283.99002
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=250, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 135
SET act.zeroPoint, 128
SET act.outScale, 129.15305
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=252, len=2, params=65, func=tanh, perColumn, unsigned
TAG 136
SET vec.a.scale, 0.0036484373
SET vec.b.scale, 0.007742752
SET vec.b.zero, 128
SET vec.y.scale, 0.0066393055
SET vec.y.zero, 137
VECTOR a=246, b=252, y=218, len=2, operation=mul
TAG 137
SET vec.a.scale, 0.0035212503
SET vec.b.scale, 0.007925572
SET vec.b.zero, 120
SET vec.y.scale, 0.0049809995
SET vec.y.zero, 133
VECTOR a=250, b=224, y=246, len=2, operation=mul
TAG 138
SET vec.a.scale, 0.0049809995
SET vec.a.zero, 133
SET vec.b.scale, 0.0066393055
SET vec.b.zero, 137
SET vec.y.scale, 0.008988686
SET vec.y.zero, 143
VECTOR a=246, b=218, y=224, len=2, operation=add
TAG 139
SET vec.a.scale, 0.008988686
SET vec.a.zero, 143
SET vec.y.scale, 0.0063613667
SET vec.y.zero, 135
VECTOR a=224, b=84, y=218, len=2, operation=lookup
TAG 140
SET vec.a.scale, 0.0036933357
SET vec.a.zero, 0
SET vec.b.scale, 0.0063613667
SET vec.b.zero, 135
SET vec.y.scale, 0.024980033
VECTOR a=248, b=218, y=246, len=2, operation=mul
TAG 141
TAG 142
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=212, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=246, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 143
SET act.zeroPoint, 0
SET act.outScale, 271.86807
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=248, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 144
SET act.outScale, 269.7802
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=250, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 145
SET act.outScale, 280.108
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=252, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 146
SET act.zeroPoint, 127
SET act.outScale, 127.99779
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=254, len=2, params=65, func=tanh, perColumn, unsigned
TAG 147
SET vec.a.scale, 0.0036782546
SET vec.b.scale, 0.007812635
SET vec.b.zero, 127
SET vec.y.scale, 0.006333212
SET vec.y.zero, 120
VECTOR a=248, b=254, y=218, len=2, operation=mul
TAG 148
SET vec.a.scale, 0.0035700514
SET vec.b.scale, 0.008988686
SET vec.b.zero, 143
SET vec.y.scale, 0.004897622
SET vec.y.zero, 131
VECTOR a=252, b=224, y=248, len=2, operation=mul
TAG 149
SET vec.a.scale, 0.004897622
SET vec.a.zero, 131
SET vec.b.scale, 0.006333212
SET vec.b.zero, 120
SET vec.y.scale, 0.00993405
SET vec.y.zero, 125
VECTOR a=248, b=218, y=224, len=2, operation=add
TAG 150
SET vec.a.scale, 0.00993405
SET vec.a.zero, 125
SET vec.y.scale, 0.0066879503
SET vec.y.zero, 126
VECTOR a=224, b=85, y=218, len=2, operation=lookup
TAG 151
SET vec.a.scale, 0.0037067211
SET vec.a.zero, 0
SET vec.b.scale, 0.0066879503
SET vec.b.zero, 126
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=250, b=218, y=248, len=2, operation=mul
TAG 152
TAG 153
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=214, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=248, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 154
SET act.zeroPoint, 0
SET act.outScale, 274.86996
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=250, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 155
SET act.outScale, 278.30905
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=252, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 156
SET act.outScale, 268.85913
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=254, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 157
SET act.zeroPoint, 128
SET act.outScale, 128.98187
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=256, len=2, params=65, func=tanh, perColumn, unsigned
TAG 158
SET vec.a.scale, 0.0036380838
SET vec.b.scale, 0.007753027
SET vec.b.zero, 128
SET vec.y.scale, 0.0059756325
SET vec.y.zero, 126
VECTOR a=250, b=256, y=218, len=2, operation=mul
TAG 159
SET vec.a.scale, 0.0037194197
SET vec.b.scale, 0.00993405
SET vec.b.zero, 125
SET vec.y.scale, 0.0066010845
SET vec.y.zero, 123
VECTOR a=254, b=224, y=250, len=2, operation=mul
TAG 160
SET vec.a.scale, 0.0066010845
SET vec.a.zero, 123
SET vec.b.scale, 0.0059756325
SET vec.b.zero, 126
SET vec.y.scale, 0.009181591
SET vec.y.zero, 121
VECTOR a=250, b=218, y=224, len=2, operation=add
TAG 161
SET vec.a.scale, 0.009181591
SET vec.a.zero, 121
SET vec.y.scale, 0.0064601214
SET vec.y.zero, 125
VECTOR a=224, b=86, y=218, len=2, operation=lookup
TAG 162
SET vec.a.scale, 0.003593128
SET vec.a.zero, 0
SET vec.b.scale, 0.0064601214
SET vec.b.zero, 125
SET vec.y.scale, 0.024980033
SET vec.y.zero, 135
VECTOR a=252, b=218, y=250, len=2, operation=mul
TAG 163
TAG 164
SET act.zeroPoint, 135
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=32, usedCols=1
MATMUL ub=216, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=250, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=218, len=2, params=33, func=identity, perColumn, unsigned
TAG 165
SET act.zeroPoint, 0
SET act.outScale, 267.13815
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=186, len=2, params=41, func=sigmoid, perColumn, unsigned
TAG 166
SET act.outScale, 270.67676
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=49, func=sigmoid, perColumn, unsigned
TAG 167
SET act.outScale, 276.91327
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=57, func=sigmoid, perColumn, unsigned
TAG 168
SET act.zeroPoint, 128
SET act.outScale, 129.52812
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=160, usedCols=128
MATMUL ub=218, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=192, len=2, params=65, func=tanh, perColumn, unsigned
TAG 169
SET vec.a.scale, 0.0037433812
SET vec.b.scale, 0.007720331
SET vec.b.zero, 128
SET vec.y.scale, 0.005851429
SET vec.y.zero, 136
VECTOR a=186, b=192, y=194, len=2, operation=mul
TAG 170
SET vec.a.scale, 0.003611239
SET vec.b.scale, 0.009181591
SET vec.b.zero, 121
SET vec.y.scale, 0.00802544
SET vec.y.zero, 124
VECTOR a=190, b=224, y=186, len=2, operation=mul
TAG 171
SET vec.a.scale, 0.00802544
SET vec.a.zero, 124
SET vec.b.scale, 0.005851429
SET vec.b.zero, 136
SET vec.y.scale, 0.009529931
SET vec.y.zero, 111
VECTOR a=186, b=194, y=190, len=2, operation=add
TAG 172
SET vec.a.scale, 0.009529931
SET vec.a.zero, 111
SET vec.y.scale, 0.006523518
SET vec.y.zero, 120
VECTOR a=190, b=87, y=186, len=2, operation=lookup
TAG 173
SET vec.a.scale, 0.0036944435
SET vec.a.zero, 0
SET vec.b.scale, 0.006523518
SET vec.b.zero, 120
SET vec.y.scale, 0.004593892
SET vec.y.zero, 135
VECTOR a=188, b=186, y=190, len=2, operation=mul
TAG 174
SET vec.a.scale, 0.024980033
SET vec.a.zero, 135
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=222, b=88, y=252, len=2, operation=lookup
VECTOR a=220, b=88, y=254, len=2, operation=lookup
VECTOR a=226, b=88, y=256, len=2, operation=lookup
VECTOR a=228, b=88, y=258, len=2, operation=lookup
VECTOR a=230, b=88, y=260, len=2, operation=lookup
VECTOR a=232, b=88, y=262, len=2, operation=lookup
VECTOR a=234, b=88, y=264, len=2, operation=lookup
VECTOR a=236, b=88, y=266, len=2, operation=lookup
VECTOR a=238, b=88, y=268, len=2, operation=lookup
VECTOR a=240, b=88, y=270, len=2, operation=lookup
VECTOR a=242, b=88, y=272, len=2, operation=lookup
VECTOR a=244, b=88, y=274, len=2, operation=lookup
VECTOR a=246, b=88, y=276, len=2, operation=lookup
VECTOR a=248, b=88, y=278, len=2, operation=lookup
VECTOR a=250, b=88, y=280, len=2, operation=lookup
SET vec.a.scale, 0.004593892
VECTOR a=190, b=89, y=282, len=2, operation=lookup
TAG 175
TAG 176
TAG 177
SET act.zeroPoint, 0
SET act.outScale, 320.4456
READ_WEIGHTS addr=0xa0000, tiles=1, usedRows=128, usedCols=128
MATMUL ub=252, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=186, len=2, params=90, func=sigmoid, perColumn, unsigned
TAG 178
SET act.outScale, 332.00476
READ_WEIGHTS addr=0xb0000, tiles=1, usedRows=128, usedCols=128
MATMUL ub=252, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=98, func=sigmoid, perColumn, unsigned
TAG 179
SET act.outScale, 336.0995
READ_WEIGHTS addr=0xc0000, tiles=1, usedRows=128, usedCols=128
MATMUL ub=252, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=106, func=sigmoid, perColumn, unsigned
TAG 180
SET act.zeroPoint, 128
SET act.outScale, 166.03935
READ_WEIGHTS addr=0xd0000, tiles=1, usedRows=128, usedCols=128
MATMUL ub=252, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=114, func=tanh, perColumn, unsigned
TAG 181
SET vec.a.scale, 0.0031206545
SET vec.a.zero, 0
SET vec.b.scale, 0.0060226684
SET vec.b.zero, 128
SET vec.y.scale, 0.0032301173
SET vec.y.zero, 127
VECTOR a=186, b=190, y=192, len=2, operation=mul
TAG 182
SET vec.a.scale, 0.0032301173
SET vec.a.zero, 127
SET vec.y.scale, 0.0030590747
VECTOR a=192, b=122, y=186, len=2, operation=lookup
TAG 183
SET vec.a.scale, 0.003012005
SET vec.a.zero, 0
SET vec.b.scale, 0.0030590747
SET vec.b.zero, 127
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=188, b=186, y=190, len=2, operation=mul
TAG 184
TAG 185
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=254, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=190, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 186
SET act.zeroPoint, 0
SET act.outScale, 335.49222
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 187
SET act.outScale, 342.90265
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 188
SET act.outScale, 338.59518
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 189
SET act.zeroPoint, 123
SET act.outScale, 149.78299
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 190
SET vec.a.scale, 0.002980695
SET vec.b.scale, 0.0066763256
SET vec.b.zero, 123
SET vec.y.scale, 0.0040171877
SET vec.y.zero, 125
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 191
SET vec.a.scale, 0.0029533792
SET vec.b.scale, 0.0032301173
SET vec.b.zero, 127
SET vec.y.scale, 0.0018879576
SET vec.y.zero, 122
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 192
SET vec.a.scale, 0.0018879576
SET vec.a.zero, 122
SET vec.b.scale, 0.0040171877
SET vec.b.zero, 125
SET vec.y.scale, 0.0048127566
SET vec.y.zero, 126
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 193
SET vec.a.scale, 0.0048127566
SET vec.a.zero, 126
SET vec.y.scale, 0.0042875647
SET vec.y.zero, 127
VECTOR a=192, b=163, y=186, len=2, operation=lookup
TAG 194
SET vec.a.scale, 0.0029162795
SET vec.a.zero, 0
SET vec.b.scale, 0.0042875647
SET vec.b.zero, 127
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 195
TAG 196
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=256, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 197
SET act.zeroPoint, 0
SET act.outScale, 318.67557
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 198
SET act.outScale, 305.02744
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 199
SET act.outScale, 297.68982
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 200
SET act.zeroPoint, 124
SET act.outScale, 142.61838
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 201
SET vec.a.scale, 0.0031379878
SET vec.b.scale, 0.007011719
SET vec.b.zero, 124
SET vec.y.scale, 0.004522568
SET vec.y.zero, 103
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 202
SET vec.a.scale, 0.0033592011
SET vec.b.scale, 0.0048127566
SET vec.b.zero, 126
SET vec.y.scale, 0.0028390815
SET vec.y.zero, 123
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 203
SET vec.a.scale, 0.0028390815
SET vec.a.zero, 123
SET vec.b.scale, 0.004522568
SET vec.b.zero, 103
SET vec.y.scale, 0.00636862
SET vec.y.zero, 118
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 204
SET vec.a.scale, 0.00636862
SET vec.a.zero, 118
SET vec.y.scale, 0.005248747
SET vec.y.zero, 121
VECTOR a=192, b=164, y=186, len=2, operation=lookup
TAG 205
SET vec.a.scale, 0.0032783935
SET vec.a.zero, 0
SET vec.b.scale, 0.005248747
SET vec.b.zero, 121
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 206
TAG 207
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=258, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 208
SET act.zeroPoint, 0
SET act.outScale, 299.6287
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 209
SET act.outScale, 315.6896
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 210
SET act.outScale, 307.3657
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 211
SET act.zeroPoint, 137
SET act.outScale, 147.92154
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 212
SET vec.a.scale, 0.003337464
SET vec.b.scale, 0.0067603406
SET vec.b.zero, 137
SET vec.y.scale, 0.0049992027
SET vec.y.zero, 120
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 213
SET vec.a.scale, 0.0032534534
SET vec.b.scale, 0.00636862
SET vec.b.zero, 118
SET vec.y.scale, 0.0030237604
SET vec.y.zero, 135
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 214
SET vec.a.scale, 0.0030237604
SET vec.a.zero, 135
SET vec.b.scale, 0.0049992027
SET vec.b.zero, 120
SET vec.y.scale, 0.007692558
SET vec.y.zero, 122
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 215
SET vec.a.scale, 0.007692558
SET vec.a.zero, 122
SET vec.y.scale, 0.005904101
SET vec.y.zero, 124
VECTOR a=192, b=165, y=186, len=2, operation=lookup
TAG 216
SET vec.a.scale, 0.0031676686
SET vec.a.zero, 0
SET vec.b.scale, 0.005904101
SET vec.b.zero, 124
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 217
TAG 218
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=260, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 219
SET act.zeroPoint, 0
SET act.outScale, 301.0558
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 220
SET act.outScale, 296.27106
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 221
SET act.outScale, 291.43906
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 222
SET act.zeroPoint, 129
SET act.outScale, 136.12079
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 223
SET vec.a.scale, 0.0033216435
SET vec.b.scale, 0.0073464164
SET vec.b.zero, 129
SET vec.y.scale, 0.005378575
SET vec.y.zero, 129
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 224
SET vec.a.scale, 0.0034312492
SET vec.b.scale, 0.007692558
SET vec.b.zero, 122
SET vec.y.scale, 0.0034155983
SET vec.y.zero, 140
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 225
SET vec.a.scale, 0.0034155983
SET vec.a.zero, 140
SET vec.b.scale, 0.005378575
SET vec.b.zero, 129
SET vec.y.scale, 0.00868494
SET vec.y.zero, 132
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 226
SET vec.a.scale, 0.00868494
SET vec.a.zero, 132
SET vec.y.scale, 0.0062955464
SET vec.y.zero, 130
VECTOR a=192, b=166, y=186, len=2, operation=lookup
TAG 227
SET vec.a.scale, 0.0033752876
SET vec.a.zero, 0
SET vec.b.scale, 0.0062955464
SET vec.b.zero, 130
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 228
TAG 229
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=262, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 230
SET act.zeroPoint, 0
SET act.outScale, 301.90128
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 231
SET act.outScale, 286.9916
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 232
SET act.outScale, 295.35742
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 233
SET act.zeroPoint, 130
SET act.outScale, 136.21577
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 234
SET vec.a.scale, 0.003312341
SET vec.b.scale, 0.0073412936
SET vec.y.scale, 0.004706109
SET vec.y.zero, 125
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 235
SET vec.a.scale, 0.0033857285
SET vec.b.scale, 0.00868494
SET vec.b.zero, 132
SET vec.y.scale, 0.0044252626
SET vec.y.zero, 142
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 236
SET vec.a.scale, 0.0044252626
SET vec.a.zero, 142
SET vec.b.scale, 0.004706109
SET vec.b.zero, 125
SET vec.y.scale, 0.007328322
SET vec.y.zero, 122
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 237
SET vec.a.scale, 0.007328322
SET vec.a.zero, 122
SET vec.y.scale, 0.005741937
SET vec.y.zero, 124
VECTOR a=192, b=167, y=186, len=2, operation=lookup
TAG 238
SET vec.a.scale, 0.0034844226
SET vec.a.zero, 0
SET vec.b.scale, 0.005741937
SET vec.b.zero, 124
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 239
TAG 240
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=264, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 241
SET act.zeroPoint, 0
SET act.outScale, 289.59055
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 242
SET act.outScale, 294.0059
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 243
SET act.outScale, 296.62244
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 244
SET act.zeroPoint, 129
SET act.outScale, 134.10779
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 245
SET vec.a.scale, 0.0034531513
SET vec.b.scale, 0.007456688
SET vec.b.zero, 129
SET vec.y.scale, 0.0057337442
SET vec.y.zero, 134
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 246
SET vec.a.scale, 0.003371289
SET vec.b.scale, 0.007328322
SET vec.b.zero, 122
SET vec.y.scale, 0.0051606386
SET vec.y.zero, 123
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 247
SET vec.a.scale, 0.0051606386
SET vec.a.zero, 123
SET vec.b.scale, 0.0057337442
SET vec.b.zero, 134
SET vec.y.scale, 0.008902524
SET vec.y.zero, 114
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 248
SET vec.a.scale, 0.008902524
SET vec.a.zero, 114
SET vec.y.scale, 0.006342168
SET vec.y.zero, 121
VECTOR a=192, b=168, y=186, len=2, operation=lookup
TAG 249
SET vec.a.scale, 0.0034012925
SET vec.a.zero, 0
SET vec.b.scale, 0.006342168
SET vec.b.zero, 121
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 250
TAG 251
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=266, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 252
SET act.zeroPoint, 0
SET act.outScale, 306.32794
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 253
SET act.outScale, 300.28937
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 254
SET act.outScale, 297.7228
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 255
SET act.zeroPoint, 129
SET act.outScale, 133.73941
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 256
SET vec.a.scale, 0.0032644754
SET vec.b.scale, 0.007477227
SET vec.b.zero, 129
SET vec.y.scale, 0.0053832373
SET vec.y.zero, 126
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 257
SET vec.a.scale, 0.0033588288
SET vec.b.scale, 0.008902524
SET vec.b.zero, 114
SET vec.y.scale, 0.004367992
SET vec.y.zero, 118
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 258
SET vec.a.scale, 0.004367992
SET vec.a.zero, 118
SET vec.b.scale, 0.0053832373
SET vec.b.zero, 126
SET vec.y.scale, 0.008671675
SET vec.y.zero, 130
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 259
SET vec.a.scale, 0.008671675
SET vec.a.zero, 130
SET vec.y.scale, 0.0062929974
SET vec.y.zero, 129
VECTOR a=192, b=169, y=186, len=2, operation=lookup
TAG 260
SET vec.a.scale, 0.0033301213
SET vec.a.zero, 0
SET vec.b.scale, 0.0062929974
SET vec.b.zero, 129
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 261
TAG 262
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=268, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 263
SET act.zeroPoint, 0
SET act.outScale, 310.72592
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 264
SET act.outScale, 285.19498
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 265
SET act.outScale, 300.4182
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 266
SET act.zeroPoint, 128
SET act.outScale, 131.04277
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 267
SET vec.a.scale, 0.0032182704
SET vec.b.scale, 0.0076310965
SET vec.b.zero, 128
SET vec.y.scale, 0.004418042
SET vec.y.zero, 118
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 268
SET vec.a.scale, 0.0033286929
SET vec.b.scale, 0.008671675
SET vec.b.zero, 130
SET vec.y.scale, 0.0050890143
SET vec.y.zero, 123
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 269
SET vec.a.scale, 0.0050890143
SET vec.a.zero, 123
SET vec.b.scale, 0.004418042
SET vec.b.zero, 118
SET vec.y.scale, 0.008262681
SET vec.y.zero, 128
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 270
SET vec.a.scale, 0.008262681
SET vec.a.zero, 128
SET vec.y.scale, 0.0061423704
VECTOR a=192, b=170, y=186, len=2, operation=lookup
TAG 271
SET vec.a.scale, 0.0035063731
SET vec.a.zero, 0
SET vec.b.scale, 0.0061423704
SET vec.b.zero, 128
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 272
TAG 273
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=270, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 274
SET act.zeroPoint, 0
SET act.outScale, 295.11984
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 275
SET act.outScale, 293.01614
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 276
SET act.outScale, 279.82474
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 277
SET act.zeroPoint, 127
SET act.outScale, 132.02194
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 278
SET vec.a.scale, 0.003388454
SET vec.b.scale, 0.007574498
SET vec.b.zero, 127
SET vec.y.scale, 0.0048722904
SET vec.y.zero, 132
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 279
SET vec.a.scale, 0.0035736656
SET vec.b.scale, 0.008262681
SET vec.b.zero, 128
SET vec.y.scale, 0.0056368345
SET vec.y.zero, 146
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 280
SET vec.a.scale, 0.0056368345
SET vec.a.zero, 146
SET vec.b.scale, 0.0048722904
SET vec.b.zero, 132
SET vec.y.scale, 0.008988403
SET vec.y.zero, 120
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 281
SET vec.a.scale, 0.008988403
SET vec.a.zero, 120
SET vec.y.scale, 0.006394028
SET vec.y.zero, 124
VECTOR a=192, b=171, y=186, len=2, operation=lookup
TAG 282
SET vec.a.scale, 0.0034127813
SET vec.a.zero, 0
SET vec.b.scale, 0.006394028
SET vec.b.zero, 124
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 283
TAG 284
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=272, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 285
SET act.zeroPoint, 0
SET act.outScale, 300.02548
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 286
SET act.outScale, 305.58502
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 287
SET act.outScale, 280.355
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 288
SET act.zeroPoint, 127
SET act.outScale, 134.3199
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 289
SET vec.a.scale, 0.00333305
SET vec.b.scale, 0.0074449135
SET vec.b.zero, 127
SET vec.y.scale, 0.005657586
SET vec.y.zero, 135
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 290
SET vec.a.scale, 0.003566906
SET vec.b.scale, 0.008988403
SET vec.b.zero, 120
SET vec.y.scale, 0.0060299514
SET vec.y.zero, 122
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 291
SET vec.a.scale, 0.0060299514
SET vec.a.zero, 122
SET vec.b.scale, 0.005657586
SET vec.b.zero, 135
SET vec.y.scale, 0.008251272
SET vec.y.zero, 134
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 292
SET vec.a.scale, 0.008251272
SET vec.a.zero, 134
SET vec.y.scale, 0.00613022
SET vec.y.zero, 131
VECTOR a=192, b=172, y=186, len=2, operation=lookup
TAG 293
SET vec.a.scale, 0.0032724116
SET vec.a.zero, 0
SET vec.b.scale, 0.00613022
SET vec.b.zero, 131
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 294
TAG 295
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=274, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 296
SET act.zeroPoint, 0
SET act.outScale, 299.64804
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 297
SET act.outScale, 301.00696
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 298
SET act.outScale, 282.35797
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 299
SET act.zeroPoint, 129
SET act.outScale, 133.97824
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 300
SET vec.a.scale, 0.0033372487
SET vec.b.scale, 0.0074638985
SET vec.b.zero, 129
SET vec.y.scale, 0.0045318473
SET vec.y.zero, 122
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 301
SET vec.a.scale, 0.0035416037
SET vec.b.scale, 0.008251272
SET vec.b.zero, 134
SET vec.y.scale, 0.0064482293
SET vec.y.zero, 121
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 302
SET vec.a.scale, 0.0064482293
SET vec.a.zero, 121
SET vec.b.scale, 0.0045318473
SET vec.b.zero, 122
SET vec.y.scale, 0.008199418
SET vec.y.zero, 123
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 303
SET vec.a.scale, 0.008199418
SET vec.a.zero, 123
SET vec.y.scale, 0.0061145243
SET vec.y.zero, 125
VECTOR a=192, b=173, y=186, len=2, operation=lookup
TAG 304
SET vec.a.scale, 0.0033221825
SET vec.a.zero, 0
SET vec.b.scale, 0.0061145243
SET vec.b.zero, 125
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 305
TAG 306
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=276, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 307
SET act.zeroPoint, 0
SET act.outScale, 300.4477
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 308
SET act.outScale, 310.41177
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 309
SET act.outScale, 297.20593
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 310
SET act.zeroPoint, 127
SET act.outScale, 131.18161
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 311
SET vec.a.scale, 0.0033283664
SET vec.b.scale, 0.00762302
SET vec.b.zero, 127
SET vec.y.scale, 0.004428926
SET vec.y.zero, 120
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 312
SET vec.a.scale, 0.0033646706
SET vec.b.scale, 0.008199418
SET vec.b.zero, 123
SET vec.y.scale, 0.005800189
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 313
SET vec.a.scale, 0.005800189
SET vec.a.zero, 120
SET vec.b.scale, 0.004428926
SET vec.b.zero, 120
SET vec.y.scale, 0.00871994
SET vec.y.zero, 118
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 314
SET vec.a.scale, 0.00871994
SET vec.a.zero, 118
SET vec.y.scale, 0.0062975693
SET vec.y.zero, 123
VECTOR a=192, b=174, y=186, len=2, operation=lookup
TAG 315
SET vec.a.scale, 0.0032215272
SET vec.a.zero, 0
SET vec.b.scale, 0.0062975693
SET vec.b.zero, 123
SET vec.y.scale, 0.0053939973
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 316
TAG 317
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=278, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 318
SET act.zeroPoint, 0
SET act.outScale, 305.6243
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 319
SET act.outScale, 302.6715
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 320
SET act.outScale, 292.44836
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 321
SET act.zeroPoint, 127
SET act.outScale, 131.71773
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 322
SET vec.a.scale, 0.0032719912
SET vec.b.scale, 0.007591992
SET vec.b.zero, 127
SET vec.y.scale, 0.0047748485
SET vec.y.zero, 137
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 323
SET vec.a.scale, 0.0034194072
SET vec.b.scale, 0.00871994
SET vec.b.zero, 118
SET vec.y.scale, 0.005313077
SET vec.y.zero, 129
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 324
SET vec.a.scale, 0.005313077
SET vec.a.zero, 129
SET vec.b.scale, 0.0047748485
SET vec.b.zero, 137
SET vec.y.scale, 0.0088288095
SET vec.y.zero, 128
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 325
SET vec.a.scale, 0.0088288095
SET vec.a.zero, 128
SET vec.y.scale, 0.006349142
VECTOR a=192, b=175, y=186, len=2, operation=lookup
TAG 326
SET vec.a.scale, 0.0033039118
SET vec.a.zero, 0
SET vec.b.scale, 0.006349142
SET vec.b.zero, 128
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 327
TAG 328
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=280, acc=0, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=0, len=2, switch, accumulate, unsigned
ACTIVATE acc=0, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 329
SET act.zeroPoint, 0
SET act.outScale, 303.36426
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 330
SET act.outScale, 315.92822
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 331
SET act.outScale, 321.86096
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 332
SET act.zeroPoint, 128
SET act.outScale, 135.04698
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 333
SET vec.a.scale, 0.0032963674
SET vec.b.scale, 0.007404831
SET vec.y.scale, 0.004915821
SET vec.y.zero, 126
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 334
SET vec.a.scale, 0.0031069317
SET vec.b.scale, 0.0088288095
SET vec.y.scale, 0.005692994
SET vec.y.zero, 129
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 335
SET vec.a.scale, 0.005692994
SET vec.a.zero, 129
SET vec.b.scale, 0.004915821
SET vec.b.zero, 126
SET vec.y.scale, 0.00820658
SET vec.y.zero, 149
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 336
SET vec.a.scale, 0.00820658
SET vec.a.zero, 149
SET vec.y.scale, 0.00604858
SET vec.y.zero, 139
VECTOR a=192, b=176, y=186, len=2, operation=lookup
TAG 337
SET vec.a.scale, 0.003165276
SET vec.a.zero, 0
SET vec.b.scale, 0.00604858
SET vec.b.zero, 139
SET vec.y.scale, 0.0053939973
SET vec.y.zero, 123
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 338
TAG 339
SET act.zeroPoint, 123
READ_WEIGHTS addr=0xe0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=282, acc=2048, len=2, switch, unsigned, fence
READ_WEIGHTS addr=0xf0000, tiles=1, usedRows=128, usedCols=1
MATMUL ub=188, acc=2048, len=2, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=186, len=2, params=123, func=identity, perColumn, unsigned
TAG 340
SET act.zeroPoint, 0
SET act.outScale, 279.44205
READ_WEIGHTS addr=0x100000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=188, len=2, params=131, func=sigmoid, perColumn, unsigned
TAG 341
SET act.outScale, 294.28802
READ_WEIGHTS addr=0x110000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=190, len=2, params=139, func=sigmoid, perColumn, unsigned
TAG 342
SET act.outScale, 300.90268
READ_WEIGHTS addr=0x120000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=194, len=2, params=147, func=sigmoid, perColumn, unsigned
TAG 343
SET act.zeroPoint, 125
SET act.outScale, 133.11891
READ_WEIGHTS addr=0x130000, tiles=1, usedRows=256, usedCols=128
MATMUL ub=186, acc=2048, len=2, switch, unsigned, fence
ACTIVATE acc=2048, ub=196, len=2, params=155, func=tanh, perColumn, unsigned
TAG 344
SET vec.a.scale, 0.0035785595
SET vec.b.scale, 0.0075120805
SET vec.b.zero, 125
SET vec.y.scale, 0.0047022323
SET vec.y.zero, 127
VECTOR a=188, b=196, y=186, len=2, operation=mul
TAG 345
SET vec.a.scale, 0.0033233338
SET vec.b.scale, 0.00820658
SET vec.b.zero, 149
SET vec.y.scale, 0.0054590814
SET vec.y.zero, 150
VECTOR a=194, b=192, y=188, len=2, operation=mul
TAG 346
SET vec.a.scale, 0.0054590814
SET vec.a.zero, 150
SET vec.b.scale, 0.0047022323
SET vec.b.zero, 127
SET vec.y.scale, 0.008671158
SET vec.y.zero, 135
VECTOR a=188, b=186, y=192, len=2, operation=add
TAG 347
SET vec.a.scale, 0.008671158
SET vec.a.zero, 135
SET vec.y.scale, 0.0062855165
SET vec.y.zero, 131
VECTOR a=192, b=177, y=186, len=2, operation=lookup
TAG 348
SET vec.a.scale, 0.0033980315
SET vec.a.zero, 0
SET vec.b.scale, 0.0062855165
SET vec.b.zero, 131
SET vec.y.scale, 0.004595409
SET vec.y.zero, 127
VECTOR a=190, b=186, y=188, len=2, operation=mul
TAG 349
SET act.zeroPoint, 127
READ_WEIGHTS addr=0x140000, tiles=1, usedRows=128, usedCols=10
MATMUL ub=188, acc=0, len=2, switch, unsigned, fence
ACTIVATE acc=0, ub=186, len=2, params=178, func=identity, perColumn, unsigned
WRITE_HOST ub=186, host=0xbe00, rows=2, rowBytes=10
HALT
