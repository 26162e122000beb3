// The tables of the design tokens page (Tokens.mdx), drawn from the theme objects themselves:
// a token added, renamed or retuned in src/theme/themes.ts shows here with no edit.
import type { CSSProperties, ReactNode } from 'react';
import { darkTheme, lightTheme, tokenProperty, type Theme } from '../src/theme/themes';
import * as vars from '../src/theme/vars';

type Group = Record<string, string>;
type Groups = Record<string, Group>;

/** A theme as its groups of string tokens (what becomes custom properties). */
function groupsOf(theme: Theme): Groups {
  const groups: Groups = {};
  for (const [group, values] of Object.entries(theme as unknown as Record<string, unknown>)) {
    if (values == null || typeof values !== 'object') continue;
    const strings = Object.entries(values).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    if (strings.length > 0) groups[group] = Object.fromEntries(strings);
  }
  return groups;
}

const light = groupsOf(lightTheme);
const dark = groupsOf(darkTheme);

/** Groups with a table of their own; every other group is listed under "Other tokens". */
const drawnGroups = ['color', 'font', 'fontSize', 'lineHeight', 'space', 'radius'];

/** The name a component imports the token by from src/theme/vars.ts, when there is one. */
function importName(property: string): string | undefined {
  return Object.entries(vars as Record<string, unknown>).find(
    ([, value]) => typeof value === 'string' && value.startsWith(`var(${property},`),
  )?.[0];
}

/** A length in CSS pixels at a 16 px root, or a range for clamp(); undefined when unknown. */
export function pixels(value: string): string | undefined {
  const clamp = /^clamp\(\s*([^,]+),[^,]+,\s*([^,)]+)\)$/.exec(value.trim());
  if (clamp) {
    const [min, max] = [pixels(clamp[1]), pixels(clamp[2])];
    return min && max ? `${min}–${max}` : undefined;
  }
  const length = /^(-?[\d.]+)(rem|em|px)$/.exec(value.trim());
  if (!length) return undefined;
  const px = Number(length[1]) * (length[2] === 'px' ? 1 : 16);
  return `${Math.round(px * 10) / 10}`;
}

function luminance(hex: string): number | undefined {
  const match = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits =
    match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(digits.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two hex colours, e.g. "12.6:1". */
export function contrast(foreground: string, background: string): string | undefined {
  const [a, b] = [luminance(foreground), luminance(background)];
  if (a === undefined || b === undefined) return undefined;
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return `${Math.floor(ratio * 10) / 10}:1`;
}

const table: CSSProperties = { borderCollapse: 'collapse', inlineSize: '100%', marginBlock: 16 };
const cell: CSSProperties = {
  borderBlockEnd: '1px solid rgb(128 128 128 / 0.35)',
  padding: '8px 12px 8px 0',
  textAlign: 'start',
  verticalAlign: 'middle',
};
const code: CSSProperties = {
  fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
  fontSize: 13,
};
/** Token names do not break at their hyphens. */
const unbroken: CSSProperties = { ...code, whiteSpace: 'nowrap' };

function Table({
  caption,
  head,
  children,
}: {
  caption: string;
  head: string[];
  children: ReactNode;
}) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={table}>
        <caption
          style={{ textAlign: 'start', fontWeight: 700, paddingBlockEnd: 4, color: 'inherit' }}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {head.map((heading) => (
              <th key={heading} scope="col" style={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The custom property and, below it, the name to import from src/theme/vars.ts. */
function TokenName({ group, name }: { group: string; name: string }) {
  const property = tokenProperty(group, name);
  const imported = importName(property);
  return (
    <td style={cell}>
      <code style={unbroken}>{property}</code>
      {imported && (
        <>
          <br />
          <code style={{ ...unbroken, opacity: 0.75 }}>{imported}</code>
        </>
      )}
    </td>
  );
}

/** A token's light value, and its dark one below when the dark theme changes it. */
function Value({ group, name }: { group: string; name: string }) {
  const value = light[group][name];
  const night = dark[group]?.[name] ?? value;
  return (
    <td style={cell}>
      <code style={code}>{value}</code>
      {night !== value && (
        <>
          <br />
          <code style={code}>dark: {night}</code>
        </>
      )}
    </td>
  );
}

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: 40,
        blockSize: 28,
        marginInlineEnd: 8,
        verticalAlign: 'middle',
        background: colour,
        border: '1px solid rgb(128 128 128 / 0.6)',
        borderRadius: 4,
      }}
    />
  );
}

/** Each colour in the light and the dark theme, with its contrast on that theme's background. */
export function ColourTokens() {
  const names = Object.keys(light.color ?? {});
  return (
    <Table
      caption="Colours"
      head={['token', 'light', 'on light background', 'dark', 'on dark background']}
    >
      {names.map((name) => {
        const [day, night] = [light.color[name], dark.color?.[name] ?? light.color[name]];
        return (
          <tr key={name}>
            <TokenName group="color" name={name} />
            <td style={cell}>
              <Swatch colour={day} />
              <code style={code}>{day}</code>
            </td>
            <td style={cell}>{contrast(day, light.color.background) ?? '—'}</td>
            <td style={cell}>
              <Swatch colour={night} />
              <code style={code}>{night}</code>
            </td>
            <td style={cell}>{contrast(night, dark.color?.background ?? '') ?? '—'}</td>
          </tr>
        );
      })}
    </Table>
  );
}

const specimen = 'Zelensky offers NATO exit · Berlin talks';

/** The font families, each set in itself. */
export function FontTokens() {
  return (
    <Table caption="Typefaces" head={['token', 'value', 'specimen']}>
      {Object.entries(light.font ?? {}).map(([name, value]) => (
        <tr key={name}>
          <TokenName group="font" name={name} />
          <Value group="font" name={name} />
          <td style={{ ...cell, fontFamily: value, fontSize: 20 }}>{specimen}</td>
        </tr>
      ))}
    </Table>
  );
}

/** A type scale's steps, largest first, each set at its size in the headline face. */
function Scale({
  sizes,
  caption,
  group,
  text = specimen,
}: {
  sizes: Group;
  caption: string;
  group?: string;
  text?: string;
}) {
  const font = light.font?.headline ?? 'serif';
  // Largest first; a clamp() step counts at its largest size.
  const largest = (value: string) => Number(pixels(value)?.split('–').pop() ?? 0);
  const steps = Object.entries(sizes).sort(([, a], [, b]) => largest(b) - largest(a));
  return (
    <Table caption={caption} head={[group ? 'token' : 'step', 'value', 'px', 'specimen']}>
      {steps.map(([name, value]) => (
        <tr key={name}>
          {group ? (
            <TokenName group={group} name={name} />
          ) : (
            <td style={cell}>
              <code style={code}>{name}</code>
            </td>
          )}
          {group ? (
            <Value group={group} name={name} />
          ) : (
            <td style={cell}>
              <code style={code}>{value}</code>
            </td>
          )}
          <td style={{ ...cell, whiteSpace: 'nowrap' }}>{pixels(value) ?? '—'}</td>
          <td style={{ ...cell, fontFamily: font, fontSize: value, lineHeight: 1.2 }}>{text}</td>
        </tr>
      ))}
    </Table>
  );
}

/** The type scale as the theme defines it now. */
export function TypeScale() {
  return (
    <>
      <Scale sizes={light.fontSize ?? {}} caption="Type scale" group="fontSize" />
      <Table caption="Line heights" head={['token', 'value']}>
        {Object.keys(light.lineHeight ?? {}).map((name) => (
          <tr key={name}>
            <TokenName group="lineHeight" name={name} />
            <Value group="lineHeight" name={name} />
          </tr>
        ))}
      </Table>
    </>
  );
}

/**
 * The scale as it shipped in 0.1.0, before the editorial design pass (issue 11): a record of
 * the past, kept here on purpose so the two can be compared. It is not a token.
 */
const scaleBefore: Group = {
  xs: '0.8125rem',
  sm: '0.9375rem',
  md: '1.0625rem',
  lg: '1.25rem',
  xl: '1.5rem',
  xxl: 'clamp(1.75rem, 1.2rem + 2.4vw, 2.75rem)',
};

/** The 0.1.0 scale beside today's, so a change to the scale can be judged at a glance. */
export function ScaleComparison() {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
      <div style={{ flex: '1 1 20rem', minInlineSize: 0 }}>
        <Scale sizes={scaleBefore} caption="0.1.0" text="Berlin talks" />
      </div>
      <div style={{ flex: '1 1 20rem', minInlineSize: 0 }}>
        <Scale sizes={light.fontSize ?? {}} caption="Now" text="Berlin talks" />
      </div>
    </div>
  );
}

/** Spacing steps drawn as bars, and radii drawn as corners. */
export function SpaceAndRadiusTokens() {
  return (
    <>
      <Table caption="Spacing" head={['token', 'value', 'px', 'size']}>
        {Object.entries(light.space ?? {}).map(([name, value]) => (
          <tr key={name}>
            <TokenName group="space" name={name} />
            <Value group="space" name={name} />
            <td style={{ ...cell, whiteSpace: 'nowrap' }}>{pixels(value) ?? '—'}</td>
            <td style={cell}>
              <Bar length={value} />
            </td>
          </tr>
        ))}
      </Table>
      <Table caption="Radii" head={['token', 'value', 'shape']}>
        {Object.entries(light.radius ?? {}).map(([name, value]) => (
          <tr key={name}>
            <TokenName group="radius" name={name} />
            <Value group="radius" name={name} />
            <td style={cell}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  inlineSize: 64,
                  blockSize: 40,
                  border: '2px solid currentColor',
                  borderRadius: value,
                }}
              />
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}

function Bar({ length }: { length: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: length,
        blockSize: 12,
        background: 'currentColor',
        opacity: 0.6,
      }}
    />
  );
}

/**
 * Every group without a table of its own (focus ring, motion, a measure, anything added later),
 * with its light and dark values; lengths are drawn as bars.
 */
export function OtherTokens() {
  const groups = Object.keys(light).filter((group) => !drawnGroups.includes(group));
  return (
    <Table caption="Other tokens" head={['token', 'light', 'dark', 'px', 'size']}>
      {groups.flatMap((group) =>
        Object.entries(light[group]).map(([name, value]) => {
          const night = dark[group]?.[name] ?? value;
          const px = pixels(value);
          return (
            <tr key={`${group}-${name}`}>
              <TokenName group={group} name={name} />
              <td style={cell}>
                <code style={code}>{value}</code>
              </td>
              <td style={cell}>
                <code style={code}>{night === value ? 'same' : night}</code>
              </td>
              <td style={cell}>{px ?? '—'}</td>
              <td style={cell}>{px && <Bar length={value} />}</td>
            </tr>
          );
        }),
      )}
    </Table>
  );
}

/** Every table of the page, in its order: what the page's own story checks. */
export function AllTokens() {
  return (
    <>
      <ColourTokens />
      <FontTokens />
      <TypeScale />
      <ScaleComparison />
      <SpaceAndRadiusTokens />
      <OtherTokens />
    </>
  );
}
