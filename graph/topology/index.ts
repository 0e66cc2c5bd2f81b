// SCALE-Sim topology import (public face of graph/topology/): parse conv and GEMM CSVs, and turn
// them into graphs of independent layers. Rules and differences from SCALE-Sim: README.md here.
export { TopologyError, TopologyTooLargeError, type TopologyProblem } from './errors.js';
export {
  parseTopology,
  loadTopologyFile,
  type Topology,
  type TopologyLayer,
  type TopologyFormat,
  type TopologyWarning,
  type DepthwiseMode,
  type ParseTopologyOptions,
  ofmapSize,
} from './parse.js';
export {
  topologyToGraph,
  topologyFeeds,
  scaleSimLayersOf,
  madeUpWeightsOf,
  type TopologyGraphOptions,
  type TopologyFeedsOptions,
  type ScaleSimLayerInfo,
} from './graph.js';
