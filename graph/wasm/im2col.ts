// runtime/hostio.ts's im2colBlocks in wasm: the same bytes. im2col rows of a uint8 NCHW tensor in
// blocks of `g` features (k = (c, r, s) in ONNX weight order): for each block, for each output
// pixel (n, oy, ox) its features of the block, out-of-image taps holding the zero point.

/**
 * Writes the im2col blocks of the N x Cin x H x W bytes at `values` to `out`, with `tab` scratch
 * for 3 * Cin * kh * kw int32 (each feature's tap offsets). Geometry as in Im2colSpec.
 */
export function im2col(
  values: usize, N: i32, Cin: i32, H: i32, W: i32, kh: i32, kw: i32, sy: i32, sx: i32, dilY: i32, dilX: i32,
  padTop: i32, padLeft: i32, outH: i32, outW: i32, g: i32, zeroPoint: i32, tab: usize, out: usize,
): void {
  const K = Cin * kh * kw;
  const dy = tab, dx = tab + (<usize>K << 2), offset = tab + (<usize>K << 3);
  for (let c = 0, k = 0; c < Cin; c++) {
    for (let r = 0; r < kh; r++) {
      for (let s = 0; s < kw; s++, k++) {
        store<i32>(dy + (<usize>k << 2), r * dilY);
        store<i32>(dx + (<usize>k << 2), s * dilX);
        store<i32>(offset + (<usize>k << 2), c * H * W + r * dilY * W + s * dilX);
      }
    }
  }
  const spanY = (kh - 1) * dilY, spanX = (kw - 1) * dilX;
  let p = out;
  for (let k0 = 0; k0 < K; k0 += g) {
    const k1 = min(K, k0 + g);
    for (let n = 0; n < N; n++) {
      const image = values + <usize>n * <usize>Cin * <usize>H * <usize>W;
      for (let oy = 0; oy < outH; oy++) {
        const y0 = oy * sy - padTop;
        const rowInside = y0 >= 0 && y0 + spanY < H;
        for (let ox = 0; ox < outW; ox++) {
          const x0 = ox * sx - padLeft;
          const corner = image + <usize>(y0 * W + x0);
          if (rowInside && x0 >= 0 && x0 + spanX < W) {
            for (let k = k0; k < k1; k++) store<u8>(p++, load<u8>(corner + <usize>load<i32>(offset + (<usize>k << 2))));
            continue;
          }
          for (let k = k0; k < k1; k++) {
            const iy = y0 + load<i32>(dy + (<usize>k << 2));
            const ix = x0 + load<i32>(dx + (<usize>k << 2));
            const inside = iy >= 0 && iy < H && ix >= 0 && ix < W;
            store<u8>(p++, inside ? load<u8>(corner + <usize>load<i32>(offset + (<usize>k << 2))) : <u8>zeroPoint);
          }
        }
      }
    }
  }
}
