import { describe, expect, it } from 'vitest';
import { defaultMessages, type Messages } from '../src/messages/en';
import arDefault, { messages as ar } from '../src/messages/ar';
import deDefault, { messages as de } from '../src/messages/de';

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

const englishKeys = Object.keys(defaultMessages).sort();

describe.each([
  ['de', de, deDefault],
  ['ar', ar, arDefault],
] as const)('the %s message table', (_locale, table: Messages, fallback: Messages) => {
  it('is both the named and the default export', () => {
    expect(fallback).toBe(table);
  });

  it('has exactly the keys of the English table', () => {
    expect(Object.keys(table).sort()).toEqual(englishKeys);
  });

  it.each(englishKeys)('translates %s with the same placeholders', (key) => {
    const value = table[key as keyof Messages];
    expect(typeof value).toBe('string');
    expect(value.trim()).not.toBe('');
    expect(placeholders(value)).toEqual(placeholders(defaultMessages[key as keyof Messages]));
  });
});
