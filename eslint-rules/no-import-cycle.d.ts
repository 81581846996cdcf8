/** Types of no-import-cycle.js for the tests that use it. */
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;
