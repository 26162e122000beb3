// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineTokens, minifyCssTemplate } from '../scripts/build-plugins';
import { tokens } from '../src/theme/tokens';

describe('minifyCssTemplate', () => {
  it('drops comments and layout white space', () => {
    const css = `
      /* The frame. */
      color: red;
      > div + div {
        margin: 0 0 1rem;
        font: 700 1rem / 1.2 serif;
        transition: none !important;
      }
    `;
    expect(minifyCssTemplate(css)).toBe(
      'color:red;>div + div{margin:0 0 1rem;font:700 1rem/1.2 serif;transition:none!important}',
    );
  });

  it('leaves interpolations, quoted strings and the spaces calc() needs as written', () => {
    expect(minifyCssTemplate("content: ' / , > ';  ${mixin}  width: calc(1rem + 2px);")).toBe(
      "content:' / , > ';${mixin} width:calc(1rem + 2px);",
    );
    expect(minifyCssTemplate('quotes: "«" "»";')).toBe('quotes:"«" "»";');
  });

  it('drops a leading zero only where it leads the number', () => {
    expect(minifyCssTemplate('margin: 0.5rem 10.5rem 0 -0.25em; opacity: 0.05')).toBe(
      'margin:.5rem 10.5rem 0 -.25em;opacity:.05',
    );
  });
});

describe('inlineTokens', () => {
  it('writes a token as the var() text it stands for', () => {
    expect(inlineTokens('color: ${tokens.color.text}; gap: ${ tokens.space.md };')).toBe(
      `color: ${tokens.color.text}; gap: ${tokens.space.md};`,
    );
    expect(tokens.color.text).toBe('var(--bs-color-text, #1a1a1a)');
  });

  it('fails the build on a token that does not exist', () => {
    expect(() => inlineTokens('${tokens.color.nope}')).toThrow('No design token');
    expect(() => inlineTokens('${tokens.nope.text}')).toThrow('No design token');
    expect(() => inlineTokens('${tokens.raw.color}')).toThrow('No design token');
  });

  it('escapes what would end or break the template literal it lands in', () => {
    const table = { font: { odd: 'a`b${c}\\d' } };
    expect(inlineTokens('${tokens.font.odd}', table)).toBe('a\\`b\\${c}\\\\d');
  });

  it('leaves no token reference in any style module, so none ships the token table', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => /(\.styles|^theme[\\/](?!tokens)\w+)\.ts$/.test(file))
      .map((file) => readFileSync(path.join('src', file), 'utf8'));
    expect(sources.length).toBeGreaterThanOrEqual(9);
    for (const source of sources) {
      expect(inlineTokens(source)).not.toMatch(/\btokens\.\w/);
    }
  });
});
