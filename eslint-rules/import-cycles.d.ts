/** Types of import-cycles.js for the tests that use it. */
export interface ImportCycles {
  graph: Map<string, Set<string>>;
  /** File → the circle it is in; files in no circle are absent. */
  component: Map<string, number>;
  shown(file: string): string;
}
export function importCycles(root: string): ImportCycles;
export function resolveImport(from: string, specifier: string): string | null;
