/** Handler types shared by the per-domain handler tables. */
import type { MethodName, MethodOutput, MethodParsedInput } from './contract';

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** The handlers for one domain's methods. */
export type HandlersFor<Names extends readonly MethodName[]> = { [M in Names[number]]: Handler<M> };

export type Handlers = { [M in MethodName]: Handler<M> };

export const fromBase64 = (content: string): Uint8Array => Buffer.from(content, 'base64');
