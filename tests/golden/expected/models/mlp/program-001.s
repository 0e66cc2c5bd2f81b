; tpusim program: 37 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=32
TAG 1
READ_HOST ub=32, host=0x2000, rows=32, rowBytes=256
READ_HOST ub=64, host=0x4000, rows=32, rowBytes=256
READ_HOST ub=96, host=0x6000, rows=32, rowBytes=256
READ_HOST ub=128, host=0x8000, rows=32, rowBytes=16
READ_WEIGHTS addr=0x0, tiles=1, usedRows=256, usedCols=256
MATMUL ub=32, acc=0, len=32, switch, unsigned
READ_WEIGHTS addr=0x10000, tiles=1, usedRows=256, usedCols=256
MATMUL ub=64, acc=0, len=32, switch, accumulate, unsigned
READ_WEIGHTS addr=0x20000, tiles=1, usedRows=256, usedCols=256
MATMUL ub=96, acc=0, len=32, switch, accumulate, unsigned
READ_WEIGHTS addr=0x30000, tiles=1, usedRows=16, usedCols=256
MATMUL ub=128, acc=0, len=32, switch, accumulate, unsigned
ACTIVATE acc=0, ub=160, len=32, func=relu, perColumn, unsigned
READ_WEIGHTS addr=0x40000, tiles=1, usedRows=256, usedCols=256
MATMUL ub=32, acc=2048, len=32, switch, unsigned
READ_WEIGHTS addr=0x50000, tiles=1, usedRows=256, usedCols=256
MATMUL ub=64, acc=2048, len=32, switch, accumulate, unsigned
READ_WEIGHTS addr=0x60000, tiles=1, usedRows=256, usedCols=256
MATMUL ub=96, acc=2048, len=32, switch, accumulate, unsigned
READ_WEIGHTS addr=0x70000, tiles=1, usedRows=16, usedCols=256
MATMUL ub=128, acc=2048, len=32, switch, accumulate, unsigned
ACTIVATE acc=2048, ub=192, len=32, params=8, func=relu, perColumn, unsigned
TAG 2
READ_WEIGHTS addr=0x80000, tiles=1, usedRows=256, usedCols=256
MATMUL ub=160, acc=0, len=32, switch, unsigned, fence
READ_WEIGHTS addr=0x90000, tiles=1, usedRows=256, usedCols=256
MATMUL ub=192, acc=0, len=32, switch, accumulate, unsigned
ACTIVATE acc=0, ub=32, len=32, params=16, func=relu, perColumn, unsigned
TAG 3
SET act.zeroPoint, 116
READ_WEIGHTS addr=0xa0000, tiles=1, usedRows=256, usedCols=10
MATMUL ub=32, acc=2048, len=32, switch, unsigned, fence
ACTIVATE acc=2048, ub=64, len=32, params=24, func=identity, perColumn, unsigned
WRITE_HOST ub=64, host=0x8200, rows=32, rowBytes=10
HALT
