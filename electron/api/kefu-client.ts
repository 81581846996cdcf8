/**
 * The typed client the renderer sees as `window.kefu`, derived from the contract:
 * `'settings.save'` becomes `kefu.settings.save(input)`.
 */
import type { ApiResult } from './api-result';
import type { MethodInput, MethodName, MethodOutput } from './contract';

type Namespace<M extends string> = M extends `${infer N}.${string}` ? N : never;
type Leaf<M extends string, N extends string> = M extends `${N}.${infer L}` ? L : never;

type ClientMethod<M extends MethodName> =
  Record<string, never> extends MethodInput<M>
    ? (input?: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>
    : (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>;

export type KefuClient = {
  [N in Namespace<MethodName>]: {
    [L in Leaf<MethodName, N>]: ClientMethod<Extract<`${N}.${L}`, MethodName>>;
  };
};

/** One call over any transport: method name and raw input in, result out. */
export type CallTransport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds the namespaced client from a flat method list; used by the preload and the web shim. */
export function buildKefuClient(methods: readonly MethodName[], call: CallTransport): KefuClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const name of methods) {
    const [namespace, leaf] = name.split('.') as [string, string];
    client[namespace] ??= {};
    client[namespace][leaf] = (input?: unknown) => call(name, input ?? {});
  }
  return client as unknown as KefuClient;
}

/** Same client without a method list: the web shim resolves names lazily; the host validates them. */
export function proxyKefuClient(
  call: (method: string, input: unknown) => Promise<ApiResult<unknown>>,
): KefuClient {
  const namespace = (ns: string) =>
    new Proxy({}, { get: (_, leaf) => (input?: unknown) => call(`${ns}.${String(leaf)}`, input ?? {}) });
  return new Proxy({}, { get: (_, ns) => namespace(String(ns)) }) as KefuClient;
}
