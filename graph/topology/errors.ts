// Errors of SCALE-Sim topology import. Each problem names the file and line, so a user can fix
// the CSV where SCALE-Sim itself would crash with a Python traceback.
import { GraphError } from '../errors.js';

/** One problem in a topology file: where (1-based line; 0 for the whole file) and what. */
export interface TopologyProblem {
  line: number;
  message: string;
}

/** A topology CSV cannot be imported; `problems` lists every bad row, not just the first. */
export class TopologyError extends GraphError {
  override name = 'TopologyError';
  constructor(
    readonly file: string,
    readonly problems: TopologyProblem[],
  ) {
    super(formatProblems(file, problems));
  }
}

/** A topology (or a selection of its layers) is too large to turn into a graph with data. */
export class TopologyTooLargeError extends GraphError {
  override name = 'TopologyTooLargeError';
}

/** `file:line: message`, one per line (at most 50, then a count). */
function formatProblems(file: string, problems: TopologyProblem[]): string {
  const shown = problems.slice(0, 50).map((p) => (p.line > 0 ? `${file}:${p.line}: ${p.message}` : `${file}: ${p.message}`));
  if (problems.length > shown.length) shown.push(`${file}: ... and ${problems.length - shown.length} more problems`);
  return shown.join('\n');
}
