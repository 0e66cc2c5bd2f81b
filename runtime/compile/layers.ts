// The layers pass: in topological order, each node not yet taken is offered to the TPU recogniser
// of its op (lower/): it becomes a layer with what follows it fused (batch-norm, bias Add,
// activation), or a single-node layer for a fallback device carrying the recogniser's refusal. An op
// may have several recognisers (a residual add on the matrix unit, else an add on the vector unit).
import { type Graph, type Node, type Tensor, topoOrder } from '../../graph/index.js';
import type { Activation, Layer } from '../layers.js';
import { type RecogniseContext, type Recogniser, type Refusal, TPU_RECOGNISERS, activationOf, isRefusal } from '../lower/index.js';

/** The recognisers of each op, in the order they are tried (the first layer wins). */
function recognisersByOp(recognisers: readonly Recogniser[]): Map<string, Recogniser[]> {
  const byOp = new Map<string, Recogniser[]>();
  for (const r of recognisers) for (const op of r.ops) byOp.set(op, [...(byOp.get(op) ?? []), r]);
  return byOp;
}

/** Builds the layer list of a graph whose shapes are all known. */
export function buildLayers(graph: Graph, recognisers: readonly Recogniser[] = TPU_RECOGNISERS): Layer[] {
  const byOp = recognisersByOp(recognisers);
  const consumers = graph.consumers();
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const used = new Set<Node>();
  const layers: Layer[] = [];
  const producers = new Map<string, Layer>();
  const constant = (name: string | undefined): Tensor | undefined => (name ? graph.initializers.get(name) : undefined);
  const soleConsumer = (value: string): Node | undefined => {
    const cs = consumers.get(value);
    if (!cs || cs.length !== 1 || outputs.has(value)) return undefined;
    return used.has(cs[0]!) ? undefined : cs[0];
  };
  for (const node of topoOrder(graph)) {
    if (used.has(node)) continue;
    used.add(node);
    const nodes = [node];
    const ctx: RecogniseContext = {
      graph,
      nodes,
      constant,
      soleConsumer,
      absorb(n: Node) {
        used.add(n);
        nodes.push(n);
      },
      takeActivation(value: string): { act: Activation; output: string } {
        const next = soleConsumer(value);
        const act = next && activationOf(next, constant);
        if (!next || !act) return { act: 'identity', output: value };
        this.absorb(next);
        return { act, output: next.outputs[0]! };
      },
      producer: (value) => producers.get(value),
      isGraphOutput: (value) => outputs.has(value),
      consumers: (value) => consumers.get(value) ?? [],
    };
    // each recogniser of the op in turn; a later one sees the earlier refusal (and is answered by the last)
    let answer: Layer | Refusal | undefined;
    for (const r of byOp.get(node.op) ?? []) {
      answer = r.recognise(node, ctx);
      if (!isRefusal(answer)) break;
      ctx.earlierRefusal = answer.refused;
    }
    const layer: Layer =
      answer && !isRefusal(answer)
        ? answer
        : {
            name: node.name,
            op: node.op,
            nodes,
            kind: 'node',
            inputs: node.inputs.filter((i) => i && !graph.initializers.has(i)),
            output: node.outputs[0] ?? '',
            ...(answer ? { refusal: answer.refused } : {}),
          };
    layers.push(layer);
    producers.set(layer.output, layer);
  }
  return layers;
}
