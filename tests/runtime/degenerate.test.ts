// Degenerate quantized output (issue 9, item 7): an output that is all zero, constant, or below
// cosine 0.9 against float32 gets a "warning:" note (report.notes; the CLI prints it on stderr).
import { describe, expect, it } from 'vitest';
import { tensor } from '../../graph/index.js';
import { degenerateOutputNotes } from '../../runtime/index.js';

const t = (...v: number[]) => tensor('float32', [1, v.length], Float32Array.from(v));

describe('degenerate quantized outputs', () => {
  it('warns on all zero, constant and low-cosine outputs, and not on a faithful one', () => {
    const ref = { y: t(0.01, -0.02, 0.03, 0.005) };
    expect(degenerateOutputNotes({ y: t(0, 0, 0, 0) }, ref)).toEqual([expect.stringMatching(/^warning: .*"y" is all zero/)]);
    expect(degenerateOutputNotes({ y: t(0.5, 0.5, 0.5, 0.5) }, ref)).toEqual([expect.stringMatching(/"y" is constant \(0\.5\)/)]);
    // cosine of (-0.01, 0.02, 0.03, 0.005) with the reference: (-1 - 4 + 9 + 0.25) / (1+4+9+0.25) = 0.298
    expect(degenerateOutputNotes({ y: t(-0.01, 0.02, 0.03, 0.005) }, ref)).toEqual([expect.stringMatching(/cosine 0\.298/)]);
    expect(degenerateOutputNotes({ y: t(0.011, -0.019, 0.029, 0.006) }, ref)).toEqual([]);
    // without a reference only the value checks apply
    expect(degenerateOutputNotes({ y: t(0, 0, 0) }, undefined)).toHaveLength(1);
    expect(degenerateOutputNotes({ y: t(1, 2, 3) }, null)).toEqual([]);
  });
});
