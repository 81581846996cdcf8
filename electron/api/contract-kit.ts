/** Building blocks shared by the per-domain contract tables. */
import { z } from 'zod';

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
export const noInput = z.object({}).strict();
export const idInput = z.object({ id: z.uuid() }).strict();

/** Files travel base64-encoded inside the call; 8 MB is far beyond any phrase library or day of orders. */
export const fileInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.base64().max(11_200_000, 'validation.import.tooLarge'),
  })
  .strict();
export const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

/** One problem in an imported file: row as Excel shows it (0 = the whole file), column as the file names it. */
export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), z.unknown()),
});

export type MethodSpec = { input: z.ZodType; output: z.ZodType };
