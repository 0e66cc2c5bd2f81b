// What graph/onnx/ uses of the protobuf packages, as one ES module: proto.ts loads it on first use,
// so that @bufbuild/protobuf and onnx-buf (which builds ONNX's descriptors as it loads) load with
// ES module semantics, the same instances the tests' own imports get.
export { create, fromBinary, toBinary } from '@bufbuild/protobuf';
export {
  AttributeProtoSchema,
  AttributeProto_AttributeType,
  GraphProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  OperatorSetIdProtoSchema,
  StringStringEntryProtoSchema,
  TensorProtoSchema,
  TensorProto_DataLocation,
  TensorShapeProtoSchema,
  TensorShapeProto_DimensionSchema,
  TypeProtoSchema,
  TypeProto_TensorSchema,
  ValueInfoProtoSchema,
} from 'onnx-buf';
