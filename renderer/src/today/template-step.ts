/** One step of the supervisor's checklist template, as the editor and its step form see it. */
import type { MethodOutput } from '../../../electron/api/contract';

export type TemplateStep = MethodOutput<'checklist.template'>['steps'][number];
