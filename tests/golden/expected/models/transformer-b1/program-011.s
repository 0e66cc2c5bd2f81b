; tpusim program: 11 instructions, 0 data segments
READ_HOST ub=0, host=0x0, rows=1
TAG 37
READ_HOST ub=1, host=0x100, rows=1024, rowBytes=4
SET vec.a.scale, 0.17262477
SET vec.a.zero, 127
SET vec.y.scale, 0.030516034
SET vec.y.zero, 127
SET vec.width, 4
VECTOR a=1, b=0, y=1025, len=1024, operation=lookup
WRITE_HOST ub=1025, host=0x1100, rows=1024, rowBytes=4
HALT
