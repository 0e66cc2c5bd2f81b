; tpusim program: 94 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=24
TAG 1
SET act.zeroPoint, 127
READ_HOST ub=24, host=0x300, rows=3025, rowBytes=32
READ_HOST ub=3049, host=0x17d20, rows=3025, rowBytes=32
READ_HOST ub=6074, host=0x2f740, rows=3025, rowBytes=32
READ_HOST ub=9099, host=0x47160, rows=3025, rowBytes=32
READ_HOST ub=12124, host=0x5eb80, rows=3025, rowBytes=32
READ_HOST ub=15149, host=0x765a0, rows=3025, rowBytes=32
READ_HOST ub=18174, host=0x8dfc0, rows=3025, rowBytes=32
READ_HOST ub=21199, host=0xa59e0, rows=3025, rowBytes=32
READ_HOST ub=24224, host=0xbd400, rows=3025, rowBytes=32
READ_HOST ub=27249, host=0xd4e20, rows=3025, rowBytes=32
READ_HOST ub=30274, host=0xec840, rows=3025, rowBytes=32
READ_HOST ub=33299, host=0x104260, rows=3025, rowBytes=11
READ_WEIGHTS addr=0x0, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24, acc=0, len=3025, switch, unsigned
READ_WEIGHTS addr=0x400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3049, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6074, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0xc00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9099, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12124, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15149, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18174, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x1c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21199, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24224, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27249, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30274, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x2c00, tiles=1, usedRows=11, usedCols=32
MATMUL ub=33299, acc=0, len=3025, switch, accumulate, unsigned
ACTIVATE acc=0, ub=36324, len=3025, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x3000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24, acc=2097152, len=3025, switch, unsigned
READ_WEIGHTS addr=0x3400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3049, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6074, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x3c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9099, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12124, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15149, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18174, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x4c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21199, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24224, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27249, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30274, acc=2097152, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x5c00, tiles=1, usedRows=11, usedCols=32
MATMUL ub=33299, acc=2097152, len=3025, switch, accumulate, unsigned
ACTIVATE acc=2097152, ub=39349, len=3025, params=8, func=identity, perColumn, unsigned
READ_WEIGHTS addr=0x6000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24, acc=0, len=3025, switch, unsigned
READ_WEIGHTS addr=0x6400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=3049, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=6074, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x6c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=9099, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=12124, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=15149, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=18174, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x7c00, tiles=1, usedRows=32, usedCols=32
MATMUL ub=21199, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8000, tiles=1, usedRows=32, usedCols=32
MATMUL ub=24224, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8400, tiles=1, usedRows=32, usedCols=32
MATMUL ub=27249, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8800, tiles=1, usedRows=32, usedCols=32
MATMUL ub=30274, acc=0, len=3025, switch, accumulate, unsigned
READ_WEIGHTS addr=0x8c00, tiles=1, usedRows=11, usedCols=32
MATMUL ub=33299, acc=0, len=3025, switch, accumulate, unsigned
ACTIVATE acc=0, ub=42374, len=3025, params=16, func=identity, perColumn, unsigned
WRITE_HOST ub=36324, host=0x10c45b, rows=3025, rowBytes=32
WRITE_HOST ub=39349, host=0x123e7b, rows=3025, rowBytes=32
WRITE_HOST ub=42374, host=0x13b89b, rows=3025, rowBytes=32
HALT
