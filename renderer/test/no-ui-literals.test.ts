/**
 * No user-visible text may be written into TSX: it would stay Chinese (or English) whatever the
 * agent chose. Text goes through i18next; this test finds what slipped past and prints file:line.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { lineOf, parse, sourcesUnder, visit, type ParsedSource } from './renderer-sources';

/** Letters of any script (Latin, CJK …); punctuation, digits and symbols alone are not text. */
const HAS_TEXT = /\p{L}/u;

/** Attributes whose value a user reads or a screen reader speaks. */
const USER_FACING_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
]);

/** String pieces an expression can evaluate to directly: `'x'`, `` `x${y}` ``, `a && 'x'`, `c ? 'x' : y`. */
function literalTexts(expression: ts.Expression): ts.Node[] {
  if (
    ts.isStringLiteral(expression) ||
    ts.isNoSubstitutionTemplateLiteral(expression) ||
    ts.isTemplateExpression(expression)
  ) {
    return [expression];
  }
  if (ts.isParenthesizedExpression(expression)) return literalTexts(expression.expression);
  if (ts.isConditionalExpression(expression))
    return [...literalTexts(expression.whenTrue), ...literalTexts(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const op = expression.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(expression.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...literalTexts(expression.left), ...literalTexts(expression.right)];
    }
  }
  return [];
}

const textOf = (node: ts.Node) => node.getText().replace(/^[`'"]|[`'"]$/g, '');

function tagName(attribute: ts.JsxAttribute): string {
  const element = attribute.parent.parent;
  return element.tagName.getText();
}

export function findUiLiterals({ name, source }: ParsedSource): string[] {
  const offenders: string[] = [];
  const report = (node: ts.Node, what: string) =>
    offenders.push(`${name}:${lineOf(node)} ${what}: ${node.getText().trim()}`);

  visit(source, (node) => {
    if (ts.isJsxText(node) && HAS_TEXT.test(node.getText())) report(node, 'JSX text');

    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const literal of literalTexts(node.expression))
        if (HAS_TEXT.test(textOf(literal))) report(literal, 'literal child');
    }

    if (ts.isJsxAttribute(node) && node.initializer) {
      const attribute = node.name.getText();
      const userFacing =
        USER_FACING_ATTRIBUTES.has(attribute) || (attribute === 'value' && tagName(node) === 'option');
      if (!userFacing) return;
      const literals = ts.isStringLiteral(node.initializer)
        ? [node.initializer]
        : ts.isJsxExpression(node.initializer) && node.initializer.expression
          ? literalTexts(node.initializer.expression)
          : [];
      for (const literal of literals)
        if (HAS_TEXT.test(textOf(literal))) report(literal, `literal ${attribute}`);
    }
  });
  return offenders;
}

describe('no user-visible literals in renderer TSX', () => {
  it('finds none in renderer/src', () => {
    const files = sourcesUnder('renderer/src', ['.tsx']);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap(findUiLiterals);
    if (offenders.length > 0) console.error(offenders.join('\n'));
    expect(offenders).toEqual([]);
  });

  it('finds none in the supervisor console (server/console/web)', () => {
    const files = sourcesUnder('server/console/web', ['.tsx']);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap(findUiLiterals);
    if (offenders.length > 0) console.error(offenders.join('\n'));
    expect(offenders).toEqual([]);
  });

  it('catches every kind of literal it looks for (the check itself can fail)', () => {
    const sample = parse(
      'sample.tsx',
      [
        'export const A = () => (',
        '  <div title="提示" aria-label={`Close`}>',
        '    保存',
        "    {'Save'}",
        "    {busy ? '正在保存' : label}",
        "    {error && 'Oops'}",
        '    <input placeholder={"e.g. Mei"} />',
        '    <option value="顺丰" />',
        '    <img alt="logo" />',
        '  </div>',
        ');',
      ].join('\n'),
    );
    const found = findUiLiterals({ name: 'sample.tsx', source: sample });
    expect(found.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'sample.tsx:2 literal title:',
      'sample.tsx:2 literal aria-label:',
      'sample.tsx:3 JSX text:',
      'sample.tsx:4 literal child:',
      'sample.tsx:5 literal child:',
      'sample.tsx:6 literal child:',
      'sample.tsx:7 literal placeholder:',
      'sample.tsx:8 literal value:',
      'sample.tsx:9 literal alt:',
    ]);
  });

  it('leaves code-only strings and translated text alone', () => {
    const sample = parse(
      'ok.tsx',
      [
        'export const B = () => (',
        '  <form className="settings-form" id="x">',
        '    <input type="text" autoComplete="off" placeholder={t(\'form.x\')} />',
        '    <option value={role}>{t(KEYS[role])}</option>',
        '    <kbd>{hotkey.accelerator}</kbd> · 100%',
        '  </form>',
        ');',
      ].join('\n'),
    );
    expect(findUiLiterals({ name: 'ok.tsx', source: sample })).toEqual([]);
  });
});
