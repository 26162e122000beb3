import { describe, expect, it } from 'vitest';
import { darkTheme, extendTheme, lightTheme, tokens } from '../src';
import { themeToCustomProperties } from '../src/theme/themes';
import * as vars from '../src/theme/vars';

type Table = Record<string, Record<string, string>>;

describe('design tokens', () => {
  it('has one generated var() string per token, the text createTheme gives less one space', () => {
    // Out of step after a theme change? Run `npm run generate:vars`.
    const expected: Record<string, string> = {};
    for (const [group, values] of Object.entries(lightTheme as unknown as Table)) {
      for (const name of Object.keys(values)) {
        // createTheme writes `var(--bs-color-text, #1a1a1a)`; vars.ts drops the space after
        // the name's comma, which every component would otherwise ship once per token.
        const property = `--bs-${group}-${name}`;
        const text = (tokens as unknown as Table)[group][name];
        expect(text).toBe(`var(${property}, ${values[name]})`);
        expected[group + name[0].toUpperCase() + name.slice(1)] = text.replace(
          `${property}, `,
          `${property},`,
        );
      }
    }
    expect({ ...vars }).toEqual(expected);
    expect(vars.colorText).toBe('var(--bs-color-text,#1a1a1a)');
  });

  it('writes a theme as the custom properties the var() strings read', () => {
    const properties = themeToCustomProperties(darkTheme);
    expect(properties['--bs-color-text']).toBe(darkTheme.color.text);
    expect(vars.colorText).toContain('--bs-color-text,');
    expect(Object.keys(properties)).toHaveLength(Object.keys(vars).length);
  });

  it('extends a theme without touching the one it starts from', () => {
    const brand = extendTheme({ color: { accent: '#00548f' } });
    expect(brand.color.accent).toBe('#00548f');
    expect(brand.color.text).toBe(lightTheme.color.text);
    expect(lightTheme.color.accent).not.toBe('#00548f');
  });
});
