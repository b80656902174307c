export * from './json-text';
export { LineIndex } from './line-index';
export { MAX_NESTING_DEPTH, offsetBeyondDepth } from './nesting';
